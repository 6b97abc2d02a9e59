/**
 * Behaviour that an outside review found no test stating: each test here failed against a
 * hand-made mutant of the shell or the engine that the rest of the suite let through (a 404 on a
 * permission lookup read as admin, no re-check before posting, a dry run that writes, a scheduled
 * run that reconciles nothing, a failed read of the pinned playbooks taken for none, a failed
 * label removal swallowed).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { eventTarget } from '../../src/engine/event-target.js';
import { githubAppliers } from '../../src/github/appliers/github.js';
import { sourceFor } from '../../src/github/incident-source.js';
import { loadPinnedPlaybooks } from '../../src/github/pinned-playbooks.js';
import { runFailure, runIncidents } from '../../src/github/run-incidents.js';
import { createCommentRenderer } from '../../src/render/comments.js';
import { BOT, FULL_NAME, OWNER, PEOPLE, REPO, type World, declare, useWorld } from './harness.js';
import type { Delivery } from './payloads.js';

const world = useWorld();
const FORM = { severity: 1, scenario: 'Service Outage', services: 'payments-api', summary: 'Payments fail.' } as const;
const permissionPath = (login: string): string => `/repos/${FULL_NAME}/collaborators/${login}/permission`;

/**
 * What `world.run` does, for a run that checked out commit `sha` and reads the playbooks of an
 * incident pinned to another commit from git (`world.run` offers no pinned playbooks). Throws what
 * would fail the run.
 */
async function runPinned(w: World, delivery: Delivery, sha: string): Promise<void> {
  const log = { info: (line: string) => w.log.info.push(line), warning: (line: string) => w.log.warning.push(line) };
  const repo = { owner: OWNER, repo: REPO };
  const payload = JSON.parse(JSON.stringify(delivery.payload)) as Parameters<typeof eventTarget>[1];
  const reader = { octokit: w.octokit, repo, botLogin: BOT, log, playbookRef: { sha, path: 'playbooks', serverUrl: 'https://github.com' } };
  const outcomes = await runIncidents(
    { octokit: w.octokit, log, now: () => w.now(), appliers: githubAppliers },
    {
      repo,
      botLogin: BOT,
      set: w.set,
      render: createCommentRenderer(),
      playbooksAt: (pin: string) => loadPinnedPlaybooks(w.octokit, { owner: OWNER, repo: REPO, path: 'playbooks' }, pin),
    },
    sourceFor(eventTarget(delivery.name, payload, BOT), reader, w.set.incidentLabel),
  );
  const failure = runFailure(outcomes);
  if (failure !== null) throw failure;
}

/** A `schedule` event as GitHub delivers it: the cron line, the repository and the sender. */
function scheduleEvent(w: World): Delivery {
  const { repository, sender } = w.dispatch().payload;
  if (repository === undefined || sender === undefined) throw new Error('the dispatch payload has no repository or sender');
  return { name: 'schedule', payload: { schedule: '*/5 * * * *', repository, sender } };
}

describe('a permission lookup answered with 404', () => {
  it('reads as no access: the commands of that user are refused, even when they are in fact an admin', async () => {
    const w = world();
    const number = await declare(w, 3);
    // GitHub answers 404 for a user it does not know, or whom the token may not see.
    const fault = w.emulator.faults.add({ method: 'GET', path: permissionPath(PEOPLE.admin), status: 404, times: 8 });
    const refused = await w.comment(PEOPLE.admin, number, '/sev 1\n/resolve');
    const { results } = await w.run(refused);

    expect(fault.fired).toBe(1);
    expect(results[0]).toMatchObject({ severity: 'sev-3', effects: [`comment reply:${refused.commentId}`] });
    const after = w.snapshot(number);
    expect(after.state).toBe('open');
    expect(after.labels).toContain('sev-3');
    expect(after.labels).not.toContain('sev-1');
    const reply = w.botComments(number).at(-1)!;
    expect(reply.marker).toBe(`reply:${refused.commentId}`);
    expect(reply.body).toContain('- /sev needs triage access to this repository; you have none.');
    expect(reply.body).toContain('- /resolve needs triage access to this repository; you have none.');
  });
});

