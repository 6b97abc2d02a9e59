/** `import --out` never writes through a symbolic link, with or without --force. */
import { symlinkSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { OutputDirectoryError, writeNoFollow, writeSet } from '../../src/import/write-set.js';

const HANDBOOK = join(import.meta.dirname, '..', 'fixtures', 'import-own', 'handbook.md');
let scratch: string;
let out: string;
let victim: string;

beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'playbook-ops-write-set-'));
  out = join(scratch, 'out');
  victim = join(scratch, 'victim');
  await mkdir(out);
  await mkdir(victim);
  await writeFile(join(victim, 'bashrc'), 'precious\n');
});

afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function importInto(...extra: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['import', HANDBOOK, '--out', out, ...extra], { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd: scratch });
  return { code, stdout, stderr };
}

describe('import --out with links in the output directory', () => {
  test.each([{ flags: [] }, { flags: ['--force'] }])('a link where a file of the set goes is refused ($flags) and its target is untouched', async ({ flags }) => {
    await symlink(join(victim, 'bashrc'), join(out, 'roles.yaml'));
    const { code, stderr } = await importInto(...flags);
    expect(code).toBe(2);
    expect(stderr).toContain('roles.yaml');
    expect(stderr).toContain('symbolic link');
    expect(stderr).toContain(join(victim, 'bashrc'));
    expect(await readFile(join(victim, 'bashrc'), 'utf8')).toBe('precious\n');
    // Refused before anything was written.
    expect(await readdir(out)).toEqual(['roles.yaml']);
  });

  test('a linked directory on the way to a file of the set is refused with --force', async () => {
    await symlink(victim, join(out, 'scenarios'));
    const { code, stderr } = await importInto('--force');
    expect(code).toBe(2);
    expect(stderr).toMatch(/scenarios.*symbolic link/);
    expect(await readdir(victim)).toEqual(['bashrc']);
  });

  test('a dangling link is refused and its target is not created', async () => {
    await symlink(join(victim, 'created-by-import'), join(out, 'tools.yaml'));
    const { code } = await importInto('--force');
    expect(code).toBe(2);
    expect(await readdir(victim)).toEqual(['bashrc']);
  });

  test('a directory holding only a link is not empty', async () => {
    await symlink(join(victim, 'bashrc'), join(out, 'notes.txt'));
    const { code, stderr } = await importInto();
    expect(code).toBe(2);
    expect(stderr).toContain('not empty');
  });

  test('a link that is not in the way is kept with --force, and named', async () => {
    await symlink(join(victim, 'bashrc'), join(out, 'notes.txt'));
    const { code, stdout } = await importInto('--force');
    expect(code).toBe(0);
    expect(stdout).toContain('kept  ');
    expect(stdout).toContain('notes.txt');
    expect(await readFile(join(victim, 'bashrc'), 'utf8')).toBe('precious\n');
  });
});

describe('writeSet', () => {
  test('throws OutputDirectoryError for a link in the way, naming it and its target', async () => {
    await mkdir(join(out, 'scenarios'));
    await symlink(join(victim, 'bashrc'), join(out, 'scenarios', 'a.yaml'));
    const files = new Map([['scenarios/a.yaml', 'kind: scenario\n']]);
    await expect(writeSet(out, files, true, () => undefined)).rejects.toThrow(OutputDirectoryError);
    await expect(writeSet(out, files, true, () => undefined)).rejects.toThrow(/"scenarios\/a\.yaml" is a symbolic link to ".*victim\/bashrc"/);
    expect(await readFile(join(victim, 'bashrc'), 'utf8')).toBe('precious\n');
  });

  test('file system errors other than a missing path or a link come through as they are', async () => {
    await writeFile(join(out, 'scenarios'), 'a file where a directory goes\n');
    const files = new Map([['scenarios/a.yaml', 'kind: scenario\n']]);
    // Under a file: checking the way for links, and the output directory itself.
    await expect(writeSet(out, files, true, () => undefined)).rejects.toMatchObject({ code: 'ENOTDIR' });
    await expect(writeSet(join(out, 'scenarios', 'out'), files, false, () => undefined)).rejects.toMatchObject({ code: 'ENOTDIR', syscall: 'stat' });
    await expect(writeNoFollow(victim, 'text', 'a link')).rejects.toMatchObject({ code: 'EISDIR' });
    expect(await readFile(join(out, 'scenarios'), 'utf8')).toBe('a file where a directory goes\n');
  });
});

