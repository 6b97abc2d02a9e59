/**
 * Decisions on commands, once made, stand. A command's permission is checked when its comment is
 * first judged; the card then records the newest comment whose commands were accepted, and a
 * refusal's reply is marked `denied`. Later runs keep those verdicts instead of asking again, so a permission lookup that
 * fails later, or access removed later, never undoes what was accepted, and a refusal never turns
 * into a silent acceptance when a lookup that had failed starts to work.
 */
import { parseCommands } from './commands.js';
import { readMarker, readMarkerFields } from './markers.js';
import type { Observed } from './observed.js';

/** Verdicts already recorded in the bot's comments. */
export interface Verdicts {
  /** Comments with an id up to this one were judged; null when none was. */
  judgedThrough: number | null;
  /** Comments whose commands were refused for lack of permission. */
  denied: Set<number>;
}

/** The verdicts recorded in the bot's own comments. */
export function recordedVerdicts(observed: Pick<Observed, 'comments' | 'botLogin'>): Verdicts {
  const verdicts: Verdicts = { judgedThrough: null, denied: new Set() };
  for (const comment of observed.comments) {
    if (comment.author !== observed.botLogin) continue;
    const marker = readMarker(comment.body);
    const fields = readMarkerFields(comment.body);
    if (marker === 'card' && fields.judged !== undefined && /^\d+$/.test(fields.judged)) verdicts.judgedThrough = Number(fields.judged);
    if (marker?.startsWith('reply:') && fields.denied !== undefined) verdicts.denied.add(Number(marker.slice('reply:'.length)));
  }
  return verdicts;
}

/** Whether `commentId` was judged by an earlier run. */
export function alreadyJudged(verdicts: Verdicts, commentId: number): boolean {
  return verdicts.denied.has(commentId) || (verdicts.judgedThrough !== null && commentId <= verdicts.judgedThrough);
}

/** Whether `body` holds a command that needs a permission check (malformed ones and `/help` do not). */
export function needsPermission(body: string): boolean {
  return parseCommands(body).some((entry) => entry.ok && entry.command.name !== 'help');
}
