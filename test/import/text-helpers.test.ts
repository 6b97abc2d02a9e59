/** The importer's small text helpers, each on the inputs whose edges decide what a user sees. */
import { describe, expect, test } from 'vitest';
import type { PlaybookDoc } from '../../src/config/documents.js';
import { handlesIn, withoutHandles } from '../../src/import/handles.js';
import { importMarkdown } from '../../src/import/import-markdown.js';
import { parseMarkdown } from '../../src/import/markdown-tree.js';
import { quote, sortNotes } from '../../src/import/notes.js';
import { plainText } from '../../src/import/plain-text.js';
import { shortId, slugify } from '../../src/import/slug.js';
import { documentYaml } from '../../src/import/to-yaml.js';

describe('slugs', () => {
  test('runs of other characters are one hyphen, none at either end', () => {
    expect(slugify('--  On-call -- rota!! --')).toBe('on-call-rota');
  });

  test('a name without a Latin letter or digit gets its first three code points, trimmed; nothing at all is "unnamed"', () => {
    expect(slugify('  ŊŊ—Ŋ ')).toBe('u14a-u14a-u2014');
    expect(slugify('Ŋ')).toBe('u14a');
    expect(slugify('   ')).toBe('unnamed');
  });

  test('shortId cuts at the last hyphen that fits, or hard inside one long word, and leaves no hyphen at the end', () => {
    expect(shortId('data-integrity', 14)).toBe('data-integrity');
    expect(shortId('data-integrity-issue', 19)).toBe('data-integrity');
    expect(shortId('data-integrity-issue', 15)).toBe('data-integrity');
    expect(shortId('data--integrity', 6)).toBe('data');
    expect(shortId('supercalifragilistic', 5)).toBe('super');
    expect(shortId('abcd--efgh', 5)).toBe('abcd');
  });
});

describe('handles', () => {
  test('are found once each, never in an email address', () => {
    expect(handlesIn('@alice, ops@example.com, @acme/sre and @alice again')).toEqual(['@alice', '@acme/sre']);
  });

  test('are taken out with the brackets, separators and spaces that held them', () => {
    expect(withoutHandles('Secondary (@a/b, @c or @d)')).toBe('Secondary');
    expect(withoutHandles('Primary on-call @alice , then the lead ( @bob ).')).toBe('Primary on-call, then the lead.');
    expect(withoutHandles('— @alice: database lead; ')).toBe('database lead');
    expect(withoutHandles('Call  the   team ()')).toBe('Call the team');
  });

  test('a team handle keeps its whole team name, dots, hyphens and underscores inside it', () => {
    expect(handlesIn('Page @acme/platform-team, then @acme/db_admins.eu and @acme/sre.')).toEqual(['@acme/platform-team', '@acme/db_admins.eu', '@acme/sre']);
  });

  test('every bracketed list of handles in a line goes; brackets holding words stay', () => {
    expect(withoutHandles('Primary (@alice, @bob) then Secondary (@carol or @dave)')).toBe('Primary then Secondary');
    expect(withoutHandles('Secondary on-call (backup) @bob')).toBe('Secondary on-call (backup)');
  });
});

describe('notes and quotes', () => {
  test('notes in source order, those without a line last, ties in the order made', () => {
    const notes = [
      { line: null, kind: 'missing' as const, message: 'first absent' },
      { line: 7, kind: 'assumed' as const, message: 'seven, first' },
      { line: 3, kind: 'assumed' as const, message: 'three' },
      { line: 7, kind: 'not imported' as const, message: 'seven, second' },
      { line: null, kind: 'missing' as const, message: 'second absent' },
    ];
    expect(sortNotes(notes).map((note) => note.message)).toEqual(['three', 'seven, first', 'seven, second', 'first absent', 'second absent']);
  });

  test('a quote keeps text of the limit whole and cuts longer text to the limit, ellipsis included, without a space before it', () => {
    expect(quote('x'.repeat(70))).toBe(`"${'x'.repeat(70)}"`);
    expect(quote(`${'x'.repeat(68)} yz`)).toBe(`"${'x'.repeat(68)}…"`);
    expect(quote('  lead the call', 8)).toBe('"  lead…"');
  });
});

