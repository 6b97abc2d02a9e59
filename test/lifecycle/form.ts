/**
 * Issue bodies as GitHub renders a submitted incident form: for each field of the committed form
 * (`.github/ISSUE_TEMPLATE/incident.yml`), in form order, `### <label>`, a blank line, and the
 * answer (`_No response_` when left empty). Reading the committed form keeps these bodies in step
 * with what people really submit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { packageRoot } from '../../src/package-root.js';

interface FormElement {
  type: string;
  id?: string;
  attributes: { label?: string; options?: string[] };
}

const form = load(readFileSync(join(packageRoot(), '.github/ISSUE_TEMPLATE/incident.yml'), 'utf8')) as { body: FormElement[] };
const fields = form.body.filter((element) => element.type !== 'markdown');

/** The answers of a submission, by field id; `severity` is a level, chosen from the form's options. */
export interface FormAnswers {
  severity?: number;
  scenario?: string;
  services?: string;
  summary?: string;
  started?: string;
}

function dropdownOption(id: string, prefix: string): string {
  const option = fields.find((field) => field.id === id)?.attributes.options?.find((candidate) => candidate.startsWith(prefix));
  if (option === undefined) throw new Error(`the issue form has no ${id} option starting with "${prefix}"`);
  return option;
}

/** The body GitHub writes for a form submitted with `answers`. */
export function formBody(answers: FormAnswers): string {
  const text: Record<string, string | undefined> = {
    severity: answers.severity === undefined ? undefined : dropdownOption('severity', `SEV-${answers.severity} `),
    scenario: answers.scenario === undefined ? undefined : dropdownOption('scenario', answers.scenario),
    services: answers.services,
    summary: answers.summary,
    started: answers.started,
  };
  return fields
    .map((field) => {
      const answer = text[field.id ?? ''];
      return `### ${field.attributes.label ?? ''}\n\n${answer === undefined || answer === '' ? '_No response_' : answer}`;
    })
    .join('\n\n');
}
