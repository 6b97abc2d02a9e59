import type { PhaseDoc, ProcessDoc, StepDoc } from '../config/documents.js';
import type { Ledger } from './ledger.js';
import { phaseId } from './known-ids.js';
import { type ItemLead, itemLead, itemsIn, listsIn, subItems } from './list-items.js';
import { type MapContext, takeSection } from './map-context.js';
import { uniqueId } from './slug.js';

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

/** Appends a phase, recording where it came from. */
function addPhase(phases: PhaseDoc[], name: string, steps: StepDoc[], at: Parameters<Ledger['source']>[0], taken: Set<string>, ledger: Ledger): void {
  const phase: PhaseDoc = { id: uniqueId(phaseId(name), taken), name, steps };
  ledger.source(at, phase, 'name');
  steps.forEach((_, index) => ledger.source(at, phase.steps, index));
  phases.push(phase);
}

/**
 * The response process, in order: one phase per sub-heading (`### 2. Initial Response`) with its
 * list items as steps, or, without such sub-headings, one phase per item of a list whose items
 * hold nested lists (`1. Triage` with `1. Confirm the alert` below it), the nested items as steps.
 * Phase names map to the fixed phase ids (`Containment and Mitigation` → `mitigation`). Returns
 * null when the source has no process section.
 */
export function mapProcess(context: MapContext): ProcessDoc | null {
  const { ledger, review } = context;
  const found = takeSection(context, 'process');
  if (found === null) return null;
  const taken = new Set<string>();
  const phases: PhaseDoc[] = [];
  for (const list of listsIn(found.section.content)) {
    const leads = list.children.map(itemLead).filter((lead) => lead.text !== '');
    if (!leads.some((lead) => lead.sublists.length > 0)) continue;
    for (const lead of leads) {
      const name = lead.label ?? lead.text;
      const steps = [...(lead.label !== null && lead.value !== '' ? [lead.value] : []), ...subItems(lead.sublists).map((sub) => toStep(sub, ledger))];
      if (steps.length === 0) continue;
      addPhase(phases, name, steps, lead.item, taken, ledger);
      ledger.use(lead.item);
    }
  }
  for (const child of context.sections.children(found.section)) {
    const leads = itemsIn(child.content).filter((lead) => lead.text !== '');
    // A sub-heading without steps, or without words, is no phase; left unused, the report names it.
    if (leads.length === 0 || child.title === '') continue;
    addPhase(phases, child.title, leads.map((lead) => toStep(lead, ledger)), child.heading, taken, ledger);
    if (child.heading !== null) ledger.use(child.heading);
  }
  return { kind: 'process', phases, review };
}
