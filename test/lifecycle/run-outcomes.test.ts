/**
 * A run ends with an outcome per incident: a quiet incident plans nothing (even in a dry run), and
 * one failing incident neither stops the others nor hides what was done to them.
 */
import { describe, expect, it } from 'vitest';
import { PEOPLE, declare, useWorld } from './harness.js';

const world = useWorld();

describe('a quiet incident', () => {
  it('plans nothing in a dry run, and a real run writes nothing', async () => {
    const w = world();
    const number = await declare(w, 2);
    w.advance(1);
    const dry = await w.run(w.dispatch(number), { dryRun: true });
    expect(dry.outcomes).toEqual([{ kind: 'reconciled', incident: number, severity: 'sev-2', status: 'detection', effects: [], due: '2026-11-27T03:31:00Z' }]);
    expect(dry.writes).toEqual([]);
    const real = await w.run(w.dispatch(number));
    expect(real.writes).toEqual([]);
  });

  it('in a dry run with something due, says what it would do and writes nothing', async () => {
    const w = world();
    const number = await declare(w, 1);
    w.advance(31);
    const dry = await w.run(w.dispatch(number), { dryRun: true });
    expect(dry.results[0]?.effects).toEqual(['would add labels sla-missed', 'would comment page:level-2', 'would comment update-reminder:1795750260', 'would update the incident card']);
    expect(dry.writes).toEqual([]);
  });
});

describe('a run over all incidents where one fails', () => {
  it('reconciles the other two, reports each, and fails naming the third', async () => {
    const w = world();
    const first = await declare(w, 1);
    const second = await declare(w, 1);
    const third = await declare(w, 1);
    w.advance(31);
    // Every read of the third incident's comments fails, retries included.
    w.emulator.faults.add({ method: 'GET', path: `/repos/acme/payments/issues/${third}/comments`, status: 500, times: 100 });
    const run = await w.run(w.dispatch(), { keepFailures: true });
    // The sweep's bulk read lists the oldest first.
    expect(run.outcomes.map((outcome) => [outcome.incident, outcome.kind])).toEqual([
      [first, 'reconciled'],
      [second, 'reconciled'],
      [third, 'failed'],
    ]);
    expect(run.results.map((result) => result.effects)).toEqual([
      ['add labels sla-missed', 'comment page:level-2', 'comment update-reminder:1795750260', 'update the incident card'],
      ['add labels sla-missed', 'comment page:level-2', 'comment update-reminder:1795750320', 'update the incident card'],
    ]);
    await expect(w.run(w.dispatch())).rejects.toThrow(new RegExp(`^1 of 3 incidents could not be reconciled \\(the next run tries again\\): #${third}: `));
  });

  it('does not count an issue without the incident label as a failure', async () => {
    const w = world();
    const opened = await w.open(PEOPLE.write, { severity: 1, scenario: 'Service Outage' }, { labels: [] });
    const run = await w.run(opened);
    expect(run.outcomes).toEqual([{ kind: 'skipped', incident: opened.number, reason: 'not an incident (no "incident" label)' }]);
    expect(run.writes).toEqual([]);
  });
});
