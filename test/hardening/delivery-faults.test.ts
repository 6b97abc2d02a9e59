/**
 * Delivery faults: GitHub drops events, delivers them twice, and runs a scheduled sweep beside an
 * event's run. The shipped workflows keep one run per issue at a time for events (a concurrency group
 * per issue), but a sweep or a dispatch over every incident runs in another group, beside them, and
 * a group keeps only the newest pending run: so events can be lost and two runs can work on one
 * incident at once. Whatever happens, the incident ends, after runs until quiet, as the clean run
 * left it, with no record twice.
 */
import { describe, expect, test } from 'vitest';
import { type World, startWorld } from '../lifecycle/harness.js';
import type { Delivery } from '../lifecycle/payloads.js';
import { LIFE_EVENTS, endState, life, untilQuiet } from './life.js';
import { recordCases } from './property.js';

const CATEGORY = 'delivery-faults';

/** The end state of the life played with `deliver`, after runs until quiet. */
async function playedWith(deliver: (w: World, delivery: Delivery, index: number) => Promise<unknown>) {
  const w = await startWorld();
  try {
    const number = await life(w, (delivery, index) => deliver(w, delivery, index));
    await untilQuiet(w, number);
    w.emulator.assertNoValidationErrors();
    return endState(w, number);
  } finally {
    await w.stop();
  }
}

const inTurn = (w: World, delivery: Delivery): Promise<unknown> => w.run(delivery, { keepFailures: true });

describe('events dropped, duplicated, or run beside a sweep', () => {
  test('end as the clean run did, with each record once', async () => {
    const expected = await playedWith(inTurn);
    expect(new Set(expected.markers).size).toBe(expected.markers.length);
    const cases: { name: string; deliver: (w: World, delivery: Delivery, index: number) => Promise<unknown>; dropped?: boolean }[] = [];
    for (let dropped = 0; dropped < LIFE_EVENTS; dropped += 1) {
      cases.push({ name: `event ${dropped + 1} dropped`, deliver: (w, delivery, index) => (index === dropped ? Promise.resolve() : inTurn(w, delivery)), dropped: true });
    }
    for (let doubled = 0; doubled < LIFE_EVENTS; doubled += 1) {
      cases.push({
        name: `event ${doubled + 1} delivered twice at once`,
        deliver: (w, delivery, index) => (index === doubled ? Promise.all([inTurn(w, delivery), inTurn(w, delivery)]) : inTurn(w, delivery)),
      });
      cases.push({
        name: `event ${doubled + 1} run beside a sweep`,
        deliver: (w, delivery, index) => (index === doubled ? Promise.all([inTurn(w, delivery), w.run(w.dispatch(), { keepFailures: true })]) : inTurn(w, delivery)),
      });
    }
    const failures: string[] = [];
    // The note on a second severity label exists only if the bot had labelled the first before the
    // person added the second: with the declaration's event dropped, it had not, and no note is due.
    const withoutNote = { ...expected, markers: expected.markers.filter((marker) => !marker.startsWith('label-note:')) };
    for (const { name, deliver, dropped } of cases) {
      const got = await playedWith(deliver);
      const noteless = dropped === true && !got.markers.some((marker) => marker.startsWith('label-note:'));
      if (JSON.stringify(got) !== JSON.stringify(noteless ? withoutNote : expected)) failures.push(`${name}: ${JSON.stringify({ markers: got.markers, labels: got.labels, state: got.state })}${got.card === expected.card ? '' : ' (card differs)'}`);
    }
    recordCases(CATEGORY, 'dropped-doubled-beside-a-sweep', cases.length, cases.length - failures.length);
    expect(failures).toEqual([]);
  }, 300_000);
});
