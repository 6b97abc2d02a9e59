/**
 * Completing a merged post-mortem: a follow-up issue per action item, found rather than opened again
 * on a rerun or after a failure GitHub had written, then the `postmortem:complete` comment listing them.
 */
import { describe, expect, it } from 'vitest';
import type { Effect } from '../../src/engine/effects.js';
import { formatFollowUpLine, formatRecordLine } from '../../src/engine/records.js';
import { followUps } from '../../src/github/appliers/follow-ups.js';
import { BOT, FULL_NAME, useApplierWorld } from './appliers-world.js';

const world = useApplierWorld();
const ISSUES = '/repos/acme/shop/issues';
const LIST = `GET ${ISSUES}?labels=follow-up&creator=github-actions%5Bbot%5D&state=all&per_page=100`;

/** Issue #1, the incident, and the effect completing it with `items`. */
function completing(items: string[]): Extract<Effect, { kind: 'follow-ups' }> {
  const number = world().emulator.seed.issue(FULL_NAME, { title: 'Checkout down', author: 'alice', labels: ['incident'] }).number;
  return { kind: 'follow-ups', incident: { number, title: 'Checkout down', url: `https://github.com/${FULL_NAME}/issues/${number}` }, pull: { number: 9, url: `https://github.com/${FULL_NAME}/pull/9` }, items, label: 'follow-up' };
}

/** A follow-up issue of incident `incident`, item `item`, as `author` opened it. */
function followUp(incident: number, item: number, title: string, author = BOT): number {
  return world().emulator.seed.issue(FULL_NAME, { title, author, labels: ['follow-up'], body: `${formatFollowUpLine(incident, item)}\n${title}` }).number;
}

/** The `postmortem:complete` comment on the incident, as the plain renderer writes it. */
function complete(followUpsListed: { number: number; title: string }[]): string {
  return `${formatRecordLine({ kind: 'postmortem', step: 'complete' })}\n${JSON.stringify({ type: 'postmortem-complete', pull: { number: 9, url: `https://github.com/${FULL_NAME}/pull/9` }, followUps: followUpsListed })}`;
}

