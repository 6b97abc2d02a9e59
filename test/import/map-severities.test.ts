import { describe, expect, test } from 'vitest';
import { importLines } from './mapper-context.js';
import type { SeverityDoc } from '../../src/config/documents.js';

/** Imports a handbook: its severity levels, the status-update cadences they state, and the notes with a source line. */
function imported(lines: string[]) {
  const { result, notes } = importLines(lines);
  const documents = result.files.map((file) => file.document);
  const severities = documents.flatMap((document) => (document.kind === 'severities' ? document.severities : []));
  const cadences = documents.flatMap((document) => (document.kind === 'communication' ? document.status_updates : []));
  return { severities, cadences, notes, mapping: result.mapping.filter((value) => value.file === 'severities.yaml') };
}

const brief = (severities: SeverityDoc[]) => severities.map((severity) => [severity.label, severity.name, severity.response_time, severity.criteria]);

describe('a severity table', () => {
  const table = (header: string, ...rows: string[]) => ['# Handbook', '## Severity levels', '', header, `|${'---|'.repeat(header.split('|').length - 2)}`, ...rows, ''];

  test('is read by its columns: level, name, acknowledgement, update cadence, post-mortem, meaning and examples', () => {
    const { severities, cadences, notes } = imported(
      table(
        '| Severity | Name | Acknowledge within | Status report | Postmortem | What it means | Examples | Owner |',
        '| SEV - 1 | Critical | 15 minutes | every 30 minutes | Yes, within 2 business days | All customers blocked | Checkout down | @a |',
        '| SEV-2 |  | 1 hour | hourly | Optional |  | Search slow | @b |',
        '| Total | | | | | | | |',
        '| S3 | Minor | 2 business days | every 0 minutes | N/A | Cosmetic | | |',
        '| P4 | Low | 1 day | | | One user | | |',
      ),
    );
    expect(severities).toEqual([
      { level: 1, label: 'sev-1', name: 'Critical', criteria: ['All customers blocked', 'Example: Checkout down'], response_time: '15m', postmortem: { required: true, due_after_resolution: '2d' } },
      { level: 2, label: 'sev-2', name: 'SEV-2', criteria: ['Example: Search slow'], response_time: '1h', postmortem: { required: false } },
      { level: 3, label: 'sev-3', name: 'Minor (S3)', criteria: ['Cosmetic'], response_time: '2d', postmortem: { required: false } },
      { level: 4, label: 'sev-4', name: 'Low (P4)', criteria: ['One user'], response_time: '1d' },
    ]);
    expect(cadences).toEqual([
      { severity: 'sev-1', every: '30m' },
      { severity: 'sev-2', every: '1h' },
    ]);
    expect(notes).toEqual([
      '4 not imported: column "Owner" of the severity table: no severity field holds it',
      '6 assumed: post-mortem of sev-1 due 2d: the source counts business days; playbook-ops counts calendar time',
      '9 not imported: status-update cadence 0m of sev-3: not a usable duration (zero or over 100 years)',
      '9 assumed: S3 is level 3, label sev-3: playbook-ops numbers levels from 1, most severe first, and /sev 3 sets it',
      '9 assumed: response time of sev-3 2d: the source counts business days; playbook-ops counts calendar time',
      '10 assumed: P4 is level 4, label sev-4: playbook-ops numbers levels from 1, most severe first, and /sev 4 sets it',
    ]);
  });

  test('columns are found under the words teams use for them', () => {
    const headers = [
      '| Priority | Title | Time to engage | Comms | Retrospective | Scope |',
      '| Impact level | Label | SLA | Updates | PIR | Definition |',
      '| Level | Label | Response time | Cadence | Post-mortem | Criteria |',
      '| Severity | Name | Ack | Reporting | Incident review | When |',
    ];
    for (const header of headers) {
      const { severities, cadences, notes } = imported(table(header, '| P1 | Critical | 10 minutes | every 20 minutes | Required within 3 days | Payments fail |'));
      expect([brief(severities), severities[0]?.postmortem, cadences], header).toEqual([[['sev-1', 'Critical (P1)', '10m', ['Payments fail']]], { required: true, due_after_resolution: '3d' }, [{ severity: 'sev-1', every: '20m' }]]);
      expect(notes.filter((note) => note.includes('column')), header).toEqual([]);
    }
  });

  test('a column whose header only contains a field word is not read as that field', () => {
    const { severities, notes } = imported(table('| Severity | Display name | Meaning |', '| SEV-1 | Red | Everything is down |'));
    expect(brief(severities)).toEqual([['sev-1', 'SEV-1', '15m', ['Everything is down']]]);
    expect(notes[0]).toBe('4 not imported: column "Display name" of the severity table: no severity field holds it');
  });

  test('a post-mortem cell says whether one is required and by when', () => {
    const cells = [
      ['No', { required: false }],
      ['not required', { required: false }],
      ['none', { required: false }],
      ['-', { required: false }],
      ['—', { required: false }],
      ['Optional, within 5 days', { required: false }],
      ['Only if the team says no', { required: false }],
      ['Yes', { required: true }],
      ['Within 48 hours', { required: true, due_after_resolution: '48h' }],
      ['Nominated reviewer, within 1 week', { required: true, due_after_resolution: '1w' }],
    ] as const;
    for (const [cell, postmortem] of cells) {
      const { severities } = imported(table('| Severity | Post-mortem |', `| SEV-1 | ${cell} |`));
      expect(severities[0]?.postmortem, cell).toEqual(postmortem);
    }
    expect(imported(table('| Severity | Post-mortem |', '| SEV-1 |  |')).severities[0]?.postmortem).toBeUndefined();
  });

  test('a post-mortem due over a hundred years away is dropped, with a note, and the requirement kept', () => {
    const { severities, notes } = imported(table('| Severity | Post-mortem |', '| SEV-1 | Yes, within 40000 days |'));
    expect(severities[0]?.postmortem).toEqual({ required: true });
    expect(notes).toContain('6 not imported: post-mortem due 40000d of sev-1: not a usable duration (over 100 years)');
  });

  test('a table with no level in its rows is not read as severities: it is reported whole, not by column', () => {
    const { severities, notes } = imported(table('| Severity | Meaning | Owner |', '| Unknown | Nothing | @a |'));
    expect(severities).toEqual([]);
    expect(notes).toEqual(['4 not imported: table (2 rows)']);
  });
});

