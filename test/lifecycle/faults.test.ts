/**
 * GitHub failing under a run: a write that happened before its 500, rate limits, flaky reads.
 * The run still ends in the right state, with exactly one comment per marker.
 */
import { describe, expect, it } from 'vitest';
import { githubAppliers } from '../../src/github/appliers/github.js';
import { issueSource } from '../../src/github/incident-source.js';
import { runFailure, runIncidents } from '../../src/github/run-incidents.js';
import { createCommentRenderer } from '../../src/render/comments.js';
import { FULL_NAME, OWNER, PEOPLE, REPO, declare, useWorld } from './harness.js';

const world = useWorld();
const FORM = { severity: 1, scenario: 'Service Outage', services: 'payments-api', summary: 'Payments fail.' } as const;

function statuses(requests: { method: string; path: string; status: number }[], method: string, path: RegExp): number[] {
  return requests.filter((request) => request.method === method && path.test(request.path)).map((request) => request.status);
}

describe('a 500 on comment creation', () => {
  it('after the write happened: the shell finds the comment and does not post it again', async () => {
    const w = world();
    const opened = await w.open(PEOPLE.write, FORM);
    const fault = w.emulator.faults.add({ method: 'POST', path: /\/comments$/, status: 500, afterWrite: true, times: 2 });
    const { results, requests } = await w.run(opened);

    expect(fault.fired).toBe(2);
    expect(results[0]?.effects).toEqual(['add labels sev-1, scenario:service-outage', 'comment page:sev-1', 'update the incident card']);
    expect(statuses(requests, 'POST', /\/comments$/)).toEqual([500, 500]);
    expect(w.botComments(opened.number).map((comment) => comment.marker)).toEqual(['page:sev-1', 'card']);
    expect(w.log.warning.filter((line) => line.includes('checking whether it was written before retrying'))).toHaveLength(2);
    expect((await w.run(opened)).writes).toEqual([]);
  });

  it('on a refusal reply too: one reply, however often the run repeats', async () => {
    const w = world();
    const number = await declare(w, 2);
    const refused = await w.comment(PEOPLE.read, number, '/sev 1');
    w.emulator.faults.add({ method: 'POST', path: /\/comments$/, status: 500, afterWrite: true });
    await w.run(refused);
    await w.run(refused);
    expect(w.botComments(number).map((comment) => comment.marker)).toEqual(['page:sev-2', 'card', `reply:${refused.commentId}`]);
  });

  it('before the write happened: the shell checks, finds nothing, and posts again until it gets through', async () => {
    const w = world();
    const opened = await w.open(PEOPLE.write, FORM);
    w.emulator.faults.add({ method: 'POST', path: /\/comments$/, status: 500, times: 2 });
    const { requests } = await w.run(opened);
    expect(statuses(requests, 'POST', /\/comments$/)).toEqual([500, 500, 201, 201]);
    expect(w.botComments(opened.number).map((comment) => comment.marker)).toEqual(['page:sev-1', 'card']);
  });

  it('a retry that itself fails after writing is not repeated blindly', async () => {
    const w = world();
    const opened = await w.open(PEOPLE.write, FORM);
    w.emulator.faults.add({ method: 'POST', path: /\/comments$/, status: 502 });
    w.emulator.faults.add({ method: 'POST', path: /\/comments$/, status: 500, afterWrite: true });
    const { requests } = await w.run(opened);
    expect(statuses(requests, 'POST', /\/comments$/)).toEqual([502, 500, 201]);
    expect(w.botComments(opened.number).map((comment) => comment.marker)).toEqual(['page:sev-1', 'card']);
  });
});

