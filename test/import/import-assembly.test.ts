/** How importMarkdown puts the mappers' documents together: title, gaps, the post-mortem rule, merged cadences. */
import { describe, expect, test } from 'vitest';
import { documentOf, importLines } from './mapper-context.js';

const SEVERITIES = ['## Severity levels', '', '- SEV-1: checkout down', '- SEV-2: checkout slow', '- SEV-3: a report is late', ''];

describe('the title and the body', () => {
  test('a first level-1 heading titles the set; sections under a second one are read too', () => {
    const { result } = importLines(['# Payments handbook', '', ...SEVERITIES, '# Appendix', '', '## Tools', '', '- Grafana: dashboards', '']);
    expect(documentOf(result, 'settings').name).toBe('Payments handbook');
    expect(documentOf(result, 'tools').categories.flatMap((category) => category.tools.map((tool) => tool.name))).toEqual(['Grafana']);
  });

  test('without a level-1 heading first, the set has the placeholder name, and the sections are read from the top', () => {
    const { result } = importLines(['## Overview', '', 'We run payments.', '', ...SEVERITIES]);
    const settings = documentOf(result, 'settings');
    expect(settings.name).toBe('[Playbook Name]');
    expect(settings.overview).toBe('We run payments.');
    expect(result.notes.map((note) => note.message)).toContain('title: no level-1 heading; wrote name "[Playbook Name]"');
    expect(documentOf(result, 'severities').severities).toHaveLength(3);
  });
});

describe('what the source lacks', () => {
  const missing = (lines: string[]) =>
    importLines(lines)
      .result.notes.filter((note) => note.kind === 'missing')
      .map((note) => note.message);

  test('a section that is absent is named as absent, with the file its placeholder went to', () => {
    expect(missing(['# H', '', ...SEVERITIES])).toEqual(
      expect.arrayContaining([
        'roles: the source has no roles section; wrote a placeholder in roles.yaml',
        'phases: the source has no response process section; wrote a placeholder in process.yaml',
        'channels: the source has no communication plan section; wrote a placeholder in communication.yaml',
        'contacts: the source has no contact information section; wrote a placeholder in contacts.yaml',
        'post-mortem elements: the source has no post-incident section; wrote a placeholder in postmortem.yaml',
        'continuous-improvement practices: the source has no post-incident section; wrote a placeholder in postmortem.yaml',
        'tools: the source has no tools and resources section; wrote a placeholder in tools.yaml',
      ]),
    );
  });

  test('a section that is there but holds none is named as present', () => {
    const empty = (heading: string) => ['', heading, '', 'To be written.', ''];
    const notes = missing([
      '# H',
      '',
      ...SEVERITIES,
      ...empty('## Roles'),
      ...empty('## Response process'),
      ...empty('## Communication plan'),
      ...empty('## Contacts'),
      ...empty('## Post-incident review'),
      ...empty('## Tools'),
      ...empty('## Escalation'),
    ]);
    expect(notes).toEqual(
      expect.arrayContaining([
        'roles: none found in the roles section; wrote a placeholder in roles.yaml',
        'contacts: none found in the contact information section; wrote a placeholder in contacts.yaml',
        'phases: none found in the response process section; wrote a placeholder in process.yaml',
        'channels: none found in the communication plan section; wrote a placeholder in communication.yaml',
        'post-mortem elements: none found in the post-incident section; wrote a placeholder in postmortem.yaml',
        'continuous-improvement practices: none found in the post-incident section; wrote a placeholder in postmortem.yaml',
        'tools: none found in the tools and resources section; wrote a placeholder in tools.yaml',
      ]),
    );
    expect(notes.find((note) => note.startsWith('escalation:'))).toMatch(/^escalation: no technical escalation levels found in the escalation section; wrote level 1/);
  });

  test('without escalation levels, level 1 pages the first contact at once', () => {
    const { result } = importLines(['# H', '', ...SEVERITIES, '## Contacts', '', '| Name | GitHub |', '|---|---|', '| Priya | @priya |', '']);
    expect(documentOf(result, 'escalation').technical).toEqual([
      { level: 1, name: '[Escalation Level]', contacts: ['priya'], after: '0m' },
    ]);
    expect(result.notes.map((note) => note.message)).toContain(
      'escalation: the source has no escalation section; wrote level 1 "[Escalation Level]" paging priya at once. Add a section headed "Escalation" with a numbered list of who is paged when, e.g. "1. Primary on-call (@org/oncall) — paged at once", "2. Secondary on-call (@org/backup) — paged after 15 minutes"',
    );
  });

  test('a paragraph too long to parse is named as a paragraph or table, with its lines', () => {
    const { result } = importLines(['# H', '', ...SEVERITIES, 'word '.repeat(4_000), '']);
    expect(result.notes.find((note) => note.message.startsWith('lines '))?.message).toBe(
      'lines 9–9 (20,001 characters): a paragraph or table, too long for the Markdown parser to read; break it up with blank lines',
    );
  });
});

