/**
 * A script for `simulate --script FILE`: the people of the repository and the steps they take, in
 * YAML or JSON, read into the same steps the demo plays (`ScriptStep`):
 *
 * ```yaml
 * people: { alice: write, priya: maintain }     # default: alice write, priya maintain, carol triage
 * steps:
 *   - { at: "2026-11-27 03:03", actor: alice, action: open, title: "[Incident] Payments failing",
 *       form: { Severity: "SEV-1 (Critical)", Scenario: "Service Outage" } }
 *   - { at: "2026-11-27 03:40", actor: priya, action: comment, body: "/ack" }
 *   - { at: "2026-11-27 04:00", actor: priya, action: label, label: sev-2 }
 *   - { at: "2026-11-28 10:00", actor: priya, action: merge-postmortem, actionItems: ["Add an alert"] }
 * ```
 */
import type { ScriptStep } from '../demo/script.js';
import { PERMISSIONS, type Permission } from '../emulator/index.js';
import { readMapping, refuse } from './input-file.js';
import { SIMULATION_PEOPLE } from './sev1-script.js';

/** A script and the people it needs. */
export interface ScriptFile {
  people: Record<string, Permission>;
  steps: ScriptStep[];
}

const AT = /^\d{4}-\d\d-\d\d \d\d:\d\d$/u;
/** The keys each action takes besides `at`, `actor` and `action`. */
const FIELDS = { open: ['title', 'form'], comment: ['body'], label: ['label'], 'merge-postmortem': ['actionItems'] } as const;
type Action = keyof typeof FIELDS;

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '') refuse(where, 'is not a text', 'write it as a string');
  return value;
}

function texts(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || value.length === 0) refuse(where, 'is not a list of texts', 'write it as ["…", "…"]');
  return value.map((item, index) => text(item, `${where}[${index}]`));
}

function form(value: unknown, where: string): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse(where, 'is not a mapping', 'write the form as { Severity: "SEV-1 (Critical)", Scenario: "Service Outage" }');
  return Object.fromEntries(Object.entries(value).map(([label, answer]) => [label, typeof answer === 'string' ? answer : text(answer, `${where}.${label}`)]));
}

function people(value: unknown, where: string): Record<string, Permission> {
  if (value === undefined) return { ...SIMULATION_PEOPLE };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse(where, 'is not a mapping', 'write { login: permission, … }');
  return Object.fromEntries(
    Object.entries(value).map(([login, permission]) => {
      if (!(PERMISSIONS as readonly unknown[]).includes(permission)) refuse(`${where}.${login}`, `${JSON.stringify(permission)} is not a permission`, `use one of ${PERMISSIONS.join(', ')}`);
      return [login, permission as Permission];
    }),
  );
}

function step(value: unknown, where: string, known: Record<string, Permission>): ScriptStep {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse(where, 'is not a mapping', 'write { at: "2026-11-27 03:03", actor: alice, action: comment, body: "/ack" }');
  const fields = value as Record<string, unknown>;
  const action = fields.action;
  if (typeof action !== 'string' || !Object.hasOwn(FIELDS, action)) refuse(`${where}.action`, `${JSON.stringify(action)} is not an action`, `use one of ${Object.keys(FIELDS).join(', ')}`);
  const allowed = ['at', 'actor', 'action', ...FIELDS[action as Action]];
  const unknown = Object.keys(fields).find((key) => !allowed.includes(key));
  if (unknown !== undefined) refuse(where, `unknown key "${unknown}"`, `a step of action ${action} has ${allowed.join(', ')}`);
  const at = fields.at;
  if (typeof at !== 'string' || !AT.test(at) || Number.isNaN(Date.parse(`${at.replace(' ', 'T')}:00Z`))) refuse(`${where}.at`, `${JSON.stringify(at)} is not a time`, 'write it as "2026-11-27 03:03" (UTC, quoted)');
  const actor = text(fields.actor, `${where}.actor`);
  if (!Object.hasOwn(known, actor)) refuse(`${where}.actor`, `"${actor}" is not one of the people`, `add them to people: (${Object.keys(known).join(', ')} so far)`);
  switch (action as Action) {
    case 'open':
      return { at, actor, action: 'open', title: text(fields.title, `${where}.title`), form: form(fields.form, `${where}.form`) };
    case 'comment':
      return { at, actor, action: 'comment', body: text(fields.body, `${where}.body`) };
    case 'label':
      return { at, actor, action: 'label', label: text(fields.label, `${where}.label`) };
    case 'merge-postmortem':
      return { at, actor, action: 'merge-postmortem', actionItems: texts(fields.actionItems, `${where}.actionItems`) };
  }
}

/** The script in `source` (YAML or JSON) from `file`; throws a {@link SimulationInputError} saying what is wrong. */
export function parseScript(source: string, file: string): ScriptFile {
  const fields = readMapping(source, file, 'script', ['people', 'steps']);
  const known = people(fields.people, `${file}: people`);
  if (!Array.isArray(fields.steps) || fields.steps.length === 0) refuse(`${file}: steps`, 'is not a list of steps', 'write at least the step that opens the incident');
  const steps = fields.steps.map((value: unknown, index) => step(value, `${file}: steps[${index}]`, known));
  if (steps[0]!.action !== 'open') refuse(`${file}: steps[0]`, 'does not open the incident', 'start with a step of action open');
  steps.forEach((current, index) => {
    const previous = steps[index - 1];
    if (previous !== undefined && current.at < previous.at) refuse(`${file}: steps[${index}].at`, `${current.at} is before the step before it (${previous.at})`, 'list the steps in time order');
  });
  return { people: known, steps };
}
