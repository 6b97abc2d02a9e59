import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { Table } from 'mdast';
import { visit } from 'unist-util-visit';
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { packageRoot } from '../../src/package-root.js';
import { formatMarkdown } from '../../src/render/markdown-format.js';
import { type RenderedDocument, renderPlaybookSet } from '../../src/render/playbook-docs.js';
import { defaultLikeSet, HOSTILE_TEXT, hostileSet } from './fixture-set.js';
import { liveMentions, nodeTypes, parseMarkdown, visibleText } from './markdown-tree.js';

const GOLDEN = join(packageRoot(), 'test', 'fixtures', 'render-default');

const EXPECTED_PATHS = [
  'README.md',
  'communication.md',
  'contacts.md',
  'escalation.md',
  'postmortem.md',
  'process.md',
  'roles.md',
  'scenarios/data-integrity.md',
  'scenarios/performance-degradation.md',
  'scenarios/security-incident.md',
  'scenarios/service-outage.md',
  'severities.md',
  'tools.md',
];

function filesBelow(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesBelow(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

function documentAt(documents: RenderedDocument[], path: string): string {
  const document = documents.find((candidate) => candidate.path === path);
  if (document === undefined) throw new Error(`no document ${path}`);
  return document.markdown;
}

/** The table rows of a document as lists of cell texts, the header row included. */
function tableRows(markdown: string): string[][][] {
  const tables: string[][][] = [];
  visit(parseMarkdown(markdown), 'table', (table: Table) => {
    tables.push(table.children.map((row) => row.children.map((cell) => visibleText(cell))));
  });
  return tables;
}

function rowStarting(markdown: string, first: string): string[] {
  const row = tableRows(markdown)
    .flat()
    .find((cells) => cells[0] === first);
  if (row === undefined) throw new Error(`no table row starting with ${first}`);
  return row;
}

describe('the default playbook set', () => {
  let set: PlaybookSet;
  // Each test renders the set itself, so the mutation run, which reruns only the tests that ran a
  // mutant's code, sees every rendering (code run in a hook is attributed to no test).
  let documents: RenderedDocument[];

  beforeAll(async () => {
    set = await loadPlaybooks(join(packageRoot(), 'playbooks'));
  });

  beforeEach(() => {
    documents = renderPlaybookSet(set);
  });

  test('renders one document per topic and per scenario', () => {
    expect(documents.map((document) => document.path).sort()).toEqual(EXPECTED_PATHS);
  });

  test('matches the golden files (refresh with UPDATE=1)', () => {
    if (process.env['UPDATE'] === '1') {
      rmSync(GOLDEN, { recursive: true, force: true });
      for (const document of documents) {
        const file = join(GOLDEN, ...document.path.split('/'));
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, document.markdown);
      }
    }
    expect(filesBelow(GOLDEN).sort()).toEqual(EXPECTED_PATHS);
    for (const document of documents) {
      expect(document.markdown, document.path).toBe(readFileSync(join(GOLDEN, ...document.path.split('/')), 'utf8'));
    }
  });

  test('the index shows SEV-1: acknowledge within 15 min, updates every 30 min, post-mortem 48 h after resolution', () => {
    const readme = documentAt(documents, 'README.md');
    expect(rowStarting(readme, 'SEV-1 (Critical)')).toEqual([
      'SEV-1 (Critical)',
      '15 min',
      'every 30 min',
      'required, 48 h after resolution',
      'Platform-wide outage; Security breach or data compromise; Financial transaction failures',
    ]);
    expect(rowStarting(readme, 'SEV-2 (High)').slice(1, 4)).toEqual(['30 min', 'every 1 h', 'required, 48 h after resolution']);
    expect(rowStarting(readme, 'SEV-3 (Medium)').slice(1, 4)).toEqual(['2 h', 'no fixed cadence', 'not required']);
    expect(rowStarting(readme, 'SEV-4 (Low)').slice(1, 4)).toEqual(['24 h', 'no fixed cadence', 'not required']);
  });

  test('the escalation document lists L1 to L4 with their delays and the 30 min CTO/VP deadline', () => {
    const escalation = documentAt(documents, 'escalation.md');
    const [technical, management] = tableRows(escalation);
    expect(technical?.slice(1)).toEqual([
      ['L1', 'On-call engineer', 'Primary On-Call, Secondary On-Call', 'immediately'],
      ['L2', 'Senior engineers and team leads', 'Senior engineers, Team leads', '30 min'],
      ['L3', 'Architects and platform leads', 'Architects, Platform leads', '1 h'],
      ['L4', 'Executive leadership', 'CTO, VP of Engineering', '2 h'],
    ]);
    expect(management?.slice(1)).toEqual([
      ['SEV-1 (Critical)', 'CTO/VP Engineering notification', 'CTO, VP of Engineering', 'within 30 min'],
      ['SEV-2 (High)', 'Director notification', 'Director', 'within 1 h'],
      ['SEV-3 (Medium)', 'Team Lead notification', 'Team leads', 'no deadline'],
      ['SEV-4 (Low)', 'none', '—', '—'],
    ]);
  });

  test('the escalation document gives the contacts it names with their handles', () => {
    const contacts = tableRows(documentAt(documents, 'escalation.md'))[2];
    expect(contacts?.[0]).toEqual(['Contact', 'GitHub', 'Phone', 'Other', 'Paged at']);
    expect(contacts?.map((row) => row[0])).toContain('Primary On-Call');
    expect(rowStarting(documentAt(documents, 'escalation.md'), 'Primary On-Call')).toEqual([
      'Primary On-Call',
      '[GitHub Handle] (to be filled in)',
      '[Phone Number] (to be filled in)',
      '—',
      'L1',
    ]);
  });

  test('placeholders are visible as placeholders, with a note to fill them in', () => {
    const contacts = documentAt(documents, 'contacts.md');
    expect(contacts).toContain('_\\[Phone Number]_ (to be filled in)');
    expect(contacts).toMatch(/\*\*25 values still to be filled in\.\*\*/u);
    expect(rowStarting(contacts, 'CTO')).toEqual([
      'CTO',
      '[GitHub Handle] (to be filled in)',
      '—',
      '—',
      '[Contact Information] (to be filled in)',
      'L4, SEV-1 management',
    ]);
  });

  test('the process has its six phases with numbered steps and task lists', () => {
    const tree = parseMarkdown(documentAt(documents, 'process.md'));
    const headings: string[] = [];
    visit(tree, 'heading', (heading) => {
      if (heading.depth === 2) headings.push(visibleText(heading));
    });
    expect(headings).toEqual([
      'Phase 1: Detection and Alerting',
      'Phase 2: Initial Response',
      'Phase 3: Investigation and Diagnosis',
      'Phase 4: Containment and Mitigation',
      'Phase 5: Resolution and Recovery',
      'Phase 6: Post-Incident Activities',
    ]);
    let tasks = 0;
    visit(tree, 'listItem', (item) => {
      if (item.checked === false) tasks += 1;
    });
    expect(tasks).toBe(36);
  });

  test('a scenario has its symptoms, ordered steps and owner role', () => {
    const outage = documentAt(documents, 'scenarios/service-outage.md');
    const tree = parseMarkdown(outage);
    const lists: { ordered: boolean; items: string[] }[] = [];
    visit(tree, 'list', (list) => {
      lists.push({ ordered: list.ordered === true, items: list.children.map((item) => visibleText(item)) });
    });
    expect(lists[0]).toEqual({
      ordered: false,
      items: ['Service unavailable or returning errors', 'High error rates in monitoring', 'User complaints about accessibility'],
    });
    expect(lists[1]?.ordered).toBe(true);
    expect(lists[1]?.items[0]).toBe('Check infrastructure status (Kubernetes, Docker, cloud services)');
    expect(lists[1]?.items).toHaveLength(7);
    expect(outage).toContain('**Leads the response:** the [Technical Lead](../roles.md).');
  });

  test('durations read as words, never as YAML', () => {
    for (const document of documents) {
      expect(document.markdown, document.path).not.toMatch(/\b\d+[mhdw]\b/u);
    }
  });

  test('every relative link points at a rendered document', () => {
    const paths = new Set(documents.map((document) => document.path));
    for (const document of documents) {
      visit(parseMarkdown(document.markdown), 'link', (link) => {
        if (/^https?:/u.test(link.url)) return;
        expect(paths, `${document.path} → ${link.url}`).toContain(posix.normalize(posix.join(posix.dirname(document.path), link.url)));
      });
    }
  });

  test('is stable through remark: formatting the output again changes nothing', () => {
    for (const document of documents) expect(formatMarkdown(document.markdown), document.path).toBe(document.markdown);
  });
});

describe('renderPlaybookSet', () => {
  test('is pure: it leaves the set alone and renders the same twice', () => {
    const set = defaultLikeSet();
    const before = structuredClone(set);
    const first = renderPlaybookSet(set);
    expect(set).toEqual(before);
    expect(renderPlaybookSet(set)).toEqual(first);
  });

  test('hostile playbook text cannot change the structure of a document', () => {
    const hostile = renderPlaybookSet(hostileSet());
    const plain = renderPlaybookSet(defaultLikeSet());
    for (const [index, document] of hostile.entries()) {
      const tree = parseMarkdown(document.markdown);
      const plainTree = parseMarkdown(plain[index]?.markdown ?? '');
      expect(nodeTypes(tree).filter((type) => type === 'html'), document.path).toEqual([]);
      expect(liveMentions(tree), document.path).toEqual([]);
      expect(tree.children.map((node) => node.type), document.path).toEqual(plainTree.children.map((node) => node.type));
      expect(
        tableRows(document.markdown).map((table) => table.map((row) => row.length)),
        document.path,
      ).toEqual(tableRows(plain[index]?.markdown ?? '').map((table) => table.map((row) => row.length)));
    }
    const shown = HOSTILE_TEXT.replace('@', '@\u200B');
    expect(visibleText(parseMarkdown(documentAt(hostile, 'roles.md')))).toContain(`Incident Commander ${shown}`);
    expect(rowStarting(documentAt(hostile, 'escalation.md'), `Primary On-Call ${shown}`)[2]).toBe(
      '+1 555 0100 | <b>bold</b>',
    );
  });
});
