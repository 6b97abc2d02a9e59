/**
 * The dropdown options of the incident form, built in one place so the form offers exactly what
 * its parser reads back. GitHub refuses a form whose options repeat or include "None" (it offers
 * that itself for an optional dropdown), so a scenario whose name would do either is offered as
 * `Name (id)`.
 */
import type { PlaybookSet, Scenario, Severity } from '../config/model.js';
import { OTHER_SCENARIO } from './form-fields.js';

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `SEV-1 (Critical): Platform-wide outage, …`: the label, the name and the criteria. */
export function severityOption(severity: Severity): string {
  const title = `${severity.label.toUpperCase()} (${oneLine(severity.name)})`;
  return severity.criteria.length === 0 ? title : `${title}: ${severity.criteria.map(oneLine).join(', ')}`;
}

/** The option for each scenario, in the set's order, followed by nothing else. */
export function scenarioOptions(set: PlaybookSet): { scenario: Scenario; option: string }[] {
  const taken = new Map<string, number>([[OTHER_SCENARIO.toLowerCase(), 1], ['none', 1]]);
  for (const scenario of set.scenarios) {
    const name = oneLine(scenario.name).toLowerCase();
    taken.set(name, (taken.get(name) ?? 0) + 1);
  }
  return set.scenarios.map((scenario) => {
    const name = oneLine(scenario.name);
    return { scenario, option: taken.get(name.toLowerCase()) === 1 ? name : `${name} (${scenario.id})` };
  });
}
