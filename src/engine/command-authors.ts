import type { Observed } from './observed.js';
import { readLedger } from './ledger.js';
import { alreadyJudged, needsPermission } from './verdicts.js';

/**
 * Logins whose repository permission this run must look up: authors of comments with a command
 * that no earlier run has judged.
 */
export function commandAuthors(observed: Pick<Observed, 'comments' | 'botLogin'>): string[] {
  const ledger = readLedger(observed);
  const authors = new Set<string>();
  for (const comment of observed.comments) {
    if (comment.author === observed.botLogin || authors.has(comment.author) || alreadyJudged(ledger, comment.id)) continue;
    if (needsPermission(comment.body)) authors.add(comment.author);
  }
  return [...authors];
}