describe('completing a merged post-mortem', () => {
  it('opens a labelled follow-up issue per action item, linking the incident, and lists them on the incident', async () => {
    const w = world();
    const effect = completing(['Add a circuit breaker', 'Page the database team']);
    w.requests();
    await expect(followUps(effect, w.context(1))).resolves.toBe('open 2 follow-up issue(s) from post-mortem #9 and mark the incident complete');
    expect(w.requests().slice(0, 3)).toEqual([LIST, `POST ${ISSUES}`, `POST ${ISSUES}`]);
    const opened = w.repo().issues.filter((issue) => issue.number > 1);
    expect(opened.map(({ title, body, labels, author }) => ({ title, body, labels, author }))).toEqual([
      { title: 'Add a circuit breaker (follow-up of #1)', body: `${formatFollowUpLine(1, 1)}\nAdd a circuit breaker (from #9)`, labels: ['follow-up'], author: BOT },
      { title: 'Page the database team (follow-up of #1)', body: `${formatFollowUpLine(1, 2)}\nPage the database team (from #9)`, labels: ['follow-up'], author: BOT },
    ]);
    expect(w.comments(1).map((comment) => comment.body)).toEqual([
      complete([
        { number: 2, title: 'Add a circuit breaker (follow-up of #1)' },
        { number: 3, title: 'Page the database team (follow-up of #1)' },
      ]),
    ]);
  });

  it('on a rerun opens only the follow-ups missing, even closed ones count, and lists them all in item order', async () => {
    const w = world();
    const effect = completing(['Add a circuit breaker', 'Page the database team', 'Write the runbook']);
    const second = followUp(1, 2, 'Page the database team (follow-up of #1)');
    w.emulator.seed.close(FULL_NAME, second);
    followUp(1, 1, 'Of another incident', 'alice');
    followUp(7, 1, 'Circuit breaker of incident 7');
    w.requests();
    await followUps(effect, w.context(1));
    expect(w.requests().filter((line) => line.startsWith('POST'))).toEqual([`POST ${ISSUES}`, `POST ${ISSUES}`, `POST ${ISSUES}/1/comments`]);
    expect(w.comments(1).map((comment) => comment.body)).toEqual([
      complete([
        { number: 5, title: 'Add a circuit breaker (follow-up of #1)' },
        { number: second, title: 'Page the database team (follow-up of #1)' },
        { number: 6, title: 'Write the runbook (follow-up of #1)' },
      ]),
    ]);
  });

  it('does not take an issue whose author GitHub does not name for the bot’s follow-up', async () => {
    const w = world();
    const effect = completing(['Add a circuit breaker']);
    followUp(1, 1, 'Add a circuit breaker (follow-up of #1)');
    w.octokit.hook.after('request', (response, options) => {
      if (options.method === 'GET' && /\/issues\?/.test(options.url)) for (const issue of response.data as { user: unknown }[]) issue.user = null;
    });
    await followUps(effect, w.context(1));
    expect(w.repo().issues.map((issue) => issue.title)).toEqual(['Checkout down', 'Add a circuit breaker (follow-up of #1)', 'Add a circuit breaker (follow-up of #1)']);
  });

  it('lists the newest of two follow-ups of one item', async () => {
    const w = world();
    const effect = completing(['Add a circuit breaker']);
    followUp(1, 1, 'First');
    w.advance(60);
    const newest = followUp(1, 1, 'Second');
    await followUps(effect, w.context(1));
    expect(w.comments(1).map((comment) => comment.body)).toEqual([complete([{ number: newest, title: 'Second' }])]);
  });

  it('keeps titles within GitHub’s 256 characters, cutting the item’s text (not a character in two) and keeping the link', async () => {
    const w = world();
    const fits = 'a'.repeat(238);
    const long = 'b'.repeat(239);
    const emoji = `${'c'.repeat(225)}🔥${'d'.repeat(20)}`;
    await followUps(completing([fits, long, emoji]), w.context(1));
    const titles = w.repo().issues.filter((issue) => issue.number > 1).map((issue) => issue.title);
    expect(titles).toEqual([`${fits} (follow-up of #1)`, `${'b'.repeat(226)}… (follow-up of #1)`, `${'c'.repeat(225)}🔥… (follow-up of #1)`]);
    expect(titles.map((text) => Array.from(text).length)).toEqual([256, 245, 245]);
  });

  it('retries a 5xx itself after checking whether the issue was opened, and takes one GitHub opened before failing', async () => {
    const w = world();
    const effect = completing(['Add a circuit breaker', 'Page the database team']);
    w.emulator.faults.add({ method: 'POST', path: ISSUES, status: 502 });
    w.emulator.faults.add({ method: 'POST', path: ISSUES, afterWrite: true, skip: 1 });
    w.requests();
    await followUps(effect, w.context(1));
    expect(w.requests().slice(0, 6)).toEqual([LIST, `POST ${ISSUES}`, LIST, `POST ${ISSUES}`, LIST, `POST ${ISSUES}`]);
    expect(w.repo().issues.map((issue) => issue.title)).toEqual(['Checkout down', 'Add a circuit breaker (follow-up of #1)', 'Page the database team (follow-up of #1)']);
    expect(w.logged.warning).toEqual([
      'Opening follow-up 1 of #1 failed (Bad Gateway - https://docs.github.com/rest); checking whether it was opened before retrying.',
      'Opening follow-up 1 of #1 failed (Server Error - https://docs.github.com/rest); checking whether it was opened before retrying.',
    ]);
    expect(w.comments(1).map((comment) => comment.body)).toEqual([
      complete([
        { number: 2, title: 'Add a circuit breaker (follow-up of #1)' },
        { number: 3, title: 'Page the database team (follow-up of #1)' },
      ]),
    ]);
  });

  it('gives up after the fourth 5xx, and does not retry a refusal; nothing is marked complete', async () => {
    const w = world();
    const effect = completing(['Add a circuit breaker']);
    w.emulator.faults.add({ method: 'POST', path: ISSUES, status: 500, times: 4 });
    await expect(followUps(effect, w.context(1))).rejects.toMatchObject({ status: 500 });
    expect(w.emulator.requests.filter((request) => request.method === 'POST')).toHaveLength(4);
    expect(w.logged.warning).toHaveLength(3);
    w.emulator.faults.add({ method: 'POST', path: ISSUES, status: 422 });
    w.requests();
    await expect(followUps(effect, w.context(1))).rejects.toMatchObject({ status: 422 });
    expect(w.requests()).toEqual([LIST, `POST ${ISSUES}`]);
    expect(w.comments(1)).toEqual([]);
  });

  it('throws an error that is not GitHub’s answer at once, without looking for the issue', async () => {
    const w = world();
    const effect = completing(['Add a circuit breaker']);
    w.octokit.hook.before('request', (options) => {
      if (options.method === 'POST') throw new TypeError('broken request');
    });
    w.requests();
    await expect(followUps(effect, w.context(1))).rejects.toThrow('broken request');
    expect(w.requests()).toEqual([LIST]);
    expect(w.logged.warning).toEqual([]);
  });

  it('marks the incident complete once', async () => {
    const w = world();
    const effect = completing(['Add a circuit breaker']);
    await followUps(effect, w.context(1));
    await expect(followUps(effect, w.context(1))).resolves.toBe('open 1 follow-up issue(s) from post-mortem #9 and mark the incident complete');
    expect(w.comments(1)).toHaveLength(1);
    expect(w.repo().issues).toHaveLength(2);
  });
});
