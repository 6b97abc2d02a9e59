/**
 * A run's cost grows with what is new, not with the thread: the thread is read once, and the
 * check for a marker right before posting reads only what changed since. A run stops starting new
 * work once it has spent its request budget, says so, and the next run carries on.
 */
import { describe, expect, it } from 'vitest';
import { FULL_NAME, PEOPLE, declare, useWorld } from './harness.js';

const world = useWorld();

function commentReads(requests: { method: string; path: string; query?: Record<string, string> }[]): number {
  return requests.filter((request) => request.method === 'GET' && request.path.endsWith('/comments')).length;
}

describe('a long thread with new malformed commands', () => {
  it('is read once; each reply re-reads only what changed since', async () => {
    const w = world();
    const number = await declare(w, 2);
    for (let index = 0; index < 450; index += 1) w.emulator.seed.comment(FULL_NAME, number, { body: `chatter ${index}`, author: PEOPLE.read, at: w.now() });
    w.advance(1);
    const spam = [];
    for (let index = 0; index < 5; index += 1) spam.push(await w.comment(PEOPLE.read, number, `/sev banana ${index}`));
    const run = await w.run(spam.at(-1)!);
    expect(run.results[0]?.effects.filter((effect) => effect.startsWith('comment reply:'))).toHaveLength(5);
    // 5 pages of 100 to read the thread of 457 comments, then one page before and one after each of
    // the 5 replies (after: another run may have posted the same reply at the same time).
    expect(commentReads(run.requests)).toBe(5 + 5 * 2);
    const quiet = await w.run(w.dispatch(number));
    expect(quiet.writes).toEqual([]);
    expect(commentReads(quiet.requests)).toBe(5);
  });
});

describe('the request budget', () => {
  it('stops starting new work once spent, reports what is left, and the next run finishes it', async () => {
    const w = world();
    const first = await declare(w, 1);
    const second = await declare(w, 1);
    w.advance(31);
    const stopped = await w.run(w.dispatch(), { maxRequests: 6 });
    expect(stopped.requests.length).toBeLessThanOrEqual(6 + 2);
    const deferred = stopped.outcomes.filter((outcome) => outcome.kind === 'deferred');
    expect(deferred.length).toBeGreaterThan(0);
    expect(deferred[0]).toMatchObject({ reason: 'this run spent its budget of 6 API requests; the next run carries on' });
    const finished = await w.run(w.dispatch());
    expect(finished.outcomes.every((outcome) => outcome.kind === 'reconciled')).toBe(true);
    for (const number of [first, second]) {
      const markers = w.botComments(number).map((comment) => comment.marker);
      expect(markers.slice(0, 3)).toEqual(['page:sev-1', 'card', 'page:level-2']);
      expect(markers.slice(3).map((marker) => marker.split(':')[0])).toEqual(['update-reminder']);
    }
  });
});
