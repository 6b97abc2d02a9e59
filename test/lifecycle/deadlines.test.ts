/**
 * The clock's deadlines, kept by sweeps (a `workflow_dispatch` for every open incident) on a fixed
 * virtual clock over real HTTP: the acknowledgement deadline (SLA-missed label and timeline entry,
 * with today's escalation) and the status-update cadence (one reminder per missed window, to the
 * Communication Lead, else the commander, else level 1). Each deadline just before, at, and long
 * after: a sweep six hours late does each step once, in order.
 */
import { describe, expect, it } from 'vitest';
import { PEOPLE, type World, declare, useWorld } from './harness.js';

const world = useWorld();

/** Moves the clock to `minutes` after `from` (an ISO time). */
function at(w: World, from: string, minutes: number): void {
  w.advance((Date.parse(from) + minutes * 60_000 - w.now().getTime()) / 60_000);
}

/** When issue `number` was opened (its declaration). */
function declaredAt(w: World, number: number): string {
  const issue = w.emulator.state.repos['acme/payments']?.issues.find((candidate) => candidate.number === number);
  if (issue === undefined) throw new Error(`no issue #${number}`);
  return issue.createdAt;
}

/** What each write of a run did, in order: the label added, the marker of a comment posted, or the card. */
function steps(writes: { method: string; path: string; requestBody: unknown }[]): string[] {
  return writes.map((write) => {
    const body = write.requestBody as { labels?: string[]; body?: string } | undefined;
    if (write.path.endsWith('/labels')) return `label ${body?.labels?.join(',') ?? ''}`;
    const marker = /^<!-- playbook-ops:([^ ]+)/.exec(body?.body ?? '')?.[1] ?? '';
    return write.method === 'PATCH' ? `edit ${marker}` : `post ${marker}`;
  });
}

function reminders(w: World, number: number): string[] {
  return w.botComments(number).filter((comment) => comment.marker.startsWith('update-reminder:')).map((comment) => comment.body);
}

describe('the acknowledgement deadline', () => {
  it('just before it, a sweep changes nothing', async () => {
    const w = world();
    const number = await declare(w, 1);
    at(w, declaredAt(w, number), 14.98);
    const sweep = await w.run(w.dispatch());
    expect(sweep.writes).toEqual([]);
    expect(w.snapshot(number).labels).not.toContain('sla-missed');
  });

  it('at it, marks the incident SLA-missed and writes it on the card’s timeline, once', async () => {
    const w = world();
    const number = await declare(w, 1);
    at(w, declaredAt(w, number), 15);
    const sweep = await w.run(w.dispatch());
    expect(steps(sweep.writes)).toEqual(['label sla-missed', 'edit card']);
    expect(w.snapshot(number).labels).toContain('sla-missed');
    expect(w.card(number)).toMatch(/\| 03:16 UTC \| playbook-ops \| Response time missed: nobody acknowledged SEV-1 \(Critical\) within 15 min \|/);
    expect((await w.run(w.dispatch())).writes).toEqual([]);
  });

  it('then pages the next level at its time, the escalation that existed before', async () => {
    const w = world();
    const number = await declare(w, 1);
    at(w, declaredAt(w, number), 15);
    await w.run(w.dispatch());
    at(w, declaredAt(w, number), 30);
    const sweep = await w.run(w.dispatch());
    expect(steps(sweep.writes)).toEqual(['post page:level-2', `post update-reminder:${Date.parse(declaredAt(w, number)) / 1000 + 30 * 60}`, 'edit card']);
  });

  it('an acknowledgement in time keeps the label off; a late one does not take it off', async () => {
    const w = world();
    const onTime = await declare(w, 1);
    await w.run(await w.comment(PEOPLE.triage, onTime, '/ack'));
    const late = await declare(w, 1);
    at(w, declaredAt(w, late), 20);
    await w.run(await w.comment(PEOPLE.triage, late, '/ack'));
    await w.run(w.dispatch());
    expect(w.snapshot(onTime).labels).not.toContain('sla-missed');
    expect(w.snapshot(late).labels).toContain('sla-missed');
  });

  it('is not put back once a person removes it', async () => {
    const w = world();
    const number = await declare(w, 1);
    at(w, declaredAt(w, number), 16);
    await w.run(w.dispatch());
    await w.run(await w.unlabel(PEOPLE.triage, number, 'sla-missed'));
    await w.run(w.dispatch());
    expect(w.snapshot(number).labels).not.toContain('sla-missed');
  });

  it('six hours late, a sweep does each step once, in order, and the next sweep nothing', async () => {
    const w = world();
    const number = await declare(w, 1);
    at(w, declaredAt(w, number), 6 * 60);
    const sweep = await w.run(w.dispatch());
    expect(steps(sweep.writes)).toEqual([
      'label sla-missed',
      'post page:level-2',
      'post page:level-3',
      'post page:level-4',
      // Twelve update windows closed; one reminder, for the last (06:01), not twelve.
      'post update-reminder:1795770060',
      'edit card',
    ]);
    expect(w.card(number).match(/Response time missed/g)).toHaveLength(1);
    w.advance(1);
    expect((await w.run(w.dispatch())).writes).toEqual([]);
  });
});

