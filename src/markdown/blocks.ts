/**
 * The block structure of untrusted Markdown (issue bodies, comments), read with remark in time
 * linear in the length of the text.
 *
 * micromark, remark's parser, spends time proportional to everything parsed so far on each block
 * quote or list it closes and on each lazy line it continues: a 64 KB comment of `>\n\n` takes
 * about a minute, and the engine reads every comment of an incident on every run. So the text is
 * cut where every block is known to be closed, and remark parses pieces of about {@link PIECE}
 * characters. A cut goes before a line at the left margin that follows a blank line: a blank line
 * ends paragraphs and block quotes and such a line ends list items, so only fenced code and HTML
 * blocks of kinds 1–5 can still be open there, and remark's own tree says whether one is (it then
 * runs to the end of the piece); the piece is then cut before that block, which is skipped to its
 * closing line. Two things differ from parsing the text whole, neither of which the readers here
 * look at: a list split by a blank line becomes two lists, and link reference definitions are not
 * shared between pieces (links are not parsed at all).
 *
 * What remains expensive is a long stretch without such a cut that holds quotes or lists: a
 * quote with lazy lines, a long tight list. A stretch made only of quote lines is skipped (it is
 * one block quote); any other such stretch longer than {@link NESTED_LIMIT} is not parsed and is
 * reported in `unread`, so readers can refuse to guess about it.
 *
 * Only block structure is parsed: inline constructs (emphasis, links, code spans, inline HTML)
 * are switched off, being both unneeded here and superlinear in micromark; setext headings too
 * (superlinear, and no reader needs them), so `Title\n---` reads as a paragraph and a rule.
 */
import type { Root, RootContent } from 'mdast';
import { remark } from 'remark';
import { mayOpenRawBlock, rawBlockEnd } from './raw-blocks.js';
import { type TextLines, lineAt, lineStart, lineText, normalizeText, textLines } from './text-lines.js';

/** Pieces handed to remark are about this long, or one stretch between cuts when that is longer. */
const PIECE = 2_048;
/** A stretch between cuts that holds quotes or lists and is longer than this is not parsed. */
const NESTED_LIMIT = 4_096;

/** A range of offsets in the normalized text, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A top-level ATX heading: its whole line, its level and its text as written. */
export interface HeadingSpan extends Span {
  depth: number;
  text: string;
}

/** What {@link scanBlocks} found. Offsets are into `lines.text`, the normalized text. */
export interface BlockScan {
  lines: TextLines;
  /** ATX headings at the top level (not in quotes, lists or code), in order. */
  headings: HeadingSpan[];
  /** Paragraphs outside block quotes, at any list depth, in order. */
  paragraphs: Span[];
  /** Parts whose structure was not read (long runs of nested quotes or lists), in order. */
  unread: Span[];
  /**
   * Set when an unread part holds what may open fenced code or an HTML block: from this offset
   * on, the text may still be inside that block, so what looks like prose may be code.
   */
  unsureAfter: number | null;
}

const INLINE_AND_SETEXT = [
  'attention',
  'autolink',
  'characterEscape',
  'characterReference',
  'codeText',
  'hardBreakEscape',
  'htmlText',
  'labelEnd',
  'labelStartImage',
  'labelStartLink',
  'setextUnderline',
];

const parser = remark()
  .data('micromarkExtensions', [{ disable: { null: INLINE_AND_SETEXT } }])
  .freeze();

