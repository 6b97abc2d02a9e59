/**
 * A verdict on a comment's commands stands for the text it judged: comments under the card's
 * judged mark and refused versions are not judged again, edited ones are.
 */
import { describe, expect, it } from 'vitest';
import type { Ledger } from '../../src/engine/ledger.js';
import { acceptedBefore, alreadyJudged, editedAt, judgedMark, needsPermission } from '../../src/engine/verdicts.js';

function ledger(parts: Partial<Ledger>): Ledger {
  return { card: null, posted: new Set(), pages: [], judged: null, accepted: new Set(), denied: new Set(), ...parts };
}

const MARK = { through: 1005, at: '2026-11-27T03:20:00Z' };
const written = (id: number, createdAt: string, updatedAt = createdAt) => ({ id, createdAt, updatedAt });

describe('a comment judged before', () => {
  const judged = ledger({ judged: MARK });

  it('is one under the mark, as it read then', () => {
    expect(alreadyJudged(judged, written(1005, '2026-11-27T03:19:59Z'))).toBe(true);
    expect(acceptedBefore(judged, written(1005, '2026-11-27T03:19:59Z'))).toBe(true);
    expect(alreadyJudged(judged, written(1004, '2026-11-27T03:20:00Z'))).toBe(true);
    expect(alreadyJudged(judged, written(1001, '2026-11-27T03:00:00Z', '2026-11-27T03:19:00Z'))).toBe(true);
  });

  it('is not one written after the mark, or edited after it, or edited in the very second of it', () => {
    expect(alreadyJudged(judged, written(1006, '2026-11-27T03:10:00Z'))).toBe(false);
    expect(alreadyJudged(judged, written(1001, '2026-11-27T03:00:00Z', '2026-11-27T03:20:01Z'))).toBe(false);
    expect(alreadyJudged(judged, written(1001, '2026-11-27T03:00:00Z', '2026-11-27T03:20:00Z'))).toBe(false);
    expect(acceptedBefore(judged, written(1006, '2026-11-27T03:10:00Z'))).toBe(false);
  });

  it('is, on a card from before the mark, one the card lists as accepted', () => {
    const old = ledger({ accepted: new Set([1001]) });
    expect(alreadyJudged(old, written(1001, '2026-11-27T03:00:00Z'))).toBe(true);
    expect(acceptedBefore(old, written(1001, '2026-11-27T03:00:00Z'))).toBe(true);
    expect(alreadyJudged(old, written(1002, '2026-11-27T03:00:00Z'))).toBe(false);
  });

  it('is a refused version, which stays refused, and a refusal of one version leaves its edit to be judged', () => {
    const refused = ledger({ judged: MARK, denied: new Set(['1007', '1001-1795749540']) });
    expect(alreadyJudged(refused, written(1007, '2026-11-27T03:30:00Z'))).toBe(true);
    expect(acceptedBefore(refused, written(1007, '2026-11-27T03:30:00Z'))).toBe(false);
    const edit = written(1001, '2026-11-27T03:00:00Z', '2026-11-27T03:19:00Z');
    expect(acceptedBefore(refused, edit)).toBe(false);
    expect(alreadyJudged(refused, written(1007, '2026-11-27T03:30:00Z', '2026-11-27T03:31:00Z'))).toBe(false);
  });
});

describe('when a comment was edited', () => {
  it('is null for a comment as first written, else the edit’s whole second', () => {
    expect(editedAt(written(1, '2026-11-27T03:00:00Z'))).toBeNull();
    expect(editedAt(written(1, '2026-11-27T03:00:00Z', '2026-11-27T03:04:00.900Z'))).toBe(1795748640);
  });
});

describe('the judged mark', () => {
  it('is null for no comments', () => {
    expect(judgedMark([])).toBeNull();
  });

  it('covers the highest comment id and the latest change, to the whole second, wherever they are in the thread', () => {
    const comments = [
      { id: 1009, updatedAt: '2026-11-27T03:01:00Z' },
      { id: 1003, updatedAt: '2026-11-27T03:25:07.600Z' },
      { id: 1004, updatedAt: '2026-11-27T03:02:00Z' },
    ];
    expect(judgedMark(comments)).toEqual({ through: 1009, at: '2026-11-27T03:25:07Z' });
  });
});

describe('a comment that needs a permission check', () => {
  it('holds a command to run, or an unknown command word', () => {
    expect(needsPermission('/ack')).toBe(true);
    expect(needsPermission('/help\n/sev 2')).toBe(true);
    expect(needsPermission('/acknowledge')).toBe(true);
  });

  it('does not hold only /help, malformed commands or no command', () => {
    expect(needsPermission('/help')).toBe(false);
    expect(needsPermission('/sev critical')).toBe(false);
    expect(needsPermission('Looking into it')).toBe(false);
  });
});
