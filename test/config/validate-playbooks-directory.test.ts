import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PlaybookDirectoryError, validatePlaybooks } from '../../src/config/validate-playbooks.js';
import { emptyDir, write } from './fixture.js';

/** What validatePlaybooks throws for `dir`. */
async function refusal(dir: string): Promise<PlaybookDirectoryError> {
  const error: unknown = await validatePlaybooks(dir).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof PlaybookDirectoryError)) throw new Error(`expected a PlaybookDirectoryError, got ${String(error)}`);
  return error;
}

describe('the playbook directory itself', () => {
  test('a directory that does not exist is refused by name, with the reason and the cause kept', async () => {
    const dir = join(await emptyDir(), 'playbooks');
    const error = await refusal(dir);
    expect({ name: error.name, message: error.message, reason: error.reason }).toEqual({
      name: 'PlaybookDirectoryError',
      message: `the playbook directory "${dir}" does not exist`,
      reason: 'does not exist',
    });
    expect((error.cause as NodeJS.ErrnoException).code).toBe('ENOENT');
  });

  test('a file named as the directory is not a directory', async () => {
    const parent = await emptyDir();
    await write(parent, 'roles.yaml', 'kind: roles\n');
    const dir = join(parent, 'roles.yaml');
    const error = await refusal(dir);
    expect({ message: error.message, reason: error.reason }).toEqual({ message: `the playbook directory "${dir}" is not a directory`, reason: 'is not a directory' });
  });

  test('a directory that cannot be listed (a link to itself) cannot be read', async () => {
    const parent = await emptyDir();
    const dir = join(parent, 'loop');
    await symlink(dir, dir);
    const error = await refusal(dir);
    expect({ message: error.message, reason: error.reason }).toEqual({ message: `the playbook directory "${dir}" cannot be read`, reason: 'cannot be read' });
  });

  test('an empty directory is one missing-document error that says where the playbooks come from', async () => {
    const result = await validatePlaybooks(await emptyDir());
    expect(result).toEqual({
      diagnostics: [
        {
          file: '',
          line: 1,
          column: 1,
          severity: 'error',
          rule: 'missing-document',
          message: 'no playbook files (*.yaml, *.yml) in this directory',
          hint: "point to the directory that holds the playbooks, or copy the default set from playbook-ops' playbooks/",
          pointer: '',
        },
      ],
      set: null,
      files: [],
    });
  });
});
