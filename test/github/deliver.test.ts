/**
 * Sending to a sink outside GitHub never fails the run: how it ended is kept for the card, and a
 * failure is logged saying whether the next run retries it or this was the last try.
 */
import { describe, expect, it } from 'vitest';
import type { DeliveryOutcome } from '../../src/engine/delivery-types.js';
import { deliver } from '../../src/github/appliers/deliver.js';
import type { SinkDeps } from '../../src/sinks/send-delivery.js';
import { delivery } from '../sinks/deliveries.js';
import { useApplierWorld } from './appliers-world.js';

const world = useApplierWorld();

/** Sink deps whose every request is answered with `status`, at a fixed time, without waiting. */
function sinks(status: number): { deps: SinkDeps; outcomes: Map<string, DeliveryOutcome>; sent: string[] } {
  const sent: string[] = [];
  const deps: SinkDeps = {
    secret: (name) => (name === 'HOOK_SECRET' ? 'shh' : undefined),
    fetch: (input) => {
      sent.push(input instanceof Request ? input.url : input.toString());
      return Promise.resolve(new Response('', { status }));
    },
    sleep: () => Promise.resolve(),
    now: () => new Date('2026-11-27T03:10:07Z'),
  };
  return { deps, outcomes: new Map(), sent };
}

describe('delivering to a sink', () => {
  it('sends, and keeps for the card that it went and when', async () => {
    const w = world();
    const { deps, outcomes, sent } = sinks(200);
    await expect(deliver({ kind: 'deliver', delivery: delivery('webhook') }, w.context(7, { sinks: { deps, outcomes } }))).resolves.toBe('deliver page sev-1 to Status hook');
    expect(sent).toEqual(['https://hooks.example.test/incidents']);
    expect([...outcomes]).toEqual([['d41d8cd98f00b204', { ok: true, at: '2026-11-27T03:10:07.000Z' }]]);
    expect(w.logged.warning).toEqual([]);
  });

  it('without a way to send, fails as no-sender and says the next run retries it', async () => {
    const w = world();
    await expect(deliver({ kind: 'deliver', delivery: delivery('slack') }, w.context(7))).resolves.toBe('deliver page sev-1 to #incidents: failed (no-sender)');
    expect(w.logged.warning).toEqual(['#7: could not deliver page sev-1 to #incidents: this run has no way to send to sinks; the next run retries it.']);
  });

  it('keeps a failure for the card, and gives up in the fifth run that fails it', async () => {
    const w = world();
    const { deps, outcomes } = sinks(503);
    const context = w.context(12, { sinks: { deps, outcomes } });
    await expect(deliver({ kind: 'deliver', delivery: delivery('webhook', { failedRuns: 3 }) }, context)).resolves.toBe('deliver page sev-1 to Status hook: failed (503)');
    expect([...outcomes]).toEqual([['d41d8cd98f00b204', { ok: false, reason: '503' }]]);
    await deliver({ kind: 'deliver', delivery: delivery('webhook', { failedRuns: 4, key: '0a1b2c3d4e5f6a7b' }) }, context);
    expect(outcomes.get('0a1b2c3d4e5f6a7b')).toEqual({ ok: false, reason: '503' });
    expect(w.logged.warning).toEqual([
      '#12: could not deliver page sev-1 to Status hook: 503 after 3 attempts; the next run retries it.',
      '#12: could not deliver page sev-1 to Status hook: 503 after 3 attempts; giving up.',
    ]);
  });
});
