/**
 * The bot's one comment per pull request: found by its marker among the bot's own comments,
 * rewritten only when its body changed, posted once, and a read-only token (a fork's pull request)
 * reported as such rather than failing.
 */
import { describe, expect, it } from 'vitest';
import { formatRecordLine } from '../../src/engine/records.js';
import { writeStickyComment } from '../../src/github/sticky-comment.js';
import { BOT, FULL_NAME, OWNER, REPO, useApplierWorld } from './appliers-world.js';

const world = useApplierWorld();
const CHECK = { kind: 'playbook-check' } as const;
const BODY = `${formatRecordLine(CHECK)}\nAll playbooks valid.`;
const COMMENTS = '/repos/acme/shop/issues/1/comments';
const READ_ONLY =
  'the workflow token may not write to this pull request (GitHub gives pull requests from forks a read-only token), so no comment could be written; the job summary holds the whole report';

function sticky() {
  const w = world();
  const number = w.emulator.seed.issue(FULL_NAME, { title: 'Update playbooks', author: 'alice', at: '2026-11-27T02:00:00Z' }).number;
  return { number, context: { octokit: w.octokit, issue: { owner: OWNER, repo: REPO, number }, botLogin: BOT, log: w.log } };
}

describe('the sticky comment', () => {
  it('is posted when the bot has none, checking for another run’s only from the newest change read', async () => {
    const w = world();
    const { number, context } = sticky();
    w.emulator.seed.comment(FULL_NAME, number, { body: `${formatRecordLine(CHECK)}\nTyped by alice.`, author: 'alice', at: '2026-11-27T02:50:00Z' });
    w.emulator.seed.comment(FULL_NAME, number, { body: `${formatRecordLine({ kind: 'review-reminder' })}\nOther.`, author: BOT, at: '2026-11-27T02:40:00Z' });
    w.requests();
    expect(await writeStickyComment(context, CHECK, BODY)).toEqual({ kind: 'created' });
    const since = `since=2026-11-27T02%3A50%3A00Z&per_page=100`;
    expect(w.requests()).toEqual([`GET ${COMMENTS}?per_page=100`, `GET ${COMMENTS}?${since}`, `POST ${COMMENTS}`, `GET ${COMMENTS}?${since}`]);
    expect(w.comments(number).map((comment) => comment.author)).toEqual(['alice', BOT, BOT]);
    expect(w.comments(number)[2]?.body).toBe(BODY);
  });

  it('on a thread without comments checks it all', async () => {
    const w = world();
    const { number, context } = sticky();
    w.requests();
    expect(await writeStickyComment(context, CHECK, BODY)).toEqual({ kind: 'created' });
    expect(w.requests()[1]).toBe(`GET ${COMMENTS}?since=1970-01-01T00%3A00%3A00Z&per_page=100`);
    expect(w.comments(number).map((comment) => comment.body)).toEqual([BODY]);
  });

  it('is rewritten in place when its body changed, and left alone when it did not', async () => {
    const w = world();
    const { number, context } = sticky();
    const old = w.emulator.seed.comment(FULL_NAME, number, { body: `${formatRecordLine(CHECK)}\nTwo problems.`, author: BOT });
    w.requests();
    expect(await writeStickyComment(context, CHECK, BODY)).toEqual({ kind: 'updated' });
    expect(w.requests()).toEqual([`GET ${COMMENTS}?per_page=100`, `PATCH /repos/acme/shop/issues/comments/${old.id}`]);
    expect(w.comments(number)).toEqual([{ id: old.id, author: BOT, body: BODY }]);
    expect(await writeStickyComment(context, CHECK, BODY)).toEqual({ kind: 'unchanged' });
    expect(w.requests()).toEqual([`GET ${COMMENTS}?per_page=100`]);
  });

  it('does not take a comment whose author GitHub does not name for the bot’s', async () => {
    const w = world();
    const { number, context } = sticky();
    w.emulator.seed.comment(FULL_NAME, number, { body: BODY, author: BOT });
    w.octokit.hook.after('request', (response, options) => {
      if (options.method === 'GET') for (const comment of response.data as { user: unknown }[]) comment.user = null;
    });
    expect(await writeStickyComment(context, CHECK, BODY)).toEqual({ kind: 'created' });
    expect(w.comments(number)).toHaveLength(2);
  });

  it('is not written with a read-only token, and says why', async () => {
    const w = world();
    const { number, context } = sticky();
    w.emulator.faults.add({ method: 'POST', path: COMMENTS, status: 403 });
    expect(await writeStickyComment(context, CHECK, BODY)).toEqual({ kind: 'not-written', reason: READ_ONLY });
    w.emulator.seed.comment(FULL_NAME, number, { body: `${formatRecordLine(CHECK)}\nOld.`, author: BOT });
    w.emulator.faults.add({ method: 'PATCH', status: 403 });
    expect(await writeStickyComment(context, CHECK, BODY)).toEqual({ kind: 'not-written', reason: READ_ONLY });
  });

  it('fails on a rate limit (not a lack of permission) and on other errors', async () => {
    const w = world();
    const { context } = sticky();
    w.emulator.faults.add({ method: 'POST', path: COMMENTS, rateLimit: 'primary', retryAfter: 0, times: 3 });
    await expect(writeStickyComment(context, CHECK, BODY)).rejects.toMatchObject({ status: 403 });
    w.emulator.faults.add({ method: 'POST', path: COMMENTS, status: 403, retryAfter: 60 });
    await expect(writeStickyComment(context, CHECK, BODY)).rejects.toMatchObject({ status: 403 });
    w.emulator.faults.add({ method: 'POST', path: COMMENTS, status: 404 });
    await expect(writeStickyComment(context, CHECK, BODY)).rejects.toMatchObject({ status: 404 });
    expect(w.emulator.faults.pending).toEqual([]);
  });
});
