/**
 * An alert run (src/github/run-alert.ts) against the emulator: what it refuses before writing
 * anything, what it says it did with the notification, what it wrote, and which incident it then
 * reconciles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlaybookSet } from '../../src/config/model.js';
import { formatAlertIncidentLine, parseAlertIncidentLine, parseRecordLine } from '../../src/engine/records.js';
import { dryRunAppliers } from '../../src/github/appliers/dry-run.js';
import { githubAppliers } from '../../src/github/appliers/github.js';
import { AlertRefused, runAlert } from '../../src/github/run-alert.js';
import { createCommentRenderer } from '../../src/render/comments.js';
import { BOT, FULL_NAME, type GitHubWorld, shippedSet, useGitHub } from './sweep-world.js';

const world = useGitHub();
let set: PlaybookSet;
beforeAll(async () => {
  set = await shippedSet();
});

/** Alertmanager's example notification (one alert, PaymentsApiDown, critical), `status` as given. */
function alertmanager(status: 'firing' | 'resolved' = 'firing'): { alertmanager: Record<string, unknown> } {
  const body = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'alerts', 'alertmanager-webhook-v4.json'), 'utf8')) as Record<string, unknown>;
  if (status === 'resolved') {
    body.status = 'resolved';
    for (const alert of body.alerts as Record<string, unknown>[]) {
      alert.status = 'resolved';
      alert.endsAt = '2026-11-27T02:58:00Z';
    }
  }
  return { alertmanager: body };
}

interface Run {
  runId?: number;
  dryRun?: boolean;
  set?: PlaybookSet;
}

async function run(w: GitHubWorld, payload: unknown, options: Run = {}) {
  const reader = { octokit: w.octokit, repo: w.repo, botLogin: BOT, log: w.logger, playbookRef: { sha: 'c0ffee0000000000000000000000000000000001', path: 'playbooks', serverUrl: 'https://github.com' } };
  return runAlert(
    { octokit: w.octokit, log: w.logger, now: w.now, appliers: options.dryRun === true ? dryRunAppliers : githubAppliers },
    { repo: w.repo, botLogin: BOT, set: options.set ?? set, render: createCommentRenderer(), runId: options.runId ?? 7001, reader, dryRun: options.dryRun === true },
    payload,
  );
}

/** The group key of the example notification, as a dry run logs it. */
async function groupKey(w: GitHubWorld): Promise<string> {
  await run(w, alertmanager('resolved'), { dryRun: true });
  const key = /group key ([0-9a-f]{16})\./.exec(w.log.info.join('\n'))?.[1];
  if (key === undefined) throw new Error(`no group key in ${w.log.info.join('\n')}`);
  w.log.info.length = 0;
  w.emulator.requests.length = 0;
  return key;
}

/** An open incident the bot opened for the group `key` in run `runId`. */
function opened(w: GitHubWorld, key: string, runId: number): number {
  return w.emulator.seed.issue(FULL_NAME, { title: '[Alert] PaymentsApiDown', author: BOT, body: `${formatAlertIncidentLine({ key, run: runId })}\n`, labels: ['incident', 'sev-1'] }).number;
}

function writes(w: GitHubWorld): string[] {
  return w.calls().filter((call) => !call.startsWith('GET ') && call !== 'POST /graphql');
}

function alertNotes(w: GitHubWorld, number: number): string[] {
  return (w.emulator.state.repos[FULL_NAME]?.comments ?? []).filter((comment) => comment.issueNumber === number && comment.author === BOT).flatMap((comment) => {
    const marker = parseRecordLine(comment.body)?.marker;
    return marker?.kind === 'alert' ? [`alert:${marker.run}`] : [];
  });
}

