import type { Heading, List, Paragraph } from 'mdast';
import { plainText } from './plain-text.js';
import type { Section } from './sections.js';

/** A list introduced by a label, e.g. `**Symptoms:**` followed by bullets. */
export interface LabelledList {
  /** The label's words without the colon: `Symptoms`. */
  label: string;
  /** The paragraph or sub-heading that holds the label, so the mapper can mark it used. */
  labelNode: Paragraph | Heading;
  list: List;
}

/**
 * The label a paragraph states when it only introduces what follows: entirely bold or italic
 * (`**Response Steps:**`, `*Symptoms*`) or a few words ending in a colon (`Symptoms:`). Null for prose.
 */
export function paragraphLabel(paragraph: Paragraph): string | null {
  const text = plainText(paragraph);
  const onlyBold = paragraph.children.every(
    (child) => child.type === 'strong' || child.type === 'emphasis' || (child.type === 'text' && /^[\s:]*$/.test(child.value)),
  );
  if ((onlyBold && text !== '') || (/:$/.test(text) && text.split(' ').length <= 6)) {
    return text.replace(/:$/, '').trim();
  }
  return null;
}

/**
 * The labelled lists of a section, in order: label paragraphs in its own content each followed by
 * a list, and sub-sections whose heading is the label (`#### Symptoms`) and whose first list is
 * the content. Anything else is left for the caller (and, if unused, for the report).
 */
export function labelledLists(section: Section): LabelledList[] {
  const found: LabelledList[] = [];
  section.content.forEach((block, index) => {
    const next = section.content[index + 1];
    if (block.type !== 'paragraph' || next?.type !== 'list') return;
    const label = paragraphLabel(block);
    if (label !== null) found.push({ label, labelNode: block, list: next });
  });
  for (const child of section.children) {
    const list = child.content.find((block): block is List => block.type === 'list');
    if (child.heading !== null && list !== undefined) found.push({ label: child.title, labelNode: child.heading, list });
  }
  return found;
}
