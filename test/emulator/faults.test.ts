import { RequestError } from '@octokit/request-error';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { clientFor, startEmulator } from './helpers.js';

const repo = { owner: 'acme', repo: 'shop' };
const commentsPath = '/repos/acme/shop/issues/1/comments';
let emulator: Emulator;

beforeEach(async () => {
  emulator = await startEmulator();
  emulator.seed.issue('acme/shop', { title: 'Outage' });
});
afterEach(async () => {
  emulator.assertNoValidationErrors();
  await emulator.close();
});

function statuses(path: string): number[] {
  return emulator.requests.filter((request) => request.path === path).map((request) => request.status);
}

function comments(): string[] {
  return emulator.state.repos['acme/shop']?.comments.map((comment) => comment.body) ?? [];
}

test('a plain 500 is retried by the retry plugin and then succeeds', async () => {
  const fault = emulator.faults.add({ method: 'POST', path: commentsPath, status: 500 });
  const answer = await clientFor(emulator).rest.issues.createComment({ ...repo, issue_number: 1, body: 'update' });
  expect(answer.status).toBe(201);
  expect(statuses(commentsPath)).toEqual([500, 201]);
  expect(comments()).toEqual(['update']);
  expect(fault.fired).toBe(1);
  expect(emulator.faults.pending).toEqual([]);
  expect(emulator.requests[0]?.fault).toBe(fault.id);
});

test('a 403 secondary rate limit with retry-after: the throttling plugin waits that long and retries', async () => {
  emulator.faults.add({ path: '/repos/acme/shop/issues/1', rateLimit: 'secondary', status: 403, retryAfter: 1 });
  const waits: number[] = [];
  const octokit = clientFor(emulator, 'bot-token', {
    onSecondaryRateLimit: (retryAfter: number) => {
      waits.push(retryAfter);
      return true;
    },
  });
  const answer = await octokit.rest.issues.get({ ...repo, issue_number: 1 });
  expect(answer.data.title).toBe('Outage');
  expect(waits).toEqual([1]);
  expect(statuses('/repos/acme/shop/issues/1')).toEqual([403, 200]);
});

test('a 429 secondary rate limit without retry-after: the plugin falls back to its own wait', async () => {
  emulator.faults.add({ method: 'GET', path: /\/issues\/1$/, rateLimit: 'secondary', status: 429 });
  const waits: number[] = [];
  const octokit = clientFor(emulator, 'bot-token', {
    fallbackSecondaryRateRetryAfter: 0.5,
    onSecondaryRateLimit: (retryAfter: number) => {
      waits.push(retryAfter);
      return true;
    },
  });
  expect((await octokit.rest.issues.get({ ...repo, issue_number: 1 })).status).toBe(200);
  expect(waits).toEqual([0.5]);
  expect(statuses('/repos/acme/shop/issues/1')).toEqual([429, 200]);
});

test('a primary rate limit (x-ratelimit-remaining 0): the plugin waits for the reset and retries', async () => {
  emulator.faults.add({ path: '/repos/acme/shop/issues/1', rateLimit: 'primary', retryAfter: 0 });
  let primary = 0;
  let secondary = 0;
  const octokit = clientFor(emulator, 'bot-token', {
    onRateLimit: () => {
      primary += 1;
      return true;
    },
    onSecondaryRateLimit: () => {
      secondary += 1;
      return true;
    },
  });
  expect((await octokit.rest.issues.get({ ...repo, issue_number: 1 })).status).toBe(200);
  expect([primary, secondary]).toEqual([1, 0]);
  expect(statuses('/repos/acme/shop/issues/1')).toEqual([403, 200]);
});

test('rate-limit answers carry the headers and bodies GitHub sends', async () => {
  emulator.faults.add({ path: '/rate_limit', rateLimit: 'secondary', retryAfter: 1 });
  emulator.faults.add({ path: '/rate_limit', rateLimit: 'secondary', status: 429 });
  emulator.faults.add({ path: '/rate_limit', rateLimit: 'primary', retryAfter: 30 });
  const get = (): Promise<Response> => fetch(`${emulator.url}/rate_limit`, { headers: { authorization: 'token bot-token' } });

  const withRetryAfter = await get();
  expect(withRetryAfter.status).toBe(403);
  expect(withRetryAfter.headers.get('retry-after')).toBe('1');
  const body = (await withRetryAfter.json()) as { message: string; documentation_url: string };
  expect(body.message).toMatch(/^You have exceeded a secondary rate limit\./);
  expect(body.documentation_url).toContain('#about-secondary-rate-limits');

  const without = await get();
  expect(without.status).toBe(429);
  expect(without.headers.get('retry-after')).toBeNull();

  const quota = await get();
  expect(quota.status).toBe(403);
  expect(quota.headers.get('x-ratelimit-remaining')).toBe('0');
  const reset = Number(quota.headers.get('x-ratelimit-reset'));
  expect(reset - Math.floor(Date.now() / 1000)).toBeGreaterThanOrEqual(29);
  expect(((await quota.json()) as { message: string }).message).toMatch(/^API rate limit exceeded/);

  const normal = await get();
  expect(normal.status).toBe(200);
  expect(Number(normal.headers.get('x-ratelimit-remaining'))).toBeGreaterThan(0);
});

