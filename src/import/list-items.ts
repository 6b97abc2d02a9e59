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
   * or, without bold, the words before the first colon (`Primary On-Call: [Phone Number]`).
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

/** Reads the lead of a list item. */
export function itemLead(item: ListItem): ItemLead {
  const first = item.children[0];
  const paragraph = first?.type === 'paragraph' ? first : null;
  const text = paragraph === null ? '' : plainText(paragraph);
  const sublists = item.children.filter((child): child is List => child.type === 'list');
  const bold = paragraph?.children[0];
  if (paragraph !== null && bold?.type === 'strong') {
    const label = plainText(bold).replace(/:$/, '').trim();
    const value = plainText({ type: 'paragraph', children: paragraph.children.slice(1) }).replace(/^[:\-–—]\s*/, '');
    return { item, paragraph, text, label, value, bold: true, sublists };
  }
  const colon = /^([^:]{1,60}?):\s+(.+)$/.exec(text);
  if (colon !== null && colon[1] !== undefined && colon[2] !== undefined) {
    return { item, paragraph, text, label: colon[1].trim(), value: colon[2].trim(), bold: false, sublists };
  }
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
