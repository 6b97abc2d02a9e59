/**
 * Load (hardening): open incidents declared as people declare them, then 50 events a minute with the
 * sweep every 5 minutes, on a virtual clock. After every run, nothing the engine said was due (a page,
 * the SLA-missed label, an update reminder) is left undone, and no run came near the `max-requests`
 * budget; at the end, every deadline action the engine said was due was done exactly once, and no
 * record of the bot's is there twice.
 *
 * This test runs 12 incidents (declared over an hour) and 1 minute of events (50), so that the
 * hardening suite stays within its time on a shared machine; `npm run bench load` runs the same load
 * with 500 incidents and 10 minutes of events, and prints what it cost.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_MAX_REQUESTS } from '../../src/github/request-budget.js';
import { startWorld } from '../lifecycle/harness.js';
import { type LoadResult, type LoadShape, type RunCost, loadRun } from './load-run.js';
import { recordCases } from './property.js';

/** The load window 03:59:30–04:00:30 holds the 04:00 sweep, so a sweep runs among the events. */
const SHAPE: LoadShape = { incidents: 12, declareOverMinutes: 59.5, loadMinutes: 1, eventsPerMinute: 50 };

let result: LoadResult;
let validation: () => void;

beforeAll(async () => {
  const w = await startWorld();
  try {
    result = await loadRun(w, SHAPE);
    validation = () => w.emulator.assertNoValidationErrors();
  } finally {
    await w.stop();
  }
}, 120_000);

const max = (runs: RunCost[]): number => Math.max(...runs.map((run) => run.requests));
const mean = (runs: RunCost[]): number => Number((runs.reduce((sum, run) => sum + run.requests, 0) / runs.length).toFixed(1));

/** What the run cost in requests (counts, not times), for the hardening report. */
function figures(): string {
  const { events, sweeps } = result;
  return `${SHAPE.incidents} incidents, ${events.length} events, ${sweeps.length} sweeps: ${mean(events)} requests per event run (max ${max(events)}), ${mean(sweeps)} per sweep (max ${max(sweeps)}); 500 incidents with time and memory: npm run bench load`;
}

describe('open incidents under 50 events a minute, swept every 5 minutes', () => {
  test('after every run nothing due is left undone, and every run keeps within the max-requests budget', () => {
    recordCases('load', 'runs', result.runs, result.runs - result.runsWithProblems, null, figures());
    expect(result.events).toHaveLength(SHAPE.loadMinutes * SHAPE.eventsPerMinute);
    expect(result.sweeps.some((sweep) => sweep.phase === 'load')).toBe(true);
    // At this size no run spends its budget, so nothing is left for a later run either.
    expect([...result.failures, ...result.deadlines.missed, ...result.deadlines.late, ...result.overBudget]).toEqual([]);
    expect(max([...result.declarations, ...result.events])).toBeLessThanOrEqual(DEFAULT_MAX_REQUESTS);
    validation();
  });

  test('every deadline action the engine said was due happened exactly once, and nothing twice', () => {
    const { due, doneOnce, duplicates, unasked } = result.deadlines;
    recordCases('load', 'deadline-actions-once', due + unasked.length, doneOnce);
    expect([...duplicates, ...unasked]).toEqual([]);
    expect(doneOnce).toBe(due);
    // The load made pages, reminders and the SLA label due, so "once" was tried on each kind.
    expect(Object.keys(result.deadlines.dueByKind).sort()).toEqual(['page', 'sla-missed', 'update-reminder']);
  });
});