describe('plain text', () => {
  test('white space of every kind is one space; inline code and text keep their words', () => {
    const [paragraph] = parseMarkdown('Run\u00a0\u00a0`kubectl  get`\tthen *wait*').children;
    expect(paragraph === undefined ? 'missing' : plainText(paragraph)).toBe('Run kubectl get then wait');
  });

  test('the blocks of a section, a quote, a list, a loose list item, a table and a footnote are separate phrases; a footnote\'s marker is no word', () => {
    const root = parseMarkdown(
      [
        'Declare the incident.',
        '',
        '> Call the IC.',
        '>',
        '> Then open a channel.',
        '',
        '- Page the on-call',
        '',
        '  Wait five minutes',
        '- Escalate',
        '',
        '| Role | Who |',
        '| --- | --- |',
        '| IC | Alice |',
        '',
        'See the runbook.[^1]',
        '',
        '[^1]: First check the dashboard.',
        '',
        '    Then the logs.',
      ].join('\n'),
    );
    const texts = root.children.map((node) => plainText(node));
    expect(texts).toEqual([
      'Declare the incident.',
      'Call the IC. Then open a channel.',
      'Page the on-call Wait five minutes Escalate',
      'Role Who IC Alice',
      'See the runbook.',
      'First check the dashboard. Then the logs.',
    ]);
    expect(plainText(root)).toBe(texts.join(' '));
  });

  test('a code block is its commands; a thematic break is nothing', () => {
    const root = parseMarkdown(['Roll back:', '', '```sh', 'kubectl rollout undo deploy/api', '```', '', '---', '', 'Then verify.'].join('\n'));
    expect(plainText(root)).toBe('Roll back: kubectl rollout undo deploy/api Then verify.');
  });

  test('an image without alt text is nothing', () => {
    const [paragraph] = parseMarkdown('See ![](chart.png) here').children;
    expect(paragraph === undefined ? 'missing' : plainText(paragraph)).toBe('See here');
  });
});

describe('YAML of a document', () => {
  test('owners and an audience\'s severities are written on one line; a date stays a quoted string', () => {
    const document = {
      kind: 'communication',
      channels: [],
      status_updates: [],
      audiences: [{ id: 'customers', name: 'Customers', means: ['status page'], severities: ['sev-1', 'sev-2'] }],
      review: { owners: ['@acme/comms', '@alice'], last_reviewed: '2026-11-01' },
    } as PlaybookDoc;
    expect(documentYaml(document, '../schemas/communication.schema.json', [])).toBe(
      [
        '# yaml-language-server: $schema=../schemas/communication.schema.json',
        'kind: communication',
        'channels: []',
        'status_updates: []',
        'audiences:',
        '  - id: customers',
        '    name: Customers',
        '    means:',
        '      - status page',
        '    severities: [sev-1, sev-2]',
        'review:',
        '  owners: ["@acme/comms", "@alice"]',
        '  last_reviewed: "2026-11-01"',
        '',
      ].join('\n'),
    );
  });

  test('lists of ids under the known keys on one line, a list with an object among them as a block; double quotes, no folding, no anchors', () => {
    const cto = { id: 'cto', name: 'CTO: the last call' };
    const long = `Page ${'everyone '.repeat(12).trim()}`;
    const document = {
      kind: 'escalation',
      technical: [{ level: 1, name: 'On-call', contacts: ['primary-on-call', 'sre'], after: '5m' }],
      management: [{ severity: 'sev-1', name: long, notify: ['cto'], within: '30m' }],
      steps: ['one', '@alice'],
      severities: ['sev-1', { label: 'sev-2' }],
      contacts: [cto, cto],
    } as unknown as PlaybookDoc;
    expect(documentYaml(document, '../schemas/escalation.schema.json', ['Imported from handbook.md'])).toBe(
      [
        '# yaml-language-server: $schema=../schemas/escalation.schema.json',
        '# Imported from handbook.md',
        'kind: escalation',
        'technical:',
        '  - level: 1',
        '    name: On-call',
        '    contacts: [primary-on-call, sre]',
        '    after: 5m',
        'management:',
        '  - severity: sev-1',
        `    name: ${long}`,
        '    notify: [cto]',
        '    within: 30m',
        'steps:',
        '  - one',
        '  - "@alice"',
        'severities:',
        '  - sev-1',
        '  - label: sev-2',
        'contacts:',
        '  - id: cto',
        '    name: "CTO: the last call"',
        '  - id: cto',
        '    name: "CTO: the last call"',
        '',
      ].join('\n'),
    );
  });
});

describe('placeholders', () => {
  test('a roles section that names no role gives a placeholder role with a placeholder responsibility, and a note that says the section had none', () => {
    const result = importMarkdown('# Payments Handbook\n\n## Roles and Responsibilities\n\nRoles are assigned at kickoff.\n', { owner: '@acme/ops', reviewed: '2026-11-01' });
    const roles = result.files.find((file) => file.path === 'roles.yaml')?.document;
    expect(roles !== undefined && 'roles' in roles ? roles.roles : 'no roles.yaml').toEqual([{ id: 'role', name: '[Role]', responsibilities: ['[Responsibility]'] }]);
    expect(result.notes).toContainEqual({ line: null, kind: 'missing', message: 'roles: none found in the roles section; wrote a placeholder in roles.yaml' });
  });
});
