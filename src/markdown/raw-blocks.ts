/**
 * Blocks whose end is an explicit line rather than a blank line: fenced code and the HTML blocks
 * of CommonMark kinds 1–5 (`<pre>`/`<script>`/`<style>`/`<textarea>`, comments, processing
 * instructions, declarations, CDATA). They are the only blocks that carry on across a blank line
 * at the top level, which is what the block scan needs to know to cut a text safely.
 */
import { type TextLines, lineText } from './text-lines.js';

type EndTest = (line: string) => boolean;

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

const HTML_BLOCKS: { start: RegExp; end: RegExp }[] = [
  { start: /^ {0,3}<(?:pre|script|style|textarea)(?:[ \t>]|$)/i, end: /<\/(?:pre|script|style|textarea)>/i },
  { start: /^ {0,3}<!--/, end: /-->/ },
  { start: /^ {0,3}<\?/, end: /\?>/ },
  { start: /^ {0,3}<![A-Za-z]/, end: />/ },
  { start: /^ {0,3}<!\[CDATA\[/, end: /\]\]>/ },
];

/** How the fenced code block opened by `line` ends, or null when `line` opens none. */
function fenceEnd(line: string): EndTest | null {
  const match = FENCE.exec(line);
  if (match === null) return null;
  const fence = match[1]!;
  // A backtick fence's info string may not contain a backtick (it would be inline code).
  if (fence.startsWith('`') && match[2]!.includes('`')) return null;
  const closing = new RegExp(`^ {0,3}${fence.charAt(0)}{${fence.length},}[ \\t]*$`);
  return (candidate) => closing.test(candidate);
}

/**
 * The index of the last line of the fenced code or HTML block (kinds 1–5) that line `index`
 * opens, assuming it stands at the top level; the last line of the text when nothing closes it;
 * null when line `index` opens no such block.
 */
export function rawBlockEnd(lines: TextLines, index: number): number | null {
  const first = lineText(lines, index);
  const fence = fenceEnd(first);
  const html = fence === null ? HTML_BLOCKS.find((block) => block.start.test(first)) : undefined;
  if (fence === null && html === undefined) return null;
  const last = lines.starts.length - 1;
  // An HTML block may end on its own first line; a fence never does.
  let line = fence === null ? index : index + 1;
  if (line > last) return last;
  const ends: EndTest = fence ?? ((candidate) => html!.end.test(candidate));
  while (line < last && !ends(lineText(lines, line))) line += 1;
  return line;
}

/**
 * Whether `line` could open fenced code or a kind 1–5 HTML block at some depth, after any
 * indentation and quote or list markers. A loose test, used where the text was not parsed.
 */
export function mayOpenRawBlock(line: string): boolean {
  const inner = line.replace(/^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/, '');
  return /^(?:`{3,}|~{3,})/.test(inner) || HTML_BLOCKS.some((block) => block.start.test(inner));
}
