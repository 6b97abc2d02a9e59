import type { EscalationDoc, ManagementRuleDoc, TechnicalLevelDoc } from '../config/documents.js';
import type { ContactBook } from './contact-book.js';
import { findDuration, splitWithin } from './duration-words.js';
import { findSection } from './find-section.js';
import { itemsIn } from './list-items.js';
import type { MapContext } from './map-context.js';
import { descendants } from './sections.js';
import { parseSeverityLabel } from './severity-label.js';

/** An escalation heading: `Escalation Procedures`, `Escalation Matrix`. */
const isEscalationTitle = (words: string): boolean => /\bescalat/.test(words);

const LEVEL = /^(?:level|l|tier|t)\s*[-_ ]?\s*(\d+)$/i;
const AFTER = /[\s,(]*\b(?:(?:if )?(?:not |un)acknowledged\s+)?(?:after|within)\s+(?=\S)/i;

/**
 * How long an unacknowledged incident waits before it reaches each level when the source does not
 * say: playbook-ops' defaults (L1 at once, L2 after 30m, L3 after 1h, L4 after 2h), then one more
 * hour per further level so delays keep increasing.
 */
export function defaultDelay(level: number): string {
  const defaults = ['0m', '30m', '1h', '2h'];
  return defaults[level - 1] ?? `${level - 2}h`;
}

/** `Director notification` → `Director`: who a management rule notifies. */
function notified(name: string): string {
  return name.replace(/\s+(?:notifications?|notified|paged|informed|briefing|call)\s*$/i, '').trim();
}

/**
 * Escalation: technical levels (`**Level 2**: Senior engineers and team leads`) and management
 * escalation by severity (`**SEV-2**: Director notification within 1 hour`). Targets become
 * contact ids through `book`, which adds the people the contact list lacks. A level's delay comes
 * from an `after …` phrase when the source has one, else from {@link defaultDelay}, noted as
 * assumed. Returns null when the source has no escalation section.
 */
export function mapEscalation({ body, ledger, review }: MapContext, book: ContactBook): EscalationDoc | null {
  const section = findSection(body, isEscalationTitle, ledger);
  if (section === null) return null;
  ledger.claim(section);
  const technical: TechnicalLevelDoc[] = [];
  const management: ManagementRuleDoc[] = [];
  for (const part of [section, ...descendants(section)]) {
    for (const lead of itemsIn(part.content)) {
      if (lead.label === null || lead.value === '') continue;
      const line = lead.item.position?.start.line ?? null;
      const level = LEVEL.exec(lead.label);
      const severity = parseSeverityLabel(lead.label);
      if (level?.[1] !== undefined) {
        const number = Number(level[1]);
        const after = AFTER.exec(lead.value);
        const stated = after === null ? null : findDuration(lead.value.slice(after.index + after[0].length));
        const name = after === null ? lead.value : lead.value.slice(0, after.index).replace(/[\s,;(]+$/, '');
        const delay = stated?.text ?? defaultDelay(number);
        if (stated === null) {
          ledger.note('assumed', line, `level ${number} "${name}" after ${delay}: the source gives no delay; playbook-ops default`);
        }
        technical.push({ level: number, name, contacts: book.resolve(name, line), after: delay });
      } else if (severity !== null) {
        const within = splitWithin(lead.value);
        const name = within?.rest ?? lead.value;
        management.push({
          severity: severity.label,
          name,
          notify: book.resolve(notified(name), line),
          ...(within === null ? {} : { within: within.duration.text }),
        });
      } else {
        continue;
      }
      ledger.use(lead.item);
    }
  }
  technical.sort((a, b) => a.level - b.level);
  return { kind: 'escalation', technical, management, review };
}
