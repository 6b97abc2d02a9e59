import { describe, expect, test } from 'vitest';
import type { PlaybookDoc } from '../../src/config/documents.js';
import { importMarkdown } from '../../src/import/import-markdown.js';
import { documentOf } from './mapper-context.js';

// The same kinds of facts written differently: other heading words and levels, labels without
// bold, facts after the label instead of in sub-bullets, no title-wrapping sections.
const MARKDOWN = `# Night Shift Guide

We keep the trains running.

## Team roles

- **Incident Manager (IM)**: runs the call
- **Tech Lead**: leads the fix
  - Picks who debugs what

## Severity definitions

- **Sev 1 – Critical**: respond within 5 minutes
  - Trains stopped
- Sev 2: High
  - Delays over an hour
  - Acknowledge within 2 hours

## Response phases

### Phase 1: Detect

- Alarm fires

## Escalation matrix

- L1: Primary on-call after 5 minutes
- L2: SRE managers
- Sev 1: Executive team notified within 30 minutes

## Glossary of terms

Nothing here is a fact the engine needs.
`;

const result = importMarkdown(MARKDOWN, { owner: '[Owner]', reviewed: '2026-01-02' });
function doc<K extends PlaybookDoc['kind']>(kind: K): Extract<PlaybookDoc, { kind: K }> {
  return documentOf(result, kind);
}

describe('tolerant mapping', () => {
  test('title prose becomes the overview when there is no overview section', () => {
    expect(doc('settings')).toMatchObject({ name: 'Night Shift Guide', overview: 'We keep the trains running.' });
  });

  test('roles from labels with the duty after the colon', () => {
    expect(doc('roles').roles).toEqual([
      { id: 'ic', name: 'Incident Manager', abbreviation: 'IM', responsibilities: ['runs the call'] },
      { id: 'tech', name: 'Tech Lead', responsibilities: ['leads the fix', 'Picks who debugs what'] },
    ]);
  });

  test('severities named after a dash or a plain colon, response times after the label or in a bullet', () => {
    expect(doc('severities').severities).toEqual([
      { level: 1, label: 'sev-1', name: 'Critical', criteria: ['Trains stopped'], response_time: '5m' },
      { level: 2, label: 'sev-2', name: 'High', criteria: ['Delays over an hour'], response_time: '2h' },
    ]);
  });

  test('a phase heading numbered "Phase 1:" and an escalation level with a stated delay', () => {
    expect(doc('process').phases).toEqual([{ id: 'detection', name: 'Detect', steps: ['Alarm fires'] }]);
    const escalation = doc('escalation');
    expect(escalation.technical).toEqual([
      { level: 1, name: 'Primary on-call', contacts: ['primary-on-call'], after: '5m' },
      { level: 2, name: 'SRE managers', contacts: ['sre-managers'], after: '30m' },
    ]);
    expect(escalation.management).toEqual([{ severity: 'sev-1', name: 'Executive team notified', notify: ['cto', 'vp-engineering'], within: '30m' }]);
  });

  test('an unknown section is reported once, with its line span', () => {
    expect(result.notes.filter((note) => note.kind === 'not imported')).toEqual([
      { line: 31, kind: 'not imported', message: 'section "Glossary of terms" (lines 31–33)' },
    ]);
    expect(MARKDOWN.split('\n')[30]).toBe('## Glossary of terms');
    expect(MARKDOWN.split('\n')[32]).toBe('Nothing here is a fact the engine needs.');
  });
});

describe('two management rules that read as one severity', () => {
  // Found by the import property (import-never-throws.test.ts): SEV-0 is the first level, so it and
  // "SEV-1 (Critical)" both read as sev-1, and the set had two rules for it, which validation refuses.
  const twice = importMarkdown(
    ['# Handbook', '', '## Severity levels', '', '- **SEV-0**: Total outage; acknowledge within 5 minutes', '- **P3**: Minor; acknowledge within 1 day', '', '## Escalation matrix', '', '- **SEV-0**: CTO notification', '- **SEV-1 (Critical)**: VP notification'].join('\n'),
    { owner: '[Owner]', reviewed: '2026-01-02' },
  );

  test('keep the first one read and note the second as not imported', () => {
    const escalation = twice.files.find((file) => file.document.kind === 'escalation')?.document;
    if (escalation?.kind !== 'escalation') throw new Error('no escalation');
    expect(escalation.management.map((rule) => [rule.severity, rule.name])).toEqual([['sev-1', 'CTO notification']]);
    const note = twice.notes.find((candidate) => candidate.message.startsWith('a second management escalation for sev-1'));
    expect(note).toMatchObject({ kind: 'not imported', line: 11 });
  });
});