describe('a refused alert', () => {
  it('that is not what Alertmanager or Grafana send writes nothing and says what is wrong and where to look', async () => {
    const w = world();
    const refused = run(w, { alertmanager: {}, grafana: {} });
    await expect(refused).rejects.toBeInstanceOf(AlertRefused);
    await expect(refused).rejects.toThrow(/^The alert was refused and nothing was written: .*exactly one key, alertmanager or grafana.*\. The README's Alerts section shows the payload Alertmanager and Grafana must send\.$/s);
    expect(w.calls()).toEqual([]);
  });

  it('for playbooks without an alerts section writes nothing and says what to add', async () => {
    const w = world();
    const { alerts: _alerts, ...without } = set;
    const refused = run(w, alertmanager(), { set: without });
    await expect(refused).rejects.toBeInstanceOf(AlertRefused);
    await expect(refused).rejects.toThrow(
      new Error('The alert was refused and nothing was written: the playbooks have no alerts section. Add `alerts:` with a default_severity to the settings document (see the README, Alerts).'),
    );
    expect(w.calls()).toEqual([]);
  });
});

describe('an alert of a new group', () => {
  it('opens an incident for it and reconciles it in the same run', async () => {
    const w = world();
    const result = await run(w, alertmanager());
    expect(result.action).toBe('opened #1 for the alert group');
    expect(result.incident).toBe(1);
    expect(result.outcomes).toMatchObject([{ kind: 'reconciled', incident: 1, severity: 'sev-1' }]);
    const issue = w.emulator.state.repos[FULL_NAME]?.issues[0];
    expect(issue?.author).toBe(BOT);
    expect(parseAlertIncidentLine(issue?.body ?? '')?.run).toBe(7001);
    expect(w.log.info).toContain('Alert: opened #1 for the alert group.');
    expect(w.log.info.find((line) => line.startsWith('Alert from'))).toMatch(/^Alert from alertmanager \(firing, 1 alerts\), group key [0-9a-f]{16}\.$/);
  });

  it('opens its incident once when GitHub fails after writing it', async () => {
    const w = world();
    w.emulator.faults.add({ method: 'POST', path: `/repos/${FULL_NAME}/issues`, afterWrite: true });
    expect((await run(w, alertmanager())).incident).toBe(1);
    expect(w.emulator.state.repos[FULL_NAME]?.issues).toHaveLength(1);
  });

  it('in a dry run says it would open one, and writes and reconciles nothing', async () => {
    const w = world();
    expect(await run(w, alertmanager(), { dryRun: true })).toEqual({ action: 'would open an incident: [Alert] PaymentsApiDown', incident: null, outcomes: [] });
    expect(writes(w)).toEqual([]);
    expect(w.log.info.some((line) => line.startsWith('Alert: '))).toBe(false);
  });
});

describe('an alert of a group with an incident', () => {
  it('that resolved with no incident open adds nothing and reconciles nothing', async () => {
    const w = world();
    expect(await run(w, alertmanager('resolved'))).toEqual({ action: 'nothing to add: the alert group resolved, and no incident of it is open', incident: null, outcomes: [] });
    expect(w.calls()).toEqual([`GET /repos/${FULL_NAME}/issues`, `GET /repos/${FULL_NAME}/issues`]);
    expect(w.log.info.at(-1)).toBe('Alert: nothing to add: the alert group resolved, and no incident of it is open.');
  });

  it('that fires again is noted on its open incident once, which is then reconciled', async () => {
    const w = world();
    const key = await groupKey(w);
    const number = opened(w, key, 7000);
    const first = await run(w, alertmanager(), { runId: 7002 });
    expect(first.action).toBe(`#${number}: noted the alert (firing, noted)`);
    expect(first.incident).toBe(number);
    expect(first.outcomes).toMatchObject([{ incident: number }]);
    expect(alertNotes(w, number)).toEqual(['alert:7002']);
    const rerun = await run(w, alertmanager(), { runId: 7002 });
    expect(rerun.action).toBe(`#${number}: already noted (this run ran before) the alert (firing, noted)`);
    expect(alertNotes(w, number)).toEqual(['alert:7002']);
  });

  it('in a dry run says it would note it, logs the note, and writes nothing', async () => {
    const w = world();
    const key = await groupKey(w);
    const number = opened(w, key, 7000);
    const result = await run(w, alertmanager(), { runId: 7002, dryRun: true });
    expect(result.action).toBe(`#${number}: would note the alert (firing, noted)`);
    expect(result.incident).toBe(number);
    expect(w.log.info).toContainEqual(expect.stringMatching(new RegExp(`^Would post on #${number}:\\n<!-- playbook-ops:alert:7002 status=firing,source=alertmanager -->\\n`)));
    expect(writes(w)).toEqual([]);
  });

  it('that fires again within the reopen window finds its resolved incident and notes that it reopens', async () => {
    const w = world();
    const key = await groupKey(w);
    const number = opened(w, key, 7000);
    w.emulator.seed.close(FULL_NAME, number, { actor: BOT, at: new Date(w.now().getTime() - 10 * 60_000) });
    const result = await run(w, alertmanager(), { runId: 7002 });
    expect(result.action).toBe(`#${number}: noted the alert (firing, reopens)`);
  });

  it('from the run that opened it adds nothing, and reconciles the incident', async () => {
    const w = world();
    const key = await groupKey(w);
    const number = opened(w, key, 7001);
    const result = await run(w, alertmanager(), { runId: 7001 });
    expect(result.action).toBe(`nothing to add: this run opened #${number} for the alert group`);
    expect(result.incident).toBe(number);
    expect(result.outcomes).toMatchObject([{ incident: number }]);
    expect(alertNotes(w, number)).toEqual([]);
  });
});
