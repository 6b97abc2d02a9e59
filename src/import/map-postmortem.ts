import type { Paragraph } from 'mdast';
import type { PostmortemDoc } from '../config/documents.js';
import { findDuration } from './duration-words.js';
import { normalizeWords } from './normalize-words.js';
import { labelledLists } from './labelled-lists.js';
import { itemsIn, subItems } from './list-items.js';
import { type MapContext, takeSection } from './map-context.js';
import { plainText } from './plain-text.js';
import type { SeverityScale } from './severity-scale.js';
import { slugify, uniqueId } from './slug.js';

const ELEMENTS = /\belements?\b|\bsections?\b|\bcontents?\b|\binclude|\btemplate\b|\bstructure\b/;
const IMPROVEMENT = /\bimprovement\b|\bcontinuous\b|\blearning\b/;

/** Which severities need a post-mortem and how long after resolution it is due. */
export interface PostmortemRule {
  severities: string[];
  due: string | null;
  /** The sentence it came from, for the severities file's notes. */
  paragraph: Paragraph;
}

/** Element ids other parts (the post-mortem template) build on, by the words of the element's title. */
const ELEMENT_IDS: [RegExp, string][] = [
  [/\btimeline\b/, 'timeline'],
  [/\broot cause/, 'root-cause'],
  [/\bimpact\b/, 'impact'],
  [/\bresolution\b/, 'resolution'],
  [/\blessons?\b/, 'lessons-learned'],
  [/\baction items?\b|\bfollow ups?\b/, 'action-items'],
];

/**
 * `All SEV-1 and SEV-2 incidents require a post-mortem within 48 hours of resolution.` → the rule.
 * Null for any other sentence.
 */
export function parsePostmortemRule(paragraph: Paragraph, scale: SeverityScale): PostmortemRule | null {
  const text = plainText(paragraph);
  if (!/\b(require|requires|required|need|needs|must)\b/i.test(text) || !/post[- ]?mortem|retrospective/i.test(text)) return null;
  const severities = scale.mentions(text);
  if (severities.length === 0) return null;
  const due = /\b(?:within|after|no later than)\b(.*)$/i.exec(text);
  return { severities, due: due?.[1] === undefined ? null : (findDuration(due[1])?.text ?? null), paragraph };
}

/**
 * The post-incident process: the post-mortem requirement sentence (returned as a rule for the
 * severities), the post-mortem elements list and the continuous-improvement practices. Returns
 * null when the source has no such section.
 */
export function mapPostmortem(context: MapContext): { doc: PostmortemDoc; rule: PostmortemRule | null } | null {
  const { ledger, review, scale } = context;
  const found = takeSection(context, 'postmortem');
  if (found === null) return null;
  const { section } = found;
  let rule: PostmortemRule | null = null;
  const elements: PostmortemDoc['elements'] = [];
  const improvement: string[] = [];
  const taken = new Set<string>();
  for (const part of found.parts) {
    for (const block of part.content) {
      const found: PostmortemRule | null = block.type === 'paragraph' && rule === null ? parsePostmortemRule(block, scale) : null;
      if (found !== null) {
        rule = found;
        ledger.use(block);
      }
    }
    for (const { label, labelNode, list } of labelledLists(part)) {
      if (!ELEMENTS.test(normalizeWords(label)) || elements.length > 0) continue;
      for (const item of subItems([list])) {
        const words = normalizeWords(item.text);
        const id = ELEMENT_IDS.find(([pattern]) => pattern.test(words))?.[1] ?? slugify(item.text);
        const element = { id: uniqueId(id, taken), title: item.text };
        ledger.source(item.item, element, 'title');
        elements.push(element);
        ledger.use(item.item);
      }
      ledger.use(labelNode);
    }
    if (part !== section && IMPROVEMENT.test(normalizeWords(part.title)) && improvement.length === 0) {
      const items = itemsIn(part.content).filter((lead) => lead.text !== '');
      for (const lead of items) ledger.source(lead.item, improvement, improvement.push(lead.text) - 1);
      ledger.use(...items.map((lead) => lead.item));
    }
  }
  return { doc: { kind: 'postmortem', elements, continuous_improvement: improvement, review }, rule };
}
