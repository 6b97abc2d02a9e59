import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { parseIncidentForm } from '../../src/markdown/form-body.js';
import { TYPICAL, submittedForm } from '../fixtures/form-bodies.js';
import { generatedCount } from '../generated-count.js';

let set: PlaybookSet;
beforeAll(async () => {
  set = await loadPlaybooks('playbooks');
});

const EMPTY = { severity: null, scenario: null, services: [], summary: null, startedAt: null, problems: [] };

describe('parseIncidentForm', () => {
  it('reads every field of a submitted form, the summary with its line endings made \\n', () => {
    expect(parseIncidentForm(submittedForm(TYPICAL), set)).toEqual({
      severity: 'sev-2',
      scenario: 'performance-degradation',
      services: ['search', 'checkout'],
      summary: 'p99 latency on search is 4 s since the 03:00 deploy.\n\nCheckout is slow but working.',
      startedAt: '2026-11-27 03:12 UTC',
      problems: [],
    });
  });

  it('treats _No response_ as no answer, and "Other / not sure" as no scenario', () => {
    const form = parseIncidentForm(submittedForm({ severity: 'SEV-1 (Critical): Platform-wide outage', scenario: 'Other / not sure', summary: 'down' }), set);
    expect(form).toEqual({ ...EMPTY, severity: 'sev-1', summary: 'down' });
  });

  it('reads a whole body written with \\r\\n', () => {
    expect(parseIncidentForm(submittedForm(TYPICAL).replace(/\r?\n/g, '\r\n'), set)).toMatchObject({ severity: 'sev-2', startedAt: '2026-11-27 03:12 UTC' });
  });

  describe('answers that look like the form', () => {
    it('keeps a summary whole that holds headings, fences and every label, its own included', () => {
      const summary = [
        '### Summary',
        '',
        'the first part',
        '',
        '### Start time',
        '',
        'not the real start time',
        '',
        '```',
        '### Severity',
        '',
        'SEV-4 (Low)',
        '```',
        '',
        '## Notes',
        '',
        '### Affected services',
        '',
        'still the summary',
      ].join('\n');
      const form = parseIncidentForm(submittedForm({ ...TYPICAL, summary }), set);
      expect(form.summary).toBe(summary);
      expect(form).toMatchObject({ severity: 'sev-2', scenario: 'performance-degradation', services: ['search', 'checkout'], startedAt: '2026-11-27 03:12 UTC' });
    });

    it('does not take labels inside quotes, lists or indented code for fields', () => {
      const summary = '> ### Start time\n>\n> quoted\n\n- ### Severity\n\n      ### Scenario';
      const form = parseIncidentForm(submittedForm({ ...TYPICAL, summary }), set);
      expect(form.summary).toBe(summary);
      expect(form.startedAt).toBe('2026-11-27 03:12 UTC');
    });

    it('lets a fence left open swallow the fields after it, as GitHub shows it', () => {
      const form = parseIncidentForm(submittedForm({ ...TYPICAL, summary: 'log:\n\n```\nERROR x' }), set);
      expect(form.summary?.startsWith('log:\n\n```\nERROR x\n\n### Start time\n\n2026-11-27')).toBe(true);
      expect(form.startedAt).toBeNull();
      expect(form.severity).toBe('sev-2');
    });
  });

  it('accepts the severity as the option, the label, SEV1, Sev 1, the level or the name', () => {
    for (const written of ['SEV-1 (Critical): Platform-wide outage, Security breach or data compromise, Financial transaction failures', 'sev-1', 'SEV-1', 'SEV1', 'Sev 1', '1', 'critical']) {
      expect(parseIncidentForm(submittedForm({ severity: written }), set), written).toMatchObject({ severity: 'sev-1', problems: [] });
    }
  });

  it('accepts the scenario by name or id, in any case', () => {
    for (const written of ['Security Incident', 'security incident', 'security-incident', 'SECURITY-INCIDENT']) {
      expect(parseIncidentForm(submittedForm({ scenario: written }), set).scenario, written).toBe('security-incident');
    }
  });

  it('reports answers the playbook does not know instead of guessing, quoted on one line', () => {
    const form = parseIncidentForm(submittedForm({ ...TYPICAL, severity: 'SEV-12 (Apocalyptic)', scenario: 'Alien\r\ninvasion' }), set);
    expect(form.severity).toBeNull();
    expect(form.scenario).toBeNull();
    expect(form.problems).toEqual([
      'the severity "SEV-12 (Apocalyptic)" is not one of sev-1, sev-2, sev-3, sev-4.',
      'the scenario "Alien invasion" is not in the playbook.',
    ]);
    expect(parseIncidentForm(submittedForm({ severity: 'x'.repeat(200) }), set).problems[0]).toBe(`the severity "${'x'.repeat(80)}…" is not one of sev-1, sev-2, sev-3, sev-4.`);
  });

  it('cuts a quoted answer at 80 code points, never inside a surrogate pair', () => {
    const astral = parseIncidentForm(submittedForm({ severity: `${'x'.repeat(79)}${'😀'.repeat(10)}` }), set).problems[0];
    expect(astral).toBe(`the severity "${'x'.repeat(79)}😀…" is not one of sev-1, sev-2, sev-3, sev-4.`);
    const emoji = parseIncidentForm(submittedForm({ severity: '😀'.repeat(100) }), set).problems[0];
    expect(emoji).toBe(`the severity "${'😀'.repeat(80)}…" is not one of sev-1, sev-2, sev-3, sev-4.`);
    expect(emoji).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(parseIncidentForm(submittedForm({ severity: '😀'.repeat(80) }), set).problems[0]).toBe(`the severity "${'😀'.repeat(80)}" is not one of sev-1, sev-2, sev-3, sev-4.`);
  });

  it('splits the services at commas, semicolons and lines, each once', () => {
    expect(parseIncidentForm(submittedForm({ services: ' api, web ;api,\n worker , ' }), set).services).toEqual(['api', 'web', 'worker']);
  });

  it('reads a body from an older form that lacks some fields', () => {
    const body = '### Severity\n\nSEV-3 (Medium)\n\n### Summary\n\nslow\n\n### Start time\n\n03:00';
    expect(parseIncidentForm(body, set)).toEqual({ ...EMPTY, severity: 'sev-3', summary: 'slow', startedAt: '03:00' });
  });

  it('returns an empty form for a body that is not a form', () => {
    for (const body of ['', 'The site is down!!\n\n## Details\n\nno idea', '### Severity', '#### Severity\n\nSEV-1']) {
      expect(parseIncidentForm(body, set), JSON.stringify(body)).toEqual(EMPTY);
    }
  });

  describe('hostile bodies', () => {
    it('a body far over GitHub’s limit made of thousands of label headings', () => {
      const headings = '### Summary\n\nx\n\n### Start time\n\ny\n\n'.repeat(10_000);
      const form = parseIncidentForm(`${submittedForm(TYPICAL)}\n\n${headings}`, set);
      expect(form).toMatchObject({ severity: 'sev-2', scenario: 'performance-degradation' });
      // The last "Start time" heading is the field; everything before it from the summary on is the summary.
      expect(form.summary?.startsWith('p99 latency')).toBe(true);
      expect(form.summary?.endsWith('### Summary\n\nx')).toBe(true);
      expect(form.startedAt).toBe('y');
    });

    it('a summary of a megabyte of quotes, lists, unclosed HTML and inline syntax', () => {
      const hostile = [
        '>\n\n'.repeat(generatedCount(50_000)),
        '- a\n\nb\n\n'.repeat(generatedCount(20_000)),
        `- a\n${'lazy\n'.repeat(generatedCount(50_000))}`,
        '[INFO] a_b *c* `d` <e> &f;\n'.repeat(generatedCount(20_000)),
        '<!--\n',
      ].join('\n');
      const form = parseIncidentForm(submittedForm({ ...TYPICAL, summary: hostile }), set);
      expect(form).toMatchObject({ severity: 'sev-2', services: ['search', 'checkout'] });
      // The comment opened at the end runs to the end of the body, so the start time is inside it.
      expect(form.startedAt).toBeNull();
      expect(form.summary?.length).toBeGreaterThan(generatedCount(1_000_000));
    });
  });
});
