import { describeEffect } from '../../engine/describe.js';
import type { Applier } from './applier.js';
import { postOnce } from './post-once.js';

/** Posts the incident card, or rewrites the one the engine chose. */
export const card: Applier<'card'> = async (effect, context) => {
  const body = context.render.card(effect.card, effect.record);
  const { octokit, issue } = context;
  if (effect.commentId === null) {
    const posted = await postOnce(context, { kind: 'card' }, body);
    return posted ? describeEffect(effect) : `${describeEffect(effect)}: already posted by another run`;
  }
  await octokit.rest.issues.updateComment({ owner: issue.owner, repo: issue.repo, comment_id: effect.commentId, body });
  return describeEffect(effect);
};
