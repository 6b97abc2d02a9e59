/** What changed in the scenarios (symptoms, response steps, owner role) and in the phases of the process. */
import type { Phase, PlaybookSet, Scenario } from '../config/model.js';
import { type Change, changed, describeList, pairByKey, quote } from './changes.js';

function scenarioChanges(before: Scenario, after: Scenario): string[] {
  const name = changed(before.name, after.name, quote);
  const owner = changed(before.owner?.name ?? null, after.owner?.name ?? null, (role) => role ?? 'no owner');
  const description = changed(before.description, after.description, (text) => (text === null ? 'none' : quote(text)));
  return [
    ...(name === null ? [] : [`renamed ${name}`]),
    ...(owner === null ? [] : [`owner role ${owner}`]),
    ...(description === null ? [] : ['description changed']),
    ...describeList('symptom', before.symptoms, after.symptoms, false),
    ...describeList('step', before.steps, after.steps, true),
  ];
}

/** The scenario changes from `before` to `after`. */
export function diffScenarios(before: PlaybookSet, after: PlaybookSet): Change[] {
  const { removed, added, both } = pairByKey(before.scenarios, after.scenarios, (scenario) => scenario.id);
  return [
    ...added.map((scenario) => `Scenario ${scenario.id} added: ${quote(scenario.name)}, ${scenario.steps.length} steps`),
    ...removed.map((scenario) => `Scenario ${scenario.id} removed (${quote(scenario.name)})`),
    ...both.flatMap(([old, now]) => scenarioChanges(old, now).map((text) => `Scenario ${now.id}: ${text}`)),
  ].map((text) => ({ area: 'scenarios', text }));
}

function stepTitles(phase: Phase): string[] {
  return phase.steps.map((step) => (step.tasks.length === 0 ? step.title : `${step.title}: ${step.tasks.join('; ')}`));
}

/** The changes to the phases of the process from `before` to `after`. */
export function diffProcess(before: PlaybookSet, after: PlaybookSet): Change[] {
  const { removed, added, both } = pairByKey(before.phases, after.phases, (phase) => phase.id);
  const order = changed(before.phases.map((phase) => phase.id).join(', '), after.phases.map((phase) => phase.id).join(', '), (text) => text);
  return [
    ...added.map((phase) => `Phase ${phase.id} added: ${quote(phase.name)}`),
    ...removed.map((phase) => `Phase ${phase.id} removed`),
    ...(order === null || added.length > 0 || removed.length > 0 ? [] : [`Phases reordered: ${order}`]),
    ...both.flatMap(([old, now]) => {
      const name = changed(old.name, now.name, quote);
      return [...(name === null ? [] : [`renamed ${name}`]), ...describeList('step', stepTitles(old), stepTitles(now), true)].map((text) => `Phase ${now.id}: ${text}`);
    }),
  ].map((text) => ({ area: 'process', text }));
}