describe('severity levels in a list', () => {
  test('a bold code names the level after it when its value is a short name; a longer value or a time is a statement', () => {
    const { severities, cadences, notes } = imported([
      '# Handbook',
      '## Severity',
      '',
      'We rate every incident by its impact.',
      '',
      '## Tools',
      '',
      '- Grafana',
      '',
      '## Severity matrix',
      '',
      '- **SEV-1**: Critical',
      '  - Checkout is down for all customers',
      '  - Acknowledge within 5 minutes, update every 20 minutes',
      '- **SEV-2**: Partial feature loss',
      '- **SEV-3**: Minor bug with a workaround',
      '- **SEV-4**: within 3 days',
      '- **SEV-1 (Critical)**: Duplicate',
      '',
    ]);
    expect(brief(severities)).toEqual([
      ['sev-1', 'Critical', '5m', ['Checkout is down for all customers']],
      ['sev-2', 'Partial feature loss', '30m', ['[Criterion]']],
      ['sev-3', 'SEV-3', '2h', ['Minor bug with a workaround']],
      ['sev-4', 'SEV-4', '24h', ['within 3 days']],
    ]);
    expect(cadences).toEqual([{ severity: 'sev-1', every: '20m' }]);
    expect(notes).toEqual(
      expect.arrayContaining([
        '15 assumed: response time of sev-2 30m: the source states none; playbook-ops default for level 2',
        '15 missing: criteria for sev-2: wrote "[Criterion]"',
        '16 assumed: response time of sev-3 2h: the source states none; playbook-ops default for level 3',
        '18 not imported: a second definition of SEV-1: the first one is kept',
      ]),
    );
  });

  test('levels named without numbers are ordered by how severe their names sound, and the assumed number is noted', () => {
    const { severities, notes } = imported([
      '# Handbook',
      '## Severity levels',
      '',
      '- High: customers notice',
      '- Critical: all customers blocked; acknowledge within 10 minutes',
      '- Low',
      '- Medium — some customers, respond within 1 hour',
      '- Sev 5: tiny',
      '',
    ]);
    expect(brief(severities)).toEqual([
      ['sev-1', 'Critical', '10m', ['all customers blocked']],
      ['sev-2', 'High', '30m', ['customers notice']],
      ['sev-3', 'Medium', '1h', ['[Criterion]']],
      ['sev-4', 'Low', '24h', ['[Criterion]']],
      ['sev-5', 'tiny', '24h', ['[Criterion]']],
    ]);
    expect(notes).toEqual(
      expect.arrayContaining([
        '4 assumed: level 2, label sev-2: the source names "High" without a number',
        '5 assumed: level 1, label sev-1: the source names "Critical" without a number',
        '6 assumed: response time of sev-4 24h: the source states none; playbook-ops default for level 4',
        '8 assumed: response time of sev-5 24h: the source states none; playbook-ops default for level 5',
      ]),
    );
  });

  test('names that sound equally severe are ordered by their numbers, else kept in the order of the source', () => {
    // Once one level has no number, names order the scale; numbers only break their ties.
    const { severities } = imported(['# Handbook', '## Severity levels', '', '- P2 Blip: one slow page', '- P1 Outage: checkout down', '- Critical: data loss', '']);
    expect(severities.map((severity) => [severity.label, severity.name])).toEqual([
      ['sev-1', 'Critical'],
      ['sev-2', 'Outage (P1)'],
      ['sev-3', 'Blip (P2)'],
    ]);
    const highs = imported(['# Handbook', '## Severity levels', '', '- High: slow pages', '- P2 High: errors', '- Urgent: data loss', '- P1 High: outage', '- High: flaky']);
    expect(highs.severities.map((severity) => severity.criteria)).toEqual([['data loss'], ['outage'], ['errors'], ['slow pages'], ['flaky']]);
  });
});

