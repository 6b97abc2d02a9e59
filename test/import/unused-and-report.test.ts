/** What the import says it left out, where each written value came from, and the report that shows both. */
import type { Nodes, Text } from 'mdast';
import { describe, expect, test } from 'vitest';
import { Ledger } from '../../src/import/ledger.js';
import { cell, mappingReport } from '../../src/import/mapping-report.js';
import { parseMarkdown } from '../../src/import/markdown-tree.js';
import { plainText } from '../../src/import/plain-text.js';
import { reportUnused } from '../../src/import/report-unused.js';
import { buildSections } from '../../src/import/sections.js';
import { valueMapping } from '../../src/import/value-mapping.js';

/** Every node below `node`, in document order. */
function nodesIn(node: Nodes): Nodes[] {
  return 'children' in node ? (node.children as Nodes[]).flatMap((child) => [child, ...nodesIn(child)]) : [];
}

/**
 * The notes for `markdown` when a mapper used the paragraphs, and the list items whose first paragraph
 * (or whole text, for an item that starts with something else), is one of `used`.
 */
function unused(markdown: string, used: readonly string[]): string[] {
  const root = parseMarkdown(markdown);
  const ledger = new Ledger();
  for (const node of nodesIn(root)) {
    const lead = node.type === 'listItem' && node.children[0]?.type === 'paragraph' ? node.children[0] : node;
    if ((node.type === 'paragraph' || node.type === 'listItem') && used.includes(plainText(lead))) ledger.use(node);
  }
  reportUnused(buildSections(root), ledger);
  return ledger.notes.map((note) => `${note.line ?? '-'} ${note.kind}: ${note.message}`);
}

describe('the unused-content report', () => {
  test('a section nothing was taken from is named once with its lines, an empty one too, a heading that only wraps sections is not', () => {
    const markdown = [
      'Owned by the platform team.',
      '',
      '# Payments handbook',
      '',
      '## Contacts',
      '',
      'Call the service desk first.',
      '',
      '### Vendors',
      '',
      'Acme support, 24/7.',
      '',
      '## Glossary',
      '',
      '## Escalation',
      '',
      'Escalate by the book.',
      '',
      '### Database',
      '',
      '- DBA on call',
      '- Vendor hotline',
      '',
    ].join('\n');
    expect(unused(markdown, ['DBA on call'])).toEqual([
      '1 not imported: paragraph "Owned by the platform team."',
      '5 not imported: section "Contacts" (lines 5–11)',
      '13 not imported: section "Glossary" (lines 13–13)',
      '17 not imported: paragraph "Escalate by the book."',
      '22 not imported: list item "Vendor hotline"',
    ]);
  });

  test('a document nothing was taken from is reported block by block and section by section', () => {
    expect(unused('Owned by the platform team.\n\n# Payments handbook\n\n## Contacts\n\nCall the service desk first.\n', [])).toEqual([
      '1 not imported: paragraph "Owned by the platform team."',
      '5 not imported: section "Contacts" (lines 5–7)',
    ]);
    expect(unused('# Payments handbook\n\nRead this first.\n', [])).toEqual(['1 not imported: section "Payments handbook" (lines 1–3)']);
  });

  test('in a section something was taken from, each unused item and each unused block inside a used item is named by kind', () => {
    const markdown = [
      '## Runbooks',
      '',
      '- Restart the workers',
      '- Clear the queue',
      '- Fail over',
      '',
      '  ```',
      '  make failover',
      '  ```',
      '',
      '  # Rollback',
      '',
      '  #',
      '',
      '  ***',
      '',
      '  > Ask the DBA before a rollback.',
      '',
      '-',
      '',
      '1. ```sh',
      '   make drain',
      '   ```',
      '',
      '   Drain the node first.',
      '',
    ].join('\n');
    expect(unused(markdown, ['Restart the workers', 'Fail over', '', 'make drain Drain the node first.'])).toEqual([
      '4 not imported: list item "Clear the queue"',
      '7 not imported: code block',
      '11 not imported: heading "Rollback"',
      '13 not imported: heading',
      '17 not imported: block quote "Ask the DBA before a rollback."',
      '21 not imported: code block (sh)',
      '25 not imported: paragraph "Drain the node first."',
    ]);
  });

  test('comments and rules are not content; other markup, link definitions and footnotes are named as written', () => {
    const markdown = [
      '## Links',
      '',
      'See the wiki[^Vendor].',
      '',
      '<!-- TODO: owners -->',
      '',
      '  <!-- indented note -->',
      '',
      '---',
      '',
      '<!-- TODO --> <b>draft</b>',
      '',
      '<div>hi</div> <!-- x -->',
      '',
      '[Runbook Wiki]: https://wiki.example.com',
      '',
      '[^Vendor]: Call Acme.',
      '',
    ].join('\n');
    expect(unused(markdown, ['See the wiki.'])).toEqual([
      '11 not imported: HTML "<!-- TODO --> <b>draft</b>"',
      '13 not imported: HTML "<div>hi</div> <!-- x -->"',
      '15 not imported: link definition [Runbook Wiki]',
      '17 not imported: footnote [^Vendor] "Call Acme."',
    ]);
  });
});

