import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { cell, mappingReport } from '../../src/import/mapping-report.js';

// `import --report FILE.md`: the mapping from source lines to fields, as a document a reviewer reads
// beside the diff. Every row is checked against the written file, so the report cannot claim a
// field the set does not hold.

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
let scratch = '';

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'playbook-ops-import-report-'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function run(...argv: string[]): Promise<{ code: number; output: string }> {
  let output = '';
  const write = (text: string): void => {
    output += text;
  };
  const code = await main(argv, { stdout: write, stderr: write, cwd: FIXTURES });
  return { code, output };
}

/** The rows of the table under `## heading`. */
function tableRows(report: string, heading: string): string[][] {
  const section = report.split(`## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| Line') && !line.startsWith('| ---'))
    .map((line) => line.slice(2, -2).split(/(?<!\\) \| /));
}

/** The value at a report field path (`technical[1].after`) of a YAML document. */
function at(document: unknown, path: string): unknown {
  let value = document;
  for (const [, key, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    value = (value as Record<string, unknown>)[key ?? Number(index)];
  }
  return value;
}

/** A report cell back to its text. */
function uncell(text: string): string {
  return text.replace(/&#64;/g, '@').replace(/\\(.)/g, '$1');
}

describe('import --report', () => {
  test('writes the mapping as a table of source line, file, field and value, each row true of the written file', async () => {
    const out = join(scratch, 'table-set');
    const report = join(scratch, 'report.md');
    const { code, output } = await run('import', 'import-severity-table/handbook.md', '--out', out, '--report', report, '--reviewed', '2026-11-01');
    expect(code, output).toBe(0);
    expect(output).toContain(`wrote the report to ${report}`);
    const text = await readFile(report, 'utf8');
    expect(text.split('\n')[0]).toBe('# Import report: import-severity-table/handbook.md');
    const rows = tableRows(text, 'Mapping');
    expect(rows.length).toBeGreaterThan(30);
    for (const [line, , file, field, value] of rows) {
      const document = load(await readFile(join(out, uncell(file ?? '')), 'utf8'));
      const written = at(document, uncell(field ?? ''));
      expect(written, `line ${String(line)}: ${String(field)}`).toBeDefined();
      if (typeof written === 'string' && written.length < 60) expect(uncell(value ?? '')).toBe(written);
    }
    const sev2 = '\\| SEV-2 \\| Payments fail for one region or one card network…';
    expect(rows).toContainEqual(['10', sev2, 'severities.yaml', 'severities\\[1\\].response\\_time', '15m']);
    expect(rows).toContainEqual(['25', '2. Secondary on-call (\\`&#64;lumen/payments-secondary\\`) — paged…', 'escalation.yaml', 'technical\\[1\\].after', '10m']);
    expect(rows).toContainEqual(['10', sev2, 'communication.yaml', 'status\\_updates\\[1\\].every', '1h']);
    expect(rows.map((row) => Number(row[0]))).toEqual([...rows.map((row) => Number(row[0]))].sort((a, b) => a - b));
    expect(tableRows(text, 'Assumed')).toContainEqual(['12', 'response time of sev-4 1d: the source counts business days; playbook-ops counts calendar time']);
    expect(tableRows(text, 'Not imported')).toEqual([['22', 'paragraph "If nobody acknowledges, the page moves on:"']]);
    expect(tableRows(text, 'Missing').map((row) => row[0])).toEqual(['—', '—', '—', '—', '—']);
  });

  test('is never written through a symbolic link, and names the link', async () => {
    const target = join(scratch, 'victim.txt');
    await writeFile(target, 'keep me');
    const link = join(scratch, 'link.md');
    await symlink(target, link);
    const { code, output } = await run('import', 'import-setext/handbook.md', '--out', join(scratch, 'setext-set'), '--report', link);
    expect(code).toBe(2);
    expect(output).toContain('is a symbolic link; the report is never written through one');
    expect(await readFile(target, 'utf8')).toBe('keep me');
  });

  test('--report without a file is a usage error', async () => {
    const { code, output } = await run('import', 'import-setext/handbook.md', '--out', join(scratch, 'other'), '--report', '');
    expect(code).toBe(2);
    expect(output).toContain('missing the file after --report');
  });

  test('the whole document: a long source line shortened, a note without a line, and each empty list of notes saying so', () => {
    const long = `- **SEV-1**: ${'every checkout fails '.repeat(4)}`;
    const input = { source: 'handbook.md', out: 'playbooks', markdown: `# Handbook\r\n${long}\r\n`, validation: '0 errors, 1 warning in 2 files' };
    const mapping = [{ line: 2, file: 'severities.yaml', field: 'severities[0].name', value: 'SEV-1' }];
    const notes = [{ line: null, kind: 'assumed' as const, message: 'review cadence 90d' }];
    expect(mappingReport({ ...input, mapping, notes }).split('\n')).toEqual([
      '# Import report: handbook.md',
      '',
      '`playbook-ops import` wrote the set to playbooks. 1 value mapped, 1 assumed, 0 not imported, 0 missing. Validation: 0 errors, 1 warning in 2 files.',
      '',
      '## Mapping',
      '',
      'Each value written to the set and the source line it was read from.',
      '',
      '| Line | Source | File | Field | Value |',
      '| ---: | --- | --- | --- | --- |',
      // The first 59 characters of the line and an ellipsis, then escaped.
      '| 2 | - \\*\\*SEV-1\\*\\*: every checkout fails every checkout fails ever… | severities.yaml | severities\\[0\\].name | SEV-1 |',
      '',
      '## Assumed',
      '',
      'Values the source does not state, written from playbook-ops defaults or conventions: check them.',
      '',
      '| Line | What |',
      '| ---: | --- |',
      '| — | review cadence 90d |',
      '',
      '## Not imported',
      '',
      'Source passages no file holds: move what matters into the set by hand.',
      '',
      'Every passage was imported.',
      '',
      '## Missing',
      '',
      'What the source lacks; placeholders in square brackets stand for it in the set until someone fills them.',
      '',
      'Nothing is missing.',
      '',
    ]);
    const empty = mappingReport({ ...input, mapping: [], notes: [] });
    expect(empty).toContain('to playbooks. 0 values mapped, 0 assumed,');
    expect(empty).toContain('\n## Assumed\n\nValues the source does not state, written from playbook-ops defaults or conventions: check them.\n\nNothing was assumed.\n');
  });

  test('cells cannot break the table, start markup or mention anyone', () => {
    expect(cell('a | b `c` [d](e) <f> @g/h *i*\u001b')).toBe('a \\| b \\`c\\` \\[d\\](e) \\<f\\> &#64;g/h \\*i\\*\\\\u001b');
  });
});
