/**
 * One scripted incident life for the hardening tests, how to run it until quiet, and what of its
 * end state must not depend on how GitHub or the event delivery behaved on the way.
 */
import { PEOPLE, type World } from '../lifecycle/harness.js';
import type { Delivery } from '../lifecycle/payloads.js';

/** The events of the life, in order: declare, raise by label, ack with roles, an update, resolve. */
export const LIFE_EVENTS = 5;

/**
 * Plays an incident's life, handing each event's delivery to `deliver` with its index (which may
 * run it, drop it, run it twice or beside another run); returns the issue number.
 */
export async function life(w: World, deliver: (delivery: Delivery, index: number) => Promise<unknown>): Promise<number> {
  const opened = await w.open(PEOPLE.write, { severity: 2, scenario: 'Service Outage', services: 'payments-api', summary: 'Card payments fail.' });
  await deliver(opened, 0);
  w.advance(2);
  await deliver(await w.label(PEOPLE.maintain, opened.number, 'sev-1'), 1);
  w.advance(3);
  await deliver(await w.comment(PEOPLE.write, opened.number, '/ack\n/ic @mona\n/role comms @tom'), 2);
  w.advance(10);
  await deliver(await w.comment(PEOPLE.maintain, opened.number, '/update Rolled back; error rate falling.'), 3);
  w.advance(20);
  await deliver(await w.comment(PEOPLE.maintain, opened.number, '/resolve Rolled back the deploy.'), 4);
  return opened.number;
}

/** Runs the incident until a run writes nothing (at most five runs). */
export async function untilQuiet(w: World, number: number): Promise<void> {
  for (let run = 0; run < 5; run += 1) {
    const { writes, outcomes } = await w.run(w.dispatch(number), { keepFailures: true });
    if (writes.length === 0 && outcomes.every((outcome) => outcome.kind === 'reconciled')) return;
  }
  throw new Error(`#${number} is not quiet after five runs`);
}

/** What must end the same: the issue, the bot's records, and the card with its clock times blanked. */
export function endState(w: World, number: number) {
  const { state, labels, assignees } = w.snapshot(number);
  // Markers name issue events and comments by id, and ids depend on how many objects came before.
  const markers = w.botComments(number).map((comment) => comment.marker.replace(/:\d+$/, ':N'));
  const card = w.card(number).replace(/^<!--.*-->\n/, '').replace(/\b\d\d:\d\d UTC\b/g, 'HH:MM UTC');
  return { state, labels: [...labels].sort(), assignees, markers: [...markers].sort(), card };
}

