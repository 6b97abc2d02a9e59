/** Running the CLI in process for the tests of src/cli: captured output, temp working directories. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { main } from '../../src/cli/main.js';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `playbook-ops ...argv` in `cwd` and returns its exit code and what it printed. */
export async function run(argv: string[], cwd: string): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd });
  return { code, stdout, stderr };
}

const created: string[] = [];

afterEach(async () => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** An empty temp directory, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'playbook-ops-cli-'));
  created.push(dir);
  return dir;
}

/** The usage error a command prints: its message and the pointer to its help, exit 2. */
export function usage(command: string, message: string): Ran {
  return { code: 2, stdout: '', stderr: `playbook-ops ${command}: ${message}\nRun \`playbook-ops ${command} --help\` for usage.\n` };
}

/** Today's date in UTC, as a review date nothing reports overdue. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The tiny valid set of test/config/tiny-set.ts reviewed today (so it has no warning), with
 * `changes` (file name to text) written over it, in a `playbooks` directory of a temp working
 * directory. Returns the working directory.
 */
export async function freshSet(changes: Record<string, string> = {}, dir = 'playbooks'): Promise<string> {
  const { TINY_SET } = await import('../config/tiny-set.js');
  const cwd = await tempDir();
  await mkdir(join(cwd, dir, 'scenarios'), { recursive: true });
  for (const [file, text] of Object.entries({ ...TINY_SET, ...changes })) await writeFile(join(cwd, dir, file), text.replaceAll('2026-01-10', today()));
  return cwd;
}

/** A roles.yaml with one error: its roles are not a list. */
export const BROKEN_ROLES = { 'roles.yaml': `kind: roles\nroles: 3\nreview:\n  owners: ["@acme/sre"]\n  last_reviewed: "2026-01-10"\n` };

/** What validate prints for {@link BROKEN_ROLES} in `dir`. */
export function brokenRolesDiagnostic(dir: string): string {
  return `${dir}/roles.yaml:2:8  error  schema  roles: expected a list, found a whole number\n  2 | roles: 3\n    |        ^\n    hint: write a list: one "- item" per line below the key, or [a, b] on the line\n`;
}
