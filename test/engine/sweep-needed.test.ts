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

describe('sweepNeed: incidents to read whole and playbooks due for review', () => {
  it('keeps the sweep on for an incident to read, naming it', () => {
    expect(sweepNeed([{ kind: 'skipped', incident: 1 }, { kind: 'unread', incident: 5 }])).toEqual({
      needed: true,
      reason: '#5 needs reading (a deadline came, or it changed since its card was written)',
    });
  });

  it('keeps it on for playbook files due for review, counting them', () => {
    expect(sweepNeed([{ kind: 'review-due', files: 1 }])).toEqual({ needed: true, reason: '1 playbook file is due for review' });
    expect(sweepNeed([{ kind: 'review-due', files: 3 }])).toEqual({ needed: true, reason: '3 playbook files are due for review' });
  });

  it('names the earliest deadline before any incident not done, and the review round’s failure in words', () => {
    expect(sweepNeed([{ kind: 'failed', incident: 2 }, { kind: 'quiet', incident: 4, due: '2026-11-27T03:15:00Z' }])).toEqual({ needed: true, reason: '#4 has a deadline at 2026-11-27 03:15 UTC' });
    expect(sweepNeed([{ kind: 'review-failed' }])).toEqual({ needed: true, reason: 'the playbook review round failed and is tried again by the next sweep' });
  });

  it('names the earliest deadline wherever it is in the list', () => {
    const need = sweepNeed([
      { kind: 'reconciled', incident: 1, due: '2026-11-27T04:00:00Z' },
      { kind: 'quiet', incident: 2, due: '2026-11-27T01:30:00Z' },
      { kind: 'reconciled', incident: 3, due: '2026-11-27T03:00:00Z' },
    ]);
    expect(need).toEqual({ needed: true, reason: '#2 has a deadline at 2026-11-27 01:30 UTC' });
  });
});
