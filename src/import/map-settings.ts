import type { Paragraph } from 'mdast';
import type { SettingsDoc } from '../config/documents.js';
import { findDuration, isUsable } from './duration-words.js';
import { type MapContext, takeSection } from './map-context.js';
import { plainText } from './plain-text.js';
import { descendants, type Section } from './sections.js';

/** How often the playbook is reviewed when the source does not say: quarterly, as the source playbook asks. */
export const DEFAULT_REVIEW_CADENCE = '90d';

/**
 * The review cadence a sentence states: `This playbook should be reviewed and updated quarterly …`
 * → `90d`. Null for any other sentence.
 */
export function parseReviewCadence(paragraph: Paragraph): string | null {
  const text = plainText(paragraph);
  if (!/\breview(ed|s)?\b/i.test(text) || !/\b(playbook|document|procedures?|process|this)\b/i.test(text)) return null;
  // A cadence of zero ("0 minutes" in a table cell) or beyond what a duration holds states no cadence.
  const cadence = findDuration(text);
  return cadence !== null && isUsable(cadence, true) ? cadence.text : null;
}

/** The first paragraph anywhere in the document that states the review cadence. */
function findCadence(body: Section): { paragraph: Paragraph; cadence: string } | null {
  for (const section of [body, ...descendants(body)]) {
    for (const block of section.content) {
      const cadence = block.type === 'paragraph' ? parseReviewCadence(block) : null;
      if (block.type === 'paragraph' && cadence !== null) return { paragraph: block, cadence };
    }
  }
  return null;
}

/**
 * The settings: the name from the title heading, the overview sections' paragraphs (or the prose
 * under the title when there is no such section), and the review
 * cadence from the sentence that states it wherever it stands (the source puts it last, after the
 * contacts). The engine's own settings are written with their defaults so users see them.
 */
export function mapSettings(context: MapContext, title: string | null, titleLine: number | null): SettingsDoc {
  const { body, ledger, review } = context;
  if (title === null) ledger.note('missing', null, 'title: no level-1 heading; wrote name "[Playbook Name]"');
  const overview = takeSection(context, 'overview')?.section ?? null;
  // `Purpose` and `Scope` side by side are both the overview; one nested deeper (a runbook's summary) is not.
  const more = overview === null ? [] : context.sections.alternatives('overview').filter((other) => other.depth === overview.depth);
  for (const other of more) ledger.claim(other);
  // Without an overview section, the prose right under the title is the overview.
  const paragraphs = (overview === null ? [body] : [overview, ...more])
    .flatMap((section) => section.content)
    .filter((block): block is Paragraph => block.type === 'paragraph' && parseReviewCadence(block) === null);
  ledger.use(...paragraphs);
  const cadence = findCadence(body);
  if (cadence === null) {
    ledger.note('assumed', null, `review cadence ${DEFAULT_REVIEW_CADENCE}: the source states none; quarterly is the playbook-ops default`);
  } else {
    ledger.use(cadence.paragraph);
  }
  const settings: SettingsDoc = {
    kind: 'settings',
    name: title ?? '[Playbook Name]',
    ...(paragraphs.length === 0 ? {} : { overview: paragraphs.map(plainText).join('\n\n') }),
    incident_label: 'incident',
    minimum_permission: 'triage',
    review_cadence: cadence?.cadence ?? DEFAULT_REVIEW_CADENCE,
    review,
  };
  if (title !== null) ledger.source(titleLine, settings, 'name');
  if (paragraphs.length > 0) ledger.source(paragraphs[0], settings, 'overview');
  if (cadence !== null) ledger.source(cadence.paragraph, settings, 'review_cadence');
  return settings;
}
