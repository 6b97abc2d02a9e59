/**
 * The oracle for the block scan: remark parsing a whole text at once, with the same block
 * constructs (setext headings and link reference definitions off, as in the scan) and nothing
 * cut or hidden. Slow on hostile text, fine on the small documents the tests build.
 */
import type { Root, RootContent } from 'mdast';
import { remark } from 'remark';
import { normalizeText } from '../../src/markdown/text-lines.js';

const parser = remark()
  .data('micromarkExtensions', [{ disable: { null: ['setextUnderline', 'definition'] } }])
  .freeze();

/** Lines (0-based) covered by [start, end) of `text`. */
function linesOf(text: string, start: number, end: number): number[] {
  const first = text.slice(0, start).split('\n').length - 1;
  const last = text.slice(0, Math.max(start, end - 1)).split('\n').length - 1;
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** What the readers need from a text: lines of paragraphs outside quotes, and top-level ATX headings. */
export interface Structure {
  proseLines: number[];
  headings: { line: number; depth: number }[];
}

/** The structure remark sees in the whole of `body`. */
export function oracle(body: string): Structure {
  const text = normalizeText(body);
  const tree: Root = parser.parse(text);
  const prose = new Set<number>();
  const headings = tree.children.flatMap((node) =>
    node.type === 'heading' ? [{ line: (node.position?.start.line ?? 0) - 1, depth: node.depth }] : [],
  );
  const stack: RootContent[] = [...tree.children];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'paragraph') for (const line of linesOf(text, node.position!.start.offset!, node.position!.end.offset!)) prose.add(line);
    else if (node.type === 'list' || node.type === 'listItem') stack.push(...node.children);
  }
  return { proseLines: [...prose].sort((a, b) => a - b), headings };
}

/** The same, from the block scan's spans. */
export function fromScan(text: string, paragraphs: { start: number; end: number }[], headings: { start: number; depth: number }[]): Structure {
  const prose = new Set<number>();
  for (const paragraph of paragraphs) for (const line of linesOf(text, paragraph.start, paragraph.end)) prose.add(line);
  return {
    proseLines: [...prose].sort((a, b) => a - b),
    headings: headings.map((heading) => ({ line: linesOf(text, heading.start, heading.start + 1)[0]!, depth: heading.depth })),
  };
}
