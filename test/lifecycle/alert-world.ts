/**
 * Alerts in the lifecycle world: a `repository_dispatch` of type `alert` as GitHub delivers it
 * (the example of `@octokit/webhooks-examples`, with our event type and client payload), and a run
 * that does what the Action does with it: take the client payload, open or update the incident of the
 * alert's group, and reconcile it, in-process with the bot's token against the emulator.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { alertDispatch } from '../../src/alerts/alert-dispatch.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { githubAppliers } from '../../src/github/appliers/github.js';
import { dryRunAppliers } from '../../src/github/appliers/dry-run.js';
import { type AlertRun, runAlert } from '../../src/github/run-alert.js';
import { createCommentRenderer } from '../../src/render/comments.js';
import { BOT, FULL_NAME, OWNER, PLAYBOOK_SHA, REPO, type World, writesOf } from './harness.js';
import type { RecordedRequest } from '../../src/emulator/index.js';

/** A fixture of test/fixtures/alerts, parsed afresh (tests change their copies). */
export function alertFixture(name: 'alertmanager-webhook-v4' | 'grafana-webhook'): Record<string, unknown> {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'alerts', `${name}.json`), 'utf8')) as Record<string, unknown>;
}

/** The `repository_dispatch` event GitHub sends for `client_payload`, shaped as its documented example. */
export function alertEvent(clientPayload: unknown): Record<string, unknown> {
  const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as { name: string; examples: unknown[] }[];
  const example = examples.find((event) => event.name === 'repository_dispatch')?.examples[0] as Record<string, unknown> | undefined;
  if (example === undefined) throw new Error('@octokit/webhooks-examples has no repository_dispatch example');
  const repository = { ...(example.repository as Record<string, unknown>), name: REPO, full_name: FULL_NAME };
  return { ...example, action: 'alert', branch: 'main', client_payload: clientPayload, repository };
}

/** What one alert run did, and the requests it made. */
export interface AlertRunResult extends AlertRun {
  requests: RecordedRequest[];
  writes: RecordedRequest[];
}

/** Runs the Action for the alert `event` as workflow run `runId` (a rerun passes the same id). */
export async function runAlertEvent(world: World, event: Record<string, unknown>, runId: number, options: { set?: PlaybookSet; dryRun?: boolean } = {}): Promise<AlertRunResult> {
  // The Action reads the event from a file: it only ever sees JSON.
  const payload = JSON.parse(JSON.stringify(event)) as { action?: unknown; client_payload?: unknown };
  const alert = alertDispatch('repository_dispatch', payload);
  if (alert === null) throw new Error('not an alert event');
  const from = world.emulator.requests.length;
  const log = { info: (line: string) => world.log.info.push(line), warning: (line: string) => world.log.warning.push(line) };
  const repo = { owner: OWNER, repo: REPO };
  const set = options.set ?? world.set;
  const result = await runAlert(
    { octokit: world.octokit, log, now: () => world.now(), appliers: options.dryRun === true ? dryRunAppliers : githubAppliers },
    {
      repo,
      botLogin: BOT,
      set,
      render: createCommentRenderer(),
      runId,
      reader: { octokit: world.octokit, repo, botLogin: BOT, log, playbookRef: { sha: PLAYBOOK_SHA, path: 'playbooks', serverUrl: 'https://github.com' } },
      dryRun: options.dryRun === true,
    },
    alert.clientPayload,
  );
  const requests = world.emulator.requests.slice(from);
  return { ...result, requests, writes: writesOf(requests) };
}

/** The issues of the world's repository, as stored. */
export function issues(world: World): { number: number; title: string; body: string; author: string; state: string; labels: string[] }[] {
  return (world.emulator.state.repos[FULL_NAME]?.issues ?? []).map((issue) => ({
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    author: issue.author,
    state: issue.state,
    labels: [...issue.labels].sort(),
  }));
}
