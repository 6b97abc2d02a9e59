/** The small readers of list items, labelled lists and tables, on the wording handbooks use. */
import type { List, ListItem, Paragraph, Table } from 'mdast';
import { describe, expect, test } from 'vitest';
import { labelledLists, paragraphLabel } from '../../src/import/labelled-lists.js';
import { itemLead, itemsIn, splitTerm, subItems } from '../../src/import/list-items.js';
import { parseMarkdown } from '../../src/import/markdown-tree.js';
import { buildSections } from '../../src/import/sections.js';
import { readTable } from '../../src/import/tables.js';

/** The items of the first list of `markdown`. */
function items(markdown: string): ListItem[] {
  const list = parseMarkdown(markdown).children.find((block): block is List => block.type === 'list');
  if (list === undefined) throw new Error('no list');
  return list.children;
}

function lead(markdown: string) {
  const [item] = items(markdown);
  if (item === undefined) throw new Error('no item');
  const { label, value, bold, text } = itemLead(item);
  return { label, value, bold, text };
}

function paragraph(markdown: string): Paragraph {
  const [block] = parseMarkdown(markdown).children;
  if (block?.type !== 'paragraph') throw new Error('no paragraph');
  return block;
}

describe('splitting "term: description" and "term — description"', () => {
  test('the term is the words before the colon, the description all after it, both trimmed', () => {
    expect(splitTerm('Incident Commander : Jane Doe, runs the bridge')).toEqual({ term: 'Incident Commander', description: 'Jane Doe, runs the bridge' });
    expect(splitTerm('Status page:  https://status.example.com ')).toEqual({ term: 'Status page', description: 'https://status.example.com' });
    expect(splitTerm('Critical: customers cannot pay — all regions')).toEqual({ term: 'Critical', description: 'customers cannot pay — all regions' });
  });

  test('a dash with spaces around it splits too: em dash, en dash, one or two hyphens', () => {
    expect(splitTerm('Secondary on-call — paged after 10 minutes')).toEqual({ term: 'Secondary on-call', description: 'paged after 10 minutes' });
    expect(splitTerm('Engineering manager – paged after 30 minutes')).toEqual({ term: 'Engineering manager', description: 'paged after 30 minutes' });
    expect(splitTerm('Database lead - owns the failover')).toEqual({ term: 'Database lead', description: 'owns the failover' });
    expect(splitTerm('Scribe -- writes the timeline')).toEqual({ term: 'Scribe', description: 'writes the timeline' });
    expect(splitTerm('Scribe —  writes the timeline')).toEqual({ term: 'Scribe', description: 'writes the timeline' });
    expect(splitTerm('Scribe — logs, stamps: the timeline')).toEqual({ term: 'Scribe', description: 'logs, stamps: the timeline' });
  });

  test('a hyphen inside a word or without spaces around it does not split', () => {
    expect(splitTerm('Follow-up review within two days')).toBeNull();
    expect(splitTerm('Roll back—then page the on-call')).toBeNull();
  });

  test('a term longer than a label (60 characters before a colon, 80 before a dash) is prose, not a term', () => {
    const sentence = 'When the primary database stops accepting writes for five minutes or more';
    expect(splitTerm(`${sentence}: page the DBA`)).toBeNull();
    expect(splitTerm(`${sentence} and the replicas lag behind by an hour — fail over`)).toBeNull();
    const eighty = 'x'.repeat(79);
    expect(splitTerm(`${eighty}   — fail over`)).toEqual({ term: eighty, description: 'fail over' });
  });
});

describe('the lead of a list item', () => {
  test('a bold label is a title; the colon or dash after it is not part of the value', () => {
    expect(lead('- **Level 1:** On-call engineer')).toEqual({ label: 'Level 1', value: 'On-call engineer', bold: true, text: 'Level 1: On-call engineer' });
    expect(lead('- **SEV1: Critical** - customers cannot pay')).toMatchObject({ label: 'SEV1: Critical', value: 'customers cannot pay', bold: true });
    expect(lead('- **Owner**—Platform team')).toMatchObject({ label: 'Owner', value: 'Platform team' });
    expect(lead('- **Acknowledge the Alert** within 5 minutes - then page')).toMatchObject({ label: 'Acknowledge the Alert', value: 'within 5 minutes - then page' });
  });

  test('without bold, "words: value" is a label that is not a title, and plain text has no label', () => {
    expect(lead('- Primary On-Call: [Phone Number]')).toEqual({ label: 'Primary On-Call', value: '[Phone Number]', bold: false, text: 'Primary On-Call: [Phone Number]' });
    expect(lead('- Roll back the last deploy')).toEqual({ label: null, value: 'Roll back the last deploy', bold: false, text: 'Roll back the last deploy' });
  });

  test('a bold run with no words labels nothing', () => {
    expect(lead('- **:** Pager duty')).toEqual({ label: null, value: ': Pager duty', bold: false, text: ': Pager duty' });
  });

  test('an item that does not start with a paragraph says nothing, and sub-items that say nothing are skipped', () => {
    const markdown = ['- Checks', '  - ```', '    curl /health', '    ```', '  - Dashboards: Grafana', '  -', ''].join('\n');
    const [parent] = itemsIn(parseMarkdown(markdown).children);
    expect(parent?.sublists).toHaveLength(1);
    const [codeItem] = parent?.sublists[0]?.children ?? [];
    expect(codeItem === undefined ? undefined : itemLead(codeItem)).toMatchObject({ paragraph: null, text: '', label: null, value: '' });
    expect(subItems(parent?.sublists ?? []).map((sub) => sub.label)).toEqual(['Dashboards']);
  });
});

