/**
 * The sweep's source (src/github/sweep-source.ts): which incidents it hands out, which it leaves
 * unread as their card says (quiet) and what it reports of them, and which it reads whole.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlaybookSet } from '../../src/config/model.js';
import { fingerprint } from '../../src/engine/seen.js';
import { readBulk } from '../../src/github/sweep-query.js';
import { POSTMORTEM_PENDING_LABEL, cardDue, sweepSource } from '../../src/github/sweep-source.js';
import { BOT, FULL_NAME, type GitHubWorld, T0, cardBody, shippedSet, useGitHub } from './sweep-world.js';

const world = useGitHub();
let set: PlaybookSet;
beforeAll(async () => {
  set = await shippedSet();
});

const LATER = '2026-11-27T03:30:00Z';

function reader(w: GitHubWorld) {
  return { octokit: w.octokit, repo: w.repo, botLogin: BOT, log: w.logger, playbookRef: { sha: 'c0ffee0000000000000000000000000000000001', path: 'playbooks', serverUrl: 'https://github.com' } };
}

/**
 * An incident whose bot card saw it as it is (labels, state, the card as its one comment), with
 * the card's `due` and `phase`; `seen` overrides what the card saw.
 */
function carded(w: GitHubWorld, options: { labels?: string[]; state?: 'open' | 'closed'; due?: string | null; phase?: string | null; seen?: string | null; author?: string } = {}): number {
  const labels = options.labels ?? ['incident', 'sev-2'];
  const state = options.state ?? 'open';
  const issue = w.emulator.seed.issue(FULL_NAME, { title: 'incident', labels, state });
  const seen = options.seen === undefined ? fingerprint({ state, labels, comments: 1 }) : options.seen;
  w.emulator.seed.comment(FULL_NAME, issue.number, { author: options.author ?? BOT, body: cardBody({ seen, due: options.due ?? null, phase: options.phase ?? null }) });
  return issue.number;
}

async function quietOf(w: GitHubWorld, number: number) {
  const source = sweepSource(reader(w), { set, now: w.now });
  expect(await source.numbers()).toContain(number);
  return source.quiet(number);
}

describe('the sweep source', () => {
  it('leaves an incident unread whose card saw it as it is and whose deadline is still ahead, reporting it from the card', async () => {
    const w = world();
    const number = carded(w, { due: LATER, phase: 'mitigation' });
    expect(await quietOf(w, number)).toEqual({ incident: number, severity: 'sev-2', status: 'mitigation', due: LATER });
    expect(w.calls()).toEqual(['POST /graphql']);
  });

  it('reports an incident without a phase on its card as open, and one without a deadline with none', async () => {
    const w = world();
    const number = carded(w, { labels: ['incident'] });
    expect(await quietOf(w, number)).toEqual({ incident: number, severity: null, status: 'open', due: null });
  });

  it('reports a closed incident awaiting its post-mortem as resolved, whatever phase its card last had', async () => {
    const w = world();
    const number = carded(w, { labels: ['incident', 'sev-1', POSTMORTEM_PENDING_LABEL], state: 'closed', phase: 'mitigation' });
    expect(await quietOf(w, number)).toEqual({ incident: number, severity: 'sev-1', status: 'resolved', due: null });
  });

  it('names the severity in the order of the playbooks, not of the labels', async () => {
    const w = world();
    const number = carded(w, { labels: ['incident', 'sev-3', 'sev-1'] });
    expect((await quietOf(w, number))?.severity).toBe('sev-1');
  });

  it('reads an incident whole once its deadline has come, to the second', async () => {
    const w = world();
    const now = carded(w, { due: T0 });
    const second = carded(w, { due: new Date(Date.parse(T0) + 1000).toISOString().replace('.000Z', 'Z') });
    expect(await quietOf(w, now)).toBeNull();
    expect(await quietOf(w, second)).toMatchObject({ incident: second });
  });

  it('reads an incident whole when it changed since its card was written', async () => {
    const w = world();
    const commented = carded(w);
    w.emulator.seed.comment(FULL_NAME, commented, { body: 'anyone there?', author: 'wendy' });
    const relabelled = carded(w);
    w.emulator.seed.addLabels(FULL_NAME, relabelled, ['sev-1']);
    expect(await quietOf(w, commented)).toBeNull();
    expect(await quietOf(w, relabelled)).toBeNull();
  });

  it('reads an incident whole that has no card, a card that saw nothing, only a card someone else wrote, or too many labels to list', async () => {
    const w = world();
    const bare = w.emulator.seed.issue(FULL_NAME, { title: 'no card', labels: ['incident'] }).number;
    const blind = carded(w, { seen: null });
    const forged = carded(w, { author: 'wendy' });
    const labels = ['incident', ...Array.from({ length: 100 }, (_, index) => `tag-${index}`)];
    const crowded = carded(w, { labels });
    for (const number of [bare, blind, forged, crowded]) expect(await quietOf(w, number)).toBeNull();
  });

  it('finds the card among the bot’s first comments, past its other ones', async () => {
    const w = world();
    const labels = ['incident', 'sev-2'];
    const issue = w.emulator.seed.issue(FULL_NAME, { title: 'incident', labels });
    w.emulator.seed.comment(FULL_NAME, issue.number, { author: BOT, body: '<!-- playbook-ops:page:sev-2 -->\nPaging.' });
    w.emulator.seed.comment(FULL_NAME, issue.number, { author: BOT, body: cardBody({ seen: fingerprint({ state: 'open', labels, comments: 3 }), due: LATER }) });
    w.emulator.seed.comment(FULL_NAME, issue.number, { author: BOT, body: cardBody({ seen: 'o.9.00000000', due: null }) });
    expect(await quietOf(w, issue.number)).toMatchObject({ due: LATER });
  });

  it('lists open incidents and issues with the pending label it is given', async () => {
    const w = world();
    const open = w.emulator.seed.issue(FULL_NAME, { title: 'open', labels: ['incident'] }).number;
    w.emulator.seed.issue(FULL_NAME, { title: 'default pending', labels: [POSTMORTEM_PENDING_LABEL], state: 'closed' });
    const custom = w.emulator.seed.issue(FULL_NAME, { title: 'custom pending', labels: ['pm-due'], state: 'closed' }).number;
    expect(await sweepSource(reader(w), { set, now: w.now, pendingLabel: 'pm-due' }).numbers()).toEqual([open, custom]);
    expect(await sweepSource(reader(w), { set, now: w.now }).numbers()).toEqual([open, 2]);
  });

  it('knows nothing of an issue it did not list, and observes an issue by reading it whole', async () => {
    const w = world();
    const number = carded(w);
    const source = sweepSource(reader(w), { set, now: w.now });
    expect(source.quiet(number)).toBeNull();
    const observed = await source.observe(number);
    expect(observed.issue).toMatchObject({ number, labels: ['incident', 'sev-2'], state: 'open' });
    expect(observed.comments).toHaveLength(1);
    expect(observed.botLogin).toBe(BOT);
  });
});

describe('the deadline a card records', () => {
  it('is read from the bot’s card, and is null without one', async () => {
    const w = world();
    const timed = carded(w, { due: LATER });
    const untimed = carded(w);
    const forged = carded(w, { due: LATER, author: 'wendy' });
    const bulk = await readBulk(w.octokit, w.repo, 'incident', POSTMORTEM_PENDING_LABEL);
    expect(bulk.map((issue) => [issue.number, cardDue(issue, BOT)])).toEqual([
      [timed, LATER],
      [untimed, null],
      [forged, null],
    ]);
  });
});
