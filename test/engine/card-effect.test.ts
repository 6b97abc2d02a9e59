/**
 * What the card records, and when it is rewritten: only when what it shows or records changed (a
 * quiet incident's plan is empty), or when a sweep finds its record of the issue out of date.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import type { Card } from '../../src/engine/card.js';
import { cardEffect, cardRecord } from '../../src/engine/card-effect.js';
import { readLedger } from '../../src/engine/ledger.js';
import type { Observed } from '../../src/engine/observed.js';
import { reconcile } from '../../src/engine/reconcile.js';
import { createCommentRenderer } from '../../src/render/comments.js';
import { at, BOT, botComment, comment, observed } from './observed-fixture.js';

let set: PlaybookSet;
beforeAll(async () => {
  set = await loadPlaybooks('playbooks');
});

const APPLIED = { labels: ['incident', 'sev-1', 'scenario:service-outage'], comments: [botComment('page:sev-1', 1)] };
const SHA = 'abc1234def'.padEnd(40, '0');

/** The card a run at `minute` plans for `state`. */
function planned(state: Observed, minute: number): { card: Card; record: ReturnType<typeof cardRecord>; commentId: number | null } {
  const effect = reconcile(state, set, new Date(at(minute))).effects.find((candidate) => candidate.kind === 'card');
  if (effect?.kind !== 'card') throw new Error('no card planned');
  return effect;
}

describe('the card’s record', () => {
  it('holds the pinned commit, the declared severity, the reporter’s standing, the phase, the next deadline and what the bot saw', () => {
    const { card, record } = planned(observed({ ...APPLIED, playbookRef: { sha: SHA, path: 'playbooks', serverUrl: 'https://github.com' } }), 2);
    expect(record).toMatchObject({ pin: SHA, declared: 'sev-1', accepted: [], reporter: 'trusted', ticks: [], due: new Date(at(15)).toISOString().replace('.000Z', 'Z'), phase: set.phases[0]?.id });
    expect(record).not.toHaveProperty('sent');
    expect(record).not.toHaveProperty('failed');
    expect(cardRecord(card, record.due, record.seen)).toEqual(record);
    expect(record.digest).toMatch(/^[0-9a-f]{16}$/);
  });

  it('pins no commit the run does not know, and records an unconfirmed report as one', () => {
    const report = observed({ ...APPLIED, permissions: { alice: 'read' } });
    expect(planned(report, 2).record).toMatchObject({ pin: null, reporter: 'report' });
  });

  it('of a resolved incident holds no phase', () => {
    const state = observed({ ...APPLIED, comments: [...APPLIED.comments, comment('priya', 5, '/resolve')], permissions: { priya: 'write' } });
    expect(planned(state, 6).record.phase).toBeNull();
  });

  it('holds the deliveries sent and failing, and changes its digest with them', () => {
    const { card, record } = planned(observed(APPLIED), 2);
    const lines = [{ key: '0a1b2c3d', sink: '#incidents', what: 'page sev-1', status: 'sent' as const, at: '2026-11-27T03:01:00Z', reason: null, runs: 0 }];
    const sent = [{ key: '0a1b2c3d', at: '2026-11-27T03:01:00Z' }];
    const failed = [{ key: '12345678', runs: 2, reason: '503' }];
    const withDeliveries = cardRecord({ ...card, deliveries: { lines, sent, failed } }, record.due, record.seen);
    expect(withDeliveries).toMatchObject({ sent, failed });
    expect(withDeliveries.digest).not.toBe(record.digest);
    const none = cardRecord({ ...card, deliveries: { lines, sent: [], failed: [] } }, record.due, record.seen);
    expect(none).not.toHaveProperty('sent');
    expect(none).not.toHaveProperty('failed');
  });

  it('has a digest that a refused command does not change (its reply says it) but anything shown does', () => {
    const { card, record } = planned(observed(APPLIED), 2);
    const refusal = { commentId: 5, edited: null, author: 'mallory', problems: ['/sev 4: needs write'], help: false, denied: true };
    const refused = { ...card, incident: { ...card.incident, refusals: [refusal] } };
    expect(cardRecord(refused, record.due, record.seen).digest).toBe(record.digest);
    expect(cardRecord({ ...card, incident: { ...card.incident, title: 'Checkout down again' } }, record.due, record.seen).digest).not.toBe(record.digest);
    expect(cardRecord(card, at(99), record.seen).digest).not.toBe(record.digest);
    // What the bot saw is recorded, not shown: it alone changes no digest.
    expect(cardRecord(card, record.due, 'other').digest).toBe(record.digest);
  });
});

describe('rewriting the card', () => {
  /** The incident with the card a run at minute 2 posted. */
  function posted(): { state: Observed; id: number; seen: string | null } {
    const { card, record } = planned(observed(APPLIED), 2);
    const cardComment = comment(BOT, 2, createCommentRenderer().card(card, record));
    return { state: observed({ ...APPLIED, comments: [...APPLIED.comments, cardComment] }), id: cardComment.id, seen: record.seen };
  }

  it('is not asked when the card already shows and records the same, unless a sweep finds its record of the issue out of date', () => {
    const { state, id, seen } = posted();
    const ledger = readLedger(state);
    const { card, record } = planned(observed(APPLIED), 2);
    expect(cardEffect(card, ledger, record.due, { fingerprint: seen ?? '', refresh: false })).toEqual([]);
    expect(cardEffect(card, ledger, record.due, { fingerprint: seen ?? '', refresh: true })).toEqual([]);
    expect(cardEffect(card, ledger, record.due, { fingerprint: 'changed', refresh: false })).toEqual([]);
    expect(cardEffect(card, ledger, record.due, { fingerprint: 'changed', refresh: true })).toEqual([{ kind: 'card', card, record: cardRecord(card, record.due, 'changed'), commentId: id }]);
  });

  it('rewrites the posted card when what it shows changes, and posts a first one', () => {
    const { state, id, seen } = posted();
    const { card, record } = planned(observed(APPLIED), 2);
    const changed = { ...card, incident: { ...card.incident, title: 'Checkout down again' } };
    expect(cardEffect(changed, readLedger(state), record.due, { fingerprint: seen ?? '', refresh: false })).toMatchObject([{ kind: 'card', commentId: id }]);
    expect(cardEffect(card, readLedger(observed(APPLIED)), record.due, { fingerprint: seen ?? '', refresh: false })).toMatchObject([{ kind: 'card', commentId: null }]);
  });
});