describe('labels of lists', () => {
  test('a bold or italic line, or a few words ending in a colon, labels what follows', () => {
    expect(paragraphLabel(paragraph('**Symptoms:**'))).toBe('Symptoms');
    expect(paragraphLabel(paragraph('*Symptoms*'))).toBe('Symptoms');
    expect(paragraphLabel(paragraph('**Triage** *first 15 minutes*'))).toBe('Triage first 15 minutes');
    expect(paragraphLabel(paragraph('**What to check when the primary database stops accepting writes** :'))).toBe('What to check when the primary database stops accepting writes');
    expect(paragraphLabel(paragraph('What to check on the database:'))).toBe('What to check on the database');
    expect(paragraphLabel(paragraph('Step 2: check the dashboards:'))).toBe('Step 2: check the dashboards');
  });

  test('prose is no label: a sentence with bold in it, a colon mid-sentence, seven words before a colon, bold with no words', () => {
    expect(paragraphLabel(paragraph('**Note** that the database is slow'))).toBeNull();
    expect(paragraphLabel(paragraph('Note: the primary is slow'))).toBeNull();
    expect(paragraphLabel(paragraph('What to check on the primary database:'))).toBeNull();
    expect(paragraphLabel(paragraph('**<br>**'))).toBeNull();
  });

  test('a section\'s labelled lists: label paragraphs right before a list, then sub-sections with a list', () => {
    const markdown = [
      '### Database outage',
      '',
      '**Symptoms:**',
      '',
      '- Writes time out',
      '',
      'The on-call handles this alone:',
      '',
      'Run the failover first.',
      '',
      '> Checks:',
      '',
      '- Replication lag',
      '',
      'Run these in order:',
      '',
      '* Fail over',
      '',
      'If the failover hangs, the on-call engineer calls the vendor.',
      '',
      '+ Vendor hotline',
      '',
      '#### Escalation',
      '',
      'Call the DBA.',
      '',
      '- DBA on call',
      '',
      '#### Background',
      '',
      'The cluster has three nodes.',
      '',
    ].join('\n');
    const [section] = buildSections(parseMarkdown(markdown)).children;
    if (section === undefined) throw new Error('no section');
    const found = labelledLists(section);
    expect(found.map(({ label, labelNode, list }) => [label, labelNode.type, list.children.length])).toEqual([
      ['Symptoms', 'paragraph', 1],
      ['Run these in order', 'paragraph', 1],
      ['Escalation', 'heading', 1],
    ]);
    expect(found.map(({ list }) => list.position?.start.line)).toEqual([5, 17, 27]);
  });
});

describe('tables read by their header', () => {
  const roles = [
    ['level', /^(?:severity|level|priority)$/],
    ['response', /respon|acknowledge/],
  ] as const;
  const markdown = ['| Severity | | Acknowledge within | Notes |', '|---|---|---|---|', '| SEV1 | x | 15 minutes | all customers |', '| SEV2 | y | 1 hour | |', ''].join('\n');

  function table(text: string): Table {
    const [block] = parseMarkdown(text).children;
    if (block?.type !== 'table') throw new Error('no table');
    return block;
  }

  test('each column gets its role, unknown headers are named, empty ones are not, rows keep their lines', () => {
    const read = readTable(table(markdown), roles, 'response');
    expect(read?.unmatched).toEqual(['Notes']);
    expect(read?.rows.map(({ line, cells }) => ({ line, cells }))).toEqual([
      { line: 3, cells: { level: 'SEV1', response: '15 minutes' } },
      { line: 4, cells: { level: 'SEV2', response: '1 hour' } },
    ]);
    expect(read?.rows[0]?.nodes.response?.type).toBe('tableCell');
  });

  test('a table without the required column, or without any row, is not read', () => {
    expect(readTable(table('| Severity | Notes |\n|---|---|\n| SEV1 | x |\n'), roles, 'response')).toBeNull();
    expect(readTable({ type: 'table', children: [] }, roles, 'response')).toBeNull();
  });

  test('cells beyond the header are ignored, and a row without a position has no line', () => {
    const built = table(markdown);
    const [header, first] = built.children;
    if (header === undefined || first === undefined) throw new Error('no rows');
    const extra = { ...first, children: [...first.children, { type: 'tableCell' as const, children: [{ type: 'text' as const, value: 'stray' }] }] };
    delete extra.position;
    const read = readTable({ type: 'table', children: [header, extra] }, roles, 'level');
    expect(read?.rows.map(({ line, cells }) => ({ line, cells }))).toEqual([{ line: null, cells: { level: 'SEV1', response: '15 minutes' } }]);
  });
});
