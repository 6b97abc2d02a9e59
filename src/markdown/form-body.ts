/**
 * Reads an issue opened from the incident form: the answers (see `form-answers.ts`) checked
 * against the playbook set. Never throws: an answer the set does not know becomes a problem, said
 * in words, and a body that is not a form at all gives an empty form.
 */
import type { PlaybookSet } from '../config/model.js';
import { formAnswers } from './form-answers.js';
import { type FormFieldId, OTHER_SCENARIO } from './form-fields.js';
import { scenarioOptions, severityOption } from './form-options.js';

/** What the form said; fields the body does not answer are null or empty. */
export interface IncidentForm {
  /** Severity label, e.g. `sev-1`. */
  severity: string | null;
  /** Scenario id. */
  scenario: string | null;
  services: string[];
  summary: string | null;
  /** The start time as written. */
  startedAt: string | null;
  /** Answers the playbook does not know, each a sentence that starts in lower case (the card joins them after a colon). */
  problems: string[];
}

/** What GitHub writes for a field left empty. */
const NO_RESPONSE = '_No response_';
/** How much of an unknown answer a problem quotes. */
const QUOTED = 80;

/**
 * `answer` on one line and cut to {@link QUOTED} characters, for quoting in a problem. Characters are
 * code points: a cut between the two halves of a surrogate pair (an emoji) would leave half of it,
 * which shows as U+FFFD.
 */
function quoted(answer: string): string {
  const line = answer.replace(/\s+/g, ' ');
  if (line.length <= QUOTED) return line;
  const points = Array.from(line);
  return points.length > QUOTED ? `${points.slice(0, QUOTED).join('')}…` : line;
}

/**
 * The severity label `answer` names: the form's option (`SEV-1 (Critical): …`), the label
 * (`sev-1`), `SEV1`, `Sev 1`, the bare level (`1`) or the name (`Critical`).
 */
function severityOf(answer: string, set: PlaybookSet, problems: string[]): string | null {
  const written = answer.trim().toLowerCase();
  const level = /^(?:sev[-\s]?)?(\d+)(?!\d)/i.exec(written)?.[1];
  const severity =
    set.severities.find((candidate) => [candidate.label, candidate.name, severityOption(candidate)].some((name) => name.toLowerCase() === written)) ??
    (level === undefined ? undefined : set.severities.find((candidate) => candidate.level === Number(level)));
  if (severity === undefined) problems.push(`the severity "${quoted(answer)}" is not one of ${set.severities.map((s) => s.label).join(', ')}.`);
  return severity?.label ?? null;
}

/** The scenario id `answer` names, by the form's option, name or id in any case; null for "Other / not sure". */
function scenarioOf(answer: string, set: PlaybookSet, problems: string[]): string | null {
  const wanted = answer.trim().replace(/\s+/g, ' ').toLowerCase();
  if (wanted === OTHER_SCENARIO.toLowerCase()) return null;
  const found =
    scenarioOptions(set).find(({ option }) => option.toLowerCase() === wanted) ??
    scenarioOptions(set).find(({ scenario }) => scenario.name.toLowerCase() === wanted || scenario.id.toLowerCase() === wanted);
  if (found === undefined) problems.push(`the scenario "${quoted(answer)}" is not in the playbook.`);
  return found?.scenario.id ?? null;
}

/** The services of a comma-separated answer, each once, in the order written. */
function servicesOf(answer: string | null): string[] {
  if (answer === null) return [];
  const services = answer.split(/[,;\n]/).map((service) => service.trim());
  return [...new Set(services.filter((service) => service !== ''))];
}

/** The incident form answers in `body`, checked against `set`. Never throws. */
export function parseIncidentForm(body: string, set: PlaybookSet): IncidentForm {
  const answers = formAnswers(body);
  const problems: string[] = [];
  const value = (id: FormFieldId): string | null => {
    const answer = answers.get(id);
    return answer === undefined || answer === '' || answer === NO_RESPONSE ? null : answer;
  };
  const severity = value('severity');
  const scenario = value('scenario');
  return {
    severity: severity === null ? null : severityOf(severity, set, problems),
    scenario: scenario === null ? null : scenarioOf(scenario, set, problems),
    services: servicesOf(value('services')),
    summary: value('summary'),
    startedAt: value('started'),
    problems,
  };
}
