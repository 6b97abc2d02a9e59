/**
 * Level-triggered reconciliation over HTTP: a run repeated, runs delivered in reverse order, and
 * payloads with stale labels all end in the same issue and the same thread.
 */
import { describe, expect, it } from 'vitest';
import { type Person, PEOPLE, type RunOutcome, type Snapshot, type World, declare, startWorld, useWorld } from './harness.js';
import type { Delivery } from './payloads.js';
import { SCENARIOS } from './scenarios.js';

const world = useWorld();

describe('every event replayed', () => {
  it.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))('%s: the second run writes nothing and changes nothing', async (_name, scenario) => {
    const w = world();
    const { number, delivery } = await scenario.play(w);
    const first = await w.run(delivery);
    const after = w.snapshot(number);
    const second = await w.run(delivery);

    expect(second.writes).toEqual([]);
    expect(second.rendered).toBe(false);
    expect(second.results.map((result) => result.effects)).toEqual(second.results.map(() => []));
    expect(w.snapshot(number)).toEqual(after);
    // A sweep reports an incident it had no reason to read from its card: same severity and status.
    const shown = (run: RunOutcome) => run.outcomes.flatMap((outcome) => (outcome.kind === 'reconciled' || outcome.kind === 'quiet' ? [{ severity: outcome.severity, status: outcome.status }] : []));
    expect(shown(second)).toEqual(shown(first));
    const markers = w.botComments(number).map((comment) => comment.marker);
    expect(new Set(markers).size).toBe(markers.length);
  });
});

/**
 * The issue's state and thread with the comment ids in markers (`reply:1042`, the card's judged
 * mark) blanked, and the card's digest (which covers them), for comparing two worlds.
 */
function comparable(snapshot: Snapshot) {
  const blank = (body: string): string =>
    body
      .replace(/^(<!-- playbook-ops:[a-z-]+):\d+/u, '$1:#')
      .replace(/,judged=\d+-(\d+),reporter=trusted,digest=[0-9a-f]+/u, ',judged=#-$1,reporter=trusted,digest=#');
  const bot = snapshot.comments.filter((comment) => comment.author === 'github-actions[bot]').map((comment) => blank(comment.body));
  return {
    state: snapshot.state,
    labels: snapshot.labels,
    assignees: snapshot.assignees,
    people: snapshot.comments.filter((comment) => comment.author !== 'github-actions[bot]'),
    // Bot comments answer events; when the runs come late, they come in another order.
    bot: [...bot].sort(),
  };
}

type Step = (world: World, number: number) => Promise<Delivery>;
const say =
  (by: Person, body: string): Step =>
  (world, number) =>
    world.comment(by, number, body);

/** What happens on the incident after it is declared (each run reads what all steps left). */
const STEPS: Step[] = [
  say(PEOPLE.maintain, '/ack'),
  (world, number) => world.label(PEOPLE.triage, number, 'sev-1'),
  say(PEOPLE.write, '/ic @mona\n/role comms @tom'),
  say(PEOPLE.read, '/sev 4'),
  say(PEOPLE.triage, '/update Rolling back deploy 4512.'),
  say(PEOPLE.maintain, '/status mitigation\n/timeline Rolled back deploy 4512'),
  (world, number) => world.assign(PEOPLE.write, number, PEOPLE.admin),
  say(PEOPLE.maintain, '/resolve Deploy 4512 rolled back.'),
];

async function play(order: 'in order' | 'reverse'): Promise<{ world: World; number: number }> {
  const w = await startWorld();
  const number = await declare(w, 2);
  const deliveries: Delivery[] = [];
  for (const step of STEPS) {
    const delivery = await step(w, number);
    if (order === 'in order') await w.run(delivery);
    else deliveries.push(delivery);
  }
  for (const delivery of deliveries.reverse()) await w.run(delivery);
  return { world: w, number };
}

describe('order and staleness', () => {
  it('runs delivered in reverse order end in the same issue and thread as runs in order', async () => {
    const inOrder = await play('in order');
    const reverse = await play('reverse');
    try {
      const expected = comparable(inOrder.world.snapshot(inOrder.number));
      expect(comparable(reverse.world.snapshot(reverse.number))).toEqual(expected);
      expect(expected.state).toBe('closed');
      expect(expected.labels).toEqual(['incident', 'postmortem-pending', 'scenario:service-outage', 'sev-1']);
      expect(expected.assignees).toEqual(['ada', 'mona']);
      expect(expected.bot.map((body) => body.split('\n')[0])).toEqual([
        expect.stringMatching(/^<!-- playbook-ops:card pin=c0ffee0000000000000000000000000000000001,declared=sev-2,judged=#-\d+,reporter=trusted,digest=#(,due=\d+)?,seen=c\.\d+\.[0-9a-f]{8} -->$/),
        '<!-- playbook-ops:label-note:# -->',
        '<!-- playbook-ops:page:sev-1 -->',
        '<!-- playbook-ops:page:sev-2 -->',
        '<!-- playbook-ops:postmortem:pr -->',
        '<!-- playbook-ops:reply:# denied -->',
      ]);
      for (const { world: w } of [inOrder, reverse]) w.emulator.assertNoValidationErrors();
    } finally {
      await Promise.all([inOrder.world.stop(), reverse.world.stop()]);
    }
  });

  it('a labeled payload that still lists the old severity, replayed after the fix-up, changes nothing', async () => {
    const w = world();
    const number = await declare(w, 2);
    const labeled = await w.label(PEOPLE.triage, number, 'sev-1');
    expect(labeled.payload.issue?.labels?.map((label) => label.name).sort()).toEqual(['incident', 'scenario:service-outage', 'sev-1', 'sev-2']);
    await w.run(labeled);
    const after = w.snapshot(number);
    expect(after.labels).toEqual(['incident', 'scenario:service-outage', 'sev-1']);

    const replay = await w.run(labeled);
    expect(replay.writes).toEqual([]);
    expect(w.snapshot(number)).toEqual(after);
  });

  it('an old payload (the opening one, at SEV-2) delivered after a raise does not lower the incident', async () => {
    const w = world();
    const opened = await w.open(PEOPLE.write, { severity: 2, scenario: 'Service Outage', summary: 'Payments fail.' });
    await w.run(opened);
    await w.run(await w.comment(PEOPLE.write, opened.number, '/sev 1'));
    const after = w.snapshot(opened.number);
    expect(opened.payload.issue?.labels?.map((label) => label.name)).toEqual(['incident']);

    const stale = await w.run(opened);
    expect(stale.writes).toEqual([]);
    expect(stale.results[0]?.severity).toBe('sev-1');
    expect(w.snapshot(opened.number)).toEqual(after);
  });

  it('a forged payload claiming other labels is only a hint of where to look', async () => {
    const w = world();
    const number = await declare(w, 2);
    const after = w.snapshot(number);
    const forged = await w.label(PEOPLE.triage, number, 'sev-2');
    if (forged.payload.issue !== undefined) forged.payload.issue.labels = [{ name: 'incident' }, { name: 'sev-4' }];
    forged.payload.label = { name: 'sev-4' };
    const { writes, results } = await w.run(forged);
    expect(writes).toEqual([]);
    expect(results[0]?.severity).toBe('sev-2');
    expect(w.snapshot(number)).toEqual(after);
  });
});