describe('writeSet messages and what it leaves in place', () => {
  const never = 'import never writes through a link, even with --force: remove the link, or choose another directory';

  test('a link at a file of the set, or on the way to one, is named with its target and what the import writes there', async () => {
    await symlink(join(victim, 'bashrc'), join(out, 'roles.yaml'));
    await expect(writeSet(out, new Map([['roles.yaml', 'roles: []\n']]), true, () => undefined)).rejects.toThrow(
      `"roles.yaml" is a symbolic link to "${join(victim, 'bashrc')}" (in "${out}"), where the import writes a file; ${never}`,
    );
    await rm(join(out, 'roles.yaml'));
    await symlink(victim, join(out, 'scenarios'));
    await expect(writeSet(out, new Map([['scenarios/db/a.yaml', 'kind: scenario\n']]), true, () => undefined)).rejects.toThrow(
      `"scenarios" is a symbolic link to "${victim}" (in "${out}"), where the import writes "scenarios/db/a.yaml"; ${never}`,
    );
  });

  test('writing to a link, even one made after the check, throws and leaves its target alone', async () => {
    const link = join(out, 'tools.yaml');
    await symlink(join(victim, 'bashrc'), link);
    const error: unknown = await writeNoFollow(link, 'tools: []\n', 'tools.yaml is a link').catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(OutputDirectoryError);
    expect(error).toMatchObject({ message: 'tools.yaml is a link', cause: { code: 'ELOOP' } });
    await rm(link);
    const files = new Map([['roles.yaml', 'roles: []\n'], ['tools.yaml', 'tools: []\n']]);
    const linkAfterFirst = (path: string): void => {
      if (path === 'roles.yaml') symlinkSync(join(victim, 'bashrc'), link);
    };
    // The link is made while the first file is reported, before the second is opened.
    await expect(writeSet(out, files, false, linkAfterFirst)).rejects.toThrow('"tools.yaml" became a symbolic link while the set was written; nothing was written through it');
    expect(await readFile(join(victim, 'bashrc'), 'utf8')).toBe('precious\n');
  });

  test('a directory holding files, at any depth, is refused with their count; with --force the files not in the set are kept, sorted', async () => {
    await mkdir(join(out, 'scenarios'));
    await writeFile(join(out, 'scenarios', 'old.yaml'), 'kind: scenario\n');
    const files = new Map([['roles.yaml', 'roles: [Incident Commander — Dana Ruiz]\n']]);
    await expect(writeSet(out, files, false, () => undefined)).rejects.toThrow(`"${out}" is not empty (1 file); choose an empty or new directory, or pass --force to overwrite`);
    await writeFile(join(out, 'roles.yaml'), 'old roles\n');
    await writeFile(join(out, 'NOTES.md'), 'notes\n');
    await expect(writeSet(out, files, false, () => undefined)).rejects.toThrow(`"${out}" is not empty (3 files)`);
    await writeFile(join(out, 'tools.yaml.bak'), 'tools: []\n');
    const written: string[] = [];
    expect(await writeSet(out, files, true, (path) => written.push(path))).toEqual({ kept: ['NOTES.md', 'scenarios/old.yaml', 'tools.yaml.bak'] });
    expect(written).toEqual(['roles.yaml']);
    expect(await readFile(join(out, 'roles.yaml'), 'utf8')).toBe('roles: [Incident Commander — Dana Ruiz]\n');
  });

  test('an output path that is a file is refused as such', async () => {
    const file = join(scratch, 'playbooks');
    await writeFile(file, 'not a directory\n');
    await expect(writeSet(file, new Map([['roles.yaml', 'roles: []\n']]), true, () => undefined)).rejects.toThrow(new OutputDirectoryError(`"${file}" exists and is not a directory`));
  });
});
