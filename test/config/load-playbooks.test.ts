import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import * as library from '../../src/index.js';
import { findYamlFiles } from '../../src/config/find-files.js';
import { packageRoot } from '../../src/package-root.js';
import { copyDefaultSet, edit, emptyDir } from './fixture.js';

describe('loadPlaybooks', () => {
  test('returns the resolved set of a valid directory', async () => {
    const set = await library.loadPlaybooks(join(packageRoot(), 'playbooks'));
    expect(set.name).toBe('Incident Response Playbook');
    expect(set.severities.map((severity) => severity.label)).toEqual(['sev-1', 'sev-2', 'sev-3', 'sev-4']);
    expect(set.scenarios.find((scenario) => scenario.id === 'service-outage')?.owner?.id).toBe('tech');
    expect(set.severities[0]?.source).toEqual({ file: 'severities.yaml', line: 5, column: 5 });
  });

  test('orders severities by level whatever the written order', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'severities.yaml', 'level: 1', 'level: 5');
    const set = await library.loadPlaybooks(dir);
    expect(set.severities.map((severity) => [severity.level, severity.label])).toEqual([
      [2, 'sev-2'],
      [3, 'sev-3'],
      [4, 'sev-4'],
      [5, 'sev-1'],
    ]);
  });

  test('throws a PlaybookError carrying every diagnostic, its message listing the first errors', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'roles.yaml', 'id: sme', 'id: ic');
    await edit(dir, 'scenarios/service-outage.yaml', 'owner: tech', 'owner: nobody');
    const error = await library.loadPlaybooks(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(library.PlaybookError);
    const { diagnostics, message } = error as InstanceType<typeof library.PlaybookError>;
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => diagnostic.rule)).toEqual(['duplicate-id', 'unknown-reference']);
    expect(diagnostics.some((diagnostic) => diagnostic.severity === 'warning')).toBe(true);
    expect(message).toBe(
      [
        `the playbook set in "${dir}" has 2 errors:`,
        '  roles.yaml:28:9 duplicate-id duplicate role id "ic"',
        '  scenarios/service-outage.yaml:6:8 unknown-reference unknown role "nobody"',
      ].join('\n'),
    );
  });

  test('a missing directory throws a PlaybookDirectoryError', async () => {
    const dir = join(await emptyDir(), 'absent');
    await expect(library.validatePlaybooks(dir)).rejects.toThrow(new library.PlaybookDirectoryError(dir, 'does not exist', {}));
  });
});

describe('validatePlaybooks', () => {
  test('finds *.yaml and *.yml recursively, sorted, skipping hidden directories and node_modules', async () => {
    const dir = await copyDefaultSet();
    await mkdir(join(dir, '.github'));
    await mkdir(join(dir, 'node_modules', 'x'), { recursive: true });
    await mkdir(join(dir, 'more', 'deeper'), { recursive: true });
    await writeFile(join(dir, '.github', 'x.yaml'), 'not: a playbook\n');
    await writeFile(join(dir, 'node_modules', 'x', 'y.yaml'), 'not: a playbook\n');
    await writeFile(join(dir, 'more', 'deeper', 'extra.yml'), 'kind: scenario\n');
    await writeFile(join(dir, 'README.md'), '# not yaml\n');
    const files = await findYamlFiles(dir);
    expect(files).toContain('more/deeper/extra.yml');
    expect(files.some((file) => file.includes('.github') || file.includes('node_modules') || file.endsWith('.md'))).toBe(false);
    expect(files).toEqual([...files].sort());
    const result = await library.validatePlaybooks(dir);
    expect(result.files).toEqual(files);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').every((diagnostic) => diagnostic.file === 'more/deeper/extra.yml')).toBe(true);
  });

  test('diagnostics are sorted by file, line and column', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'tools.yaml', 'kind: tools', 'kind: tool');
    await edit(dir, 'roles.yaml', 'id: tech', 'id: Tech');
    const { diagnostics } = await library.validatePlaybooks(dir, { now: new Date('2030-01-01T00:00:00Z') });
    const keys = diagnostics.map((diagnostic) => [diagnostic.file, diagnostic.line, diagnostic.column] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
    expect(keys).toEqual(sorted);
    expect(new Set(diagnostics.map((diagnostic) => diagnostic.rule))).toEqual(new Set(['placeholder', 'review-overdue', 'unknown-kind', 'schema']));
  });
});

describe('the public API', () => {
  test('exports the loading and validation functions', () => {
    for (const name of ['loadPlaybooks', 'validatePlaybooks', 'formatDiagnostics', 'summarizeDiagnostics', 'relocateDiagnostics', 'PlaybookError', 'PlaybookDirectoryError']) {
      expect(typeof (library as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(library.DEFAULT_YAML_LIMITS).toEqual({ maxBytes: 1024 * 1024, maxDepth: 64, maxAliases: 100, maxNodes: 1_000_000 });
  });
});

describe('the precompiled validators', () => {
  test('match the schemas (run `node scripts/compile-schemas.mjs` after changing a schema)', async () => {
    const { stderr } = await promisify(execFile)(process.execPath, [join(packageRoot(), 'scripts', 'compile-schemas.mjs'), '--check']);
    expect(stderr).toBe('');
  });
});
