/**
 * Pagination at its edges, as Octokit's paginate meets them: one page has no Link header, a page past
 * the end is empty and points back to the last, `per_page` below 1 reads as 1, a page below 1 as the
 * first; and `GET /rate_limit` shows the core budget as counted beside the untouched others.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { clientFor, startEmulator } from './helpers.js';

const repo = { owner: 'acme', repo: 'shop' };
let emulator: Emulator;

beforeEach(async () => {
  emulator = await startEmulator();
  for (let index = 1; index <= 3; index += 1) emulator.seed.issue('acme/shop', { title: `issue ${index}` });
});
afterEach(async () => {
  emulator.assertNoValidationErrors();
  await emulator.close();
});

async function page(query: Record<string, string>): Promise<{ numbers: number[]; link: string | undefined }> {
  const answer = await clientFor(emulator).request('GET /repos/{owner}/{repo}/issues', { ...repo, direction: 'asc', ...query });
  return { numbers: answer.data.map((issue: { number: number }) => issue.number), link: answer.headers.link };
}

test('one page has no Link header', async () => {
  expect(await page({})).toEqual({ numbers: [1, 2, 3], link: undefined });
});

test('a page past the end is empty and points back to the first and the last page', async () => {
  const base = `${emulator.url}/repos/acme/shop/issues?direction=asc&per_page=2`;
  expect(await page({ per_page: '2', page: '5' })).toEqual({ numbers: [], link: `<${base}&page=1>; rel="first", <${base}&page=2>; rel="prev"` });
});

test('per_page below 1 reads as 1, and a page below 1 as the first', async () => {
  expect((await page({ per_page: '0' })).numbers).toEqual([1]);
  expect((await page({ per_page: '2', page: '0' })).numbers).toEqual([1, 2]);
});

test('the rate limit shows the core budget as counted and the other budgets untouched', async () => {
  const { data } = await clientFor(emulator).rest.rateLimit.get();
  const reset = data.resources.core.reset;
  expect(data.rate).toEqual(data.resources.core);
  expect(data.resources.core).toMatchObject({ limit: 5000, used: 1, remaining: 4999 });
  expect(reset - Date.now() / 1000).toBeGreaterThan(3500);
  expect(data.resources).toMatchObject({
    search: { limit: 30, remaining: 30, used: 0, reset },
    graphql: { limit: 5000, remaining: 5000, used: 0, reset },
    integration_manifest: { limit: 5000, remaining: 5000, used: 0, reset },
    code_search: { limit: 10, remaining: 10, used: 0, reset },
  });
});
