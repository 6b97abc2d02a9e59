import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BROKEN_ROLES, brokenRolesDiagnostic, freshSet, run, tempDir, usage } from './cli-run.js';

const FILES = ['communication.yaml', 'contacts.yaml', 'escalation.yaml', 'postmortem.yaml', 'process.yaml', 'roles.yaml', 'scenarios/bare.yaml', 'scenarios/outage.yaml', 'settings.yaml', 'severities.yaml', 'tools.yaml'];

/** The block for the tiny set in `dir`, every file owned by @acme/sre. */
function block(dir: string): string {
  return [
    `# BEGIN playbook-ops: generated from review.owners in ${dir}/ (do not edit by hand).`,
    `# Regenerate: npx playbook-ops codeowners ${dir} --out .github/CODEOWNERS`,
    ...FILES.map((file) => `/${dir}/${file} @acme/sre`),
    '# END playbook-ops',
    '',
  ].join('\n');
}

const OUT = '.github/CODEOWNERS';

describe('codeowners', () => {
  test('prints the block for ./playbooks, paths from the repository root', async () => {
    const { code, stdout, stderr } = await run(['codeowners'], await freshSet());
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.split('\n').sort()).toEqual(block('playbooks').split('\n').sort());
  });

  test('a directory named with ./ and a trailing slash is the same directory', async () => {
    const cwd = await freshSet({}, 'ops/playbooks');
    const { stdout } = await run(['codeowners', './ops/playbooks/'], cwd);
    expect(stdout.split('\n').sort()).toEqual(block('ops/playbooks').split('\n').sort());
  });

  test('--out writes the block after the file\'s own lines, then finds it up to date', async () => {
    const cwd = await freshSet();
    await mkdir(join(cwd, '.github'));
    await writeFile(join(cwd, OUT), '* @acme/all\n');
    expect(await run(['codeowners', '--out', OUT], cwd)).toEqual({ code: 0, stdout: `wrote ${OUT}\n`, stderr: '' });
    const printed = (await run(['codeowners'], cwd)).stdout;
    expect(await readFile(join(cwd, OUT), 'utf8')).toBe(`* @acme/all\n\n${printed}`);
    expect(await run(['codeowners', '--out', OUT], cwd)).toEqual({ code: 0, stdout: `${OUT} is up to date\n`, stderr: '' });
    expect(await run(['codeowners', '--out', OUT, '--check'], cwd)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  test('--out creates a missing file and its directory', async () => {
    const cwd = await freshSet();
    expect(await run(['codeowners', 'playbooks', '--out', 'docs/owners/CODEOWNERS'], cwd)).toEqual({ code: 0, stdout: 'wrote docs/owners/CODEOWNERS\n', stderr: '' });
    expect(await readFile(join(cwd, 'docs/owners/CODEOWNERS'), 'utf8')).toBe((await run(['codeowners'], cwd)).stdout);
  });

  test('--check says whether the block is missing or out of date, exits 1 and writes nothing', async () => {
    const cwd = await freshSet();
    expect(await run(['codeowners', '--out', OUT, '--check'], cwd)).toEqual({
      code: 1,
      stdout: '',
      stderr: `${OUT} has no playbook-ops block: run \`npx playbook-ops codeowners playbooks --out ${OUT}\` and commit it.\n`,
    });
    await expect(readFile(join(cwd, OUT), 'utf8')).rejects.toThrow('ENOENT');
    await mkdir(join(cwd, '.github'));
    const stale = block('playbooks').replace('/playbooks/tools.yaml @acme/sre', '/playbooks/tools.yaml @someone');
    await writeFile(join(cwd, OUT), stale);
    expect(await run(['codeowners', '--check', '--out', OUT], cwd)).toEqual({
      code: 1,
      stdout: '',
      stderr: `${OUT} is out of date with the playbooks: run \`npx playbook-ops codeowners playbooks --out ${OUT}\` and commit it.\n`,
    });
    expect(await readFile(join(cwd, OUT), 'utf8')).toBe(stale);
  });

  test('the repository root itself as the playbook directory is named "."', async () => {
    const cwd = await freshSet();
    const { code, stderr } = await run(['codeowners', '.', '--out', '../CODEOWNERS', '--check'], join(cwd, 'playbooks'));
    expect({ code, stderr }).toEqual({ code: 1, stderr: '../CODEOWNERS has no playbook-ops block: run `npx playbook-ops codeowners . --out ../CODEOWNERS` and commit it.\n' });
  });

  test('--check without --out is a usage error', async () => {
    expect(await run(['codeowners', '--check'], await freshSet())).toEqual(usage('codeowners', '--check needs --out FILE to compare with'));
  });

  test('a directory outside the working directory is a usage error', async () => {
    expect(await run(['codeowners', '../elsewhere'], await freshSet())).toEqual(
      usage('codeowners', 'the playbook directory "../elsewhere" must be a path inside the repository, relative to its root (e.g. playbooks); run from the repository root'),
    );
  });

  test('a set with errors generates nothing and exits 1', async () => {
    const cwd = await freshSet(BROKEN_ROLES);
    expect(await run(['codeowners', '--out', OUT], cwd)).toEqual({ code: 1, stdout: '', stderr: `${brokenRolesDiagnostic('playbooks')}1 error in playbooks: no CODEOWNERS entries were generated\n` });
    await expect(readFile(join(cwd, OUT), 'utf8')).rejects.toThrow('ENOENT');
  });

  test('an --out that cannot be read is an error, not an empty file', async () => {
    const cwd = await freshSet();
    await mkdir(join(cwd, OUT), { recursive: true });
    await expect(run(['codeowners', '--out', OUT], cwd)).rejects.toThrow('EISDIR');
  });

  test('a directory that does not exist is a usage error', async () => {
    expect(await run(['codeowners', 'nope'], await tempDir())).toEqual(usage('codeowners', 'the playbook directory "nope" does not exist'));
  });
});
