/** Reading Markdown back as GitHub would, to check what escaped text turns into. */
import type { Nodes, Root } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';

const parser = remark().use(remarkGfm).freeze();

/** The mdast tree of `markdown`, parsed with GitHub-flavoured extensions (tables, autolinks, task lists). */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

/** Every node type in the tree, once each, sorted. */
export function nodeTypes(tree: Root): string[] {
  const types = new Set<string>();
  visit(tree, (node) => {
    types.add(node.type);
  });
  return [...types].sort();
}

/** The text a reader sees: text and code values concatenated in order. */
export function visibleText(node: Nodes): string {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  if (node.type === 'break') return '\n';
  if ('children' in node) return node.children.map((child: Nodes) => visibleText(child)).join('');
  return '';
}

/**
 * Text runs GitHub would turn into a mention: an `@` followed by a login character, at the start
 * of a text node or after a character that is not an ASCII letter or digit (GitHub's own rule is
 * narrower; this one is deliberately wider). Code is not searched: GitHub never mentions in code.
 */
export function liveMentions(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, 'text', (node) => {
    for (const match of node.value.matchAll(/(?<![A-Za-z0-9])[@\uFF20\uFE6B][A-Za-z0-9]/gu)) found.push(match[0]);
  });
  return found;
}
