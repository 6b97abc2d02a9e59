/**
 * Commands that appear or change in an edit are judged as new commands, at the edit time, with a
 * fresh permission check; an accepted verdict covers exactly the text it judged.
 */
import { describe, expect, it } from 'vitest';
import { FULL_NAME, PEOPLE, REPO, OWNER, declare, useWorld } from './harness.js';

const world = useWorld();

describe('an edited comment', () => {
  it('an accepted /ack edited after its author lost access runs nothing new, and the refusal is answered once', async () => {
    const w = world();
    const number = await declare(w, 2);
    const ack = await w.comment(PEOPLE.triage, number, '/ack');
    await w.run(ack);
    expect(w.card(number)).toContain('Acknowledged at');

    w.emulator.seed.collaborator(FULL_NAME, PEOPLE.triage, 'read');
    w.advance(60);
    await w.people[PEOPLE.triage].rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: ack.commentId, body: '/ack\n/sev 1\n/ic @tom\n/resolve' });
    const { results } = await w.run(w.dispatch(number));

    expect(results[0]).toMatchObject({ severity: 'sev-2' });
    expect(results[0]?.status).not.toBe('resolved');
    expect(w.snapshot(number).state).toBe('open');
    expect(w.snapshot(number).assignees).toEqual([]);
    const replies = w.botComments(number).filter((comment) => comment.marker.startsWith(`reply:${ack.commentId}-`));
    expect(replies).toHaveLength(1);
    expect(replies[0]?.body.split('\n')[0]).toContain(' denied -->');
    const again = await w.run(w.dispatch(number));
    expect(again.writes).toEqual([]);
  });

  it('a comment edited into /ack acknowledges at the edit, not when it was first written', async () => {
    const w = world();
    const number = await declare(w, 2);
    const chatter = await w.comment(PEOPLE.write, number, 'looking into it');
    await w.run(chatter);
    w.advance(25);
    await w.people[PEOPLE.write].rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: chatter.commentId, body: '/ack' });
    await w.run(w.dispatch(number));
    expect(w.card(number)).toMatch(/Acknowledged at 03:2\d UTC by wendy/);
  });

  it('a malformed command edited into a valid one runs, from the edit', async () => {
    const w = world();
    const number = await declare(w, 3);
    await w.run(await w.comment(PEOPLE.write, number, '/ack'));
    const typo = await w.comment(PEOPLE.write, number, '/sev one');
    await w.run(typo);
    expect(w.botComments(number).map((comment) => comment.marker)).toContain(`reply:${typo.commentId}`);
    w.advance(5);
    await w.people[PEOPLE.write].rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: typo.commentId, body: '/sev 1' });
    const { results } = await w.run(w.dispatch(number));
    expect(results[0]?.severity).toBe('sev-1');
    expect(w.botComments(number).map((comment) => comment.marker)).toContain('page:sev-1');
  });
});