describe('the post-mortem rule', () => {
  test('the severities it names require a post-mortem by its deadline, the others do not, and a level stating its own keeps it, noted', () => {
    const { result, notes } = importLines([
      '# H',
      '',
      '## Severity levels',
      '',
      '| Severity | Meaning | Post-mortem |',
      '|---|---|---|',
      '| SEV-1 | down | |',
      '| SEV-2 | slow | Optional |',
      '| SEV-3 | late | |',
      '',
      '## Post-incident review',
      '',
      'All SEV-1 and SEV-2 incidents require a post-mortem within 48 hours of resolution.',
      '',
    ]);
    const severities = documentOf(result, 'severities').severities;
    expect(severities.map((severity) => [severity.label, severity.postmortem])).toEqual([
      ['sev-1', { required: true, due_after_resolution: '48h' }],
      ['sev-2', { required: false }],
      ['sev-3', { required: false }],
    ]);
    const lines = result.mapping.filter((value) => value.field.endsWith('.postmortem')).map((value) => [value.field, value.line]);
    expect(lines).toEqual([
      ['severities[1].postmortem', 8],
      ['severities[0].postmortem', 13],
      ['severities[2].postmortem', 13],
    ]);
    expect(notes).toContain('13 not imported: post-mortem rule for sev-2: its row in the severities says none is required, which is kept');
  });

  test('a rule without a deadline requires the post-mortem without one', () => {
    const { result } = importLines(['# H', '', ...SEVERITIES, '## Post-incident review', '', 'A postmortem is required for SEV-1.', '']);
    const severities = documentOf(result, 'severities').severities;
    expect(severities.map((severity) => severity.postmortem)).toEqual([{ required: true }, { required: false }, { required: false }]);
  });
});

describe('status-update cadences', () => {
  test("the communication plan's come first; a severity's stated cadence is added only for a level the plan leaves out, another one noted", () => {
    const { result, notes } = importLines([
      '# H',
      '',
      '## Severity levels',
      '',
      '| Severity | Meaning | Update every |',
      '|---|---|---|',
      '| SEV-1 | down | 15 minutes |',
      '| SEV-2 | slow | 1 hour |',
      '',
      '## Communication plan',
      '',
      '- Slack: #incidents',
      '- Status updates: every 30 minutes for SEV-1',
      '',
    ]);
    const communication = documentOf(result, 'communication');
    expect(communication.status_updates).toEqual([
      { severity: 'sev-1', every: '30m' },
      { severity: 'sev-2', every: '1h' },
    ]);
    expect(result.mapping.filter((value) => value.field === 'status_updates[1].every').map((value) => value.line)).toEqual([8]);
    expect(notes).toContain("7 not imported: status updates of sev-1 every 15m: the communication plan's every 30m is kept");
  });
});

describe('bold lines', () => {
  test('a bold "Priority: high" line in a runbook is noted as not imported, and the runbook is imported', () => {
    const { result, notes } = importLines([
      '# H', '', ...SEVERITIES, '## Runbooks', '', '### Database down', '', '**Priority: high**', '', 'The primary database stops answering.', '',
      '**Symptoms:**', '', '- Errors in the API logs', '', '**Steps:**', '', '1. Fail over', '',
    ]);
    const scenarios = result.files.flatMap((file) => (file.document.kind === 'scenario' ? [file.document] : []));
    expect(scenarios.map(({ id, description, symptoms, steps }) => ({ id, description, symptoms, steps }))).toEqual([
      { id: 'database-down', description: 'The primary database stops answering.', symptoms: ['Errors in the API logs'], steps: ['Fail over'] },
    ]);
    expect(notes).toContain('13 not imported: paragraph "Priority: high"');
  });

  test('severity levels under bold "SEV-1: Critical Outage" titles, each with a paragraph, are read as levels', () => {
    const { result } = importLines([
      '# H', '', '## Severity levels', '', '**SEV-1: Critical Outage**', '', 'Checkout is down. Respond within 15 minutes.', '', '**SEV-2: Degraded**', '', 'Checkout is slow.', '',
    ]);
    const severities = documentOf(result, 'severities').severities;
    expect(severities.map((severity) => [severity.label, severity.name, severity.response_time, severity.criteria])).toEqual([
      ['sev-1', 'Critical Outage', '15m', ['Checkout is down.']],
      ['sev-2', 'Degraded', '30m', ['Checkout is slow.']],
    ]);
  });
});
