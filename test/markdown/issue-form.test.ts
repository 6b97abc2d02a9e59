import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { parseIncidentForm } from '../../src/markdown/form-body.js';
import { ISSUE_FORM_PATH, issueForm } from '../../src/markdown/issue-form.js';

interface FormElement {
  type: string;
  id?: string;
  attributes: { label?: string; options?: string[]; value?: string };
  validations?: { required: boolean };
}

let set: PlaybookSet;
beforeAll(async () => {
  set = await loadPlaybooks('playbooks');
});

describe('the incident issue form', () => {
  it('is committed exactly as the playbooks generate it', () => {
    const committed = readFileSync(ISSUE_FORM_PATH, 'utf8');
    expect(committed, `run: npx playbook-ops issue-form playbooks --out ${ISSUE_FORM_PATH}`).toBe(issueForm(set));
  });

  it('has the shape GitHub requires: typed elements, unique ids, non-empty dropdowns', () => {
    const form = load(issueForm(set)) as { name: string; description: string; labels: string[]; body: FormElement[] };
    expect(form.name).toBe('Incident');
    expect(form.description.length).toBeGreaterThan(0);
    expect(form.labels).toEqual(['incident']);
    const ids = form.body.flatMap((element) => (element.id === undefined ? [] : [element.id]));
    expect(ids).toEqual(['severity', 'scenario', 'services', 'summary', 'started']);
    for (const element of form.body) {
      expect(['markdown', 'dropdown', 'input', 'textarea', 'checkboxes']).toContain(element.type);
      if (element.type === 'markdown') expect(element.attributes.value).toBeTruthy();
      else expect(element.attributes.label).toBeTruthy();
      if (element.type === 'dropdown') expect(element.attributes.options?.length).toBeGreaterThan(0);
    }
  });

  it('offers the configured severities and scenarios, and its answers parse back', () => {
    const form = load(issueForm(set)) as { body: FormElement[] };
    const severity = form.body.find((element) => element.id === 'severity');
    const scenario = form.body.find((element) => element.id === 'scenario');
    expect(severity?.attributes.options?.map((option) => option.slice(0, 5))).toEqual(['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4']);
    expect(scenario?.attributes.options).toEqual([...set.scenarios.map((s) => s.name), 'Other / not sure']);
    for (const [index, option] of (severity?.attributes.options ?? []).entries()) {
      const body = `### ${severity?.attributes.label}\n\n${option}\n\n### ${scenario?.attributes.label}\n\n${set.scenarios[0]?.name}`;
      const parsed = parseIncidentForm(body, set);
      expect(parsed.severity).toBe(set.severities[index]?.label);
      expect(parsed.scenario).toBe(set.scenarios[0]?.id);
    }
  });
});