describe('a review sentence whose duration is zero', () => {
  // Found by the import property: a table row "Process | Review" beside "0 minutes" was read as a
  // review cadence of 0m, which validation refuses.
  test('states no cadence: the default is assumed and noted', () => {
    const zero = importMarkdown(['# Handbook', '', 'This process is reviewed every 0 minutes.'].join('\n'), { owner: '[Owner]', reviewed: '2026-01-02' });
    const settings = zero.files.find((file) => file.document.kind === 'settings')?.document;
    expect(settings).toMatchObject({ review_cadence: '90d' });
    expect(zero.notes.filter((note) => note.kind === 'assumed').map((note) => note.message)).toContainEqual(expect.stringMatching(/^review cadence 90d: the source states none/));
  });
});

describe('roles named by sub-headings', () => {
  const markdown = [
    '# Handbook',
    '',
    '## Roles',
    '',
    '### Incident Commander (IC)',
    '',
    'Runs the response and makes the call on rollbacks.',
    '',
    '### Scribe',
    '',
    '- Keeps the timeline',
    '- Writes the summary',
    '',
    '### Communications Lead',
    '',
    '### Who we are',
    '',
    'Keeps the trains running.',
  ].join('\n');
  const imported = importMarkdown(markdown, { owner: '[Owner]', reviewed: '2026-01-02' });

  test('a role sub-heading with a paragraph or bullets below is a role; one with nothing below is none, nor a heading that names no role', () => {
    const roles = imported.files.find((file) => file.document.kind === 'roles')?.document;
    expect(roles?.kind === 'roles' ? roles.roles : []).toEqual([
      { id: 'ic', name: 'Incident Commander', abbreviation: 'IC', responsibilities: ['Runs the response and makes the call on rollbacks.'] },
      { id: 'scribe', name: 'Scribe', responsibilities: ['Keeps the timeline', 'Writes the summary'] },
    ]);
  });
});

describe('what a used section holds besides its facts', () => {
  const markdown = [
    '# Handbook',
    '',
    '## Roles',
    '',
    '- **Incident Commander**: runs the call',
    '',
    '<div>Ask in #incidents.</div>',
    '',
    '<!-- kept out of the report -->',
    '',
    '---',
    '',
    '[runbook]: https://example.com/runbook',
    '',
    '```sh',
    'kubectl get pods',
    '```',
    '',
    '> Quoted advice',
    '',
    '| a | b |',
    '| - | - |',
    '| 1 | 2 |',
    '',
    'Footnote[^1].',
    '',
    '[^1]: A footnote.',
  ].join('\n');

  test('is reported block by block, each named by its kind; a rule and an HTML comment are not content', () => {
    const notes = importMarkdown(markdown, { owner: '[Owner]', reviewed: '2026-01-02' }).notes.filter((note) => note.kind === 'not imported');
    expect(notes.map((note) => [note.line, note.message])).toEqual([
      [7, 'HTML "<div>Ask in #incidents.</div>"'],
      [13, 'link definition [runbook]'],
      [15, 'code block (sh)'],
      [19, 'block quote "Quoted advice"'],
      [21, 'table (2 rows)'],
      [25, 'paragraph "Footnote."'],
      [27, 'footnote [^1] "A footnote."'],
    ]);
  });
});

describe('tools', () => {
  const markdown = [
    '# Handbook',
    '',
    '## Tools and resources',
    '',
    '- [Status page](https://status.example.com) for customer updates',
    '- **Grafana**: dashboards, see [the board](https://grafana.example.com/d/1)',
    '- Runbook wiki',
    '- [Intranet](/wiki/on-call)',
    '',
    '### Monitoring & Alerting',
    '',
    '- PagerDuty for paging',
    '',
    '### Tools',
    '',
    '- Slack',
  ].join('\n');

  test('a bullet is a tool: "X for Y", "Label: purpose" or a bare name; a web link is its url; each sub-heading a category', () => {
    const imported = importMarkdown(markdown, { owner: '[Owner]', reviewed: '2026-01-02' });
    const tools = imported.files.find((file) => file.document.kind === 'tools')?.document;
    expect(tools?.kind === 'tools' ? tools.categories : []).toEqual([
      {
        id: 'tools',
        name: 'Tools',
        tools: [
          { name: 'Status page', purpose: 'customer updates', url: 'https://status.example.com' },
          { name: 'Grafana', purpose: 'dashboards, see the board', url: 'https://grafana.example.com/d/1' },
          { name: 'Runbook wiki' },
          // A link within the site is no address a responder can open from the card: noted below.
          { name: 'Intranet' },
        ],
      },
      { id: 'monitoring', name: 'Monitoring & Alerting', tools: [{ name: 'PagerDuty', purpose: 'paging' }] },
      { id: 'tools-2', name: 'Tools', tools: [{ name: 'Slack' }] },
    ]);
    expect(imported.notes.filter((note) => note.kind === 'not imported')).toEqual([
      { line: 8, kind: 'not imported', message: 'link "/wiki/on-call" of "Intranet": a tool\'s url is a web address (http or https)' },
    ]);
  });
});