const BLANK = /^[ \t]*$/;
const NESTED = /^[ \t]*(?:>|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;
const QUOTE = /^ {0,3}>/;

/** One stretch of lines from a cut to the next, by what the scan does with it. */
type Stretch =
  | { kind: 'raw'; next: number }
  | { kind: 'quote'; next: number }
  | { kind: 'unread'; next: number; mayOpenRaw: boolean }
  | { kind: 'text'; next: number };

/** Per-line facts, computed once, so each stretch is classified in time linear in its length. */
class LineFacts {
  readonly count: number;
  private readonly nextCut: Int32Array;
  private readonly nestedBefore: Int32Array;
  private readonly rawBefore: Int32Array;
  private readonly blank: Uint8Array;
  private readonly quote: Uint8Array;

  constructor(private readonly lines: TextLines) {
    const count = lines.starts.length;
    this.count = count;
    this.blank = new Uint8Array(count);
    this.quote = new Uint8Array(count);
    this.nestedBefore = new Int32Array(count + 1);
    this.rawBefore = new Int32Array(count + 1);
    const margin = new Uint8Array(count);
    for (let index = 0; index < count; index += 1) {
      const text = lineText(lines, index);
      this.blank[index] = BLANK.test(text) ? 1 : 0;
      this.quote[index] = QUOTE.test(text) ? 1 : 0;
      margin[index] = text !== '' && text[0] !== ' ' && text[0] !== '\t' ? 1 : 0;
      this.nestedBefore[index + 1] = this.nestedBefore[index]! + (NESTED.test(text) ? 1 : 0);
      this.rawBefore[index + 1] = this.rawBefore[index]! + (mayOpenRawBlock(text) ? 1 : 0);
    }
    this.nextCut = new Int32Array(count);
    let next = count;
    for (let index = count - 1; index >= 0; index -= 1) {
      this.nextCut[index] = next;
      if (index > 0 && margin[index] === 1 && this.blank[index - 1] === 1) next = index;
    }
  }

  /** The stretch that starts at line `first`, which starts the text or follows a cut. */
  stretch(first: number): Stretch {
    const raw = rawBlockEnd(this.lines, first);
    if (raw !== null) return { kind: 'raw', next: raw + 1 };
    const next = this.nextCut[first]!;
    if (this.onlyQuote(first, next)) return { kind: 'quote', next };
    const nested = this.nestedBefore[next]! - this.nestedBefore[first]! > 0;
    if (nested && lineStart(this.lines, next) - lineStart(this.lines, first) > NESTED_LIMIT) {
      return { kind: 'unread', next, mayOpenRaw: this.rawBefore[next]! - this.rawBefore[first]! > 0 };
    }
    return { kind: 'text', next };
  }

  /** Whether lines `first` to `next` are quote lines followed only by blank lines: one block quote. */
  private onlyQuote(first: number, next: number): boolean {
    let line = first;
    while (line < next && this.quote[line] === 1) line += 1;
    if (line === first) return false;
    while (line < next && this.blank[line] === 1) line += 1;
    return line === next;
  }
}

function offsets(node: RootContent, base: number): Span {
  return { start: base + (node.position?.start.offset ?? 0), end: base + (node.position?.end.offset ?? 0) };
}

function headingText(node: RootContent): string {
  if (node.type !== 'heading') return '';
  return node.children
    .map((child) => ('value' in child ? child.value : ''))
    .join('')
    .trim();
}

/** Records the headings and the unquoted paragraphs of `nodes` (a piece's top level). */
function collect(nodes: RootContent[], base: number, scan: BlockScan): void {
  for (const node of nodes) {
    if (node.type === 'heading') scan.headings.push({ ...offsets(node, base), depth: node.depth, text: headingText(node) });
  }
  // Depth-first with an explicit stack: nesting is as deep as the input makes it.
  const stack = [...nodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'paragraph') scan.paragraphs.push(offsets(node, base));
    else if (node.type === 'list' || node.type === 'listItem') {
      for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push(node.children[index]!);
    }
  }
}

/**
 * Parses lines `first` to `next` and records what they hold. Returns the line to go on from:
 * `next`, or, when the piece ends inside fenced code or an HTML block, the line after that block.
 */
function parsePiece(facts: LineFacts, lines: TextLines, first: number, next: number, scan: BlockScan): number {
  const base = lineStart(lines, first);
  const source = lines.text.slice(base, lineStart(lines, next));
  const tree: Root = parser.parse(source);
  const last = tree.children.at(-1);
  const open = next < facts.count && last !== undefined && (last.type === 'code' || last.type === 'html') && last.position?.end.offset === source.length;
  if (!open) {
    collect(tree.children, base, scan);
    return next;
  }
  collect(tree.children.slice(0, -1), base, scan);
  const opening = lineAt(lines, base + (last.position?.start.offset ?? 0));
  const end = rawBlockEnd(lines, opening);
  if (end !== null) return end + 1;
  // remark saw a block its opening line does not show: read nothing further rather than guess.
  scan.unread.push({ start: lineStart(lines, opening), end: lines.text.length });
  scan.unsureAfter ??= lineStart(lines, opening);
  return facts.count;
}

/** The headings, paragraphs and unread parts of `body`, which may be any text at all. */
export function scanBlocks(body: string): BlockScan {
  const lines = textLines(normalizeText(body));
  const scan: BlockScan = { lines, headings: [], paragraphs: [], unread: [], unsureAfter: null };
  const facts = new LineFacts(lines);
  let line = 0;
  let ahead: { line: number; stretch: Stretch } | null = null;
  const stretchAt = (first: number): Stretch => (ahead?.line === first ? ahead.stretch : facts.stretch(first));
  while (line < facts.count) {
    const stretch = stretchAt(line);
    if (stretch.kind === 'raw' || stretch.kind === 'quote') {
      line = stretch.next;
      continue;
    }
    if (stretch.kind === 'unread') {
      const span = { start: lineStart(lines, line), end: lineStart(lines, stretch.next) };
      scan.unread.push(span);
      if (stretch.mayOpenRaw) scan.unsureAfter ??= span.start;
      line = stretch.next;
      continue;
    }
    // Gather following text stretches into one piece while it stays within PIECE characters.
    let next = stretch.next;
    while (next < facts.count) {
      const following = facts.stretch(next);
      ahead = { line: next, stretch: following };
      if (following.kind !== 'text' || lineStart(lines, following.next) - lineStart(lines, line) > PIECE) break;
      next = following.next;
    }
    line = parsePiece(facts, lines, line, next, scan);
  }
  return scan;
}