describe('another run posts the same comment while this one works', () => {
  it('is seen right before posting, so the comment is not posted twice', async () => {
    const w = world();
    const number = await declare(w, 3);
    const raise = await w.comment(PEOPLE.write, number, '/sev 1');
    // The permission lookup comes after the thread is read: hold it, and meanwhile let "another
    // run" post the SEV-1 page this run is about to post.
    const hold = w.emulator.faults.add({ method: 'GET', path: permissionPath(PEOPLE.write), latencyMs: 500 });
    const running = w.run(raise);
    await vi.waitFor(() => expect(hold.fired).toBe(1), { timeout: 10_000, interval: 5 });
    w.emulator.seed.comment(FULL_NAME, number, { author: BOT, body: '<!-- playbook-ops:page:sev-1 -->\nPosted by a run that got there first.' });
    const { results, requests } = await running;

    expect(results[0]).toMatchObject({ severity: 'sev-1' });
    const pages = w.botComments(number).filter((comment) => comment.marker === 'page:sev-1');
    expect(pages.map((comment) => comment.body)).toEqual(['<!-- playbook-ops:page:sev-1 -->\nPosted by a run that got there first.']);
    // Only the card was written as a comment (updated in place, not posted).
    expect(requests.filter((request) => request.method === 'POST' && request.path.endsWith('/comments'))).toEqual([]);
  });
});

describe('a dry run', () => {
  it('of a new incident reads, reports the plan, and makes no request that changes anything', async () => {
    const w = world();
    const opened = await w.open(PEOPLE.write, FORM);
    const before = w.snapshot(opened.number);
    const { results, requests, writes } = await w.run(opened, { dryRun: true });

    expect(requests.length).toBeGreaterThan(0);
    expect(writes).toEqual([]);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      incident: opened.number,
      severity: 'sev-1',
      effects: ['would add labels sev-1, scenario:service-outage', 'would comment page:sev-1', 'would update the incident card'],
    });
    expect(w.snapshot(opened.number)).toEqual(before);
  });

  it('of commands, escalations and a resolution over every open incident writes nothing either', async () => {
    const w = world();
    const first = await declare(w, 1);
    const second = await declare(w, 3);
    await w.comment(PEOPLE.write, second, '/sev 2\n/ic @ada\n/resolve Rolled back.');
    await w.comment(PEOPLE.read, first, '/sev 4');
    w.advance(180);
    const before = [w.snapshot(first), w.snapshot(second)];
    const { results, writes } = await w.run(w.dispatch(), { dryRun: true });

    expect(writes).toEqual([]);
    expect(results.flatMap((result) => result.effects).length).toBeGreaterThan(3);
    for (const effect of results.flatMap((result) => result.effects)) expect(effect).toMatch(/^would /);
    expect([w.snapshot(first), w.snapshot(second)]).toEqual(before);
  });
});

describe('a scheduled run', () => {
  it('reconciles every open incident: an unacknowledged SEV-1 is escalated when its delay has passed', async () => {
    const w = world();
    const number = await declare(w, 1);
    w.advance(30);
    const { results, requests } = await w.run(scheduleEvent(w));

    expect(requests[0]).toMatchObject({ method: 'POST', path: '/graphql' });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ incident: number, effects: ['add labels sla-missed', 'comment page:level-2', 'comment update-reminder:1795750260', 'update the incident card'] });
    expect(w.botComments(number).map((comment) => comment.marker)).toEqual(['page:sev-1', 'card', 'page:level-2', 'update-reminder:1795750260']);
  });
});

