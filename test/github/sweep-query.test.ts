/**
 * The sweep's bulk read (src/github/sweep-query.ts) against the emulator's GraphQL: which issues it
 * returns and in what order, what it keeps of each, and how many requests it takes for lists longer
 * than a page.
 */
import { describe, expect, it } from 'vitest';
import type { GitHubClient } from '../../src/github/octokit.js';
import { readBulk } from '../../src/github/sweep-query.js';
import { BOT, FULL_NAME, useGitHub } from './sweep-world.js';

const world = useGitHub();
const PENDING = 'postmortem-pending';

/** The variables of each GraphQL request since `from`. */
function variables(from = 0): Record<string, unknown>[] {
  return world()
    .emulator.requests.slice(from)
    .map((request) => (request.requestBody as { variables: Record<string, unknown> }).variables);
}

/** Rewrites each GraphQL answer with `change`: for answers GitHub gives and the emulator does not (a deleted author). */
function rewriteAnswers(octokit: GitHubClient, change: (data: { repository: Record<string, unknown> | null }) => void): void {
  octokit.hook.wrap('request', async (request, options) => {
    const response = await request(options);
    change((response.data as { data: { repository: Record<string, unknown> | null } }).data);
    return response;
  });
}

describe('the bulk read', () => {
  it('returns every open incident and every issue awaiting its post-mortem once, open incidents first, oldest first, in one request', async () => {
    const w = world();
    const seed = w.emulator.seed;
    seed.issue(FULL_NAME, { title: 'open incident', labels: ['incident', 'sev-2'] });
    seed.issue(FULL_NAME, { title: 'a plain issue' });
    seed.issue(FULL_NAME, { title: 'closed incident', labels: ['incident'], state: 'closed' });
    seed.issue(FULL_NAME, { title: 'closed, post-mortem pending', labels: ['incident', PENDING], state: 'closed' });
    seed.issue(FULL_NAME, { title: 'open and pending', labels: ['incident', PENDING] });
    const card = seed.comment(FULL_NAME, 1, { body: 'the card', author: BOT });
    const person = seed.comment(FULL_NAME, 1, { body: 'on it', author: 'wendy' });

    const issues = await readBulk(w.octokit, w.repo, 'incident', PENDING);

    expect(issues).toEqual([
      {
        number: 1,
        state: 'open',
        labels: ['incident', 'sev-2'],
        comments: 2,
        firstComments: [
          { id: card.id, author: 'github-actions', body: 'the card' },
          { id: person.id, author: 'wendy', body: 'on it' },
        ],
      },
      { number: 5, state: 'open', labels: ['incident', PENDING], comments: 0, firstComments: [] },
      { number: 4, state: 'closed', labels: ['incident', PENDING], comments: 0, firstComments: [] },
    ]);
    expect(w.calls()).toEqual(['POST /graphql']);
    expect(variables()).toEqual([{ owner: 'acme', repo: 'shop', incident: ['incident'], pending: [PENDING], openAfter: null, pendingAfter: null, withOpen: true, withPending: true }]);
  });

  it('reads a list longer than a page page by page, and leaves the list that is done out of the next query', async () => {
    const w = world();
    for (let number = 1; number <= 101; number += 1) w.emulator.seed.issue(FULL_NAME, { title: `incident ${number}`, labels: ['incident'] });
    w.emulator.seed.issue(FULL_NAME, { title: 'pending', labels: [PENDING], state: 'closed' });

    const issues = await readBulk(w.octokit, w.repo, 'incident', PENDING);

    // Page by page: the first hundred incidents, the pending issue, then the last incident.
    expect(issues.map((issue) => issue.number)).toEqual([...Array.from({ length: 100 }, (_, index) => index + 1), 102, 101]);
    const [first, second] = variables();
    expect(first).toMatchObject({ openAfter: null, pendingAfter: null, withOpen: true, withPending: true });
    const endCursor = (w.emulator.requests[0]?.responseBody as { data: { repository: { open: { pageInfo: { endCursor: string } } } } }).data.repository.open.pageInfo.endCursor;
    expect(second).toEqual({ owner: 'acme', repo: 'shop', incident: ['incident'], pending: [PENDING], openAfter: endCursor, pendingAfter: null, withOpen: true, withPending: false });
    expect(variables()).toHaveLength(2);
  });

  it('goes on with the post-mortem list when the incident list is done', async () => {
    const w = world();
    w.emulator.seed.issue(FULL_NAME, { title: 'open', labels: ['incident'] });
    for (let number = 2; number <= 102; number += 1) w.emulator.seed.issue(FULL_NAME, { title: `pending ${number}`, labels: [PENDING], state: 'closed' });

    const issues = await readBulk(w.octokit, w.repo, 'incident', PENDING);

    expect(issues).toHaveLength(102);
    expect(issues.at(-1)).toMatchObject({ number: 102, state: 'closed' });
    expect(variables().map(({ withOpen, withPending, openAfter }) => ({ withOpen, withPending, openAfter }))).toEqual([
      { withOpen: true, withPending: true, openAfter: null },
      { withOpen: false, withPending: true, openAfter: null },
    ]);
    expect(variables()[1]?.pendingAfter).toEqual(expect.any(String));
  });

  it('gives an issue with more labels than a page none, so it is read in full; a page of labels exactly is kept', async () => {
    const w = world();
    const many = (count: number) => ['incident', ...Array.from({ length: count - 1 }, (_, index) => `tag-${index}`)];
    w.emulator.seed.issue(FULL_NAME, { title: 'exactly a page', labels: many(100) });
    w.emulator.seed.issue(FULL_NAME, { title: 'one more', labels: many(101) });

    const issues = await readBulk(w.octokit, w.repo, 'incident', PENDING);

    expect(issues.map((issue) => issue.labels?.length ?? null)).toEqual([100, null]);
  });

  it('keeps the first five comments and counts them all', async () => {
    const w = world();
    w.emulator.seed.issue(FULL_NAME, { title: 'busy', labels: ['incident'] });
    for (let index = 1; index <= 7; index += 1) w.emulator.seed.comment(FULL_NAME, 1, { body: `comment ${index}` });

    const [issue] = await readBulk(w.octokit, w.repo, 'incident', PENDING);

    expect(issue?.comments).toBe(7);
    expect(issue?.firstComments.map((comment) => comment.body)).toEqual(['comment 1', 'comment 2', 'comment 3', 'comment 4', 'comment 5']);
  });

  it('names a deleted author "ghost" and leaves out a comment without a database id', async () => {
    const w = world();
    w.emulator.seed.issue(FULL_NAME, { title: 'old', labels: ['incident'] });
    const kept = w.emulator.seed.comment(FULL_NAME, 1, { body: 'by someone who left' });
    w.emulator.seed.comment(FULL_NAME, 1, { body: 'no id' });
    rewriteAnswers(w.octokit, (data) => {
      const open = data.repository?.open as { nodes: { comments: { nodes: { databaseId: number | null; author: unknown }[] } }[] };
      const [first, second] = open.nodes[0]?.comments.nodes ?? [];
      if (first !== undefined) first.author = null;
      if (second !== undefined) second.databaseId = null;
    });

    const [issue] = await readBulk(w.octokit, w.repo, 'incident', PENDING);

    expect(issue?.firstComments).toEqual([{ id: kept.id, author: 'ghost', body: 'by someone who left' }]);
    expect(issue?.comments).toBe(2);
  });

  it('fails naming the repository when GitHub answers it has none', async () => {
    const w = world();
    rewriteAnswers(w.octokit, (data) => {
      data.repository = null;
    });
    await expect(readBulk(w.octokit, w.repo, 'incident', PENDING)).rejects.toThrow(/^the repository acme\/shop was not found$/);
  });
});
