/**
 * Who may run commands: the collaborator-permission API decides (minimum `triage` in the default
 * set), and any error in that lookup refuses. A refusal gets one reply saying why, ever.
 */
import { describe, expect, it } from 'vitest';
import { FULL_NAME, PEOPLE, type Person, declare, useWorld } from './harness.js';

const world = useWorld();
const permissionPath = (login: string): string => `/repos/${FULL_NAME}/collaborators/${login}/permission`;

describe('read access', () => {
  it('/sev 1 and /ack are refused with one reply saying why, and nothing else changes', async () => {
    const w = world();
    const number = await declare(w, 3);
    const before = w.snapshot(number);
    const cardBefore = w.card(number);
    const refused = await w.comment(PEOPLE.read, number, '/sev 1\n/ack');
    const { results, requests } = await w.run(refused);

    expect(requests.filter((request) => request.path.endsWith('/permission')).map((request) => [request.path, request.status])).toEqual([
      [permissionPath(PEOPLE.read), 200],
    ]);
    expect(results[0]).toMatchObject({ severity: 'sev-3', effects: [`comment reply:${refused.commentId}`] });
    const after = w.snapshot(number);
    expect({ state: after.state, labels: after.labels, assignees: after.assignees }).toEqual({ state: before.state, labels: before.labels, assignees: before.assignees });
    expect(after.comments.slice(0, -2)).toEqual(before.comments);
    expect(w.card(number)).toBe(cardBefore);
    const reply = w.botComments(number).at(-1)!;
    expect(reply.marker).toBe(`reply:${refused.commentId}`);
    expect(reply.body).toContain('2 commands did not run:');
    expect(reply.body).toContain('- /sev needs triage access to this repository; you have read.');
    expect(reply.body).toContain('- /ack needs triage access to this repository; you have read.');

    const again = await w.run(refused);
    expect(again.writes).toEqual([]);
    expect(w.botComments(number).filter((comment) => comment.marker.startsWith('reply:'))).toHaveLength(1);
  });
});

describe('triage access and above', () => {
  it.each([PEOPLE.triage, PEOPLE.write, PEOPLE.maintain, PEOPLE.admin] as Person[])('%s may /sev 1 and /ack', async (login) => {
    const w = world();
    const number = await declare(w, 3);
    const { results } = await w.run(await w.comment(login, number, '/sev 1\n/ack'));
    expect(results[0]).toMatchObject({ severity: 'sev-1' });
    expect(w.snapshot(number).labels).toContain('sev-1');
    expect(w.botComments(number).map((comment) => comment.marker)).toEqual(['page:sev-3', 'card', 'page:sev-1']);
    expect(w.card(number)).toContain(`| Response | Acknowledged at 03:02 UTC by ${login} |`);
    expect(w.card(number)).toContain(`| 03:02 UTC | ${login} | Raised to SEV-1 (Critical) |`);
  });

  it('someone who is not a collaborator of a public repository reads as read access, and is refused', async () => {
    const w = world();
    const number = await declare(w, 3);
    w.emulator.seed.comment(FULL_NAME, number, { author: 'stranger', body: '/resolve' });
    await w.run(w.dispatch(number));
    expect(w.snapshot(number).state).toBe('open');
    expect(w.botComments(number).at(-1)?.body).toContain('/resolve needs triage access to this repository; you have read.');
  });
});

describe('a failing permission lookup', () => {
  it('refuses, after the retries, with a reply that says so; the reply is posted once while it keeps failing', async () => {
    const w = world();
    const number = await declare(w, 3);
    const fault = w.emulator.faults.add({ method: 'GET', path: permissionPath(PEOPLE.admin), status: 500, times: 8 });
    const refused = await w.comment(PEOPLE.admin, number, '/sev 1');
    const first = await w.run(refused);

    expect(fault.fired).toBe(4);
    expect(first.results[0]).toMatchObject({ severity: 'sev-3', effects: [`comment reply:${refused.commentId}`] });
    expect(w.log.warning).toContainEqual(expect.stringMatching(/^Could not check the permission of ada \(Server Error.*\); their commands are refused\.$/));
    expect(w.botComments(number).at(-1)?.body).toContain('/sev needs triage access to this repository; your permission could not be checked.');
    expect(w.snapshot(number).labels).toContain('sev-3');

    const second = await w.run(refused);
    // The refusal stands (its reply is marked denied), so the second run does not ask again.
    expect(fault.fired).toBe(4);
    expect(second.writes).toEqual([]);
    expect(w.botComments(number).map((comment) => comment.marker)).toEqual(['page:sev-3', 'card', `reply:${refused.commentId}`]);
  });

  it('a 403 (the token may not read permissions) refuses too', async () => {
    const w = world();
    const number = await declare(w, 3);
    w.emulator.faults.add({ method: 'GET', path: permissionPath(PEOPLE.write), status: 403 });
    await w.run(await w.comment(PEOPLE.write, number, '/resolve'));
    expect(w.snapshot(number).state).toBe('open');
    expect(w.botComments(number).at(-1)?.body).toContain('/resolve needs triage access to this repository; your permission could not be checked.');
  });
});

/** A verdict on a command stands: the card lists accepted comments, a refusal's reply says it was denied. */
describe('verdicts on commands are durable', () => {
  it('a command refused because the lookup failed stays refused when a later run can check', async () => {
    const w = world();
    const number = await declare(w, 3);
    w.emulator.faults.add({ method: 'GET', path: permissionPath(PEOPLE.write), status: 500, times: 4 });
    const refused = await w.comment(PEOPLE.write, number, '/sev 1');
    await w.run(refused);
    expect(w.botComments(number).at(-1)?.body).toContain('your permission could not be checked');
    await w.run(refused);
    expect(w.botComments(number).map((comment) => comment.marker)).toEqual(['page:sev-3', 'card', `reply:${refused.commentId}`]);
    expect(w.snapshot(number).labels).toContain('sev-3');
  });

  it('a command accepted earlier is not undone when a later permission lookup fails', async () => {
    const w = world();
    const number = await declare(w, 3);
    await w.run(await w.comment(PEOPLE.write, number, '/sev 1'));
    const after = w.snapshot(number);
    w.emulator.faults.add({ method: 'GET', path: permissionPath(PEOPLE.write), status: 500, times: 4 });
    const { writes } = await w.run(await w.comment(PEOPLE.triage, number, 'Looking at the database now.'));
    expect(writes).toEqual([]);
    expect(w.snapshot(number).labels).toEqual(after.labels);
  });
});