/** The default playbooks as repository files under `playbooks/`. */
async function playbookFiles(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir('playbooks', { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative('playbooks', join(entry.parentPath, entry.name));
    files[`playbooks/${path}`] = await readFile(join('playbooks', path), 'utf8');
  }
  return files;
}

describe('reading the pinned playbooks', () => {
  it('fails the run on a server error, to be retried, and changes nothing', async () => {
    const w = world();
    const files = await playbookFiles();
    const declaredAt = w.emulator.seed.commit(FULL_NAME, 'main', files);
    const laterAt = w.emulator.seed.commit(FULL_NAME, 'main', { ...files, 'README.md': 'a later commit' });
    const opened = await w.open(PEOPLE.write, FORM);
    await runPinned(w, opened, declaredAt);
    const before = w.snapshot(opened.number);
    w.emulator.faults.add({ method: 'GET', path: /\/contents\/playbooks$/, status: 500, times: 10 });
    w.advance(30);

    await expect(runPinned(w, w.dispatch(opened.number), laterAt)).rejects.toThrow(
      `Could not read the playbooks in playbooks at ${declaredAt.slice(0, 7)}, the commit the incident is pinned to: `,
    );
    expect(w.snapshot(opened.number)).toEqual(before);
  });

  it('reads the playbook directory only, not the whole repository tree', async () => {
    const w = world();
    const files = await playbookFiles();
    const declaredAt = w.emulator.seed.commit(FULL_NAME, 'main', files);
    const laterAt = w.emulator.seed.commit(FULL_NAME, 'main', { ...files, 'README.md': 'a later commit' });
    const opened = await w.open(PEOPLE.write, FORM);
    await runPinned(w, opened, declaredAt);
    const from = w.emulator.requests.length;
    await runPinned(w, w.dispatch(opened.number), laterAt);
    const reads = w.emulator.requests.slice(from).map((request) => request.path);
    expect(reads.filter((path) => path.includes('/git/trees'))).toEqual([]);
    expect(reads).toContain(`/repos/${FULL_NAME}/contents/playbooks`);
  });
});

describe('removing a label', () => {
  it('fails the run when GitHub refuses, and the next run finishes the job', async () => {
    const w = world();
    const number = await declare(w, 1);
    const lower = await w.comment(PEOPLE.write, number, '/sev 4');
    const fault = w.emulator.faults.add({ method: 'DELETE', path: `/repos/${FULL_NAME}/issues/${number}/labels/sev-1`, status: 403 });

    await expect(w.run(lower)).rejects.toThrow(`Could not remove label sev-1 on issue #${number}: Forbidden`);
    expect(fault.fired).toBe(1);
    expect(w.snapshot(number).labels).toContain('sev-1');

    await w.run(lower);
    expect(w.snapshot(number).labels).toEqual(['incident', 'scenario:service-outage', 'sev-4']);
  });

  it('fails the run on a server error that outlasts the retries', async () => {
    const w = world();
    const number = await declare(w, 1);
    const lower = await w.comment(PEOPLE.write, number, '/sev 4');
    w.emulator.faults.add({ method: 'DELETE', path: `/repos/${FULL_NAME}/issues/${number}/labels/sev-1`, status: 500, times: 8 });
    await expect(w.run(lower)).rejects.toThrow(`Could not remove label sev-1 on issue #${number}`);
    expect(w.snapshot(number).labels).toContain('sev-1');
  });

  it('that is already gone (404) is what was wanted: the run goes on', async () => {
    const w = world();
    const number = await declare(w, 1);
    const lower = await w.comment(PEOPLE.write, number, '/sev 4');
    w.emulator.faults.add({ method: 'DELETE', path: `/repos/${FULL_NAME}/issues/${number}/labels/sev-1`, status: 404 });
    const { results } = await w.run(lower);
    expect(results[0]?.effects).toContain('remove label sev-1');
    expect(w.card(number)).toContain('Lowered to SEV-4');
  });
});
