import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { plainText } from './plain-text.js';

/** What a list item says in its first paragraph, split the ways playbooks label things. */
export interface ItemLead {
  item: ListItem;
  /** The first paragraph, or null for an item that starts with something else. */
  paragraph: Paragraph | null;
  /** The first paragraph's whole text. */
  text: string;
  /**
   * The label: a leading bold phrase (`**Level 1**: On-call engineer`, `**Acknowledge the Alert**`)
   * or, without bold, the words before the first colon or dash (`Primary On-Call: [Phone Number]`,
   * `Secondary on-call — paged after 10 minutes`).
   * Null when the item has neither.
   */
  label: string | null;
  /** The text after the label, without the colon; the whole text when there is no label. */
  value: string;
  /** Whether the label is bold, i.e. a title rather than `words: value`. */
  bold: boolean;
  /** Lists nested in the item (sub-bullets). */
  sublists: List[];
}

/**
 * `Term: description` or `Term — description` (also `–`, ` - `, ` -- `), split at whichever
 * separator comes first; null for text with neither.
 */
export function splitTerm(text: string): { term: string; description: string } | null {
  // Patterns written here, not as module constants, so that mutation testing can switch them.
  const colon = /^([^:]{1,60}?):\s+(\S.*)$/.exec(text);
  const dash = /^(.{1,80}?)\s+(?:[—–]|--?)\s+(\S.*)$/.exec(text);
  const first = colon !== null && (dash === null || (colon[1] ?? '').length <= (dash[1] ?? '').length) ? colon : dash;
  if (first?.[1] === undefined || first[2] === undefined) return null;
  return { term: first[1].trim(), description: first[2].trim() };
}

/** Reads the lead of a list item. */
export function itemLead(item: ListItem): ItemLead {
  const first = item.children[0];
  const paragraph = first?.type === 'paragraph' ? first : null;
  const text = paragraph === null ? '' : plainText(paragraph);
  const sublists = item.children.filter((child): child is List => child.type === 'list');
  const bold = paragraph?.children[0];
  const boldLabel = bold?.type === 'strong' ? plainText(bold).replace(/:$/, '').trim() : '';
  // A bold run with no words (`**:**`) labels nothing.
  if (paragraph !== null && bold?.type === 'strong' && boldLabel !== '') {
    const label = boldLabel;
    const value = plainText({ type: 'paragraph', children: paragraph.children.slice(1) }).replace(/^[:\-–—]\s*/, '');
    return { item, paragraph, text, label, value, bold: true, sublists };
  }
  const split = splitTerm(text);
  if (split !== null) return { item, paragraph, text, label: split.term, value: split.description, bold: false, sublists };
  return { item, paragraph, text, label: null, value: text, bold: false, sublists };
}

/** The lists among `blocks`, in order. */
export function listsIn(blocks: readonly RootContent[]): List[] {
  return blocks.filter((block): block is List => block.type === 'list');
}

/** The leads of every item of every list among `blocks`, in order. */
export function itemsIn(blocks: readonly RootContent[]): ItemLead[] {
  return listsIn(blocks).flatMap((list) => list.children.map(itemLead));
}

/** The leads of the items of `lists` that say something, in order. */
export function subItems(lists: readonly List[]): ItemLead[] {
  return lists.flatMap((list) => list.children.map(itemLead)).filter((lead) => lead.text !== '');
}
