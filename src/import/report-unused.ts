import type { Node, RootContent } from 'mdast';
import type { Ledger } from './ledger.js';
import { quote } from './notes.js';
import { plainText } from './plain-text.js';
import type { Section } from './sections.js';

/** Whether anything in `section` (its heading, its blocks, their items, its sub-sections) was used. */
function anyUsed(section: Section, ledger: Ledger): boolean {
  const used = (node: Node): boolean =>
    ledger.isUsed(node) || ('children' in node && (node.children as Node[]).some(used));
  return (
    (section.heading !== null && ledger.isUsed(section.heading)) ||
    section.content.some(used) ||
    section.children.some((child) => anyUsed(child, ledger))
  );
}

/** How the report names a block: `paragraph "…"`, `table`, `code block`. */
function describe(node: RootContent): string {
  const text = plainText(node);
  // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- mdast's node union is open (remark-gfm and others add to it); every other node is named by its type
  switch (node.type) {
    case 'paragraph':
      return `paragraph ${quote(text)}`;
    case 'listItem':
      return `list item ${quote(text)}`;
    case 'code':
      return node.lang ? `code block (${node.lang})` : 'code block';
    case 'table':
      return `table (${node.children.length} rows)`;
    case 'blockquote':
      return `block quote ${quote(text)}`;
    case 'html':
      return `HTML ${quote(node.value)}`;
    case 'definition':
      return `link definition [${node.label ?? node.identifier}]`;
    case 'footnoteDefinition':
      return `footnote [^${node.label ?? node.identifier}] ${quote(text)}`;
    default:
      return text === '' ? node.type : `${node.type} ${quote(text)}`;
  }
}

/** Notes every block among `blocks` that nothing used; a used list item's nested blocks are checked too. */
function reportBlocks(blocks: readonly RootContent[], ledger: Ledger): void {
  for (const block of blocks) {
    // A rule or an HTML comment carries no playbook fact.
    if (block.type === 'thematicBreak' || (block.type === 'html' && /^<!--[\s\S]*-->$/.test(block.value.trim()))) continue;
    if (block.type === 'list') {
      reportBlocks(block.children, ledger);
    } else if (block.type === 'listItem') {
      if (!ledger.isUsed(block)) ledger.note('not imported', block, describe(block));
      // The item's own first paragraph is what "used" covers; what follows it is checked on its own.
      else reportBlocks(block.children[0]?.type === 'paragraph' ? block.children.slice(1) : block.children, ledger);
    } else if (!ledger.isUsed(block)) {
      ledger.note('not imported', block, describe(block));
    }
  }
}

/**
 * Notes everything in the document that no mapper used, with its line, as `not imported`. A
 * section with nothing used is named once as a whole (`section "Glossary" (lines 120–126)`)
 * rather than paragraph by paragraph; a heading that only wraps other sections is not content.
 */
export function reportUnused(section: Section, ledger: Ledger): void {
  if (section.heading !== null && !anyUsed(section, ledger)) {
    if (section.content.length > 0 || section.children.length === 0) {
      ledger.note('not imported', section.heading, `section ${quote(section.title)} (lines ${section.startLine}–${section.endLine})`);
      return;
    }
  }
  reportBlocks(section.content, ledger);
  for (const child of section.children) reportUnused(child, ledger);
}
