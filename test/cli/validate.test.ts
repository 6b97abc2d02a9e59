import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BROKEN_ROLES, brokenRolesDiagnostic, freshSet, run, tempDir, usage } from './cli-run.js';

const SKIPPED = 'missing-document, duplicate-document, unknown-reference, duplicate-id, review-overdue';

describe('validate a directory', () => {
  test('a valid set in ./playbooks, the default, prints the summary and exits 0', async () => {
    expect(await run(['validate'], await freshSet())).toEqual({ code: 0, stdout: '0 errors, 0 warnings in 11 files\n', stderr: '' });
  });

  test('an error prints where it is, with its source line and hint, and exits 1', async () => {
    const cwd = await freshSet(BROKEN_ROLES);
    expect(await run(['validate', 'playbooks'], cwd)).toEqual({ code: 1, stdout: `${brokenRolesDiagnostic('playbooks')}1 error, 0 warnings in 11 files\n`, stderr: '' });
  });

  test('--format json prints the diagnostics alone, without a summary', async () => {
    const { code, stdout, stderr } = await run(['validate', '--format', 'json'], await freshSet(BROKEN_ROLES));
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect(JSON.parse(stdout)).toEqual([
      { file: 'playbooks/roles.yaml', line: 2, column: 8, severity: 'error', rule: 'schema', message: 'roles: expected a list, found a whole number', hint: 'write a list: one "- item" per line below the key, or [a, b] on the line', pointer: '/roles' },
    ]);
  });

  test('--format github prints workflow commands alone', async () => {
    const { code, stdout } = await run(['validate', '--format=github'], await freshSet(BROKEN_ROLES));
    expect(code).toBe(1);
    expect(stdout).toBe('::error file=playbooks/roles.yaml,line=2,col=8,title=schema::roles: expected a list, found a whole number%0Ahint: write a list: one "- item" per line below the key, or [a, b] on the line\n');
  });

  test('a warning alone exits 0; with --strict it prints as an error and exits 1', async () => {
    const cwd = await freshSet({ 'contacts.yaml': (await import('../config/tiny-set.js')).TINY_SET['contacts.yaml'].replace('"@boss"', '"[GitHub Handle]"') });
    const plain = await run(['validate'], cwd);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^playbooks\/contacts\.yaml:\d+:\d+ {2}warning {2}placeholder {2}/);
    expect(plain.stdout).toMatch(/\n0 errors, 1 warning in 11 files\n$/);
    const strict = await run(['validate', '--strict'], cwd);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe(plain.stdout.replace('  warning  ', '  error  ').replace('0 errors, 1 warning', '1 error, 0 warnings'));
  });

  test('a sink whose secret the paging workflow does not pass is a sink-secret warning, found above the directory', async () => {
    const cwd = await freshSet();
    await mkdir(join(cwd, '.git'));
    await mkdir(join(cwd, '.github', 'workflows'), { recursive: true });
    await writeFile(join(cwd, '.github', 'workflows', 'incidents.yml'), 'on: issues\njobs:\n  reconcile:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: playbook-ops/playbook-ops@v1\n');
    const { code, stdout } = await run(['validate', '--format', 'json'], cwd);
    expect(code).toBe(0);
    const rules = (JSON.parse(stdout) as { rule: string; file: string }[]).map((diagnostic) => `${diagnostic.rule} ${diagnostic.file}`);
    expect(rules.length).toBeGreaterThan(0);
    expect(new Set(rules)).toEqual(new Set(rules.filter((rule) => rule.startsWith('sink-secret playbooks/'))));
  });

  test('a directory that does not exist is a usage error', async () => {
    expect(await run(['validate', 'nope'], await tempDir())).toEqual(usage('validate', 'the playbook directory "nope" does not exist'));
  });

  test('an unknown format is a usage error naming the formats', async () => {
    expect(await run(['validate', '--format', 'x\u001bml'], await freshSet())).toEqual(usage('validate', 'unknown format "x\\u001bml": use text, github, json'));
  });
});

describe('validate a file', () => {
  test('checks the file alone and says on stdout which checks it skipped', async () => {
    expect(await run(['validate', 'playbooks/roles.yaml'], await freshSet())).toEqual({
      code: 0,
      stdout: `0 errors, 0 warnings in 1 file\nnote: checked playbooks/roles.yaml alone; skipped the checks that need the rest of the set (${SKIPPED}): run \`playbook-ops validate playbooks\` for them\n`,
      stderr: '',
    });
  });

  test('an error in the file prints with its source line and exits 1', async () => {
    const { code, stdout } = await run(['validate', 'playbooks/roles.yaml'], await freshSet(BROKEN_ROLES));
    expect(code).toBe(1);
    expect(stdout).toBe(`${brokenRolesDiagnostic('playbooks')}1 error, 0 warnings in 1 file\nnote: checked playbooks/roles.yaml alone; skipped the checks that need the rest of the set (${SKIPPED}): run \`playbook-ops validate playbooks\` for them\n`);
  });

  test('in json the note goes to stderr, so stdout stays JSON', async () => {
    expect(await run(['validate', 'playbooks/roles.yaml', '--format', 'json'], await freshSet())).toEqual({
      code: 0,
      stdout: '[]\n',
      stderr: `note: checked playbooks/roles.yaml alone; skipped the checks that need the rest of the set (${SKIPPED}): run \`playbook-ops validate playbooks\` for them\n`,
    });
  });
});
