/**
 * Normalising rendered Markdown through remark, so every document has one consistent style
 * (`-` bullets, `_` emphasis, aligned tables) whatever whitespace the templates left behind.
 */
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';

const processor = remark()
  .use(remarkGfm)
  .data('settings', { bullet: '-', emphasis: '_', rule: '-', listItemIndent: 'one' })
  .freeze();

/** `markdown` parsed and written back in the house style (GitHub-flavoured, with tables and task lists). */
export function formatMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
