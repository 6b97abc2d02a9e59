/** Symbolic links in a playbook directory: followed inside it, refused when they lead out of it. */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readFiles } from '../../src/config/read-files.js';
import { validatePlaybooks } from '../../src/config/validate-playbooks.js';
import { copyDefaultSet, emptyDir } from './fixture.js';

const SECRET = 'hunter2-do-not-print';

/** A default set with links to files outside it: a system file, the process environment, a secret next door. */
async function setWithOutsideLinks() {
  const dir = await copyDefaultSet();
  const elsewhere = await emptyDir();
  await writeFile(join(elsewhere, 'secret.yaml'), `kind: ${SECRET}\n`);
  await symlink('/etc/passwd', join(dir, 'passwd.yaml'));
  await symlink('/proc/self/environ', join(dir, 'environ.yaml'));
  await symlink(join(elsewhere, 'secret.yaml'), join(dir, 'absolute.yaml'));
  await mkdir(join(dir, 'nested'));
  await symlink(`../../${basename(elsewhere)}/secret.yaml`, join(dir, 'nested', 'relative.yaml'));
  return { dir, elsewhere };
}

describe('links that leave the playbook directory', () => {
  test('are not read: each is an error naming the link and where it points', async () => {
    const { dir, elsewhere } = await setWithOutsideLinks();
    const result = await validatePlaybooks(dir);
    expect(result.set).toBeNull();
    for (const [file, target] of [
      ['passwd.yaml', '/etc/passwd'],
      ['environ.yaml', '/proc/self/environ'],
      ['absolute.yaml', join(elsewhere, 'secret.yaml')],
      ['nested/relative.yaml', `../../${basename(elsewhere)}/secret.yaml`],
    ] as const) {
      const diagnostics = result.diagnostics.filter((diagnostic) => diagnostic.file === file);
      expect(diagnostics, file).toHaveLength(1);
      expect(diagnostics[0]?.severity).toBe('error');
      expect(diagnostics[0]?.message).toContain('symbolic link');
      expect(diagnostics[0]?.message).toContain(`"${target}"`);
      expect(diagnostics[0]?.message).toContain('outside the playbook directory');
    }
  });

  test('nothing of their targets reaches the output, in any format', async () => {
    const { dir } = await setWithOutsideLinks();
    for (const format of ['text', 'github', 'json']) {
      let stdout = '';
      const code = await main(['validate', basename(dir), '--format', format], { stdout: (text) => (stdout += text), stderr: () => undefined, cwd: dirname(dir) });
      expect(code).toBe(1);
      expect(stdout).not.toContain(SECRET);
      expect(stdout).not.toMatch(/root:|nologin|PATH=|HOME=/);
    }
  });

  test('the refusal carries the rule outside-link', async () => {
    const { dir } = await setWithOutsideLinks();
    expect(readFiles(dir, ['passwd.yaml'], 1_000_000)).toEqual([
      {
        file: 'passwd.yaml',
        unreadable: 'it is a symbolic link to "/etc/passwd", outside the playbook directory; links may point only to files inside it',
        at: { rule: 'outside-link', line: 1, column: 1, hint: 'copy the file into the playbook directory, or remove the link' },
      },
    ]);
  });
});

describe('links that stay inside the playbook directory', () => {
  test('are read like the files they point to', async () => {
    const dir = await copyDefaultSet();
    await mkdir(join(dir, '.shared'));
    const { rename } = await import('node:fs/promises');
    await rename(join(dir, 'tools.yaml'), join(dir, '.shared', 'tools.yaml'));
    await symlink('.shared/tools.yaml', join(dir, 'tools.yaml'));
    const result = await validatePlaybooks(dir);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    expect(result.set).not.toBeNull();
  });

  test('a playbook directory reached through a link is still inside itself', async () => {
    const dir = await copyDefaultSet();
    const parent = await emptyDir();
    await symlink(dir, join(parent, 'playbooks'));
    await mkdir(join(dir, '.shared'));
    const { rename } = await import('node:fs/promises');
    await rename(join(dir, 'roles.yaml'), join(dir, '.shared', 'roles.yaml'));
    await symlink(join(parent, 'playbooks', '.shared', 'roles.yaml'), join(dir, 'roles.yaml'));
    const result = await validatePlaybooks(join(parent, 'playbooks'));
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });
});