describe('secondary rate limits', () => {
  const cases = [
    { status: 403, retryAfter: 2 },
    { status: 403, retryAfter: undefined },
    { status: 429, retryAfter: 2 },
    { status: 429, retryAfter: undefined },
  ] as const;

  it.each(cases)('a $status with retry-after $retryAfter, on a read and on a write, is waited out', async ({ status, retryAfter }) => {
    const w = world();
    const opened = await w.open(PEOPLE.write, FORM);
    const spec = { rateLimit: 'secondary', status, ...(retryAfter === undefined ? {} : { retryAfter }) } as const;
    w.emulator.faults.add({ ...spec, method: 'GET', path: `/repos/${FULL_NAME}/issues/${opened.number}` });
    w.emulator.faults.add({ ...spec, method: 'POST', path: /\/comments$/ });
    const { results, requests } = await w.run(opened);

    expect(statuses(requests, 'GET', new RegExp(`/issues/${opened.number}$`))).toEqual([status, 200]);
    expect(statuses(requests, 'POST', /\/comments$/)).toEqual([status, 201, 201]);
    expect(results[0]?.severity).toBe('sev-1');
    expect(w.botComments(opened.number).map((comment) => comment.marker)).toEqual(['page:sev-1', 'card']);
    expect(w.snapshot(opened.number).labels).toEqual(['incident', 'scenario:service-outage', 'sev-1']);
    const waited = retryAfter ?? 60;
    expect(w.log.info.filter((line) => line.startsWith('Secondary rate limit'))).toEqual([
      `Secondary rate limit on GET /repos/${FULL_NAME}/issues/${opened.number}: retrying after ${waited} s`,
      `Secondary rate limit on POST /repos/${FULL_NAME}/issues/${opened.number}/comments: retrying after ${waited} s`,
    ]);
  });

  it('a rate limit that does not lift fails the run after the retries, and the next run completes the work', async () => {
    const w = world();
    const opened = await w.open(PEOPLE.write, FORM);
    w.emulator.faults.add({ rateLimit: 'secondary', status: 403, retryAfter: 1, method: 'POST', path: /\/comments$/, times: 3 });
    await expect(w.run(opened)).rejects.toThrow(/Could not comment page:sev-1 on issue #1: You have exceeded a secondary rate limit/);
    expect(w.log.warning).toContain(`Secondary rate limit on POST /repos/${FULL_NAME}/issues/${opened.number}/comments: giving up after 3 tries`);
    expect(w.botComments(opened.number)).toEqual([]);

    await w.run(opened);
    expect(w.botComments(opened.number).map((comment) => comment.marker)).toEqual(['page:sev-1', 'card']);
  });
});

describe('server errors on reads', () => {
  it('a 502 on a read is retried and the run completes', async () => {
    const w = world();
    const opened = await w.open(PEOPLE.write, FORM);
    w.emulator.faults.add({ method: 'GET', path: `/repos/${FULL_NAME}/issues/${opened.number}/events`, status: 502 });
    w.emulator.faults.add({ method: 'GET', path: `/repos/${FULL_NAME}/issues/${opened.number}`, status: 502, times: 2 });
    const { results, requests } = await w.run(opened);
    expect(statuses(requests, 'GET', /\/events$/)).toEqual([502, 200]);
    expect(statuses(requests, 'GET', new RegExp(`/issues/${opened.number}$`))).toEqual([502, 502, 200]);
    expect(results[0]?.effects).toEqual(['add labels sev-1, scenario:service-outage', 'comment page:sev-1', 'update the incident card']);
  });
});

describe('a token that acts as someone other than bot-login', () => {
  it('fails the run loudly after the first comment, saying which login to set', async () => {
    const w = world();
    const opened = await w.open(PEOPLE.write, FORM);
    const log = { info: () => {}, warning: () => {} };
    const repo = { owner: OWNER, repo: REPO };
    const botLogin = 'incident-app[bot]';
    const reader = { octokit: w.octokit, repo, botLogin, log, playbookRef: { sha: 'c0ffee0000000000000000000000000000000001', path: 'playbooks', serverUrl: 'https://github.com' } };
    const run = async () => {
      const outcomes = await runIncidents(
        { octokit: w.octokit, log, now: () => w.now(), appliers: githubAppliers },
        { repo, botLogin, set: w.set, render: createCommentRenderer() },
        issueSource(reader, opened.number),
      );
      throw runFailure(outcomes) ?? new Error('the run did not fail');
    };
    await expect(run()).rejects.toThrow(
      'The token acts as github-actions[bot], but bot-login is incident-app[bot]: set the bot-login input to github-actions[bot], or nothing the bot writes is recognised as its own.',
    );
    expect(w.snapshot(opened.number).comments.filter((comment) => comment.author === 'github-actions[bot]')).toHaveLength(1);
  });
});
