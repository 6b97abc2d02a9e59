/**
 * Markdown playbooks as mdast trees, read with remark in time linear in the length of the text.
 *
 * micromark, remark's parser, spends time proportional to everything parsed so far on each block
 * quote or list it closes and on each lazy line it continues: 63 KB of `>` lines took 70 s, and an
 * 800 KB handbook 36 s and 870 MB. So, as `src/markdown/blocks.ts` does for comments, the text is
 * cut where every block is known to be closed and remark parses pieces of a few kilobytes. Unlike
 * comments, an import needs the whole tree (inline content, lists, tables), so every piece is
 * parsed in full and the trees are joined with their positions moved to the document's:
 *
 * - A cut goes before a line at the left margin that follows a blank line. Only fenced code and HTML
 *   blocks of kinds 1–5 can be open there (`raw-blocks.ts`); remark's tree says whether one is, and
 *   the piece is then cut before it and the block read whole. (micromark also keeps indented code
 *   open there, so a line that could not start a block after it is no cut: see `SENSITIVE`.)
 * - A list can go on across such a cut (`- a`, blank line, `- b`): when a piece ends with a list and
 *   the next starts with a list of the same marker, the two are one list, as remark would have read
 *   them (loose, since a blank line separates them).
 * - A long run without a blank line can also be cut before a line at the margin that starts a list
 *   item, when the tree of the text before it ends with a list of the same marker: the item is then
 *   that list's next item. When it is not, the piece grows (doubling, so the work stays linear).
 * - A long block quote (lines that all start with `>`) and a long list item (lines indented to its
 *   content) are read as their content with the markers or the indentation taken off, cut the same
 *   way, so quotes in quotes and lists in lists cost no more than the text.
 * - Link and footnote references resolve across pieces: a piece that names a label defined in
 *   another is parsed again with that definition before it.
 *
 * What stays expensive is a long run that none of this can cut: a quote or list item with lazy
 * lines holding kilobytes of nested quotes or lists, one huge paragraph or table, or a paragraph of
 * unmatched `]`. Such a run longer than `nestedLimit` (nested) or `flatLimit` ({@link PIECE_SIZES}),
 * or over the bracket budget, is not parsed: it is returned in `unread`, and the import reports it.
 * The input as a whole is bounded by {@link MAX_MARKDOWN_BYTES}. A differential test checks the
 * trees against remark's on the whole text.
 *
 * Positions: lines and columns are the document's; offsets are into the text with line endings
 * normalized to `\n` and without a byte-order mark (what `normalizeText` gives). Two differences
 * from remark, which the importer does not read: a list or quote inside a quote read as its content
 * ends at its last character, where remark ends it after the next line's `>`; and such a list is
 * loose only as its own blank lines make it, where remark also counts two blank quote lines after it.
 */
import type { Blockquote, Definition, FootnoteDefinition, List, ListItem, Nodes, Root, RootContent } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { rawBlockEnd } from '../markdown/raw-blocks.js';
import { type TextLines, lineEnd, lineStart, lineText, normalizeText, textLines } from '../markdown/text-lines.js';

/** The largest Markdown file `import` reads: a handbook is tens of kilobytes. */
export const MAX_MARKDOWN_BYTES = 1024 * 1024;
/** How long pieces are, in characters (see the module comment). */
export interface PieceSizes {
  /** Pieces without quotes or lists are about this long (or one longer run). */
  piece: number;
  /** Pieces with quotes or lists are at most this long, unless one run alone is longer. */
  nestedPiece: number;
  /** A run with quotes or lists that cannot be cut shorter than this is not parsed. */
  nestedLimit: number;
  /** A run without quotes or lists (a paragraph, a table) longer than this is not parsed. */
  flatLimit: number;
}

/** The sizes {@link readMarkdown} uses unless told otherwise (tests make them small). */
export const PIECE_SIZES: PieceSizes = { piece: 2_048, nestedPiece: 512, nestedLimit: 4 * 1024, flatLimit: 16 * 1024 };

/** Thrown for a text over {@link MAX_MARKDOWN_BYTES}: the message says the size and the limit. */
export class MarkdownTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`the Markdown is ${kibibytes(bytes)}, more than the limit of ${kibibytes(MAX_MARKDOWN_BYTES)}: split it, or import the part that holds the playbook`);
    this.name = 'MarkdownTooLargeError';
  }
}

function kibibytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(2).replace(/\.?0+$/, '')} MiB (${bytes.toLocaleString('en-US')} bytes)` : `${bytes.toLocaleString('en-US')} bytes`;
}

/** A run of lines that was not parsed (see the module comment). Lines are 1-based, inclusive. */
export interface UnreadRun {
  startLine: number;
  endLine: number;
  bytes: number;
  nested: boolean;
}

/** The tree of a Markdown text and the runs it does not hold. */
export interface MarkdownTree {
  root: Root;
  unread: UnreadRun[];
}

const parser = remark().use(remarkGfm).freeze();

const BLANK = /^[ \t]*$/;
const NESTED = /^[ \t]*(?:>|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;
const QUOTE = /^( {0,3}>)( ?)/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const BULLET = /^ {0,3}([-+*])(?:[ \t]|$)/;
const ORDERED = /^ {0,3}\d{1,9}([.)])(?:[ \t]|$)/;
/**
 * micromark keeps indented code open across blank lines, and a block that cannot interrupt a
 * paragraph cannot start after it either: an ordered item not numbered 1, an empty item, an HTML
 * block of kind 7 (any line starting with `<`, to be safe). Such a line right after indented code
 * (at any depth: after quote and list markers) and blank lines is not a place to cut.
 */
const SENSITIVE = /^ {0,3}(?:\d{1,9}[.)](?:[ \t]|$)|[-+*][ \t]*$|<)/;
const INDENTED_CODE = /^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t>]*)*?(?: {4}|\t)/;
/** A list item that starts a list even right after a paragraph: not empty, and ordered only from 1. */
const LIST_ANYWHERE = /^ {0,3}(?:[-+*]|1[.)])[ \t]+\S/;

/**
 * A tab in a line's indentation: it stands for up to four columns, counted from where the line
 * starts, so taking markers or indentation off before it would change what it means.
 */
const TAB_INDENT = /^[ ]*\t/;

/**
 * How deep quotes and list items are read as their content: each level copies the text it holds,
 * so the depth bounds that work (and the stack). Deeper ones are parsed as they are.
 */
const MAX_DEPTH = 8;

/** The kind of list a line's item marker belongs to (`-`, `*`, `+`, `1.`, `1)`), or null. */
function markerOf(line: string): string | null {
  if (THEMATIC_BREAK.test(line)) return null;
  const bullet = BULLET.exec(line);
  if (bullet !== null) return bullet[1]!;
  const ordered = ORDERED.exec(line);
  return ordered === null ? null : `1${ordered[1]!}`;
}

/** A place in the document. */
interface Place {
  line: number;
  column: number;
  offset: number;
}

/**
 * Text to parse and where it sits in the document: the document itself, or the content of a block
 * quote or list item with its markers or indentation taken off, whose lines are lines of the
 * document shifted right.
 */
interface Source {
  lines: TextLines;
  /** How many quotes and list items this source is the content of (0 for the document). */
  depth: number;
  /** The document place of 0-based line `line`, 1-based column `column` of this source. */
  place: (line: number, column: number) => Place;
}

/** Per-line facts of a source, computed once. */
class Lines {
  readonly count: number;
  readonly blank: Uint8Array;
  readonly nested: Uint8Array;
  /** For each line, the first line at or after it that a blank-line cut may go before (`count` if none). */
  readonly nextCut: Int32Array;
  /**
   * For each line, the next line after it, not after a blank line, where a cut may go if the tree
   * before it agrees: a list item or the start of a quote at the margin (`count` if none).
   */
  readonly nextItem: Int32Array;

  constructor(readonly source: Source) {
    const { lines } = source;
    const count = lines.starts.length;
    this.count = count;
    this.blank = new Uint8Array(count);
    this.nested = new Uint8Array(count);
    const margin = new Uint8Array(count);
    const item = new Uint8Array(count);
    // Whether the last line before this one that is not blank may hold indented code.
    let afterCode = false;
    for (let index = 0; index < count; index += 1) {
      const text = lineText(lines, index);
      this.blank[index] = BLANK.test(text) ? 1 : 0;
      this.nested[index] = NESTED.test(text) ? 1 : 0;
      margin[index] = text !== '' && text[0] !== ' ' && text[0] !== '\t' && !(afterCode && SENSITIVE.test(text)) ? 1 : 0;
      const quoteStart = text.startsWith('>') && index > 0 && !QUOTE.test(lineText(lines, index - 1));
      item[index] = margin[index] === 1 && (markerOf(text) !== null || quoteStart) ? 1 : 0;
      if (this.blank[index] === 0) afterCode = INDENTED_CODE.test(text);
    }
    this.nextCut = new Int32Array(count + 1);
    this.nextItem = new Int32Array(count + 1);
    this.nextCut[count] = count;
    this.nextItem[count] = count;
    for (let index = count - 1; index >= 0; index -= 1) {
      this.nextCut[index] = index > 0 && margin[index] === 1 && this.blank[index - 1] === 1 ? index : this.nextCut[index + 1]!;
      this.nextItem[index] = index + 1 < count && item[index + 1] === 1 && this.blank[index] === 0 ? index + 1 : this.nextItem[index + 1]!;
    }
  }

  /** Length in characters of lines `first` to `next` (exclusive). */
  size(first: number, next: number): number {
    return lineStart(this.source.lines, next) - lineStart(this.source.lines, first);
  }

  /** Whether any line from `first` to `next` (exclusive) is not blank. */
  anyNonBlank(first: number, next: number): boolean {
    for (let index = first; index < next; index += 1) if (this.blank[index] === 0) return true;
    return false;
  }

  /** Whether any line from `first` to `next` (exclusive) holds a quote or list marker. */
  anyNested(first: number, next: number): boolean {
    for (let index = first; index < next; index += 1) if (this.nested[index] === 1) return true;
    return false;
  }
}

/**
 * Adds a piece's nodes (lines `first` to `next`) to what has been read. `whole` is false for nodes
 * built from pieces of their own (a list item read as its content): they are not parsed again.
 */
type Emit = (nodes: RootContent[], first: number, next: number, whole?: boolean) => void;

/** State of one read: the runs not parsed, and every piece, to resolve references across them. */
interface Reading {
  sizes: PieceSizes;
  unread: UnreadRun[];
  pieces: Piece[];
}

/** A parsed piece: where it is, and the nodes that came from it (kept to parse it again). */
interface Piece {
  source: Source;
  first: number;
  next: number;
  nodes: RootContent[];
  /** Whether the nodes are remark's tree of the piece's lines, which may be parsed again. */
  whole: boolean;
  /** When the piece's first list went on a list of the piece before: that list and the items it took. */
  merged: { list: List; items: List['children'] } | null;
}

/** Moves every position in `node` from piece coordinates (1-based line `line` = source line `first + line - 1`) to the document's. */
function relocate(node: Nodes, source: Source, first: number): void {
  const stack: Nodes[] = [node];
  for (let each = stack.pop(); each !== undefined; each = stack.pop()) {
    const position = each.position;
    if (position !== undefined) {
      const start = source.place(first + position.start.line - 1, position.start.column);
      const end = source.place(first + position.end.line - 1, position.end.column);
      each.position = { start, end };
    }
    if ('children' in each) for (const child of each.children as Nodes[]) stack.push(child);
  }
}

/**
 * The nodes of lines `first` to `next` of `source`, parsed by remark; `open` when the last is
 * fenced code or an HTML block that runs to the end of the piece (the next line may still be inside
 * it). `prelude` (link definitions) is parsed before the piece, a blank line apart, and its nodes
 * are left out: a piece starts after a blank line or where a block starts whatever came before.
 */
function parseLines(source: Source, first: number, next: number, prelude = ''): { nodes: RootContent[]; open: boolean } {
  const text = source.lines.text.slice(lineStart(source.lines, first), lineStart(source.lines, next));
  // The prelude ends with a comment: a footnote definition would take an indented first line in.
  const before = prelude === '' ? '' : `${prelude}\n\n<!-- -->\n\n`;
  const tree = parser.parse(before + text);
  const nodes = before === '' ? tree.children : tree.children.filter((node) => (node.position?.start.offset ?? 0) >= before.length);
  const last = nodes.at(-1);
  const open = (last?.type === 'code' || last?.type === 'html') && last.position?.end.offset === before.length + text.length;
  // The prelude's lines come before the piece's first line.
  const shift = before.split('\n').length - 1;
  for (const node of nodes) relocate(node, source, first - shift);
  return { nodes, open };
}

/** Reads `source` into nodes appended to `out` (see the module comment). */
function readSource(source: Source, reading: Reading, out: RootContent[]): void {
  const lines = new Lines(source);
  // The list that a next piece's first list continues, with the marker it was written with.
  let open: { list: List; marker: string | null } | null = null;
  const emit: Emit = (nodes, first, next, whole = true) => {
    const kept = [...nodes];
    const head = kept[0];
    let merged: Piece['merged'] = null;
    if (open !== null && head?.type === 'list') {
      const line = head.position === undefined ? null : lineAtPlace(source, head.position.start.line, first, next);
      const marker = line === null ? null : markerOf(lineText(source.lines, line));
      if (marker !== null && marker === open.marker && line === first) {
        for (const item of head.children) open.list.children.push(item);
        merged = { list: open.list, items: head.children };
        // A blank line between the two halves makes the list loose, as it would have made it whole.
        open.list.spread = open.list.spread === true || head.spread === true || (first > 0 && lines.blank[first - 1] === 1);
        if (open.list.position !== undefined && head.position !== undefined) open.list.position.end = head.position.end;
        kept.shift();
      }
    }
    out.push(...kept);
    reading.pieces.push({ source, first, next, nodes: kept, whole, merged });
    const last = out.at(-1);
    if (last?.type === 'list' && last.position !== undefined) {
      const line = lineAtPlace(source, last.position.start.line, 0, lines.count);
      open = { list: last, marker: line === null ? null : markerOf(lineText(source.lines, line)) };
    } else open = null;
  };

  let line = 0;
  while (line < lines.count) {
    // A fenced code or HTML block that opens here runs to its closing line, whatever is in it.
    const raw = rawBlockEnd(source.lines, line);
    let next = lines.nextCut[raw === null ? line + 1 : Math.min(raw + 1, lines.count)]!;
    const nested = lines.anyNested(line, next);
    if (raw === null && nested && source.depth < MAX_DEPTH && lines.size(line, next) > reading.sizes.nestedPiece) {
      const end = quoteEnd(lines, line, next);
      if (end !== -1 && !lines.anyNonBlank(end, next)) {
        emit([readQuote(lines, line, end, reading)], line, next, false);
        line = next;
        continue;
      }
    }
    // Gather the following runs into one piece while it stays short enough.
    let withNested = nested;
    while (next < lines.count && raw === null) {
      const following = lines.nextCut[next + 1]!;
      const both = withNested || lines.anyNested(next, following);
      if (lines.size(line, following) > (both ? reading.sizes.nestedPiece : reading.sizes.piece) || rawBlockEnd(source.lines, next) !== null) break;
      next = following;
      withNested = both;
    }
    if (lines.size(line, next) > (withNested ? reading.sizes.nestedPiece : reading.sizes.piece) && raw === null) {
      line = readLongRun(lines, line, next, withNested, reading, emit);
      continue;
    }
    const { nodes, open: unclosed } = parseLines(source, line, next);
    if (next < lines.count && unclosed) {
      line = readOpenBlock(lines, nodes, line, raw !== null, emit);
      continue;
    }
    emit(nodes, line, next);
    line = next;
  }
}

/**
 * For a piece from line `first` whose last node is fenced code or an HTML block that runs to its
 * end: emits the nodes before that block and returns the line it opens on, to read it whole from
 * there. When remark saw a block its first line does not show (or the piece started with that block,
 * read as far as its first line says), reads the rest of the source as one piece rather than guess,
 * and returns the end.
 */
function readOpenBlock(lines: Lines, nodes: RootContent[], first: number, startedRaw: boolean, emit: Emit): number {
  const { source } = lines;
  const block = nodes.pop()!;
  const opening = lineAtPlace(source, block.position?.start.line ?? 0, first, lines.count) ?? first;
  if (nodes.length > 0) emit(nodes, first, opening);
  // A piece that started with the block already read it to the end the opening line shows.
  if (rawBlockEnd(source.lines, opening) !== null && !(startedRaw && opening === first)) return opening;
  const rest = parseLines(source, opening, lines.count);
  emit(rest.nodes, opening, lines.count);
  return lines.count;
}

/** The 0-based source line of document line `docLine`, searched among lines `first` to `next`. */
function lineAtPlace(source: Source, docLine: number, first: number, next: number): number | null {
  let low = first;
  let high = next - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = source.place(middle, 1).line;
    if (at === docLine) return middle;
    if (at < docLine) low = middle + 1;
    else high = middle - 1;
  }
  return null;
}

/**
 * The end of the block quote whose lines start at `first` (before `next`), when it surely ends
 * there: the line after its last `>` line is blank, the end of the run, or a list item that starts a
 * list whatever is open (not a lazy line). -1 otherwise, or when a tab is in the indentation after a
 * `>` (see `TAB_INDENT`).
 */
function quoteEnd(lines: Lines, first: number, next: number): number {
  let line = first;
  while (line < next) {
    const text = lineText(lines.source.lines, line);
    const match = QUOTE.exec(text);
    if (match === null) break;
    if (TAB_INDENT.test(text.slice(match[1]!.length))) return -1;
    line += 1;
  }
  if (line === first) return -1;
  return line === next || lines.blank[line] === 1 || LIST_ANYWHERE.test(lineText(lines.source.lines, line)) ? line : -1;
}

/** The block quote on lines `first` to `end`, read as its content, so its length costs linear time. */
function readQuote(lines: Lines, first: number, end: number, reading: Reading): RootContent {
  const { source } = lines;
  let last = first;
  const prefixes: number[] = [];
  const content: string[] = [];
  for (let line = first; line < end; line += 1) {
    const text = lineText(source.lines, line);
    const match = QUOTE.exec(text);
    if (match === null) break;
    const prefix = match[1]!.length + match[2]!.length;
    prefixes.push(prefix);
    content.push(text.slice(prefix));
    last = line;
  }
  const inner: Source = {
    lines: textLines(content.join('\n')),
    depth: source.depth + 1,
    place: (line, column) => source.place(first + line, column + (prefixes[line] ?? prefixes.at(-1) ?? 0)),
  };
  const children: RootContent[] = [];
  readSource(inner, reading, children);
  const opening = lineText(source.lines, first);
  const position = {
    start: source.place(first, opening.length - opening.trimStart().length + 1),
    end: source.place(last, lineEnd(source.lines, last) - lineStart(source.lines, last) + 1),
  };
  return { type: 'blockquote', children: children as Blockquote['children'], position };
}

/**
 * Whether the line at `end` (or the end of the run, `next`) ends the list item that starts at
 * `first` in any case: the next item of the same list, a list that starts whatever was open, or a
 * quote (a line at the margin is not in the item, and one that starts a block is not lazy).
 */
function endsItem(lines: Lines, first: number, end: number, next: number): boolean {
  if (end >= next) return true;
  const at = lineText(lines.source.lines, end);
  const marker = markerOf(at);
  return (marker !== null && (marker === markerOf(lineText(lines.source.lines, first)) || LIST_ANYWHERE.test(at))) || at.startsWith('>');
}

/**
 * Whether a cut before line `cut` (a list item or a quote at the margin, after a line that is not
 * blank) reads as the whole text would, given the last node of the tree before it: the item goes on
 * that list (same marker), or the line starts a block whatever is open before it: a list item that
 * may interrupt a paragraph, or a quote after anything but a quote (which it would continue). Not
 * after code or HTML, which may still hold the line.
 */
function cutHolds(lines: Lines, last: RootContent | undefined, lastLine: number | null, cut: number): boolean {
  if (last === undefined || lastLine === null) return false;
  const at = lineText(lines.source.lines, cut);
  if (last.type === 'list' && markerOf(lineText(lines.source.lines, lastLine)) === markerOf(at)) return true;
  if (last.type === 'code' || last.type === 'html') return false;
  return LIST_ANYWHERE.test(at) || (at.startsWith('>') && last.type !== 'blockquote');
}

const ITEM_START = /^( {0,3})([-+*]|(\d{1,9})[.)])(?=[ \t]|$)([ ]*)(.*)$/;
const TASK = /^\[[ xX]\](?:[ \t]|$)/;

/**
 * Reads the list item on lines `first` to `next` as its content with the item's indentation taken
 * off, so one long item (kilobytes of nested lists) costs linear time, and emits it as a list of
 * one item (the next piece's items go on it). Returns false, having read nothing, for an item
 * this cannot read exactly: a line that is not blank and not indented to its content (a lazy line,
 * or a line the item does not hold), a tab in the indentation, a task marker, or an empty first
 * line followed by a blank one.
 */
function readItem(lines: Lines, first: number, next: number, reading: Reading, emit: Emit): boolean {
  const { source } = lines;
  const text = lineText(source.lines, first);
  const match = markerOf(text) === null ? null : ITEM_START.exec(text);
  if (match === null) return false;
  const [, indent = '', marker = '', digits, spaces = '', rest = ''] = match;
  if (TASK.test(rest) || rest.startsWith('\t')) return false;
  const markerEnd = indent.length + marker.length;
  // CommonMark: content starts after 1 to 4 spaces; with 5 or more (indented code) or none, after 1.
  const width = rest === '' || spaces.length >= 5 ? markerEnd + 1 : markerEnd + spaces.length;
  if (rest === '' && next > first + 1 && lines.blank[first + 1] === 1) return false;
  const prefixes: number[] = [];
  const content: string[] = [];
  let last = first;
  for (let line = first; line < next; line += 1) {
    const text = lineText(source.lines, line);
    if (line === first) {
      const cut = Math.min(width, text.length);
      prefixes.push(cut);
      content.push(text.slice(cut));
    } else if (lines.blank[line] === 1) {
      prefixes.push(0);
      content.push('');
      continue;
    } else {
      const leading = /^ */.exec(text)![0].length;
      if (leading < width || TAB_INDENT.test(text)) return false;
      prefixes.push(width);
      content.push(text.slice(width));
    }
    last = line;
  }
  const inner: Source = {
    lines: textLines(content.join('\n')),
    depth: source.depth + 1,
    place: (line, column) => source.place(first + line, column + (prefixes[line] ?? width)),
  };
  const children: RootContent[] = [];
  readSource(inner, reading, children);
  // Loose when a blank line stands between two of its blocks.
  let spread = false;
  for (let index = 1; index < children.length && !spread; index += 1) {
    const end = lineAtPlace(source, children[index - 1]!.position?.end.line ?? 0, first, next);
    const start = lineAtPlace(source, children[index]!.position?.start.line ?? 0, first, next);
    if (end !== null && start !== null) for (let line = end + 1; line < start; line += 1) if (lines.blank[line] === 1) spread = true;
  }
  const position = { start: source.place(first, indent.length + 1), end: source.place(last, lineText(source.lines, last).length + 1) };
  const item: ListItem = { type: 'listItem', spread, checked: null, children: children as ListItem['children'], position };
  const list: List = { type: 'list', ordered: digits !== undefined, start: digits === undefined ? null : Number.parseInt(digits, 10), spread: false, children: [item], position: { start: position.start, end: position.end } };
  emit([list], first, next, false);
  return true;
}

/**
 * Reads the run of lines `first` to `next` (one stretch between blank-line cuts, too long for one
 * piece) in pieces cut before list items, and returns the line to go on from. A single item longer
 * than a piece is read as its content ({@link readItem}).
 */
function readLongRun(
  lines: Lines,
  first: number,
  next: number,
  nested: boolean,
  reading: Reading,
  emit: Emit,
): number {
  const { source } = lines;
  let start = first;
  let atLeast = 0;
  while (start < next) {
    // Blank lines hold nothing to read, however many there are.
    if (!lines.anyNonBlank(start, next)) return next;
    // A quote longer than a piece that surely ends: read as its content.
    const quote = nested && atLeast === 0 && source.depth < MAX_DEPTH ? quoteEnd(lines, start, next) : -1;
    if (quote !== -1 && lines.size(start, quote) > reading.sizes.nestedPiece) {
      emit([readQuote(lines, start, quote, reading)], start, quote, false);
      start = quote;
      continue;
    }
    // One item longer than a piece, followed by what cannot be part of it: read as its content.
    const itemEnd = Math.min(lines.nextItem[start]!, next);
    if (nested && atLeast === 0 && source.depth < MAX_DEPTH && lines.size(start, itemEnd) > reading.sizes.nestedPiece && endsItem(lines, start, itemEnd, next) && readItem(lines, start, itemEnd, reading, emit)) {
      start = itemEnd;
      continue;
    }
    const room = Math.max(nested ? reading.sizes.nestedPiece : reading.sizes.piece, atLeast);
    // The furthest item cut that keeps the piece within `room`, or else the first one.
    let cut = lines.nextItem[start]!;
    if (cut >= next) cut = next;
    while (cut < next) {
      const further = lines.nextItem[cut]!;
      if (further >= next || lines.size(start, further) > room) break;
      cut = further;
    }
    if (lines.size(start, cut) < atLeast) {
      while (cut < next && lines.size(start, cut) < atLeast) cut = Math.min(lines.nextItem[cut]!, next);
    }
    const limit = nested ? reading.sizes.nestedLimit : reading.sizes.flatLimit;
    if (lines.size(start, cut) > limit || unmatchedCost(lines, start, cut) > BRACKET_BUDGET) {
      let end = next - 1;
      while (end > start && lines.blank[end] === 1) end -= 1;
      reading.unread.push({ startLine: source.place(start, 1).line, endLine: source.place(end, 1).line, bytes: lines.size(start, end + 1), nested });
      return next;
    }
    const { nodes, open: unclosed } = parseLines(source, start, cut);
    const last = nodes.at(-1);
    const lastLine = last?.position === undefined ? null : lineAtPlace(source, last.position.start.line, start, cut);
    // Fenced code or an HTML block of kinds 1–5 still open: read it whole. (Other blocks that reach
    // the cut, an HTML block of kind 6 or 7 or indented code, just make the cut a wrong one.)
    if (unclosed && cut < lines.count && (cut === next || (lastLine !== null && rawBlockEnd(source.lines, lastLine) !== null))) {
      return readOpenBlock(lines, nodes, start, false, emit);
    }
    if (cut === next) {
      emit(nodes, start, cut);
      return next;
    }
    if (cutHolds(lines, last, lastLine, cut)) {
      emit(nodes, start, cut);
      start = cut;
      atLeast = 0;
      continue;
    }
    // The line at the cut continues the last block: read again with at least twice as many
    // characters. The blocks before the last are kept when the last is a list that starts the same
    // whatever comes before it (a block's start can depend on whether a paragraph was open).
    if (last?.type === 'list' && lastLine !== null && lastLine > start && LIST_ANYWHERE.test(lineText(source.lines, lastLine))) {
      emit(nodes.slice(0, -1), start, lastLine);
      start = lastLine;
    }
    atLeast = 2 * lines.size(start, cut);
  }
  return next;
}

/**
 * Puts `fresh` in the place of `old` by changing `old`, which other pieces may hold (a list that
 * later items went on): a list keeps the items after its own, everything else becomes `fresh`.
 */
function replaceInPlace(old: RootContent, fresh: RootContent): void {
  if (old.type === 'list' && fresh.type === 'list') {
    old.children.splice(0, fresh.children.length, ...fresh.children);
    return;
  }
  for (const key of Object.keys(old)) Reflect.deleteProperty(old, key);
  Object.assign(old, fresh);
}

/**
 * micromark looks back from every `]` to the start of its paragraph for the `[` it closes: a block of
 * `a] a] a] …` costs its length times its brackets. A run whose brackets times length passes this
 * (about 40 ms of parsing) is not parsed; links in prose are far below it.
 */
const BRACKET_BUDGET = 4_000_000;

/** The number of `]` in lines `first` to `next` times their length (see {@link BRACKET_BUDGET}). */
function unmatchedCost(lines: Lines, first: number, next: number): number {
  const from = lineStart(lines.source.lines, first);
  const to = lineStart(lines.source.lines, next);
  let brackets = 0;
  for (let at = lines.source.lines.text.indexOf(']', from); at !== -1 && at < to; at = lines.source.lines.text.indexOf(']', at + 1)) brackets += 1;
  return brackets * (to - from);
}

/** micromark's label normalization: white space collapsed, case folded. */
function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase();
}

/** Every definition and footnote definition in `nodes`, at any depth. */
function definitionsIn(nodes: readonly RootContent[]): (Definition | FootnoteDefinition)[] {
  const found: (Definition | FootnoteDefinition)[] = [];
  const stack: Nodes[] = [...nodes];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'definition' || node.type === 'footnoteDefinition') found.push(node);
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
  return found;
}

/**
 * Parses again each piece that names (`[label]`, `[^label]`) a definition made in another piece,
 * with those definitions before it, so its references resolve as they would in the whole text.
 */
function resolveAcrossPieces(reading: Reading): void {
  const all = new Map<string, string>();
  for (const piece of reading.pieces) {
    for (const definition of definitionsIn(piece.nodes)) {
      const key = `${definition.type === 'footnoteDefinition' ? '^' : ''}${normalizeLabel(definition.label ?? definition.identifier)}`;
      if (!all.has(key)) all.set(key, definition.type === 'footnoteDefinition' ? `[^${definition.label ?? definition.identifier}]: x` : `[${definition.label ?? definition.identifier}]: x`);
    }
  }
  if (all.size === 0) return;
  for (const piece of reading.pieces) {
    if (!piece.whole) continue;
    const own = new Set(definitionsIn(piece.nodes).map((definition) => `${definition.type === 'footnoteDefinition' ? '^' : ''}${normalizeLabel(definition.label ?? definition.identifier)}`));
    const text = piece.source.lines.text.slice(lineStart(piece.source.lines, piece.first), lineStart(piece.source.lines, piece.next));
    const needed = new Set<string>();
    for (const match of text.matchAll(/\[([^[\]]{1,999})\]/g)) {
      const key = normalizeLabel(match[1]!);
      if (!own.has(key) && all.has(key)) needed.add(all.get(key)!);
    }
    if (needed.size === 0) continue;
    const { nodes } = parseLines(piece.source, piece.first, piece.next, [...needed].join('\n\n'));
    // The block structure is the same (the definitions end before a blank line); only inline
    // content changes, so the reparsed blocks take the old ones' places one for one, and the
    // items of a list that went on the piece before's list take their places in it.
    const { merged } = piece;
    const head = merged === null ? null : nodes.shift();
    if (nodes.length !== piece.nodes.length) continue;
    if (merged !== null) {
      const at = merged.list.children.indexOf(merged.items[0]!);
      if (head?.type !== 'list' || head.children.length !== merged.items.length || at === -1) continue;
      merged.list.children.splice(at, merged.items.length, ...head.children);
    }
    piece.nodes.forEach((old, index) => {
      replaceInPlace(old, nodes[index]!);
    });
  }
}

/**
 * The mdast tree of `markdown` (GFM: tables, task lists, autolinks) with positions, read in linear
 * time, and the runs too long to read (see the module comment). Throws a
 * {@link MarkdownTooLargeError} for a text over {@link MAX_MARKDOWN_BYTES} bytes of UTF-8.
 */
export function readMarkdown(markdown: string, sizes: PieceSizes = PIECE_SIZES): MarkdownTree {
  const bytes = Buffer.byteLength(markdown, 'utf8');
  if (bytes > MAX_MARKDOWN_BYTES) throw new MarkdownTooLargeError(bytes);
  // A byte-order mark at the start of a later line (left where two files with one were joined) would
  // make its heading a paragraph; like the one at the start of the text, it means nothing.
  const lines = textLines(normalizeText(markdown).replace(/\n\uFEFF/g, '\n'));
  const document: Source = { lines, depth: 0, place: (line, column) => ({ line: line + 1, column, offset: lineStart(lines, line) + column - 1 }) };
  const reading: Reading = { sizes, unread: [], pieces: [] };
  const children: RootContent[] = [];
  readSource(document, reading, children);
  resolveAcrossPieces(reading);
  const last = lines.starts.length - 1;
  const root: Root = {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: document.place(last, lines.text.length - lineStart(lines, last) + 1) },
  };
  return { root, unread: reading.unread };
}

/**
 * Parses Markdown into an mdast tree with positions. GFM is on because playbooks written on
 * GitHub use its tables, task lists and autolinks, and a table must be seen as a table (and
 * reported if unused) rather than as a paragraph of pipes. See {@link readMarkdown}.
 */
export function parseMarkdown(text: string): Root {
  return readMarkdown(text).root;
}
