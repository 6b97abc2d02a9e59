/**
 * Decisions on commands, once made, stand. A command's permission is checked when its comment is
 * first judged; the card's marker then lists the comments whose commands were accepted, and a
 * refusal's reply is marked `denied`. Later runs keep those verdicts instead of asking again, so a
 * permission lookup that fails later, or access removed later, never undoes what was accepted, and
 * a refusal never turns into a silent acceptance when a lookup that had failed starts to work.
 * Only the listed comments are trusted without a lookup: a comment edited into a command later is
 * judged like a new one.
 */
import { parseCommands } from './commands.js';
import { readMarker, readMarkerFields } from './markers.js';
import type { Observed } from './observed.js';

/** Verdicts already recorded in the bot's comments. */
export interface Verdicts {
  /** Comments whose commands were accepted. */
  accepted: Set<number>;
  /** Comments whose commands were refused for lack of permission. */
  denied: Set<number>;
}

/** The comment ids of a marker field such as `accepted=101.102.205`. */
function ids(field: string | undefined): number[] {
  return (field ?? '').split('.').filter((part) => /^\d+$/.test(part)).map(Number);
}

/** How the card's marker lists accepted comments: `101.102.205`. */
export function formatAccepted(accepted: readonly number[]): string {
  return accepted.join('.');
}

/** The verdicts recorded in the bot's own comments. */
export function recordedVerdicts(observed: Pick<Observed, 'comments' | 'botLogin'>): Verdicts {
  const verdicts: Verdicts = { accepted: new Set(), denied: new Set() };
  for (const comment of observed.comments) {
    if (comment.author !== observed.botLogin) continue;
    const marker = readMarker(comment.body);
    const fields = readMarkerFields(comment.body);
    if (marker === 'card') for (const id of ids(fields.accepted)) verdicts.accepted.add(id);
    if (marker?.startsWith('reply:') && fields.denied !== undefined) verdicts.denied.add(Number(marker.slice('reply:'.length)));
  }
  return verdicts;
}

/** Whether an earlier run judged the commands of `commentId`. */
export function alreadyJudged(verdicts: Verdicts, commentId: number): boolean {
  return verdicts.accepted.has(commentId) || verdicts.denied.has(commentId);
}

/** Whether `body` holds a command that needs a permission check (malformed ones and `/help` do not). */
export function needsPermission(body: string): boolean {
  return parseCommands(body).some((entry) => entry.ok && entry.command.name !== 'help');
}
