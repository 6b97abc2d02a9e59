import type { PhaseDoc, ProcessDoc, StepDoc } from '../config/documents.js';
import type { Ledger } from './ledger.js';
import { findSection } from './find-section.js';
import { phaseId } from './known-ids.js';
import { type ItemLead, itemsIn, subItems } from './list-items.js';
import type { MapContext } from './map-context.js';
import { uniqueId } from './slug.js';

/**
 * A process heading: `Incident Response Process`, `Response Phases`, `Incident Lifecycle`; not the
 * post-incident process, escalation or communication procedures, which have their own documents.
 */
const isProcessTitle = (words: string): boolean =>
  /\b(process|phases?|lifecycle|workflow|procedures?)\b/.test(words) &&
  !/\bpost\b|\bpostmortem\b|\bescalat|\bcommunicat|\breview\b/.test(words);

/**
 * One step from a list item: a bold title with sub-bullets (`**Acknowledge the Alert**` and its
 * tasks) becomes a titled step, a plain bullet a bare step. Marks what it used.
 */
function toStep(lead: ItemLead, ledger: Ledger): StepDoc {
  const tasks = subItems(lead.sublists);
  ledger.use(lead.item, ...tasks.map((task) => task.item));
  const title = lead.bold && lead.label !== null ? lead.label : lead.text;
  const taskTexts = [...(lead.bold && lead.value !== '' ? [lead.value] : []), ...tasks.map((task) => task.text)];
  return taskTexts.length === 0 ? title : { title, tasks: taskTexts };
}

/**
 * The response process: one phase per sub-heading (`### 2. Initial Response`), in order, with the
 * phase's list items as steps. Phase names map to the fixed phase ids (`Containment and
 * Mitigation` → `mitigation`). Returns null when the source has no process section.
 */
export function mapProcess({ body, ledger, review }: MapContext): ProcessDoc | null {
  const section = findSection(body, isProcessTitle, ledger);
  if (section === null) return null;
  ledger.claim(section);
  const taken = new Set<string>();
  const phases: PhaseDoc[] = [];
  for (const child of section.children) {
    const leads = itemsIn(child.content).filter((lead) => lead.text !== '');
    // A sub-heading without steps is no phase; left unused, the report names it.
    if (leads.length === 0) continue;
    phases.push({ id: uniqueId(phaseId(child.title), taken), name: child.title, steps: leads.map((lead) => toStep(lead, ledger)) });
  }
  return { kind: 'process', phases, review };
}
