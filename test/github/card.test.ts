/**
 * The incident card: posted once (another run's card is not doubled), rewritten in place when the
 * engine names the comment, and showing and recording how this run's deliveries ended.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { cardRecord } from '../../src/engine/card-effect.js';
import type { CardDeliveries } from '../../src/engine/deliveries.js';
import type { DeliveryOutcome } from '../../src/engine/delivery-types.js';
import type { Effect } from '../../src/engine/effects.js';
import { reconcile } from '../../src/engine/reconcile.js';
import { card } from '../../src/github/appliers/card.js';
import type { SinkDeps } from '../../src/sinks/send-delivery.js';
import { at, observed } from '../engine/observed-fixture.js';
import { BOT, FULL_NAME, plainRenderer, useApplierWorld } from './appliers-world.js';

const world = useApplierWorld();
type CardEffect = Extract<Effect, { kind: 'card' }>;

let set: PlaybookSet;
beforeAll(async () => {
  set = await loadPlaybooks('playbooks');
});

/** The card a run plans for a freshly declared SEV-1 incident. */
function planned(): CardEffect {
  const effect = reconcile(observed({ labels: ['incident', 'sev-1'] }), set, new Date(at(2))).effects.find((candidate) => candidate.kind === 'card');
  if (effect?.kind !== 'card') throw new Error('no card planned');
  return effect;
}

/** `effect` with two deliveries owed, none sent yet, recorded as the engine records them. */
function withDeliveries(effect: CardEffect): CardEffect {
  const deliveries: CardDeliveries = {
    lines: [
      { key: '0a1b2c3d', sink: '#incidents', what: 'page sev-1', status: 'pending', at: null, reason: null, runs: 0 },
      { key: '1b2c3d4e', sink: 'Status hook', what: 'page sev-1', status: 'failing', at: null, reason: '503', runs: 1 },
    ],
    sent: [],
    failed: [{ key: '1b2c3d4e', runs: 1, reason: '503' }],
  };
  const shown = { ...effect.card, deliveries };
  return { ...effect, card: shown, record: cardRecord(shown, effect.record.due, 'o.3.0a0b0c0d') };
}

const NO_SENDING: SinkDeps = { secret: () => undefined, fetch: () => Promise.reject(new Error('not here')), sleep: () => Promise.resolve(), now: () => new Date(at(2)) };

function incident(): number {
  return world().emulator.seed.issue(FULL_NAME, { title: 'Checkout down', author: 'alice' }).number;
}

describe('the incident card', () => {
  it('is posted when the incident has none, as the renderer draws it', async () => {
    const w = world();
    const number = incident();
    const effect = planned();
    await expect(card(effect, w.context(number))).resolves.toBe('update the incident card');
    expect(w.comments(number).map(({ author, body }) => ({ author, body }))).toEqual([{ author: BOT, body: plainRenderer.card(effect.card, effect.record) }]);
  });

  it('is not posted twice when another run posted it meanwhile', async () => {
    const w = world();
    const number = incident();
    const effect = planned();
    w.emulator.seed.comment(FULL_NAME, number, { body: plainRenderer.card(effect.card, effect.record), author: BOT });
    await expect(card(effect, w.context(number))).resolves.toBe('update the incident card: already posted by another run');
    expect(w.comments(number)).toHaveLength(1);
  });

  it('is rewritten in place when the engine names the comment', async () => {
    const w = world();
    const number = incident();
    const old = w.emulator.seed.comment(FULL_NAME, number, { body: '<!-- playbook-ops:card -->\nold', author: BOT });
    const effect = { ...planned(), commentId: old.id };
    w.requests();
    await expect(card(effect, w.context(number))).resolves.toBe('update the incident card');
    expect(w.requests()).toEqual([`PATCH /repos/acme/shop/issues/comments/${old.id}`]);
    expect(w.comments(number)).toEqual([{ id: old.id, author: BOT, body: plainRenderer.card(effect.card, effect.record) }]);
  });

  it('shows and records how this run’s deliveries ended, keeping the deadline and what the bot saw', async () => {
    const w = world();
    const number = incident();
    const effect = withDeliveries(planned());
    const outcomes = new Map<string, DeliveryOutcome>([
      ['0a1b2c3d', { ok: true, at: '2026-11-27T03:02:05.250Z' }],
      ['1b2c3d4e', { ok: false, reason: 'timeout' }],
    ]);
    await card(effect, w.context(number, { sinks: { deps: NO_SENDING, outcomes } }));
    const settled: CardDeliveries = {
      lines: [
        { key: '0a1b2c3d', sink: '#incidents', what: 'page sev-1', status: 'sent', at: '2026-11-27T03:02:05Z', reason: null, runs: 0 },
        { key: '1b2c3d4e', sink: 'Status hook', what: 'page sev-1', status: 'failing', at: null, reason: 'timeout', runs: 2 },
      ],
      sent: [{ key: '0a1b2c3d', at: '2026-11-27T03:02:05Z' }],
      failed: [{ key: '1b2c3d4e', runs: 2, reason: 'timeout' }],
    };
    const shown = { ...effect.card, deliveries: settled };
    const record = cardRecord(shown, effect.record.due, 'o.3.0a0b0c0d');
    expect(record).toMatchObject({ due: effect.record.due, seen: 'o.3.0a0b0c0d', sent: settled.sent, failed: settled.failed });
    expect(w.comments(number).map((comment) => comment.body)).toEqual([plainRenderer.card(shown, record)]);
  });

  it('is drawn as planned when the run sent nothing, or has no deliveries to show', async () => {
    const w = world();
    const first = incident();
    const effect = withDeliveries(planned());
    await card(effect, w.context(first));
    const second = incident();
    const plain = planned();
    await card(plain, w.context(second, { sinks: { deps: NO_SENDING, outcomes: new Map([['0a1b2c3d', { ok: true, at: at(2) }]]) } }));
    expect(w.comments(first).map((comment) => comment.body)).toEqual([plainRenderer.card(effect.card, effect.record)]);
    expect(w.comments(second).map((comment) => comment.body)).toEqual([plainRenderer.card(plain.card, plain.record)]);
  });
});
