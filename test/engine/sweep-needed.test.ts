import { describe, expect, it } from 'vitest';
import { sweepNeed } from '../../src/engine/sweep-needed.js';

describe('sweepNeed: whether the sweep has anything to do', () => {
  it('not when no incident has a deadline (open without a severity, resolved, not an incident)', () => {
    expect(sweepNeed([])).toEqual({ needed: false });
    expect(sweepNeed([{ kind: 'quiet', incident: 1, due: null }, { kind: 'reconciled', incident: 2, due: null }, { kind: 'skipped', incident: 3 }])).toEqual({ needed: false });
  });

  it('when any incident has one, naming the earliest', () => {
    const need = sweepNeed([
      { kind: 'quiet', incident: 1, due: null },
      { kind: 'quiet', incident: 2, due: '2026-11-29T05:00:00Z' },
      { kind: 'reconciled', incident: 3, due: '2026-11-27T03:15:00Z' },
    ]);
    expect(need).toEqual({ needed: true, reason: '#3 has a deadline at 2026-11-27 03:15 UTC' });
  });

  it('when an incident failed or was left for later, or the review round failed: the next sweep must try again', () => {
    expect(sweepNeed([{ kind: 'quiet', incident: 1, due: null }, { kind: 'failed', incident: 2 }])).toEqual({ needed: true, reason: '#2 could not be reconciled and is tried again by the next sweep' });
    expect(sweepNeed([{ kind: 'deferred', incident: 4 }])).toEqual({ needed: true, reason: '#4 was left for the next sweep (request budget spent)' });
    expect(sweepNeed([{ kind: 'review-failed' }])).toMatchObject({ needed: true });
  });
});
