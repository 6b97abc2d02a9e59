import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';

/**
 * Parses Markdown into an mdast tree with positions. GFM is on because playbooks written on
 * GitHub use its tables, task lists and autolinks, and a table must be seen as a table (and
 * reported if unused) rather than as a paragraph of pipes.
 */
export function parseMarkdown(text: string): Root {
  return remark().use(remarkGfm).parse(text);
}
