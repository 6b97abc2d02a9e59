/**
 * Decisions on commands, once made, stand for the text they judged. A command's permission is
 * checked when its comment is first judged; the card then records how far comments were judged (a
 * high-water mark: comment id and time), and a refusal's reply is marked `denied`. Later runs keep
 * those verdicts instead of asking again, so a permission lookup that fails later, or access removed
 * later, never undoes what was accepted, and a refusal never turns into a silent acceptance when a
 * lookup that had failed starts to work. A comment edited after it was judged is judged again, as
 * of its edit, with a fresh permission check: an accepted `/ack` edited into `/resolve` by someone
 * who has since lost access runs nothing.
 */
import { parseCommands } from './commands.js';
import type { Ledger } from './ledger.js';
import type { ObservedComment } from './observed.js';
import { type JudgedMark, replyVersion } from './records.js';

/**
 * Whether an earlier run judged `comment` as it reads now: its refusal's reply is marked denied, or
 * it lies under the card's judged mark (or, for a card from before the mark, its accepted list).
 */
export function alreadyJudged(ledger: Ledger, comment: Pick<ObservedComment, 'id' | 'createdAt' | 'updatedAt'>): boolean {
  if (ledger.denied.has(versionOf(comment))) return true;
  const mark = ledger.judged;
  if (mark === null) return ledger.accepted.has(comment.id);
  if (comment.id > mark.through) return false;
  const changed = Date.parse(comment.updatedAt);
  const at = Date.parse(mark.at);
  // Times are whole seconds: an edit in the very second of the mark may have come after the read.
  return changed < at || (changed === at && comment.updatedAt === comment.createdAt);
}

/** Whether `comment`'s commands were accepted by an earlier run (false: refused, or not judged as it reads now). */
export function acceptedBefore(ledger: Ledger, comment: Pick<ObservedComment, 'id' | 'createdAt' | 'updatedAt'>): boolean {
  return alreadyJudged(ledger, comment) && !ledger.denied.has(versionOf(comment));
}

/** When `comment` was edited (Unix seconds), or null if it reads as first written. */
export function editedAt(comment: Pick<ObservedComment, 'createdAt' | 'updatedAt'>): number | null {
  return comment.updatedAt === comment.createdAt ? null : Math.floor(Date.parse(comment.updatedAt) / 1000);
}

function versionOf(comment: Pick<ObservedComment, 'id' | 'createdAt' | 'updatedAt'>): string {
  return replyVersion(comment.id, editedAt(comment));
}

/**
 * The high-water mark that covers every comment in `comments`: the card records it once they are
 * judged. It moves only when a run accepts a command it had not judged before (refusals are
 * recorded by their replies), so people's chatter and outsiders' refused commands never cost a
 * card rewrite.
 */
export function judgedMark(comments: readonly Pick<ObservedComment, 'id' | 'updatedAt'>[]): JudgedMark | null {
  if (comments.length === 0) return null;
  const through = comments.reduce((high, comment) => Math.max(high, comment.id), 0);
  const at = comments.reduce((high, comment) => Math.max(high, Date.parse(comment.updatedAt)), 0);
  return { through, at: new Date(Math.floor(at / 1000) * 1000).toISOString().replace('.000Z', 'Z') };
}

/**
 * Whether `body` holds a command that needs a permission check: a command to run, or an unknown
 * one (answered only to people who may run commands). Malformed ones and `/help` are answered to anyone.
 */
export function needsPermission(body: string): boolean {
  return parseCommands(body).some((entry) => (entry.ok ? entry.command.name !== 'help' : entry.unknown));
}
