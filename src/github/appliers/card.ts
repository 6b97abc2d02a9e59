import { describeEffect } from '../../engine/describe.js';
import { cardRecord } from '../../engine/card-effect.js';
import { settleDeliveries } from '../../engine/deliveries.js';
import type { Effect } from '../../engine/effects.js';
import type { Applier, ApplyContext } from './applier.js';
import { postOnce } from './post-once.js';

/** The card as planned, with how this run's deliveries ended (they went before it) shown and recorded. */
function settled(effect: Extract<Effect, { kind: 'card' }>, context: ApplyContext): Extract<Effect, { kind: 'card' }> {
  const deliveries = effect.card.deliveries;
  const outcomes = context.sinks?.outcomes;
  if (deliveries === undefined || outcomes === undefined) return effect;
  // Stryker disable next-line ConditionalExpression: settling without outcomes gives back the card and record as planned (the engine records cardRecord of the same card), so this only saves the work
  if (outcomes.size === 0) return effect;
  const card = { ...effect.card, deliveries: settleDeliveries(deliveries, outcomes) };
  return { ...effect, card, record: cardRecord(card, effect.record.due, effect.record.seen) };
}

/** Posts the incident card, or rewrites the one the engine chose. */
export const card: Applier<'card'> = async (planned, context) => {
  const effect = settled(planned, context);
  const body = context.render.card(effect.card, effect.record);
  const { octokit, issue } = context;
  if (effect.commentId === null) {
    const posted = await postOnce(context, { kind: 'card' }, body);
    return posted ? describeEffect(effect) : `${describeEffect(effect)}: already posted by another run`;
  }
  await octokit.rest.issues.updateComment({ owner: issue.owner, repo: issue.repo, comment_id: effect.commentId, body });
  return describeEffect(effect);
};