describe('the ledger of one import', () => {
  test('a taken section\'s heading counts as used; the document root has none to use', () => {
    const root = buildSections(parseMarkdown('# Severity levels\n\n- SEV1: all customers\n'));
    const [section] = root.children;
    if (section?.heading == null) throw new Error('no section');
    const ledger = new Ledger();
    ledger.claim(root);
    expect(ledger.isUsed(section.heading)).toBe(false);
    ledger.claim(section);
    expect(ledger.isUsed(section.heading)).toBe(true);
  });

  test('a value\'s source is kept with its line only when there is one; a note without a place has no line', () => {
    const ledger = new Ledger();
    expect(ledger.sources).toEqual([]);
    const [paragraph] = parseMarkdown('\n\nAcknowledge within 15 minutes.\n').children;
    if (paragraph === undefined) throw new Error('no paragraph');
    const level = { name: 'SEV1', response_time: '15m' };
    // A node the importer made itself has no position.
    const built: Text = { type: 'text', value: 'built, not read' };
    ledger.source(paragraph, level, 'response_time');
    ledger.source(12, level, 'name');
    ledger.source(null, level, 'name');
    ledger.source(undefined, level, 'name');
    ledger.source(built, level, 'name');
    expect(ledger.sources).toEqual([
      { line: 3, target: level, key: 'response_time' },
      { line: 12, target: level, key: 'name' },
    ]);
    ledger.note('missing', null, 'no escalation policy');
    ledger.note('assumed', built, 'review cadence 90d');
    expect(ledger.notes.map((note) => note.line)).toEqual([null, null]);
  });
});

describe('the mapping from source lines to written fields', () => {
  test('each recorded value is found by its object in the written files, with its path and a short value, in line order', () => {
    const critical = { name: 'Critical', response_time: '15m', criteria: ['checkout fails'] };
    const minor = { name: 'Minor', response_time: '1d', criteria: ['one report', 'a typo', 'a slow page'], owner: { team: 'web' }, tags: [] };
    const owners = { name: 'ops', lead: { name: 'Dana' }, pager: { id: 7 }, channel: { name: 12 } };
    const replaced = { name: 'Draft' };
    const files = [
      { path: 'severities.yaml', document: { severities: [critical, minor] } },
      { path: 'roles.yaml', document: owners },
    ];
    const sources = [
      { line: 30, target: minor, key: 'criteria' },
      { line: 31, target: minor, key: 'owner' },
      { line: 32, target: minor, key: 'tags' },
      { line: 12, target: critical, key: 'criteria' },
      { line: 10, target: critical, key: 'response_time' },
      { line: 40, target: owners, key: 'lead' },
      { line: 41, target: owners, key: 'pager' },
      { line: 42, target: owners, key: 'channel' },
      { line: 5, target: replaced, key: 'name' },
      { line: 6, target: critical, key: 'absent' },
      { line: 13, target: critical.criteria, key: 0 },
    ];
    expect(valueMapping(files, sources).map(({ line, file, field, value }) => `${line} ${file} ${field} = ${value}`)).toEqual([
      '10 severities.yaml severities[0].response_time = 15m',
      '12 severities.yaml severities[0].criteria = checkout fails',
      '13 severities.yaml severities[0].criteria[0] = checkout fails',
      '30 severities.yaml severities[1].criteria = 3 items',
      '31 severities.yaml severities[1].owner = {"team":"web"}',
      '32 severities.yaml severities[1].tags = 0 items',
      '40 roles.yaml lead = Dana',
      '41 roles.yaml pager = {"id":7}',
      '42 roles.yaml channel = {"name":12}',
    ]);
  });
});

describe('the import report document', () => {
  const input = { source: 'handbook.md', out: 'playbooks', validation: '0 errors, 0 warnings in 3 files', notes: [] };

  function sourceCells(markdown: string, lines: readonly number[]): string[] {
    const mapping = lines.map((line) => ({ line, file: 'roles.yaml', field: 'roles[0].name', value: 'x' }));
    const rows = mappingReport({ ...input, markdown, mapping }).split('\n').filter((row) => /^\| \d/.test(row));
    return rows.map((row) => row.split(' | ')[1] ?? '');
  }

  test('a source line is quoted without its indentation, whole up to 60 characters, and from files with any line ending', () => {
    const sixty = 'a'.repeat(60);
    const indented = `   ${'b'.repeat(59)}`;
    expect(sourceCells(`# Roles\r${sixty}\r${sixty}b\r${indented}\r`, [2, 3, 4])).toEqual([sixty, `${'a'.repeat(59)}…`, 'b'.repeat(59)]);
    expect(sourceCells('# Roles\r\n  Incident Commander  \r\n', [2])).toEqual(['Incident Commander']);
  });

  test('a line past the end of the source is quoted as nothing, and no cell keeps white space at its ends', () => {
    expect(sourceCells('# Roles\n', [9])).toEqual(['']);
    expect(cell('  @alice, on call  ')).toBe('&#64;alice, on call');
  });

  test('with no notes, each part says there is nothing', () => {
    const text = mappingReport({ ...input, markdown: '# Roles\n', mapping: [] });
    expect(text).toContain('\n## Not imported\n\nSource passages no file holds: move what matters into the set by hand.\n\nEvery passage was imported.\n');
    expect(text).toContain('\nNothing is missing.\n');
  });
});
