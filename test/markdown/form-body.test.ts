import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { parseIncidentForm } from '../../src/markdown/form-body.js';

let set: PlaybookSet;
beforeAll(async () => {
  set = await loadPlaybooks('playbooks');
});

/** A body exactly as GitHub renders a submitted issue form: `### Label`, blank line, answer. */
function rendered(answers: Record<string, string>): string {
  return Object.entries(answers)
    .map(([label, answer]) => `### ${label}\n\n${answer}`)
    .join('\n\n');
}

const FULL = {
  Severity: 'SEV-2 (High): Major service degradation, Performance issues affecting users, Partial service outages',
  Scenario: 'Performance Degradation',
  'Affected services': 'search, checkout ,  ',
  Summary: 'p99 latency is 4 s',
  'Start time': '2026-11-27 03:12 UTC',
};

describe('parseIncidentForm', () => {
  it('reads every field of a submitted form', () => {
    expect(parseIncidentForm(rendered(FULL), set)).toEqual({
      severity: 'sev-2',
      scenario: 'performance-degradation',
      services: ['search', 'checkout'],
      summary: 'p99 latency is 4 s',
      startedAt: '2026-11-27 03:12 UTC',
      problems: [],
    });
  });

  it('treats _No response_ as no answer, and "Other / not sure" as no scenario', () => {
    const form = parseIncidentForm(rendered({ ...FULL, Scenario: 'Other / not sure', 'Affected services': '_No response_', 'Start time': '_No response_' }), set);
    expect(form).toMatchObject({ scenario: null, services: [], startedAt: null, problems: [] });
  });

  it('keeps an answer whole when it contains headings, code fences and the other labels', () => {
    const summary = '### Start time\n\nnot the real field\n\n```\n### Severity\nSEV-4\n```\n\n### Scenario\n\nstill the summary';
    const form = parseIncidentForm(rendered({ ...FULL, Summary: summary }), set);
    expect(form.summary).toBe(summary);
    expect(form.severity).toBe('sev-2');
    expect(form.scenario).toBe('performance-degradation');
    expect(form.startedAt).toBe('2026-11-27 03:12 UTC');
  });

  it('accepts severities written as sev-1, SEV1 or 1, and scenarios by id', () => {
    for (const written of ['sev-1', 'SEV1', '1', 'Sev 1']) {
      expect(parseIncidentForm(rendered({ Severity: written }), set).severity).toBe('sev-1');
    }
    expect(parseIncidentForm(rendered({ Scenario: 'security-incident' }), set).scenario).toBe('security-incident');
  });

  it('reports answers the playbook does not know instead of guessing', () => {
    const form = parseIncidentForm(rendered({ ...FULL, Severity: 'SEV-9 (Apocalyptic)', Scenario: 'Alien invasion' }), set);
    expect(form.severity).toBeNull();
    expect(form.scenario).toBeNull();
    expect(form.problems).toEqual([
      'the severity "SEV-9 (Apocalyptic)" is not one of sev-1, sev-2, sev-3, sev-4.',
      'the scenario "Alien invasion" is not in the playbook.',
    ]);
  });

  it('reads CRLF bodies', () => {
    expect(parseIncidentForm(rendered(FULL).replace(/\n/g, '\r\n'), set).severity).toBe('sev-2');
  });

  it('returns nothing for a body that is not a form', () => {
    expect(parseIncidentForm('The site is down!!\n\n## Details\n\nno idea', set)).toEqual({
      severity: null,
      scenario: null,
      services: [],
      summary: null,
      startedAt: null,
      problems: [],
    });
  });

  it('copes with a body at GitHub’s 65,536-character limit made of thousands of headings', () => {
    const body = `${rendered(FULL)}\n\n${'### Summary\n\nx\n\n'.repeat(4_000)}`.slice(0, 65_536);
    const form = parseIncidentForm(body, set);
    expect(form.severity).toBe('sev-2');
    expect(form.summary).toBe('p99 latency is 4 s');
    // Headings after the last field belong to its answer: GitHub renders fields in form order.
    expect(form.startedAt?.startsWith('2026-11-27 03:12 UTC\n\n### Summary')).toBe(true);
  });
});
