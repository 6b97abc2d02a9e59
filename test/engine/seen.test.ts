/**
 * The fingerprint a sweep compares to decide whether an issue changed since the bot last saw it:
 * it must change with anything it covers, and with nothing else.
 */
import { describe, expect, it } from 'vitest';
import type { Effect } from '../../src/engine/effects.js';
import { fingerprint, seenAfter } from '../../src/engine/seen.js';
import { comment, observed } from './observed-fixture.js';

const reminder: Effect = { kind: 'comment', marker: { kind: 'review-reminder' }, message: { type: 'review-reminder', owners: ['@sre'], dueOn: '2026-11-27' } };

describe('the fingerprint of an issue', () => {
  it('is its state, its comment count and 8 hex digits of its labels', () => {
    expect(fingerprint({ state: 'open', labels: ['incident'], comments: 3 })).toMatch(/^o\.3\.[0-9a-f]{8}$/);
    expect(fingerprint({ state: 'closed', labels: ['incident'], comments: 0 })).toMatch(/^c\.0\.[0-9a-f]{8}$/);
  });

  it('does not change with the order, case or repetition of labels, as GitHub compares them', () => {
    const base = fingerprint({ state: 'open', labels: ['incident', 'sev-1'], comments: 2 });
    expect(fingerprint({ state: 'open', labels: ['SEV-1', 'Incident'], comments: 2 })).toBe(base);
    expect(fingerprint({ state: 'open', labels: ['sev-1', 'incident', 'Sev-1'], comments: 2 })).toBe(base);
  });

  it('changes when a label changes, even when the names run together to the same letters', () => {
    const one = fingerprint({ state: 'open', labels: ['ab', 'c'], comments: 2 });
    expect(fingerprint({ state: 'open', labels: ['a', 'bc'], comments: 2 })).not.toBe(one);
    expect(fingerprint({ state: 'open', labels: ['ab'], comments: 2 })).not.toBe(one);
  });
});

describe('the fingerprint after a run', () => {
  const issue = observed({ labels: ['incident', 'Sev-2'], comments: [comment('priya', 1, 'hi')] });

  it('is the issue as it is when the run changes nothing and the card exists', () => {
    expect(seenAfter(issue, [], false)).toBe(fingerprint({ state: 'open', labels: ['incident', 'sev-2'], comments: 1 }));
  });

  it('counts the card when it is new, and every comment the run posts', () => {
    expect(seenAfter(issue, [reminder, reminder], true)).toBe(fingerprint({ state: 'open', labels: ['incident', 'sev-2'], comments: 4 }));
  });

  it('has the labels the run adds and not those it removes, whatever their case', () => {
    const effects: Effect[] = [
      { kind: 'remove-label', label: 'SEV-2' },
      { kind: 'add-labels', labels: ['sev-1', 'INCIDENT'] },
      { kind: 'add-assignees', assignees: ['priya'] },
    ];
    expect(seenAfter(issue, effects, false)).toBe(fingerprint({ state: 'open', labels: ['incident', 'sev-1'], comments: 1 }));
  });

  it('is closed after the run closes the issue, and open after it reopens it', () => {
    expect(seenAfter(issue, [{ kind: 'close-issue' }], false)).toBe(fingerprint({ state: 'closed', labels: ['incident', 'sev-2'], comments: 1 }));
    const closed = { ...issue, issue: { ...issue.issue, state: 'closed' as const } };
    expect(seenAfter(closed, [], false)).toMatch(/^c\./);
    expect(seenAfter(closed, [{ kind: 'reopen-issue' }], false)).toBe(seenAfter(issue, [], false));
  });
});
