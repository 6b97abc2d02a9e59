/**
 * A typo of a command gets one reply naming the closest command, but only for people who may run
 * commands: an outsider's `/resolv` gets no answer (no reply spam from outsiders).
 */
import { describe, expect, it } from 'vitest';
import { PEOPLE, declare, useWorld } from './harness.js';

const world = useWorld();

describe('an unknown command', () => {
  it('from a permitted user gets one reply with the closest command, once', async () => {
    const w = world();
    const number = await declare(w, 2);
    const typo = await w.comment(PEOPLE.write, number, 'Rolled back.\n/resolv');
    await w.run(typo);
    const replies = w.botComments(number).filter((comment) => comment.marker === `reply:${typo.commentId}`);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.body).toContain('/resolv: unknown command; did you mean /resolve?');
    expect(w.snapshot(number).state).toBe('open');
    const again = await w.run(w.dispatch(number));
    expect(again.writes).toEqual([]);
  });

  it('from someone below the minimum permission gets no reply', async () => {
    const w = world();
    const number = await declare(w, 2);
    const typo = await w.comment(PEOPLE.read, number, '/resolv');
    const { writes } = await w.run(typo);
    expect(writes).toEqual([]);
    expect(w.botComments(number).map((comment) => comment.marker)).not.toContain(`reply:${typo.commentId}`);
  });
});
