/** Temporary copies of the default playbook set with one file edited, for tests. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { packageRoot } from '../../src/package-root.js';

const created: string[] = [];

afterEach(async () => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh copy of `playbooks/` in a temp directory, removed after the test. */
export async function copyDefaultSet(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'playbook-ops-config-'));
  created.push(dir);
  await cp(join(packageRoot(), 'playbooks'), dir, { recursive: true });
  return dir;
}

/** An empty temp directory, removed after the test. */
export async function emptyDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'playbook-ops-config-'));
  created.push(dir);
  return dir;
}

/**
 * Replaces the first occurrence of `from` by `to` in `file` of `dir`; fails when `from` is not
 * there, so a fixture never silently stops testing what it claims to.
 */
export async function edit(dir: string, file: string, from: string, to: string): Promise<void> {
  const path = join(dir, file);
  const text = await readFile(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  await writeFile(path, text.replace(from, to));
}

/** Writes `text` to `file` of `dir`. */
export async function write(dir: string, file: string, text: string): Promise<void> {
  await writeFile(join(dir, file), text);
}

/** The 1-based line and column where `needle` first occurs in `file` of `dir` (after `after`, if given). */
export async function positionOf(dir: string, file: string, needle: string, after = ''): Promise<{ line: number; column: number }> {
  const text = await readFile(join(dir, file), 'utf8');
  const offset = text.indexOf(needle, after === '' ? 0 : text.indexOf(after));
  if (offset < 0) throw new Error(`${file} does not contain ${JSON.stringify(needle)}`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1) as string).length + 1 };
}
