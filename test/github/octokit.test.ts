/**
 * The client factory: rate limits waited out and retried (then given up, with a warning naming the
 * request), server errors and stalled requests retried after a back-off in the client's unit, and
 * writes spaced only when pacing is on.
 */
import { describe, expect, it } from 'vitest';
import { type GitHubClient, backOff } from '../../src/github/octokit.js';
import { FULL_NAME, REPO, closeWorldsAfterEach, startWorld } from './octokit.world.js';

closeWorldsAfterEach();

const ISSUE = '/repos/acme/shop/issues/1';

async function withIssue(options: Parameters<typeof startWorld>[0] = {}) {
  const world = await startWorld(options);
  world.emulator.seed.issue(FULL_NAME, { title: 'Checkout down' });
  return world;
}

/** How Octokit logs a failed try of GET issue 1. */
function failedTry(status: number): unknown {
  return expect.stringMatching(new RegExp(`^GET /repos/acme/shop/issues/1 - ${status} with id \\w+ in \\d+ms$`, 'u'));
}

async function threeWrites(octokit: GitHubClient): Promise<void> {
  for (const label of ['sev-1', 'sev-2', 'sev-3']) await octokit.rest.issues.addLabels({ ...REPO, issue_number: 1, labels: [label] });
}

async function elapsed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

describe('createOctokit', () => {
  it('waits out a secondary rate limit and retries, saying which request it waits for and how long', async () => {
    const { emulator, octokit, logged } = await withIssue();
    emulator.faults.add({ method: 'GET', path: ISSUE, rateLimit: 'secondary', retryAfter: 3 });
    const { data } = await octokit.rest.issues.get({ ...REPO, issue_number: 1 });
    expect(data.title).toBe('Checkout down');
    // Octokit's own line for the failed try goes to the info log: the run's warnings say what matters.
    expect(logged).toEqual({ info: [failedTry(403), 'Secondary rate limit on GET /repos/acme/shop/issues/1: retrying after 3 s'], warning: [] });
  });

  it('names a route parameter that is neither text nor a number by its template', async () => {
    const { emulator, octokit, logged } = await startWorld();
    emulator.faults.add({ method: 'GET', path: '/repos/acme/shop/labels/incident', rateLimit: 'secondary', retryAfter: 2 });
    await octokit.request('GET /repos/{owner}/{repo}/labels/{name}', { owner: 'acme', repo: 'shop', name: ['incident'] as unknown as string });
    expect(logged.info.filter((line) => line.startsWith('Secondary'))).toEqual(['Secondary rate limit on GET /repos/acme/shop/labels/{name}: retrying after 2 s']);
  });

  it('gives up on a primary rate limit after the retries it was allowed, with a warning', async () => {
    const { emulator, octokit, logged } = await withIssue({ client: { rateLimitRetries: 1 } });
    emulator.faults.add({ method: 'GET', path: ISSUE, rateLimit: 'primary', times: 3 });
    await expect(octokit.rest.issues.get({ ...REPO, issue_number: 1 })).rejects.toMatchObject({ status: 403 });
    expect(logged.info.filter((line) => !line.startsWith('GET '))).toEqual([expect.stringMatching(/^Primary rate limit on GET \/repos\/acme\/shop\/issues\/1: retrying after \d+ s$/u)]);
    expect(logged.warning).toEqual(['Primary rate limit on GET /repos/acme/shop/issues/1: giving up after 2 tries']);
    expect(emulator.requests.filter((request) => request.path === ISSUE)).toHaveLength(2);
  });

  it('retries a rate-limited request twice unless told otherwise', async () => {
    const { emulator, octokit, logged } = await withIssue();
    emulator.faults.add({ method: 'GET', path: ISSUE, rateLimit: 'secondary', retryAfter: 1, times: 4 });
    await expect(octokit.rest.issues.get({ ...REPO, issue_number: 1 })).rejects.toMatchObject({ status: 403 });
    expect(logged.info.filter((line) => line.startsWith('Secondary rate limit'))).toHaveLength(2);
    expect(logged.warning).toEqual(['Secondary rate limit on GET /repos/acme/shop/issues/1: giving up after 3 tries']);
  });

  it('retries a server error after a back-off counted in the client unit', async () => {
    const { emulator, octokit } = await withIssue();
    emulator.faults.add({ method: 'POST', path: `${ISSUE}/comments`, status: 502, times: 2 });
    let posted: Awaited<ReturnType<typeof octokit.rest.issues.createComment>> | undefined;
    const took = await elapsed(async () => {
      posted = await octokit.rest.issues.createComment({ ...REPO, issue_number: 1, body: 'Rolled back.' });
    });
    expect(posted?.data.body).toBe('Rolled back.');
    expect(emulator.requests.map((request) => `${request.method} ${request.status}`)).toEqual(['POST 502', 'POST 502', 'POST 201']);
    // In seconds, the back-off would be 1 s and then 4 s.
    expect(took).toBeLessThan(2_500);
  });

  it('gives up on a stalled request after its timeout and tries again', async () => {
    const { emulator, octokit } = await withIssue({ client: { requestTimeoutMs: 100 } });
    emulator.faults.add({ method: 'GET', path: ISSUE, latencyMs: 5_000 });
    let title = '';
    const took = await elapsed(async () => {
      title = (await octokit.rest.issues.get({ ...REPO, issue_number: 1 })).data.title;
    });
    expect(title).toBe('Checkout down');
    expect(took).toBeLessThan(2_500);
  });

  it('times a stalled request out even when the caller passes a signal of its own', async () => {
    const { emulator, octokit } = await withIssue({ client: { requestTimeoutMs: 100 } });
    emulator.faults.add({ method: 'GET', path: ISSUE, latencyMs: 5_000 });
    const caller = new AbortController();
    const took = await elapsed(() => octokit.rest.issues.get({ ...REPO, issue_number: 1, request: { signal: caller.signal } }));
    expect(took).toBeLessThan(2_500);
  });

  it('waits thirty seconds for a request unless told otherwise', async () => {
    const { emulator, octokit } = await withIssue({ client: { requestTimeoutMs: undefined as unknown as number } });
    emulator.faults.add({ method: 'GET', path: ISSUE, latencyMs: 300 });
    const { data } = await octokit.rest.issues.get({ ...REPO, issue_number: 1 });
    expect(data.number).toBe(1);
    expect(emulator.requests).toHaveLength(1);
  });

  it('does not space writes when pacing is off', async () => {
    const { octokit } = await withIssue();
    // Paced, three writes take two seconds at least; these take a few requests' time.
    const took = await elapsed(() => threeWrites(octokit));
    expect(took).toBeLessThan(1_800);
  });

  it('spaces writes a second apart by default, as GitHub asks integrations to', async () => {
    const { octokit } = await withIssue({ client: { pace: undefined as unknown as boolean } });
    const took = await elapsed(() => threeWrites(octokit));
    expect(took).toBeGreaterThanOrEqual(1_950);
  });
});

describe('backOff', () => {
  it('waits the square of the attempt in the client unit, as the retry plugin does', async () => {
    const { octokit } = await startWorld({ client: { retryAfterUnitMs: 25 } });
    const took = await elapsed(() => backOff(octokit, 3));
    expect(took).toBeGreaterThanOrEqual(220);
    expect(took).toBeLessThan(2_000);
  });
});
