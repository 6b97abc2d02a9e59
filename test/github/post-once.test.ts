/**
 * Posting a marked comment never twice: the thread is checked (from where the run read it) before
 * posting, a 5xx is retried only after checking whether GitHub wrote the comment anyway, and of two
 * runs that posted at once the later comment is removed.
 */
import { describe, expect, it } from 'vitest';
import { formatRecordLine } from '../../src/engine/records.js';
import { postOnce } from '../../src/github/appliers/post-once.js';
import { BOT, FULL_NAME, useApplierWorld } from './appliers-world.js';

const world = useApplierWorld();
const PAGE = { kind: 'level-page', level: 2 } as const;
const BODY = `${formatRecordLine(PAGE)}\nLevel 2 paged.`;
const COMMENTS = '/repos/acme/shop/issues/1/comments';

/** Issue #1, opened by alice a minute before the run. */
function incident(): number {
  return world().emulator.seed.issue(FULL_NAME, { title: 'Checkout down', author: 'alice', at: '2026-11-27T02:59:00Z' }).number;
}

describe('posting a marked comment once', () => {
  it('posts when the thread has no bot comment with the marker, and checks only what changed since the run read it', async () => {
    const w = world();
    const number = incident();
    w.emulator.seed.comment(FULL_NAME, number, { body: BODY, author: BOT, at: '2026-11-27T02:59:30Z' });
    w.emulator.seed.comment(FULL_NAME, number, { body: `${formatRecordLine({ kind: 'level-page', level: 1 })}\nLevel 1.`, author: BOT });
    w.requests();
    expect(await postOnce(w.context(number, { readUpTo: '2026-11-27T03:00:00.123Z' }), PAGE, BODY)).toBe(true);
    expect(w.requests()).toEqual([
      `GET ${COMMENTS}?since=2026-11-27T03%3A00%3A00Z&per_page=100`,
      `POST ${COMMENTS}`,
      `GET ${COMMENTS}?since=2026-11-27T03%3A00%3A00Z&per_page=100`,
    ]);
    expect(w.comments(number).map((comment) => comment.body)).toEqual([BODY, expect.stringContaining('page:level-1'), BODY]);
    expect(w.logged.warning).toEqual([]);
  });

  it('posts nothing when the bot posted the marker since the run read the thread, even within the same second', async () => {
    const w = world();
    const number = incident();
    w.emulator.seed.comment(FULL_NAME, number, { body: BODY, author: BOT, at: '2026-11-27T03:00:00Z' });
    w.requests();
    expect(await postOnce(w.context(number, { readUpTo: '2026-11-27T03:00:00.999Z' }), PAGE, BODY)).toBe(false);
    expect(w.requests()).toEqual([`GET ${COMMENTS}?since=2026-11-27T03%3A00%3A00Z&per_page=100`]);
    expect(w.comments(number)).toHaveLength(1);
  });

  it('does not take a marker typed by someone else, or a bot comment without a record, for the bot’s own', async () => {
    const w = world();
    const number = incident();
    w.emulator.seed.comment(FULL_NAME, number, { body: BODY, author: 'alice' });
    w.emulator.seed.comment(FULL_NAME, number, { body: 'Level 2 paged.', author: BOT });
    expect(await postOnce(w.context(number), PAGE, BODY)).toBe(true);
    expect(w.comments(number).map((comment) => comment.author)).toEqual(['alice', BOT, BOT]);
  });

  it('takes a comment whose author GitHub does not name (its schema allows a null user) as nobody’s record, its own post included', async () => {
    const w = world();
    const number = incident();
    w.emulator.seed.comment(FULL_NAME, number, { body: BODY, author: BOT });
    w.octokit.hook.after('request', (response) => {
      const data = response.data as { user: unknown } | { user: unknown }[];
      for (const comment of Array.isArray(data) ? data : [data]) comment.user = null;
    });
    expect(await postOnce(w.context(number), PAGE, BODY)).toBe(true);
    expect(w.comments(number).map((comment) => comment.body)).toEqual([BODY, BODY]);
  });

  it('refuses a token acting as someone other than bot-login, saying which input to set', async () => {
    const w = world();
    const number = incident();
    w.requests();
    await expect(postOnce(w.context(number, { botLogin: 'playbook-ops[bot]' }), PAGE, BODY)).rejects.toThrow(
      'The token acts as github-actions[bot], but bot-login is playbook-ops[bot]: set the bot-login input to github-actions[bot], or nothing the bot writes is recognised as its own.',
    );
    expect(w.requests()).toEqual([`GET ${COMMENTS}?since=2026-11-27T03%3A00%3A00Z&per_page=100`, `POST ${COMMENTS}`]);
  });

  it('retries a 5xx after checking the thread, and posts once', async () => {
    const w = world();
    const number = incident();
    w.emulator.faults.add({ method: 'POST', path: COMMENTS, status: 502, times: 2 });
    w.requests();
    expect(await postOnce(w.context(number), PAGE, BODY)).toBe(true);
    const check = `GET ${COMMENTS}?since=2026-11-27T03%3A00%3A00Z&per_page=100`;
    expect(w.requests()).toEqual([check, `POST ${COMMENTS}`, check, `POST ${COMMENTS}`, check, `POST ${COMMENTS}`, check]);
    expect(w.comments(number).map((comment) => comment.body)).toEqual([BODY]);
    expect(w.logged.warning).toEqual([
      'Posting page:level-2 failed (Bad Gateway - https://docs.github.com/rest); checking whether it was written before retrying.',
      'Posting page:level-2 failed (Bad Gateway - https://docs.github.com/rest); checking whether it was written before retrying.',
    ]);
  });

  it('counts a 5xx after GitHub wrote the comment as posted, without posting again', async () => {
    const w = world();
    const number = incident();
    w.emulator.faults.add({ method: 'POST', path: COMMENTS, afterWrite: true });
    w.requests();
    expect(await postOnce(w.context(number), PAGE, BODY)).toBe(true);
    const check = `GET ${COMMENTS}?since=2026-11-27T03%3A00%3A00Z&per_page=100`;
    expect(w.requests()).toEqual([check, `POST ${COMMENTS}`, check]);
    expect(w.comments(number).map((comment) => comment.body)).toEqual([BODY]);
  });

  it('gives up after the fourth 5xx, with the error', async () => {
    const w = world();
    const number = incident();
    w.emulator.faults.add({ method: 'POST', path: COMMENTS, status: 500, times: 5 });
    w.requests();
    await expect(postOnce(w.context(number), PAGE, BODY)).rejects.toMatchObject({ status: 500 });
    expect(w.requests().filter((line) => line.startsWith('POST'))).toHaveLength(4);
    expect(w.logged.warning).toHaveLength(3);
    expect(w.comments(number)).toEqual([]);
  });

  it('does not retry a refusal (4xx)', async () => {
    const w = world();
    const number = incident();
    w.emulator.faults.add({ method: 'POST', path: COMMENTS, status: 422 });
    w.requests();
    await expect(postOnce(w.context(number), PAGE, BODY)).rejects.toMatchObject({ status: 422 });
    expect(w.requests()).toEqual([`GET ${COMMENTS}?since=2026-11-27T03%3A00%3A00Z&per_page=100`, `POST ${COMMENTS}`]);
    expect(w.logged.warning).toEqual([]);
  });

  it('removes its own copy when another run posted the marker first, while this one was posting', async () => {
    const w = world();
    const number = incident();
    let competitor = 0;
    w.afterRequest((request) => {
      if (competitor === 0 && request.method === 'GET' && request.path === COMMENTS) competitor = w.emulator.seed.comment(FULL_NAME, number, { body: BODY, author: BOT }).id;
    });
    w.requests();
    expect(await postOnce(w.context(number), PAGE, BODY)).toBe(false);
    const posted = w.emulator.requests.find((request) => request.method === 'POST');
    const mine = (posted?.responseBody as { id: number }).id;
    const check = `GET ${COMMENTS}?since=2026-11-27T03%3A00%3A00Z&per_page=100`;
    expect(w.requests()).toEqual([check, `POST ${COMMENTS}`, check, `DELETE /repos/acme/shop/issues/comments/${mine}`]);
    expect(w.comments(number).map((comment) => comment.id)).toEqual([competitor]);
    expect(w.logged.warning).toEqual(["Another run posted page:level-2 at the same time; removing this run's copy."]);
  });

  it('keeps its comment when another run posted the marker after it (that run removes its own)', async () => {
    const w = world();
    const number = incident();
    w.afterRequest((request) => {
      if (request.method === 'POST' && request.path === COMMENTS) w.emulator.seed.comment(FULL_NAME, number, { body: BODY, author: BOT });
    });
    expect(await postOnce(w.context(number), PAGE, BODY)).toBe(true);
    expect(w.comments(number)).toHaveLength(2);
    expect(w.logged.warning).toEqual([]);
  });
});
