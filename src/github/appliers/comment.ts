import { describeEffect } from '../../engine/describe.js';
import type { Applier } from './applier.js';
import { postOnce } from './post-once.js';

/** Posts a marked comment, once per incident and marker, ever. */
export const comment: Applier<'comment'> = async (effect, context) => {
  const posted = await postOnce(context, effect.marker, context.render.comment(effect.marker, effect.message));
  return posted ? describeEffect(effect) : `${describeEffect(effect)}: already posted by another run`;
};
