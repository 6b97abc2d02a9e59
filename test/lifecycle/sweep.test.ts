/**
 * The sweep (a schedule or a manual run over every incident) reads in bulk: one GraphQL query per
 * 100 issues finds every open incident and every issue awaiting its post-mortem, with its labels,
 * comment count and card. Incidents with nothing due whose issue is as the card last saw it are left
 * unread; the rest are read whole and reconciled as an event's run would.
 */
import { describe, expect, it } from 'vitest';
import { FULL_NAME, PEOPLE, declare, useWorld } from './harness.js';

const world = useWorld();

function graphqlQueries(requests: { path: string }[]): number {
  return requests.filter((request) => request.path === '/graphql').length;
}

describe('the sweep', () => {
  it('with nothing due and nothing changed, costs one query and no other request', async () => {
    const w = world();
    const numbers = [await declare(w, 3), await declare(w, 4), await declare(w, 3)];
    w.advance(5);
    const sweep = await w.run(w.dispatch());
    expect(sweep.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /graphql']);
    expect(sweep.outcomes.map((outcome) => [outcome.incident, outcome.kind])).toEqual(numbers.map((number) => [number, 'quiet']));
    expect(sweep.outcomes[0]).toMatchObject({ kind: 'quiet', severity: 'sev-3', status: 'detection', due: '2026-11-27T05:01:00Z' });
  });

  it('reads 100 issues a query: 150 open incidents take two', async () => {
    const w = world();
    const first = await declare(w, 3);
    const issue = w.emulator.state.repos[FULL_NAME]!.issues.find((candidate) => candidate.number === first)!;
    // 149 more incidents like the first, seeded as the first's runs left it (same labels, page, card).
    for (let index = 0; index < 149; index += 1) {
      const { number } = w.emulator.seed.issue(FULL_NAME, { title: issue.title, body: issue.body ?? '', author: PEOPLE.write, labels: [...issue.labels], at: w.now() });
      for (const comment of w.snapshot(first).comments) w.emulator.seed.comment(FULL_NAME, number, { body: comment.body, author: comment.author, at: w.now() });
    }
    const sweep = await w.run(w.dispatch());
    expect(graphqlQueries(sweep.requests)).toBe(2);
    expect(sweep.outcomes).toHaveLength(150);
    expect(sweep.writes).toEqual([]);
  });

  it('reads an incident whose issue changed without a run (a dropped event), refreshes the card’s record once', async () => {
    const w = world();
    const number = await declare(w, 3);
    // A comment whose event's run never came: the count no longer matches the card's record.
    await w.comment(PEOPLE.write, number, '/ack');
    const sweep = await w.run(w.dispatch());
    expect(sweep.outcomes[0]).toMatchObject({ kind: 'reconciled', effects: ['update the incident card'] });
    expect(w.card(number)).toContain('| Response | Acknowledged at');
    const next = await w.run(w.dispatch());
    expect(next.outcomes[0]).toMatchObject({ kind: 'quiet' });
    expect(next.requests).toHaveLength(1);
  });

  it('a comment with no command costs its event’s run no write; the next sweep reads it once', async () => {
    const w = world();
    const number = await declare(w, 3);
    const chat = await w.run(await w.comment(PEOPLE.read, number, 'Any news?'));
    expect(chat.writes).toEqual([]);
    expect((await w.run(w.dispatch())).outcomes[0]).toMatchObject({ kind: 'reconciled', effects: ['update the incident card'] });
    expect((await w.run(w.dispatch())).outcomes[0]).toMatchObject({ kind: 'quiet' });
  });

  it('finds the bot’s card though GraphQL names the bot without [bot], and ignores a card typed by someone else', async () => {
    const w = world();
    const number = await declare(w, 3);
    const query = (await w.run(w.dispatch())).requests[0]?.responseBody as { data: { repository: { open: { nodes: { comments: { nodes: { author: { login: string } }[] } }[] } } } };
    expect(query.data.repository.open.nodes[0]?.comments.nodes.map((comment) => comment.author.login)).toContain('github-actions');
    // Someone pastes a card whose record says nothing is due before the bot's card exists.
    const other = await w.open(PEOPLE.write, { severity: 3, scenario: 'Service Outage', summary: 'Slow.' });
    const forged = w.card(number).replace(/,due=\d+/, '');
    w.emulator.seed.comment(FULL_NAME, other.number, { body: forged, author: PEOPLE.write, at: w.now() });
    const sweep = await w.run(w.dispatch());
    expect(sweep.outcomes.find((outcome) => outcome.incident === other.number)).toMatchObject({ kind: 'reconciled' });
    expect(w.botComments(other.number).map((comment) => comment.marker)).toEqual(['page:sev-3', 'card']);
  });

  it('also sweeps a resolved incident awaiting its post-mortem (label postmortem-pending), and no other closed issue', async () => {
    const w = world();
    const pending = await declare(w, 2);
    const done = await declare(w, 4);
    // A SEV-2 needs a post-mortem (its run labels it postmortem-pending); a SEV-4 does not.
    for (const number of [pending, done]) await w.run(await w.comment(PEOPLE.write, number, '/resolve Fixed.'));
    expect(w.snapshot(pending).labels).toContain('postmortem-pending');
    const sweep = await w.run(w.dispatch());
    expect(graphqlQueries(sweep.requests)).toBe(1);
    expect(sweep.outcomes.map((outcome) => outcome.incident)).toEqual([pending]);
  });
});
