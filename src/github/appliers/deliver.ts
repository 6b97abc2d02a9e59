import { MAX_DELIVERY_RUNS } from '../../engine/deliveries.js';
import { describeEffect } from '../../engine/describe.js';
import { sendDelivery } from '../../sinks/send-delivery.js';
import type { Applier } from './applier.js';

/**
 * Sends a notification to a sink outside GitHub. It never throws: a sink that fails must not stop
 * the incident on GitHub; the outcome waits in the context for the card, which records it.
 */
export const deliver: Applier<'deliver'> = async (effect, context) => {
  const { delivery } = effect;
  const sinks = context.sinks;
  const { outcome, detail } =
    sinks === undefined ? { outcome: { ok: false, reason: 'no-sender' } as const, detail: 'this run has no way to send to sinks' } : await sendDelivery(delivery, sinks.deps);
  sinks?.outcomes.set(delivery.key, outcome);
  if (outcome.ok) return describeEffect(effect);
  const retry = delivery.failedRuns + 1 < MAX_DELIVERY_RUNS ? 'the next run retries it' : 'giving up';
  context.log.warning(`#${context.issue.number}: could not ${describeEffect(effect)}: ${detail}; ${retry}.`);
  return `${describeEffect(effect)}: failed (${outcome.reason})`;
};
