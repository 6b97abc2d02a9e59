import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run, tempDir } from './cli-run.js';

describe('demo', () => {
  test('plays the incident, prints each line of its story, and writes the thread to demo-output by default', async () => {
    const cwd = await tempDir();
    const { code, stdout, stderr } = await run(['demo'], cwd);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const path = join(cwd, 'demo-output', 'incident-1.md');
    expect(stdout).toContain('\n03:12  Alertmanager: PaymentsApiDown firing (repository_dispatch alert)\n');
    expect(stdout.endsWith(`\nThe final issue thread: ${path}\n`)).toBe(true);
    expect(await readFile(path, 'utf8')).toMatch(/^# /);
  }, 120_000);

  test('--out names the directory of the thread, relative to the working directory', async () => {
    const cwd = await tempDir();
    const { code, stdout } = await run(['demo', '--out', 'runs/first'], cwd);
    expect(code).toBe(0);
    expect(stdout.endsWith(`\nThe final issue thread: ${join(cwd, 'runs', 'first', 'incident-1.md')}\n`)).toBe(true);
  }, 120_000);
});
