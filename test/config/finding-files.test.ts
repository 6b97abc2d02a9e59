/** Which files below a playbook directory make up the set, and in which order. */
import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findYamlFiles } from '../../src/config/find-files.js';
import { validatePlaybooks } from '../../src/config/validate-playbooks.js';
import { emptyDir } from './fixture.js';
import { tinySet } from './tiny-set.js';

describe('the files of a set', () => {
  test('are in path order by character code, files of a folder after a file named like it', async () => {
    const dir = await emptyDir();
    await mkdir(join(dir, 'a'));
    for (const file of ['a/x.yaml', 'a.yaml', 'a-b.yaml', 'B.yml']) await writeFile(join(dir, file), 'kind: tools\n');
    expect(await findYamlFiles(dir)).toEqual(['B.yml', 'a-b.yaml', 'a.yaml', 'a/x.yaml']);
  });

  test('leave out a link to a folder, even one named like a playbook, since it could loop', async () => {
    const dir = await emptyDir();
    await writeFile(join(dir, 'roles.yaml'), 'kind: roles\n');
    await symlink('.', join(dir, 'loop.yaml'));
    expect(await findYamlFiles(dir)).toEqual(['roles.yaml']);
  });

  test('include a pipe named like a playbook, which validate then reports instead of leaving it out in silence', async () => {
    const dir = await tinySet();
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    expect(await findYamlFiles(dir)).toContain('pipe.yaml');
    const result = await validatePlaybooks(dir);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.file === 'pipe.yaml').map(({ severity, message }) => ({ severity, message }))).toEqual([
      { severity: 'error', message: 'the file cannot be read (it is not a regular file (a device, a pipe or a socket))' },
    ]);
    expect(result.set).toBeNull();
  });
});
