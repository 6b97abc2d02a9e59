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
import type { Ledger } from './ledger.js';

/** Whether an earlier run judged the commands of `commentId`. */
export function alreadyJudged(ledger: Ledger, commentId: number): boolean {
  return ledger.accepted.has(commentId) || ledger.denied.has(commentId);
}

/** Whether `body` holds a command that needs a permission check (malformed ones and `/help` do not). */
export function needsPermission(body: string): boolean {
  return parseCommands(body).some((entry) => entry.ok && entry.command.name !== 'help');
}
