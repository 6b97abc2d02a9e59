import type { Nodes } from 'mdast';

const BLOCK_PARENTS = new Set(['root', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'footnoteDefinition']);

/**
 * The readable text of a Markdown node: emphasis, links and code are reduced to their words,
 * line breaks and runs of white space to one space. Placeholders such as `[Phone Number]` stay
 * as written, because remark keeps an undefined link reference as literal text.
 */
export function plainText(node: Nodes): string {
  return collect(node).replace(/\s+/g, ' ').trim();
}

function collect(node: Nodes): string {
  // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- mdast's node union is open (remark-gfm and others add to it); every other node is read by its children or value
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return ' ';
    case 'image':
      return node.alt ?? '';
    case 'html':
      // Markup is not prose; the unused-content report still names the node by its line.
      return '';
    default:
      if ('children' in node) {
        // Blocks (the paragraphs of a quote or list item, table cells) are separate phrases, so they
        // are joined with a space; inline children are parts of one phrase and join directly.
        return (node.children as Nodes[]).map(collect).join(BLOCK_PARENTS.has(node.type) ? ' ' : '');
      }
      return 'value' in node && typeof node.value === 'string' ? node.value : '';
  }
}