describe('the status-update cadence', () => {
  /** A SEV-1 acknowledged at once (so only the update cadence runs), with its last update at the returned time. */
  async function acknowledged(w: World, roles = ''): Promise<{ number: number; since: string }> {
    const number = await declare(w, 1);
    const acked = await w.comment(PEOPLE.triage, number, `/ack\n${roles}`);
    await w.run(acked);
    const update = await w.comment(PEOPLE.triage, number, '/update Investigating the 503s.');
    await w.run(update);
    const comment = w.emulator.state.repos['acme/payments']?.comments.find((candidate) => candidate.id === update.commentId);
    return { number, since: comment?.createdAt ?? '' };
  }

  it('just before the window closes, a sweep changes nothing', async () => {
    const w = world();
    const { since } = await acknowledged(w);
    at(w, since, 29.98);
    expect((await w.run(w.dispatch())).writes).toEqual([]);
  });

  it('at its close, one reminder to the Communication Lead; a second sweep in the window adds none', async () => {
    const w = world();
    const { number, since } = await acknowledged(w, '/role comms @tom\n/ic @wendy');
    at(w, since, 30);
    const sweep = await w.run(w.dispatch());
    expect(steps(sweep.writes)).toEqual([`post update-reminder:${Date.parse(since) / 1000 + 30 * 60}`, 'edit card']);
    const [reminder] = reminders(w, number);
    expect(reminder).toContain('### ⏰ Status update overdue');
    expect(reminder).toContain('@tom (Communication Lead): this SEV-1 (Critical) incident needs a status update every 30 min');
    expect(reminder).not.toContain('@wendy');
    at(w, since, 45);
    expect((await w.run(w.dispatch())).writes).toEqual([]);
    at(w, since, 60);
    expect(steps((await w.run(w.dispatch())).writes)).toEqual([`post update-reminder:${Date.parse(since) / 1000 + 60 * 60}`, 'edit card']);
  });

  it('without a Communication Lead asks the commander, without a commander the first level', async () => {
    const w = world();
    const led = await acknowledged(w, '/ic @wendy');
    const alone = await acknowledged(w);
    at(w, alone.since, 31);
    await w.run(w.dispatch());
    expect(reminders(w, led.number)[0]).toContain('@wendy (Incident Commander): this SEV-1');
    expect(reminders(w, alone.number)[0]).toContain('@priya, @sam (level 1, On-call engineer): this SEV-1');
  });

  it('an update in time means no reminder; the window starts again from it', async () => {
    const w = world();
    const { number, since } = await acknowledged(w);
    at(w, since, 25);
    await w.run(await w.comment(PEOPLE.triage, number, '/update Rolled back; watching.'));
    at(w, since, 31);
    expect((await w.run(w.dispatch())).writes).toEqual([]);
    expect(reminders(w, number)).toEqual([]);
  });

  it('six hours late, one reminder, then one per window again', async () => {
    const w = world();
    const { number, since } = await acknowledged(w);
    at(w, since, 6 * 60 + 5);
    const sweep = await w.run(w.dispatch());
    expect(steps(sweep.writes)).toEqual([`post update-reminder:${Date.parse(since) / 1000 + 6 * 60 * 60}`, 'edit card']);
    expect(reminders(w, number)).toHaveLength(1);
    expect(reminders(w, number)[0]).toContain('the last was at');
    at(w, since, 6 * 60 + 30);
    expect(steps((await w.run(w.dispatch())).writes)).toEqual([`post update-reminder:${Date.parse(since) / 1000 + 6 * 60 * 60 + 30 * 60}`, 'edit card']);
  });

  it('a resolved incident owes no update', async () => {
    const w = world();
    const { number, since } = await acknowledged(w);
    await w.run(await w.comment(PEOPLE.triage, number, '/resolve Fixed.'));
    at(w, since, 120);
    await w.run(w.dispatch(number));
    expect(reminders(w, number)).toEqual([]);
  });
});
