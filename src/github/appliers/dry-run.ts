/** The appliers of a dry run: each reports what it would do and changes nothing. */
import { describeEffect } from '../../engine/describe.js';
import type { Effect } from '../../engine/effects.js';
import { sinkRequest } from '../../sinks/sink-request.js';
import type { Applier, Appliers } from './applier.js';

const plan = (effect: Effect): Promise<string> => Promise.resolve(`would ${describeEffect(effect)}`);

/** The request a delivery would send, its secret masked (`***NAME***`): what a reviewer of the dry run needs to see. */
const planDelivery: Applier<'deliver'> = (effect) => {
  const request = sinkRequest(effect.delivery, null, new Date(effect.delivery.notification.at));
  return Promise.resolve(`would ${describeEffect(effect)}: POST ${request.url} ${request.body}`);
};

/** Every effect, planned only. */
export const dryRunAppliers: Appliers = {
  'add-labels': plan,
  'remove-label': plan,
  'add-assignees': plan,
  'close-issue': plan,
  'reopen-issue': plan,
  comment: plan,
  card: plan,
  deliver: planDelivery,
  'postmortem-pr': plan,
  'follow-ups': plan,
};
