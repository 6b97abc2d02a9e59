/** A run counts every request its client sends (retries too) against its budget, and only while it runs. */
import { Octokit } from '@octokit/rest';
import { describe, expect, it } from 'vitest';
import { BOT_TOKEN } from '../../src/emulator/index.js';
import { DEFAULT_MAX_REQUESTS, type RequestBudget, withRequestBudget } from '../../src/github/request-budget.js';
import { FULL_NAME, REPO, closeWorldsAfterEach, startWorld } from './octokit.world.js';

closeWorldsAfterEach();

describe('withRequestBudget', () => {
  it('counts each request sent and has work left only while fewer than the limit were sent', async () => {
    const { emulator, octokit } = await startWorld();
    emulator.seed.issue(FULL_NAME, { title: 'Checkout down' });
    const seen: [number, boolean][] = [];
    const result = await withRequestBudget(octokit, 2, async (budget) => {
      seen.push([budget.spent(), budget.left()]);
      await octokit.rest.issues.get({ ...REPO, issue_number: 1 });
      seen.push([budget.spent(), budget.left()]);
      await octokit.rest.issues.get({ ...REPO, issue_number: 1 });
      seen.push([budget.spent(), budget.left()]);
      return budget.limit;
    });
    expect(result).toBe(2);
    expect(seen).toEqual([
      [0, true],
      [1, true],
      [2, false],
    ]);
  });

  it('counts a retried request once per try', async () => {
    const { emulator, octokit } = await startWorld();
    emulator.seed.issue(FULL_NAME, { title: 'Checkout down' });
    emulator.faults.add({ method: 'GET', path: '/repos/acme/shop/issues/1', status: 502 });
    const spent = await withRequestBudget(octokit, DEFAULT_MAX_REQUESTS, async (budget) => {
      await octokit.rest.issues.get({ ...REPO, issue_number: 1 });
      return budget.spent();
    });
    expect(spent).toBe(2);
  });

  it('stops counting when the work ends, even when it failed', async () => {
    const { emulator, octokit } = await startWorld();
    emulator.seed.issue(FULL_NAME, { title: 'Checkout down' });
    let kept: RequestBudget | undefined;
    await expect(
      withRequestBudget(octokit, 5, async (budget) => {
        kept = budget;
        await octokit.rest.issues.get({ ...REPO, issue_number: 1 });
        throw new Error('the engine failed');
      }),
    ).rejects.toThrow('the engine failed');
    await octokit.rest.issues.get({ ...REPO, issue_number: 1 });
    expect(kept?.spent()).toBe(1);
  });

  it('counts each call once on a client made elsewhere, which has no hook for its tries', async () => {
    const { emulator } = await startWorld();
    emulator.seed.issue(FULL_NAME, { title: 'Checkout down' });
    const plain = new Octokit({ baseUrl: emulator.url, auth: BOT_TOKEN });
    let kept: RequestBudget | undefined;
    await withRequestBudget(plain, 5, async (budget) => {
      kept = budget;
      await plain.rest.issues.get({ ...REPO, issue_number: 1 });
    });
    await plain.rest.issues.get({ ...REPO, issue_number: 1 });
    expect(kept?.spent()).toBe(1);
  });

  it('lets a run send 500 requests unless told otherwise: half of what GITHUB_TOKEN may send in an hour', () => {
    expect(DEFAULT_MAX_REQUESTS).toBe(500);
  });
});
