import type { SeveritiesDoc, SeverityDoc } from '../config/documents.js';
import { findDuration } from './duration-words.js';
import { findSection } from './find-section.js';
import { itemsIn, subItems } from './list-items.js';
import type { MapContext } from './map-context.js';
import { descendants } from './sections.js';
import { parseSeverityLabel } from './severity-label.js';

/** A severities heading: `Severity Levels`, `Incident Classification`, `Priorities`. */
const isSeveritiesTitle = (words: string): boolean => /\bseverit|\bclassification\b|\bpriorit/.test(words);

/** A sub-bullet that states the response time rather than a criterion. */
const RESPONSE = /\b(response|respond|acknowledge?(ment)?|ack|sla)\b/i;

/**
 * The severity levels: each list item labelled with a severity (`**SEV-1 (Critical)**`), its
 * sub-bullets as criteria except the one giving the response time (`Response time: 15 minutes`).
 * A level without a response time is reported and written with a placeholder, which validation
 * rejects, so the gap cannot pass unnoticed. Returns null when the source has no such section.
 */
export function mapSeverities({ body, ledger, review }: MapContext): SeveritiesDoc | null {
  const section = findSection(body, isSeveritiesTitle, ledger);
  if (section === null) return null;
  ledger.claim(section);
  const severities: SeverityDoc[] = [];
  for (const part of [section, ...descendants(section)]) {
    for (const lead of itemsIn(part.content)) {
      const parsed = parseSeverityLabel(lead.label ?? lead.text);
      if (parsed === null) continue;
      // `**SEV-1**: Critical` names the level after the label when the label itself does not.
      const valueIsName = parsed.name === null && lead.label !== null && lead.value !== '' && findDuration(lead.value) === null;
      const name = parsed.name ?? (valueIsName ? lead.value : `SEV-${parsed.level}`);
      // The text after the label (`**SEV-1 (Critical)**: respond within 10 minutes`) counts like a sub-bullet.
      const statements = [...(lead.label !== null && lead.value !== '' && !valueIsName ? [lead.value] : []), ...subItems(lead.sublists).map((sub) => sub.text)];
      let responseTime: string | null = null;
      const criteria: string[] = [];
      for (const statement of statements) {
        const duration = findDuration(statement);
        if (responseTime === null && duration !== null && RESPONSE.test(statement)) responseTime = duration.text;
        else criteria.push(statement);
      }
      ledger.use(...subItems(lead.sublists).map((sub) => sub.item));
      if (responseTime === null) {
        ledger.note('missing', lead.item, `response time for ${parsed.label}: wrote "[Response Time]"; replace it with a duration such as 15m`);
      }
      if (criteria.length === 0) ledger.note('missing', lead.item, `criteria for ${parsed.label}: wrote "[Criterion]"`);
      severities.push({
        level: parsed.level,
        label: parsed.label,
        name,
        criteria: criteria.length === 0 ? ['[Criterion]'] : criteria,
        response_time: responseTime ?? '[Response Time]',
      });
      ledger.use(lead.item);
    }
  }
  severities.sort((a, b) => a.level - b.level);
  return { kind: 'severities', severities, review };
}
