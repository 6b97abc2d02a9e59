import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BROKEN_ROLES, brokenRolesDiagnostic, freshSet, run, tempDir, usage } from './cli-run.js';

const DOCUMENTS = ['README.md', 'severities.md', 'roles.md', 'process.md', 'escalation.md', 'communication.md', 'contacts.md', 'postmortem.md', 'tools.md', 'scenarios/bare.md', 'scenarios/outage.md'];

async function filesBelow(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1)).sort();
}

describe('render', () => {
  test('writes every document below --out, creating it, and names each as written relative to the working directory', async () => {
    const cwd = await freshSet();
    const { code, stdout, stderr } = await run(['render', '--out', 'docs/out'], cwd);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.split('\n').filter((line) => line.startsWith('wrote ')).sort()).toEqual(DOCUMENTS.map((file) => `wrote docs/out/${file}`).sort());
    expect(stdout.endsWith('\n11 documents rendered from playbooks\n')).toBe(true);
    expect(await filesBelow(join(cwd, 'docs/out'))).toEqual([...DOCUMENTS].sort());
    expect(await readFile(join(cwd, 'docs/out/scenarios/outage.md'), 'utf8')).toMatch(/^# .*Outage/);
  });

  test('an --out outside the working directory is named by its absolute path', async () => {
    const cwd = await freshSet();
    const elsewhere = await tempDir();
    const { code, stdout } = await run(['render', 'playbooks', `--out=${elsewhere}`], cwd);
    expect(code).toBe(0);
    expect(stdout).toContain(`wrote ${join(elsewhere, 'README.md')}\n`);
    expect((await filesBelow(elsewhere)).length).toBe(11);
  });

  test('a set with errors writes nothing and exits 1 with its errors', async () => {
    const cwd = await freshSet(BROKEN_ROLES);
    expect(await run(['render', '--out', 'docs'], cwd)).toEqual({ code: 1, stdout: '', stderr: `${brokenRolesDiagnostic('playbooks')}1 error in playbooks: nothing was rendered\n` });
    await expect(readdir(join(cwd, 'docs'))).rejects.toThrow('ENOENT');
  });

  test('two errors are counted as errors', async () => {
    const cwd = await freshSet({ ...BROKEN_ROLES, 'tools.yaml': 'kind: tools\ncategories: 3\nreview:\n  owners: ["@a"]\n  last_reviewed: "2026-01-10"\n' });
    const { code, stderr } = await run(['render', '--out', 'docs'], cwd);
    expect(code).toBe(1);
    expect(stderr).toMatch(/\n2 errors in playbooks: nothing was rendered\n$/);
  });

  test('--out is required, and may not be empty', async () => {
    const cwd = await freshSet();
    expect(await run(['render'], cwd)).toEqual(usage('render', '--out DIR is required: where to write the documents'));
    expect(await run(['render', '--out='], cwd)).toEqual(usage('render', '--out DIR is required: where to write the documents'));
  });

  test('a directory that does not exist is a usage error', async () => {
    expect(await run(['render', 'nope', '--out', 'docs'], await tempDir())).toEqual(usage('render', 'the playbook directory "nope" does not exist'));
  });
});
