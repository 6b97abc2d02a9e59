/**
 * The Action's entry (action/run.ts) as a runner starts it: the environment and the event file read
 * first, each kind of event routed to its run (the daily wake-up, an alert, a pull request's check,
 * the incidents), and any failure turned into a failed step whose message says what to do, with its
 * cause on the next line.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { run } from '../../action/run.js';
import { BOT_TOKEN } from '../../src/emulator/index.js';
import { FULL_NAME, OWNER, REPO, T0, useGitHub } from '../github/sweep-world.js';
import { alertEvent, alertFixture } from '../lifecycle/alert-world.js';
import { captureStdout } from './stdout.js';

const stdout = captureStdout();
const world = useGitHub();
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'action-run-'));
  await mkdir(join(dir, 'workspace'));
  await writeFile(join(dir, 'summary.md'), '');
  // The run reads the real clock: the emulator's starts now too.
  world().advance(Math.floor((Date.now() - Date.parse(T0)) / 60_000));
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

/** Runs the Action for `event` named `name` with the bundled playbooks unless `env` says otherwise; whether the step failed. */
async function runAction(name: string, event: unknown, env: Record<string, string> = {}): Promise<boolean> {
  const eventPath = join(dir, 'event.json');
  await writeFile(eventPath, typeof event === 'string' ? event : JSON.stringify(event));
  const all: Record<string, string> = {
    'INPUT_GITHUB-TOKEN': BOT_TOKEN,
    INPUT_PLAYBOOKS: 'bundled',
    'INPUT_SWEEP-WORKFLOW': '',
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_WORKSPACE: join(dir, 'workspace'),
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: world().emulator.url,
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_OUTPUT: '',
    GITHUB_RUN_ID: '',
    ...env,
  };
  for (const [key, value] of Object.entries(all)) vi.stubEnv(key, value);
  // Each run says for itself whether the step failed.
  process.exitCode = undefined;
  await run();
  return (process.exitCode as number | string | undefined) === 1;
}

test('inputs that cannot be used fail the step with the message that says how to fix them, before any request', async () => {
  expect(await runAction('issues', {}, { 'INPUT_GITHUB-TOKEN': '' })).toBe(true);
  expect(stdout.text()).toBe('::error::Input github-token is empty: pass `github-token: ${{ github.token }}` or a token with issues: write.\n');
  expect(world().emulator.requests).toEqual([]);
});

test('an event file that cannot be read or parsed fails the step, saying why', async () => {
  expect(await runAction('issues', {}, { GITHUB_EVENT_PATH: join(dir, 'missing.json') })).toBe(true);
  expect(stdout.text()).toMatch(/^::error::ENOENT: no such file or directory, open '.*missing\.json'\n$/);
  stdout.clear();
  expect(await runAction('issues', '{"action": ')).toBe(true);
  expect(stdout.text()).toMatch(/^::error::.*JSON.*\n$/);
});

test('playbooks with errors fail the step before any change, the loader\'s own message as the cause', async () => {
  await mkdir(join(dir, 'workspace', 'playbooks'));
  await writeFile(join(dir, 'workspace', 'playbooks', 'settings.yaml'), 'version: 99\n');
  expect(await runAction('workflow_dispatch', { inputs: {} }, { INPUT_PLAYBOOKS: 'playbooks' })).toBe(true);
  expect(stdout.text()).toContain(
    `\n::error::The playbooks in "playbooks" have errors; nothing was changed. Run \`npx playbook-ops validate playbooks\` to see them.\nCause: the playbook set in "${join(dir, 'workspace', 'playbooks')}" has `,
  );
  expect(world().emulator.requests).toEqual([]);
});

test('the daily wake-up only looks at whether the sweep has work', async () => {
  expect(await runAction('schedule', { schedule: '17 6 * * *' }, { 'INPUT_WAKE-SWEEP': 'true', 'INPUT_SWEEP-WORKFLOW': 'incident-sweep.yml' })).toBe(false);
  expect(stdout.text()).toBe('Using the bundled default playbook set (playbooks: bundled).\nSweep: nothing is pending, no review is due: the sweep stays as it is.\n');
  expect(await readFile(join(dir, 'summary.md'), 'utf8')).toContain('Sweep: nothing is pending');
});

test('an alert goes to the alert run, which needs the workflow run\'s id', async () => {
  expect(await runAction('repository_dispatch', alertEvent({ alertmanager: alertFixture('alertmanager-webhook-v4') }))).toBe(true);
  expect(stdout.text()).toBe('::error::GITHUB_RUN_ID is not set: run this action inside a GitHub Actions workflow (a rerun must be told from a new alert).\n');
});

test('an opened pull request gets the playbook check (which has nothing to check in the bundled set); a labeled one goes to the incidents', async () => {
  const sha = 'a'.repeat(40);
  const pull = (action: string) => ({ action, pull_request: { number: 7, head: { sha, repo: { full_name: FULL_NAME } }, base: { sha, repo: { full_name: FULL_NAME } } } });
  expect(await runAction('pull_request', pull('opened'))).toBe(false);
  expect(stdout.text()).toBe('The playbook check needs the playbooks of the pull request in the checkout; with `playbooks: bundled` there is nothing to check.\n');
  stdout.clear();
  expect(await runAction('pull_request', pull('labeled'))).toBe(false);
  expect(stdout.text()).toMatch(/^Using the bundled default playbook set \(playbooks: bundled\)\.\nNothing to do: pull_request\.labeled does not change incidents\.\n/);
  expect(await readFile(join(dir, 'summary.md'), 'utf8')).toBe('<h2>playbook-ops</h2>\nNothing to do: pull_request.labeled does not change incidents.\n');
});

test('an issue event reads the issue, then reconciles it', async () => {
  const w = world();
  const issue = w.emulator.seed.issue(FULL_NAME, { title: 'Typo in README', author: 'wendy' });
  expect(await runAction('issues', { action: 'opened', issue: { number: issue.number } })).toBe(false);
  expect(w.calls()[0]).toBe(`GET /repos/${FULL_NAME}/issues/${issue.number}`);
  expect(stdout.text()).toMatch(new RegExp(`\n#${issue.number}: skipped, `));
});
