/** The appliers of a dry run: each reports what it would do and changes nothing. */
import { describeEffect } from '../../engine/describe.js';
import type { Effect } from '../../engine/effects.js';
import type { Appliers } from './applier.js';

const plan = (effect: Effect): Promise<string> => Promise.resolve(`would ${describeEffect(effect)}`);

/** Every effect, planned only. */
export const dryRunAppliers: Appliers = {
  'add-labels': plan,
  'remove-label': plan,
  'add-assignees': plan,
  'close-issue': plan,
  'reopen-issue': plan,
  comment: plan,
  card: plan,
};
