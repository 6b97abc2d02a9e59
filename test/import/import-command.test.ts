import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { schemaReference } from '../../src/import/schema-reference.js';
import { packageRoot } from '../../src/package-root.js';
import { controlCharacters, liveCommands } from '../action/runner-model.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import-own');
let scratch = '';

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'playbook-ops-import-cli-'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Runs the CLI from the fixture directory and captures what it prints. */
async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: FIXTURES,
  });
  return { code, stdout, stderr };
}

async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1)).sort();
}

describe('playbook-ops import', () => {
  test('--help describes the arguments, options, report and exit codes', async () => {
    const { code, stdout } = await run('import', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: playbook-ops import FILE\.md --out DIR \[--owner HANDLE\] \[--reviewed YYYY-MM-DD\] \[--report REPORT\.md\] \[--force\]/);
    for (const word of ['--out DIR', '--owner HANDLE', '--reviewed YYYY-MM-DD', '--report REPORT.md', '--force', 'not imported', 'assumed', 'missing', 'Exit status']) {
      expect(stdout).toContain(word);
    }
  });

  test('writes the set, reports what it did not import, validates and exits 0', async () => {
    const out = join(scratch, 'own');
    const { code, stdout } = await run('import', 'handbook.md', '--out', out, '--owner', '@harbor/ops', '--reviewed', '2026-10-01');
    expect(code, stdout).toBe(0);
    const wrote = stdout.split('\n').filter((line) => line.startsWith('wrote '));
    expect(wrote).toHaveLength(13);
    expect(wrote[0]).toBe(`wrote ${out}/settings.yaml`);
    expect(stdout).toContain('handbook.md:51  not imported  paragraph "When in doubt, pick the higher severity and lower it later."\n');
    expect(stdout).toContain('handbook.md:197  not imported  section "Glossary" (lines 197–200)\n');
    expect(stdout).toMatch(/\n0 errors, \d+ warnings in 13 files\n$/);
    expect(stdout).toMatch(/warnings: \d+ placeholder \(run `playbook-ops validate /);

    const roles = await readFile(join(out, 'roles.yaml'), 'utf8');
    expect(roles.split('\n').slice(0, 3)).toEqual([
      '# yaml-language-server: $schema=https://playbook-ops.github.io/schemas/v1/roles.schema.json',
      '# Imported from handbook.md by playbook-ops import.',
      'kind: roles',
    ]);
    expect(roles).toContain('review:\n  owners: ["@harbor/ops"]\n  last_reviewed: "2026-10-01"\n');
    const escalation = await readFile(join(out, 'escalation.yaml'), 'utf8');
    expect(escalation).toContain('    contacts: [primary-on-call, secondary-on-call]\n    after: 0m\n');
  });

  test('is deterministic: the same source gives the same bytes', async () => {
    const first = join(scratch, 'same-1');
    const second = join(scratch, 'same-2');
    await run('import', 'handbook.md', '--out', first, '--reviewed', '2026-10-01');
    await run('import', 'handbook.md', '--out', second, '--reviewed', '2026-10-01');
    const files = await filesBelow(first);
    expect(await filesBelow(second)).toEqual(files);
    for (const file of files) {
      expect(await readFile(join(second, file), 'utf8'), file).toBe(await readFile(join(first, file), 'utf8'));
    }
  });

  test('refuses a non-empty output directory without --force and keeps foreign files with it', async () => {
    const out = join(scratch, 'busy');
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'notes.txt'), 'mine\n');
    const refused = await run('import', 'handbook.md', '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('is not empty (1 file)');
    expect(await filesBelow(out)).toEqual(['notes.txt']);

    const forced = await run('import', 'handbook.md', '--out', out, '--force');
    expect(forced.code, forced.stdout).toBe(0);
    expect(forced.stdout).toContain(`kept  ${out}/notes.txt (not written by this import; validate reads it too)`);
    expect(await readFile(join(out, 'notes.txt'), 'utf8')).toBe('mine\n');
    expect((await filesBelow(out)).length).toBe(14);
  });

  test.each([
    [['import', '--out', 'x'], 'missing FILE.md'],
    [['import', 'handbook.md'], 'missing --out DIR'],
    [['import', 'no-such-file.md', '--out', 'x'], 'cannot read "no-such-file.md": ENOENT'],
    [['import', 'handbook.md', '--out', 'x', '--owner', 'harbor'], '--owner "harbor" is not a GitHub handle'],
    [['import', 'handbook.md', '--out', 'x', '--reviewed', '2026-02-30'], '--reviewed "2026-02-30" is not a date'],
    [['import', 'a.md', 'b.md', '--out', 'x'], 'unexpected argument "b.md"'],
  ])('usage error %j exits 2', async (argv, message) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  test('a source without severities or escalation: explicit gaps, placeholders where allowed, exit 1', async () => {
    const source = join(scratch, 'thin.md');
    await writeFile(source, ['# Thin Playbook', '', 'Just a start.', '', '## Roles', '', '1. **Incident Commander**', '   - Leads', ''].join('\n'));
    const out = join(scratch, 'thin');
    const { code, stdout } = await run('import', source, '--out', out);
    expect(code).toBe(1);
    expect(stdout).toContain(`${source}  missing  severities: the source has no severity levels`);
    expect(stdout).toContain(`${source}  missing  escalation: the source has no escalation section`);
    expect(stdout).toContain(`${source}  missing  tools: the source has no tools and resources section; wrote a placeholder in tools.yaml`);
    expect(stdout).toContain(`${source}  assumed  review cadence 90d`);
    expect(stdout).toMatch(/severities\.yaml:\d+:\d+ +error/);
    const tools = await readFile(join(out, 'tools.yaml'), 'utf8');
    expect(tools).toContain('      - name: "[Tool]"');
    const settings = await readFile(join(out, 'settings.yaml'), 'utf8');
    expect(settings).toContain('overview: Just a start.');
  });
});

describe('the size bound', () => {
  test('a file over 1 MiB is refused before it is read, saying its size and the limit', async () => {
    const source = join(scratch, 'huge.md');
    await writeFile(source, `# Handbook\n\n${'word '.repeat(220_000)}\n`);
    const { code, stdout, stderr } = await run('import', source, '--out', join(scratch, 'huge-out'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('the Markdown is 1.05 MiB (1,100,013 bytes), more than the limit of 1 MiB (1,048,576 bytes)');
    await expect(readdir(join(scratch, 'huge-out'))).rejects.toThrow();
  });
});

describe('what import prints cannot inject', () => {
  test('quoted source text starts no workflow command and prints control characters as escapes', async () => {
    const source = join(scratch, 'hostile.md');
    await writeFile(source, '# Handbook\n\n## Glossary ##[add-mask]x \u001b[2J\u202e\n\n::error::owned\n');
    const { stdout } = await run('import', source, '--out', join(scratch, 'hostile-out'));
    expect(stdout).toContain('not imported');
    expect(liveCommands(stdout)).toEqual([]);
    expect(controlCharacters(stdout)).toEqual([]);
  });
});

describe('schemaReference', () => {
  test('is a path relative to the file inside the package, the $id URL outside it', () => {
    const root = packageRoot();
    expect(schemaReference('scenario', join(root, 'playbooks', 'scenarios', 'a.yaml'), root)).toBe('../../schemas/scenario.schema.json');
    expect(schemaReference('roles', join(root, 'examples', 'roles.yaml'), root)).toBe('../schemas/roles.schema.json');
    expect(schemaReference('roles', join(tmpdir(), 'roles.yaml'), root)).toBe('https://playbook-ops.github.io/schemas/v1/roles.schema.json');
  });
});
