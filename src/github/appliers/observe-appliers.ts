/**
 * Appliers that also tell an observer what they applied: the demo and `simulate` show each page,
 * reminder and pull request with the deadline the engine gave it, so they need the effects
 * themselves, not only the words a run reports. Applying is unchanged.
 */
import type { Effect } from '../../engine/effects.js';
import type { ApplyContext, Appliers } from './applier.js';

/** One effect applied: on which issue, and what the applier said it did. */
export interface AppliedEffect {
  issue: number;
  effect: Effect;
  done: string;
}

/** `appliers`, each reporting to `observe` after it applied its effect. */
export function observeAppliers(appliers: Appliers, observe: (applied: AppliedEffect) => void): Appliers {
  const observed = Object.fromEntries(
    (Object.keys(appliers) as Effect['kind'][]).map((kind) => {
      const applier = appliers[kind] as (effect: Effect, context: ApplyContext) => Promise<string>;
      const wrapped = async (effect: Effect, context: ApplyContext): Promise<string> => {
        const done = await applier(effect, context);
        observe({ issue: context.issue.number, effect, done });
        return done;
      };
      return [kind, wrapped];
    }),
  );
  // Every kind of `appliers` is wrapped with the same signature, so the mapped type holds.
  return observed as unknown as Appliers;
}
