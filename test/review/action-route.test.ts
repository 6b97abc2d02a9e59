/**
 * The Action's entry (action/run.ts) with a `pull_request` event: the playbook check runs instead of
 * incident reconciliation, and actions that do not change the playbooks end with a notice.
 */
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { run } from '../../action/run.js';
import { type CheckWorld, edit, lineOf, startCheckWorld } from './check-world.js';

let w: CheckWorld;

beforeEach(async () => {
  w = await startCheckWorld();
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await w.stop();
});

/** Runs the Action's entry with `env`; returns what it printed and whether the step failed. */
async function runAction(env: Record<string, string>): Promise<{ stdout: string; failed: boolean }> {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  let stdout = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  try {
    await run();
    return { stdout, failed: (process.exitCode as number | string | undefined) === 1 };
  } finally {
    process.exitCode = exitCode;
    write.mockRestore();
  }
}

test('pull_request.opened from a fork runs the playbook check: annotations, summary, no writes', async () => {
  const severities = edit(w.base['playbooks/severities.yaml'], 'response_time: 15m', 'response_time: soon');
  const pull = await w.push('fork', { 'playbooks/severities.yaml': severities }, { fork: true });
  const env = await w.runner(pull);
  const from = w.emulator.requests.length;
  const result = await runAction(env);

  expect(result.failed).toBe(true);
  expect(result.stdout).toContain(`::error file=playbooks/severities.yaml,line=${lineOf(severities, 'response_time: soon')},`);
  expect(w.emulator.requests.slice(from).filter((request) => request.method !== 'GET')).toEqual([]);
  expect(await readFile(env.GITHUB_STEP_SUMMARY, 'utf8')).toContain('Playbook check');
});

test('pull_request.labeled is not checked: it goes to the incident routing, which has nothing to do', async () => {
  const pull = await w.push('label', { 'README.md': 'x\n' });
  const env = await w.runner({ ...pull, payload: { ...pull.payload, action: 'labeled' } });
  const from = w.emulator.requests.length;
  const result = await runAction(env);

  expect(result.failed).toBe(false);
  expect(w.emulator.requests.slice(from)).toEqual([]);
  expect(await readFile(env.GITHUB_STEP_SUMMARY, 'utf8')).not.toContain('Playbook check');
});
