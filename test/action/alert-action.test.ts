/**
 * The Action's entry (action/run.ts) with an alert: a `repository_dispatch` of type `alert`, shaped
 * as GitHub delivers it, run in-process as a runner runs it (inputs and `GITHUB_RUN_ID` from the
 * environment, the event from a file, a job summary). A documented Alertmanager body opens and pages
 * an incident and turns the sweep on; a refused one fails the step with the reason in the log and
 * the summary, and writes nothing.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { run } from '../../action/run.js';
import { writeDemoPlaybooks } from '../../src/demo/demo-playbooks.js';
import { BOT_TOKEN } from '../../src/emulator/index.js';
import { alertEvent, alertFixture } from '../lifecycle/alert-world.js';
import { FULL_NAME, OWNER, PEOPLE, REPO, type World, startWorld, writesOf } from '../lifecycle/harness.js';

const SWEEP = 'incident-sweep.yml';
let w: World;
let dir: string;

beforeEach(async () => {
  w = await startWorld({ at: new Date() });
  w.emulator.seed.commit(FULL_NAME, 'main', { [`.github/workflows/${SWEEP}`]: 'name: incident-sweep\non:\n  schedule:\n    - cron: "*/5 * * * *"\n' });
  dir = await mkdtemp(join(tmpdir(), 'alert-action-'));
  await writeDemoPlaybooks(join(dir, 'workspace', 'playbooks'));
});
afterEach(async () => {
  vi.unstubAllEnvs();
  w.emulator.assertNoValidationErrors();
  await w.stop();
  await rm(dir, { recursive: true, force: true });
});

/** Runs the Action for the dispatch `event` as workflow run `runId`. */
async function runAction(event: Record<string, unknown>, runId: string): Promise<{ stdout: string; summary: string; failed: boolean }> {
  const eventPath = join(dir, 'event.json');
  const summaryPath = join(dir, 'summary.md');
  await writeFile(eventPath, JSON.stringify(event));
  await writeFile(summaryPath, '');
  const env: Record<string, string> = {
    'INPUT_GITHUB-TOKEN': BOT_TOKEN,
    INPUT_PLAYBOOKS: 'playbooks',
    'INPUT_SWEEP-WORKFLOW': SWEEP,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_WORKSPACE: join(dir, 'workspace'),
    GITHUB_EVENT_NAME: 'repository_dispatch',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: w.emulator.url,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_RUN_ID: runId,
    GITHUB_WORKFLOW_REF: `${OWNER}/${REPO}/.github/workflows/incidents.yml@refs/heads/main`,
  };
  vi.unstubAllEnvs();
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
    return { stdout, summary: await readFile(summaryPath, 'utf8'), failed: (process.exitCode as number | string | undefined) === 1 };
  } finally {
    process.exitCode = exitCode;
    write.mockRestore();
  }
}

test('an Alertmanager alert opens an incident, pages it, and turns the sweep on', async () => {
  await w.people[PEOPLE.admin].rest.actions.disableWorkflow({ owner: OWNER, repo: REPO, workflow_id: SWEEP });
  const result = await runAction(alertEvent({ alertmanager: alertFixture('alertmanager-webhook-v4') }), '5550001');
  expect(result.failed).toBe(false);
  expect(result.summary).toContain('Alert: opened #1 for the alert group.');
  expect(result.summary).toMatch(/<td>#1<\/td><td>sev-1<\/td>/);
  expect(result.stdout).toContain('Alert from alertmanager (firing, 1 alerts), group key ');
  expect(w.botComments(1).map((comment) => comment.marker)).toEqual(expect.arrayContaining(['card', 'page:sev-1']));
  expect((await w.people[PEOPLE.admin].rest.actions.getWorkflow({ owner: OWNER, repo: REPO, workflow_id: SWEEP })).data.state).toBe('active');
});

test('a refused alert fails the step, says why in the log and the summary, and writes nothing', async () => {
  const body = alertFixture('alertmanager-webhook-v4');
  body.status = 'exploded';
  const from = w.emulator.requests.length;
  const result = await runAction(alertEvent({ alertmanager: body }), '5550002');
  expect(result.failed).toBe(true);
  expect(result.stdout).toContain('::error::The alert was refused and nothing was written: client_payload.alertmanager.status: expected "firing" or "resolved", got the text "exploded"');
  expect(result.summary).toContain('client_payload.alertmanager.status: expected &quot;firing&quot; or &quot;resolved&quot;');
  expect(writesOf(w.emulator.requests.slice(from))).toEqual([]);
});

test('a dispatch of another type is not an alert: nothing to do', async () => {
  const event = { ...alertEvent({ alertmanager: alertFixture('alertmanager-webhook-v4') }), action: 'deploy' };
  const from = w.emulator.requests.length;
  const result = await runAction(event, '5550003');
  expect(result.failed).toBe(false);
  expect(result.stdout).toContain('Nothing to do: the repository_dispatch event does not change incidents.');
  expect(writesOf(w.emulator.requests.slice(from))).toEqual([]);
});
