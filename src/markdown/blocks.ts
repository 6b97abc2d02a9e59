/**
 * The block structure of untrusted Markdown (issue bodies, comments), read with remark in time
 * linear in the length of the text.
 *
 * micromark, remark's parser, spends time proportional to everything parsed so far on each block
 * quote or list it closes and on each lazy line it continues: a 64 KB comment of `>\n\n` takes
 * about a minute, and the engine reads every comment of an incident on every run. So the text is
 * cut where every block is known to be closed, and remark parses pieces of a few kilobytes. A cut
 * goes before a line at the left margin that follows a blank line: a blank line ends paragraphs
 * and block quotes and such a line ends list items, so only fenced code and HTML blocks of kinds
 * 1–5 can still be open there. remark's own tree says whether one is (it then runs to the end of
 * the piece); the piece is then cut before that block, which is skipped to its closing line. One
 * thing differs from parsing the text whole, which no reader here looks at: a list split by a
 * blank line becomes two lists.
 *
 * What remains expensive is a long stretch without such a cut that holds quotes or lists: a
 * quote with lazy lines, a long tight list. A stretch made only of quote lines is skipped (it is
 * one block quote); any other such stretch longer than a kilobyte (`NESTED_LIMIT`) is not parsed and is
 * reported in `unread`, so readers can refuse to guess about it.
 *
 * Only block structure is parsed. Inline constructs (emphasis, links, code spans, inline HTML)
 * are switched off and their characters hidden from remark (see `skeleton.ts`); so are setext
 * headings (`Title\n---` reads as a paragraph and a rule) and link reference definitions (a
 * `[label]: url` line reads as a paragraph): all three are superlinear in micromark and no
 * reader here needs them.
 */
import type { Root, RootContent } from 'mdast';
import { remark } from 'remark';
import { rawBlockEnd } from './raw-blocks.js';
import { skeleton } from './skeleton.js';
import { LineFacts, type Stretch } from './stretches.js';
import { type TextLines, lineAt, lineStart, normalizeText, textLines } from './text-lines.js';

/** Pieces without quotes or lists handed to remark are about this long (or one longer stretch). */
const PIECE = 2_048;
/** Pieces with quotes or lists are at most this long, unless one stretch alone is longer. */
const NESTED_PIECE = 512;

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

/** The micromark constructs switched off (see the module comment). */
const SWITCHED_OFF = [
  'attention',
  'autolink',
  'characterEscape',
  'characterReference',
  'codeText',
  'definition',
  'hardBreakEscape',
  'htmlText',
  'labelEnd',
  'labelStartImage',
  'labelStartLink',
  'setextUnderline',
];

const parser = remark()
  .data('micromarkExtensions', [{ disable: { null: SWITCHED_OFF } }])
  .freeze();

/** The text, its skeleton for remark (same offsets) and what the scan found so far. */
interface Scanning {
  lines: TextLines;
  skeleton: string;
  facts: LineFacts;
  scan: BlockScan;
}

function offsets(node: RootContent, base: number): Span {
  return { start: base + (node.position?.start.offset ?? 0), end: base + (node.position?.end.offset ?? 0) };
}

/** A heading's text as written in the original (remark only saw the skeleton). */
function headingText(node: RootContent, base: number, text: string): string {
  if (node.type !== 'heading' || node.children.length === 0) return '';
  const first = offsets(node.children[0]!, base);
  const last = offsets(node.children.at(-1)!, base);
  return text.slice(first.start, last.end).trim();
}

/** Records the headings and the unquoted paragraphs of `nodes` (a piece's top level). */
function collect(nodes: RootContent[], base: number, scanning: Scanning): void {
  const { scan } = scanning;
  for (const node of nodes) {
    if (node.type === 'heading') scan.headings.push({ ...offsets(node, base), depth: node.depth, text: headingText(node, base, scanning.lines.text) });
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
function parsePiece(scanning: Scanning, first: number, next: number): number {
  const { lines, facts, scan } = scanning;
  const base = lineStart(lines, first);
  const source = scanning.skeleton.slice(base, lineStart(lines, next));
  const tree: Root = parser.parse(source);
  const last = tree.children.at(-1);
  const open = next < facts.count && last !== undefined && (last.type === 'code' || last.type === 'html') && last.position?.end.offset === source.length;
  if (!open) {
    collect(tree.children, base, scanning);
    return next;
  }
  collect(tree.children.slice(0, -1), base, scanning);
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
  const facts = new LineFacts(lines);
  const scan: BlockScan = { lines, headings: [], paragraphs: [], unread: [], unsureAfter: null };
  const scanning: Scanning = { lines, facts, scan, skeleton: skeleton(lines.text.split('\n'), (index) => facts.nested(index)) };
  let line = 0;
  let ahead: { line: number; stretch: Stretch } | null = null;
  while (line < facts.count) {
    const stretch: Stretch = ahead?.line === line ? ahead.stretch : facts.stretch(line);
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
    // Gather the following text stretches into one piece while it stays short enough.
    let next: number = stretch.next;
    let nested = stretch.nested;
    while (next < facts.count) {
      const following = facts.stretch(next);
      ahead = { line: next, stretch: following };
      if (following.kind !== 'text') break;
      const withIt = nested || following.nested;
      if (lineStart(lines, following.next) - lineStart(lines, line) > (withIt ? NESTED_PIECE : PIECE)) break;
      next = following.next;
      nested = withIt;
    }
    line = parsePiece(scanning, line, next);
  }
  return scan;
}