describe('one sub-heading per severity level', () => {
  test('a scale from SEV-0 is renumbered from 1 in order of its numbers, its sentences read as times and criteria', () => {
    const { severities, cadences, notes, mapping } = imported([
      '# Handbook',
      '## Severity levels',
      '',
      '### SEV-0 — Emergency',
      '',
      'Data loss. A SEV-0 must be acknowledged within 5 minutes.',
      '',
      '- Status update every 15 minutes',
      '',
      '### SEV-2',
      '',
      'Some customers.',
      '',
      '### SEV-1',
      '',
      'Most customers.',
      '',
    ]);
    expect(brief(severities)).toEqual([
      ['sev-1', 'Emergency (SEV-0)', '5m', ['Data loss.']],
      ['sev-2', 'SEV-1', '30m', ['Most customers.']],
      ['sev-3', 'SEV-2', '2h', ['Some customers.']],
    ]);
    expect(cadences).toEqual([{ severity: 'sev-1', every: '15m' }]);
    expect(notes).toEqual([
      '4 assumed: SEV-0 is level 1, label sev-1: playbook-ops numbers levels from 1, most severe first, and /sev 1 sets it',
      '10 assumed: SEV-2 is level 3, label sev-3: playbook-ops numbers levels from 1, most severe first, and /sev 3 sets it',
      '10 assumed: response time of sev-3 2h: the source states none; playbook-ops default for level 3',
      '14 assumed: SEV-1 is level 2, label sev-2: playbook-ops numbers levels from 1, most severe first, and /sev 2 sets it',
      '14 assumed: response time of sev-2 30m: the source states none; playbook-ops default for level 2',
    ]);
    // The report's mapping: a default response time is not the source's.
    expect(mapping.filter((value) => value.line === 10).map((value) => value.field)).toEqual(['severities[2].level', 'severities[2].name', 'severities[2].criteria']);
    expect(mapping.filter((value) => value.line === 4).map((value) => value.field)).toEqual(['severities[0].level', 'severities[0].name', 'severities[0].criteria', 'severities[0].response_time']);
  });

  test('a scale numbered from 1 keeps its numbers, gaps included, and "Severity 2" is the sev-2 label', () => {
    const { severities, notes } = imported(['# Handbook', '## Severity levels', '', '### Severity 2 (Major)', '', 'Some customers.', '', '### Severity 1 (Critical)', '', 'All customers.', '', '### Severity 4', '', 'One customer.', '']);
    expect(brief(severities)).toEqual([
      ['sev-1', 'Critical', '15m', ['All customers.']],
      ['sev-2', 'Major', '30m', ['Some customers.']],
      ['sev-4', 'Severity 4', '24h', ['One customer.']],
    ]);
    expect(notes.filter((note) => note.includes('is level'))).toEqual([]);
  });
});
