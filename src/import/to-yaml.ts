import { COLLECTION_STYLE, dump, type Document, visit } from 'js-yaml';
import type { PlaybookDoc } from '../config/documents.js';

/** Lists of ids or handles, written on one line (`contacts: [cto, vp-engineering]`) as in the default set. */
const INLINE_LISTS = new Set(['contacts', 'notify', 'owners', 'severities']);

/** Puts short id lists in flow style; lists of objects under the same keys (the contact list itself) stay blocks. */
function inlineIdLists(documents: Document[]): void {
  visit(documents, (node) => {
    if (node.kind !== 'mapping') return;
    for (const { key, value } of node.items) {
      if (key.kind !== 'scalar' || !INLINE_LISTS.has(key.value) || value.kind !== 'sequence') continue;
      if (value.items.every((item) => item.kind === 'scalar')) value.style = COLLECTION_STYLE.FLOW;
    }
  });
}

/**
 * One playbook document as YAML text: the `yaml-language-server` schema comment, the given
 * comment lines, then the document with keys in the order it was built. No line folding and no
 * timestamps, so importing the same source twice gives the same bytes.
 */
export function documentYaml(document: PlaybookDoc, schema: string, comments: readonly string[]): string {
  const header = [`# yaml-language-server: $schema=${schema}`, ...comments.map((line) => `# ${line}`)];
  const body = dump(document, { lineWidth: -1, quoteStyle: 'double', noRefs: true, transform: inlineIdLists });
  return `${header.join('\n')}\n${body}`;
}
