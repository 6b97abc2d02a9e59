import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run, tempDir, usage } from './cli-run.js';

const HANDBOOK = join(import.meta.dirname, '..', 'fixtures', 'import-own', 'handbook.md');
const THIN = ['# Thin Playbook', '', 'Just a start.', '', '## Roles', '', '1. **Incident Commander**', '   - Leads', ''].join('\n');
const SET_FILES = ['settings', 'roles', 'severities', 'process', 'communication', 'escalation', 'contacts', 'postmortem', 'tools'];

/** A temp working directory holding thin.md, a source without severities. */
async function withThin(): Promise<string> {
  const cwd = await tempDir();
  await writeFile(join(cwd, 'thin.md'), THIN);
  return cwd;
}

/** Today's date where the user is, the default --reviewed. */
function localToday(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
}

describe('import', () => {
  test('writes the set, lists the notes, validates it and exits 1 for a source without severities', async () => {
    const cwd = await withThin();
    const { code, stdout, stderr } = await run(['import', 'thin.md', '--out', 'set/'], cwd);
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    const [wrote, notes, validation] = stdout.split('\n\n');
    expect(wrote).toBe(SET_FILES.map((file) => `wrote set/${file}.yaml`).join('\n'));
    expect(notes).toMatch(/^10 notes on thin\.md:\nthin\.md {2}assumed {2}review cadence 90d: /);
    expect(notes).toContain('\nthin.md  missing  tools: the source has no tools and resources section; wrote a placeholder in tools.yaml');
    expect(validation).toBe(
      'Validation of set/:\nset/severities.yaml:4:13  error  schema  severities: needs at least 1 item\n    hint: add items as "- item" lines below the key\n' +
        'warnings: 18 placeholder (run `playbook-ops validate set/` to list them)\n1 error, 18 warnings in 9 files\n',
    );
    expect(await readFile(join(cwd, 'set/settings.yaml'), 'utf8')).toContain(`  owners: ["[Owner]"]\n  last_reviewed: "${localToday()}"`);
  });

  test('a source that maps to a valid set exits 0, with --owner and --reviewed in every file and the report written', async () => {
    const cwd = await tempDir();
    const { code, stdout } = await run(['import', HANDBOOK, '-o', 'own', '--owner', '@harbor/ops', '--reviewed', '2026-10-01', '--report', 'report.md'], cwd);
    expect(code, stdout).toBe(0);
    expect(stdout).toMatch(/^wrote own\/settings\.yaml\n/);
    expect(stdout).toMatch(/\n0 errors, \d+ warnings in 13 files\nwrote the report to report\.md\n$/);
    expect(await readFile(join(cwd, 'own/roles.yaml'), 'utf8')).toContain('  owners: ["@harbor/ops"]\n  last_reviewed: "2026-10-01"');
    expect(await readFile(join(cwd, 'report.md'), 'utf8')).toContain('own/');
  });

  test('a directory that is not empty is refused without --force; with it the foreign files are kept and listed', async () => {
    const cwd = await withThin();
    await mkdir(join(cwd, 'set'));
    await writeFile(join(cwd, 'set', 'notes.txt'), 'mine\n');
    expect(await run(['import', 'thin.md', '--out', 'set'], cwd)).toEqual(
      usage('import', `"${join(cwd, 'set')}" is not empty (1 file); choose an empty or new directory, or pass --force to overwrite`),
    );
    const { stdout } = await run(['import', 'thin.md', '--out', 'set', '--force'], cwd);
    expect(stdout).toContain('\nwrote set/tools.yaml\nkept  set/notes.txt (not written by this import; validate reads it too)\n\n10 notes');
    expect(await readFile(join(cwd, 'set', 'notes.txt'), 'utf8')).toBe('mine\n');
  });

  test('paths in what it prints start no workflow command and show their control characters as escapes', async () => {
    const cwd = await withThin();
    await mkdir(join(cwd, 'o##[x\u001b'));
    await writeFile(join(cwd, 'o##[x\u001b', 'mine.txt'), 'mine\n');
    const { stdout } = await run(['import', 'thin.md', '--out', 'o##[x\u001b', '--force', '--report', 'r##[.md'], cwd);
    expect(stdout).toMatch(/^wrote o#\\u0023\[x\\u001b\/settings\.yaml\n/);
    expect(stdout).toContain('\nkept  o#\\u0023[x\\u001b/mine.txt (not written by this import; validate reads it too)\n');
    expect(stdout.endsWith('\nwrote the report to r#\\u0023[.md\n')).toBe(true);
  });

  test('an --out ending in slashes is named with one slash before each file, kept files too', async () => {
    const cwd = await withThin();
    await mkdir(join(cwd, 'a', 'b'), { recursive: true });
    await writeFile(join(cwd, 'a', 'b', 'mine.txt'), 'mine\n');
    const { stdout } = await run(['import', 'thin.md', '--out', 'a/b//', '--force'], cwd);
    expect(stdout).toMatch(/^wrote a\/b\/settings\.yaml\n/);
    expect(stdout).toContain('\nkept  a/b/mine.txt (not written by this import; validate reads it too)\n');
  });

  test('warnings are counted by rule, in the order of the rules\' names', async () => {
    const { stdout } = await run(['import', 'thin.md', '--out', 'set', '--reviewed', '2020-01-01'], await withThin());
    expect(stdout).toContain('\nwarnings: 18 placeholder, 8 review-overdue (run `playbook-ops validate set` to list them)\n1 error, 26 warnings in 9 files\n');
  });

  test('the command line is checked before anything is read', async () => {
    const cwd = await withThin();
    expect(await run(['import'], cwd)).toEqual(usage('import', 'missing FILE.md: name the Markdown playbook to import'));
    expect(await run(['import', 'thin.md'], cwd)).toEqual(usage('import', 'missing --out DIR: name the directory to write the playbook set to'));
    expect(await run(['import', 'thin.md', '--out='], cwd)).toEqual(usage('import', 'missing --out DIR: name the directory to write the playbook set to'));
    expect(await run(['import', 'thin.md', '--out', 'set', '--report='], cwd)).toEqual(usage('import', 'missing the file after --report: name the Markdown file to write the report to'));
    for (const owner of ['harbor', '@-x', '@a/b/c', '@a/-b', '@a/b-', `@${'a'.repeat(40)}`]) {
      expect(await run(['import', 'thin.md', '--out', 'set', '--owner', owner], cwd), owner).toEqual(usage('import', `--owner "${owner}" is not a GitHub handle: write @user or @org/team`));
    }
    for (const reviewed of ['2026-02-30', 'today']) {
      expect(await run(['import', 'thin.md', '--out', 'set', '--reviewed', reviewed], cwd)).toEqual(usage('import', `--reviewed "${reviewed}" is not a date: write YYYY-MM-DD, e.g. 2026-11-27`));
    }
    expect(await run(['import', 'a.md', 'b.md'], cwd)).toEqual(usage('import', 'unexpected argument "b.md"'));
  });

  test('handles of 39 characters, with inner hyphens, and teams with dots and underscores are accepted', async () => {
    const cwd = await withThin();
    for (const [index, owner] of [`@${'a'.repeat(39)}`, '@a-b-c', '@org/team.name_x-1', '@A9/b'].entries()) {
      const { code } = await run(['import', 'thin.md', '--out', `set${index}`, '--owner', owner], cwd);
      expect(code, owner).toBe(1);
      expect(await readFile(join(cwd, `set${index}/tools.yaml`), 'utf8')).toContain(`owners: ["${owner}"]`);
    }
  });

  test('a source that cannot be read, is not UTF-8 or is too large is a usage error', async () => {
    const cwd = await tempDir();
    expect(await run(['import', 'no\u001bpe.md', '--out', 'set'], cwd)).toEqual(usage('import', 'cannot read "no\\u001bpe.md": ENOENT'));
    await writeFile(join(cwd, 'latin1.md'), Buffer.from([0x23, 0x20, 0xe9, 0x0a]));
    const latin = await run(['import', 'latin1.md', '--out', 'set'], cwd);
    expect(latin.code).toBe(2);
    expect(latin.stderr).toMatch(/^playbook-ops import: cannot import "latin1\.md": .*UTF-8/);
    await writeFile(join(cwd, 'big.md'), 'x'.repeat(1024 * 1024 + 1));
    const big = await run(['import', 'big.md', '--out', 'set'], cwd);
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/^playbook-ops import: cannot import "big\.md": .*1 MiB/);
  });

  test('a report that is a symbolic link, or cannot be written, is a usage error after the set is written', async () => {
    const cwd = await withThin();
    await symlink(join(cwd, 'elsewhere.md'), join(cwd, 'link.md'));
    const linked = await run(['import', 'thin.md', '--out', 'a', '--report', 'link.md'], cwd);
    expect(linked.code).toBe(2);
    expect(linked.stderr).toBe(usage('import', '"link.md" is a symbolic link; the report is never written through one: remove it, or name another file').stderr);
    await mkdir(join(cwd, 'dir.md'));
    const blocked = await run(['import', 'thin.md', '--out', 'b', '--report', 'dir.md'], cwd);
    expect(blocked.stderr).toMatch(/^playbook-ops import: cannot write the report "dir\.md": E[A-Z]+\n/);
    expect(blocked.code).toBe(2);
  });
});
