/**
 * Applies the engine's effects to one issue, in order, each with the applier of its kind. Which
 * appliers (GitHub's, or a dry run's) is the caller's choice.
 */
import { describeEffect } from '../engine/describe.js';
import type { Effect } from '../engine/effects.js';
import { type ApplyContext, type Appliers, applyWith } from './appliers/applier.js';

/** What applying a plan did: a line per effect applied, and how many were left for the next run. */
export interface Applied {
  done: string[];
  /** Effects not started because the run's request budget was spent. */
  left: number;
}

/**
 * Applies `effects` in order, while `mayStart()` allows, and returns what was done, a line each. It
 * stops at the first failure and throws it with its cause: the next run reads the issue again and
 * applies only what is still missing.
 */
export async function applyEffects(appliers: Appliers, context: ApplyContext, effects: readonly Effect[], mayStart: () => boolean = () => true): Promise<Applied> {
  const done: string[] = [];
  for (const [index, effect] of effects.entries()) {
    if (!mayStart()) return { done, left: effects.length - index };
    try {
      done.push(await applyWith(appliers, effect, context));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Could not ${describeEffect(effect)} on issue #${context.issue.number}: ${reason}`, { cause: error });
    }
  }
  return { done, left: 0 };
}
