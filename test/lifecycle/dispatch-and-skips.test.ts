/** `workflow_dispatch` for one incident and for all, and the events that are not about an incident. */
import { describe, expect, it } from 'vitest';
import { FULL_NAME, OWNER, PEOPLE, REPO, declare, useWorld } from './harness.js';
import { issuesEvent } from './payloads.js';

const world = useWorld();

describe('workflow_dispatch', () => {
  it('with an issue number reconciles that incident only', async () => {
    const w = world();
    const first = await declare(w, 1);
    const second = await declare(w, 1);
    w.advance(45);
    const { results, requests } = await w.run(w.dispatch(first));
    expect(results.map((result) => result.incident)).toEqual([first]);
    expect(results[0]?.effects).toEqual(['add labels sla-missed', 'comment page:level-2', 'comment update-reminder:1795750260', 'update the incident card']);
    expect(requests.every((request) => !request.path.includes(`/issues/${second}`))).toBe(true);
    expect(w.botComments(second).map((comment) => comment.marker)).toEqual(['page:sev-1', 'card']);
  });

  it('without one reconciles every open incident, and nothing else', async () => {
    const w = world();
    const first = await declare(w, 1);
    const second = await declare(w, 3);
    const resolved = await declare(w, 1);
    await w.run(await w.close(PEOPLE.write, resolved));
    const plain = await w.open(PEOPLE.write, { summary: 'Not an incident' }, { title: 'Typo in the docs', labels: [] });
    w.advance(45);
    const { outcomes, requests } = await w.run(w.dispatch());

    // One bulk read finds the open incidents; only the one with something due is read whole.
    expect(requests[0]).toMatchObject({ method: 'POST', path: '/graphql' });
    expect(requests.filter((request) => request.path === '/graphql')).toHaveLength(1);
    // Oldest first. A SEV-3 has two hours to respond: nothing due, and nothing changed, so not read.
    expect(outcomes.map((outcome) => [outcome.incident, outcome.kind, outcome.kind === 'reconciled' ? outcome.effects : []])).toEqual([
      [first, 'reconciled', ['add labels sla-missed', 'comment page:level-2', 'comment update-reminder:1795750260', 'update the incident card']],
      [second, 'quiet', []],
      // The resolved SEV-1 awaits its post-mortem (postmortem-pending), so it is swept too; the
      // post-mortem's writes came after its card, whose record of the issue is refreshed once.
      [resolved, 'reconciled', ['update the incident card']],
    ]);
    expect(requests.some((request) => request.path.includes(`/issues/${second}`))).toBe(false);
    expect(requests.some((request) => request.path.includes(`/issues/${plain.number}`))).toBe(false);
  });

  it('reconciles the other incidents when one of them fails, then fails the run naming it', async () => {
    const w = world();
    const first = await declare(w, 1);
    const second = await declare(w, 1);
    w.advance(45);
    w.emulator.faults.add({ method: 'GET', path: `/repos/${FULL_NAME}/issues/${second}`, status: 500, times: 8 });
    await expect(w.run(w.dispatch())).rejects.toThrow(new RegExp(`^1 of 2 incidents could not be reconciled \\(the next run tries again\\): #${second}: `));
    expect(w.botComments(first).map((comment) => comment.marker)).toEqual(['page:sev-1', 'card', 'page:level-2', 'update-reminder:1795750260']);
    expect(w.botComments(second).map((comment) => comment.marker)).toEqual(['page:sev-1', 'card']);
  });

  it('with an input that is not an issue number does nothing and says why', async () => {
    const w = world();
    const delivery = w.dispatch();
    delivery.payload.inputs = { issue: 'latest' };
    const { results, requests } = await w.run(delivery);
    expect(results).toEqual([]);
    expect(requests).toEqual([]);
    expect(w.log.info).toEqual(['Nothing to do: workflow_dispatch input issue "latest" is not an issue number.']);
  });
});

describe('events that are not about an incident', () => {
  it('an issue without the incident label ends with a notice and no writes, whatever it says', async () => {
    const w = world();
    const opened = await w.open(PEOPLE.write, { severity: 1, scenario: 'Service Outage', summary: 'Looks like a form' }, { labels: [] });
    const first = await w.run(opened);
    const commented = await w.run(await w.comment(PEOPLE.admin, opened.number, '/sev 1\n/resolve'));
    for (const { results, writes } of [first, commented]) {
      expect(results).toEqual([]);
      expect(writes.map((request) => request.method)).toEqual([]);
    }
    expect(w.log.info).toEqual([
      `#${opened.number} is not an incident (no "incident" label); nothing to do.`,
      `#${opened.number} is not an incident (no "incident" label); nothing to do.`,
    ]);
    expect(w.snapshot(opened.number)).toMatchObject({ state: 'open', labels: [] });
  });

  it('a comment on a pull request ends with a notice and makes no request at all', async () => {
    const w = world();
    w.emulator.seed.commit(FULL_NAME, 'fix-checkout', { 'README.md': '# payments\n' }, { actor: PEOPLE.write });
    const { data: pull } = await w.people[PEOPLE.write].rest.pulls.create({ owner: OWNER, repo: REPO, head: 'fix-checkout', base: 'main', title: 'Fix checkout' });
    await w.people[PEOPLE.write].rest.issues.addLabels({ owner: OWNER, repo: REPO, issue_number: pull.number, labels: ['incident'] });
    const delivery = await w.commentOnPull(PEOPLE.admin, pull.number, '/sev 1');
    const before = w.emulator.requests.length;
    const { results, requests } = await w.run(delivery);
    expect(results).toEqual([]);
    expect(requests).toEqual([]);
    expect(w.emulator.requests).toHaveLength(before);
    expect(w.log.info).toEqual(['Nothing to do: issue_comment.created on a pull request, not an issue.']);
  });

  it('the bot’s own comment and other actions do not start a reconciliation', async () => {
    const w = world();
    const number = await declare(w, 2);
    const own = await w.comment(PEOPLE.write, number, 'hello');
    if (own.payload.comment !== undefined) own.payload.comment.user = { ...own.payload.comment.user, login: 'github-actions[bot]' };
    const { data: issue } = await w.people[PEOPLE.write].rest.issues.get({ owner: OWNER, repo: REPO, issue_number: number });
    const locked = issuesEvent('locked', issue, { owner: OWNER, repo: REPO, sender: PEOPLE.write });
    for (const delivery of [own, locked]) expect((await w.run(delivery)).requests).toEqual([]);
    expect(w.log.info).toEqual(['Nothing to do: the comment is the bot’s own.', 'Nothing to do: issues.locked does not change incidents.']);
  });
});