test('500 after the write: the comment exists although the caller saw a failure', async () => {
  emulator.faults.add({ method: 'POST', path: commentsPath, afterWrite: true });
  const error = await clientFor(emulator)
    .rest.issues.createComment({ ...repo, issue_number: 1, body: 'paged', request: { retries: 0 } })
    .catch((caught: unknown) => caught);
  expect((error as RequestError).status).toBe(500);
  expect(comments()).toEqual(['paged']);
});

test('500 after the write, retried blindly: the retry duplicates the comment', async () => {
  emulator.faults.add({ method: 'POST', path: commentsPath, afterWrite: true });
  const answer = await clientFor(emulator).rest.issues.createComment({ ...repo, issue_number: 1, body: 'paged' });
  expect(answer.status).toBe(201);
  expect(statuses(commentsPath)).toEqual([500, 201]);
  expect(comments()).toEqual(['paged', 'paged']);
});

test('latency delays the answer: a later request overtakes the slow one', async () => {
  const octokit = clientFor(emulator);
  // Warm up both operations so the race compares latency, not first-use schema compilation.
  await octokit.rest.issues.get({ ...repo, issue_number: 1 });
  await octokit.rest.repos.get(repo);
  const fault = emulator.faults.add({ path: '/repos/acme/shop/issues/1', latencyMs: 500 });
  const finished: string[] = [];
  const slow = octokit.rest.issues.get({ ...repo, issue_number: 1 }).then((answer) => finished.push(`slow ${answer.status}`));
  const fast = octokit.rest.repos.get(repo).then((answer) => finished.push(`fast ${answer.status}`));
  await Promise.all([slow, fast]);
  expect(finished).toEqual(['fast 200', 'slow 200']);
  expect(fault.fired).toBe(1);
});

test('times, method and path decide which requests a fault hits', async () => {
  const fault = emulator.faults.add({ method: 'POST', path: /\/comments$/, status: 502, times: 2 });
  const octokit = clientFor(emulator);
  expect((await octokit.rest.issues.listComments({ ...repo, issue_number: 1 })).status).toBe(200);
  const once = { ...repo, issue_number: 1, body: 'x', request: { retries: 0 } };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    expect(((await octokit.rest.issues.createComment(once).catch((caught: unknown) => caught)) as RequestError).status).toBe(502);
  }
  expect((await octokit.rest.issues.createComment(once)).status).toBe(201);
  expect([fault.fired, fault.remaining]).toEqual([2, 0]);
  emulator.faults.add({ status: 500, times: 5 });
  emulator.faults.clear();
  expect(emulator.faults.pending).toEqual([]);
});

test('a fault needs something to do', () => {
  expect(() => emulator.faults.add({ path: '/x' })).toThrow(/give a status/);
  expect(() => emulator.faults.add({ rateLimit: 'secondary', status: 500 })).toThrow(/403 or 429/);
});

test('an unknown route is 404 in GitHub error shape', async () => {
  const answer = await fetch(`${emulator.url}/repos/acme/shop/teleport`, { headers: { authorization: 'token bot-token' } });
  expect(answer.status).toBe(404);
  expect(await answer.json()).toEqual({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
  expect(emulator.requests.at(-1)).toMatchObject({ operationId: null, status: 404 });
});

test('GET /rate_limit reports the core budget used', async () => {
  const octokit = clientFor(emulator);
  await octokit.rest.repos.get(repo);
  const answer = await octokit.rest.rateLimit.get();
  expect(answer.data.rate).toMatchObject({ limit: 5000, used: 2, remaining: 4998 });
  expect(answer.data.resources.core).toEqual(answer.data.rate);
  expect(answer.headers['x-ratelimit-remaining']).toBe('4998');
});

test('a fault can name whose requests it hits and how many it lets through first', async () => {
  emulator.seed.token('ada-token', 'ada');
  const fault = emulator.faults.add({ method: 'POST', path: commentsPath, status: 502, actor: 'ada', skip: 1 });
  const ada = clientFor(emulator, 'ada-token');
  await clientFor(emulator).rest.issues.createComment({ ...repo, issue_number: 1, body: 'by the default login' });
  await ada.rest.issues.createComment({ ...repo, issue_number: 1, body: 'first by ada' });
  expect(fault.fired).toBe(0);
  await ada.rest.issues.createComment({ ...repo, issue_number: 1, body: 'second by ada' });
  expect(fault.fired).toBe(1);
  expect(statuses(commentsPath)).toEqual([201, 201, 502, 201]);
  expect(() => emulator.faults.add({ status: 500, skip: -1 })).toThrow(/skip must be a whole number/);
});
