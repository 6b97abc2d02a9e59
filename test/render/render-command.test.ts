import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import { packageRoot } from '../../src/package-root.js';
import { renderPlaybookSet } from '../../src/render/playbook-docs.js';

let scratch = '';

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'playbook-ops-render-cli-'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Runs the CLI from `cwd` and captures what it prints. */
async function runIn(cwd: string, argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
  });
  return { code, stdout, stderr };
}

/** Runs the CLI from the package directory. */
async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runIn(packageRoot(), argv);
}

async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1).split('\\').join('/'))
    .sort();
}

describe('playbook-ops render', () => {
  test('--help describes the arguments, the files written and the exit codes', async () => {
    const { code, stdout } = await run('render', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: playbook-ops render \[dir\] --out DIR\n/u);
    for (const word of ['--out DIR', 'README.md', 'scenarios/<id>.md', 'escalation.md', 'Default: playbooks', 'Exit status', '  2  usage error']) {
      expect(stdout).toContain(word);
    }
  });

  test('renders the default set, printing a line per file', async () => {
    const out = join(scratch, 'docs');
    const { code, stdout, stderr } = await run('render', 'playbooks', '--out', out);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const expected = renderPlaybookSet(await loadPlaybooks(join(packageRoot(), 'playbooks')));
    expect(await filesBelow(out)).toEqual(expected.map((document) => document.path).sort());
    for (const document of expected) {
      expect(await readFile(join(out, ...document.path.split('/')), 'utf8')).toBe(document.markdown);
    }
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(expected.length + 1);
    expect(lines).toContain(`wrote ${join(out, 'scenarios', 'service-outage.md')}`);
    expect(lines.at(-1)).toBe(`${expected.length} documents rendered from playbooks`);
  });

  test('paths inside the working directory print relative to it', async () => {
    const { code, stdout } = await runIn(scratch, ['render', join(packageRoot(), 'playbooks'), '--out', 'relative/docs']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('wrote relative/docs/README.md');
    expect(await filesBelow(join(scratch, 'relative', 'docs'))).toContain('scenarios/security-incident.md');
  });

  test('dir defaults to playbooks', async () => {
    const out = join(scratch, 'default-dir');
    const { code } = await run('render', '--out', out);
    expect(code).toBe(0);
    expect(await filesBelow(out)).toContain('README.md');
  });

  test('a set with errors prints its diagnostics, writes nothing and exits 1', async () => {
    const broken = join(scratch, 'broken');
    await cp(join(packageRoot(), 'playbooks'), broken, { recursive: true });
    const severities = join(broken, 'severities.yaml');
    await writeFile(severities, (await readFile(severities, 'utf8')).replace('response_time: 15m', 'response_time: soon'));
    const out = join(scratch, 'never');
    const { code, stdout, stderr } = await run('render', broken, '--out', out);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/severities\.yaml:\d+:\d+ +error/u);
    expect(stderr).toMatch(/nothing was rendered\n$/u);
    await expect(readdir(out)).rejects.toThrow(/ENOENT/u);
  });

  test('usage errors exit 2', async () => {
    const missingOut = await run('render', 'playbooks');
    expect(missingOut.code).toBe(2);
    expect(missingOut.stderr).toContain('--out DIR is required');
    const missingDir = await run('render', join(scratch, 'no-such-dir'), '--out', join(scratch, 'x'));
    expect(missingDir.code).toBe(2);
    expect(missingDir.stderr).toContain('does not exist');
    const extra = await run('render', 'playbooks', 'more', '--out', join(scratch, 'x'));
    expect(extra.code).toBe(2);
  });
});
