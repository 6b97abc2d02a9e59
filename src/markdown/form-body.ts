/**
 * Reads an issue opened from the incident form. GitHub renders a submitted form as one
 * `### <label>` heading per field followed by the answer (`_No response_` when empty). Answers are
 * untrusted and may themselves contain headings, code fences or the other labels, so the known
 * labels, in form order, are the only section boundaries, and each answer is the original text
 * between them.
 */
import type { Heading, Root } from 'mdast';
import { remark } from 'remark';
import type { PlaybookSet } from '../config/model.js';
import { FORM_FIELDS, type FormFieldId, OTHER_SCENARIO } from './form-fields.js';

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
  /** Answers the playbook does not know, in words. */
  problems: string[];
}

const NO_RESPONSE = '_No response_';

function headingText(heading: Heading): string {
  return heading.children.map((child) => ('value' in child ? child.value : '')).join('').trim();
}

/** Headings of level 3 at the top level: where GitHub puts the field labels. */
function labelHeadings(tree: Root): { label: string; start: number; end: number }[] {
  return tree.children.flatMap((node) =>
    node.type === 'heading' && node.depth === 3 && node.position?.start.offset !== undefined && node.position.end.offset !== undefined
      ? [{ label: headingText(node), start: node.position.start.offset, end: node.position.end.offset }]
      : [],
  );
}

/**
 * The answer of each field found, as original text. Boundaries are chosen from the last field
 * backwards, each the last heading with its label before the next boundary, so a label quoted
 * inside an answer never splits it.
 */
function answers(body: string): Map<FormFieldId, string> {
  const headings = labelHeadings(remark().parse(body));
  const found = new Map<FormFieldId, string>();
  let limit = body.length;
  let headingLimit = headings.length;
  for (let field = FORM_FIELDS.length - 1; field >= 0; field -= 1) {
    const { id, label } = FORM_FIELDS[field]!;
    let index = headingLimit - 1;
    while (index >= 0 && headings[index]!.label !== label) index -= 1;
    if (index < 0) continue;
    const heading = headings[index]!;
    const answer = body.slice(heading.end, limit).trim();
    found.set(id, answer === NO_RESPONSE ? '' : answer);
    limit = heading.start;
    headingLimit = index;
  }
  return found;
}

function severityOf(answer: string, set: PlaybookSet, problems: string[]): string | null {
  const level = /^(?:sev[-\s]?)?([1-9])\b/i.exec(answer)?.[1];
  const severity = set.severities.find((candidate) => candidate.level === Number(level));
  if (severity === undefined) problems.push(`the severity "${answer.slice(0, 80)}" is not one of ${set.severities.map((s) => s.label).join(', ')}.`);
  return severity?.label ?? null;
}

function scenarioOf(answer: string, set: PlaybookSet, problems: string[]): string | null {
  if (answer.toLowerCase() === OTHER_SCENARIO.toLowerCase()) return null;
  const wanted = answer.toLowerCase();
  const scenario = set.scenarios.find((candidate) => candidate.name.toLowerCase() === wanted || candidate.id === wanted);
  if (scenario === undefined) problems.push(`the scenario "${answer.slice(0, 80)}" is not in the playbook.`);
  return scenario?.id ?? null;
}

/** The incident form answers in `body`, checked against `set`. Never throws. */
export function parseIncidentForm(body: string, set: PlaybookSet): IncidentForm {
  const text = body.replace(/\r\n?/g, '\n');
  const found = answers(text);
  const problems: string[] = [];
  const value = (id: FormFieldId): string | null => {
    const answer = found.get(id);
    return answer === undefined || answer === '' ? null : answer;
  };
  const severity = value('severity');
  const scenario = value('scenario');
  return {
    severity: severity === null ? null : severityOf(severity, set, problems),
    scenario: scenario === null ? null : scenarioOf(scenario, set, problems),
    services: (value('services') ?? '').split(/[,\n]/).map((service) => service.trim()).filter((service) => service !== ''),
    summary: value('summary'),
    startedAt: value('started'),
    problems,
  };
}
