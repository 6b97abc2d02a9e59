/**
 * What applying an effect means: one function per effect kind. {@link Appliers} is a mapped type
 * over every kind, so adding a kind to `Effect` without an applier for it does not compile.
 */
import type { DeliveryOutcome } from '../../engine/delivery-types.js';
import type { Effect } from '../../engine/effects.js';
import type { IssueRef } from '../../engine/observed.js';
import type { CommentRenderer } from '../../render/comments.js';
import type { SinkDeps } from '../../sinks/send-delivery.js';
import type { GitHubClient, Log } from '../octokit.js';

/** What every applier works with. */
export interface ApplyContext {
  octokit: GitHubClient;
  issue: IssueRef;
  /** The identity the token acts as: only its comments carry trusted records. */
  botLogin: string;
  render: CommentRenderer;
  log: Log;
  /**
   * The newest `updated_at` among the comments the run read: a comment another run posts since has
   * one at least as late, so a check for it before posting reads only from here on.
   */
  readUpTo: string;
  /**
   * How deliveries to sinks outside GitHub are sent, and how each one ended in this run (by key), for
   * the card that follows them to record. Without it a delivery fails as `no-sender`.
   */
  sinks?: { deps: SinkDeps; outcomes: Map<string, DeliveryOutcome> };
}

/** Applies one effect of kind `K`; resolves to what was done, in words, for logs and outputs. */
export type Applier<K extends Effect['kind']> = (effect: Extract<Effect, { kind: K }>, context: ApplyContext) => Promise<string>;

/** An applier for every effect kind. */
export type Appliers = { readonly [K in Effect['kind']]: Applier<K> };

/** Applies `effect` with the applier of its kind. */
export function applyWith(appliers: Appliers, effect: Effect, context: ApplyContext): Promise<string> {
  // TypeScript cannot relate `appliers[effect.kind]` to `effect`'s own kind; the mapped type
  // guarantees they match.
  const applier = appliers[effect.kind] as (effect: Effect, context: ApplyContext) => Promise<string>;
  return applier(effect, context);
}
