import type { PlaybookSet } from '../config/model.js';
import { declaration } from './incident-state.js';
import type { Ledger } from './ledger.js';
import type { Observed } from './observed.js';
import { alreadyJudged, needsPermission } from './verdicts.js';

/**
 * Logins whose repository permission a run must look up: authors of comments with a command that
 * no earlier run has judged; and, unless the playbooks trust every reporter, whoever declared an
 * incident that has no card yet (a report, or not) and whoever closed it (a close counts only from
 * a permitted user).
 */
export function permissionsNeeded(observed: Pick<Observed, 'comments' | 'events' | 'issue' | 'botLogin'>, ledger: Ledger, set: PlaybookSet): string[] {
  const logins = new Set<string>();
  for (const comment of observed.comments) {
    if (comment.author === observed.botLogin || logins.has(comment.author) || alreadyJudged(ledger, comment)) continue;
    if (needsPermission(comment.body)) logins.add(comment.author);
  }
  if (!set.trustReporters) {
    if (ledger.card === null) logins.add(declaration(observed, set).by);
    for (const event of observed.events) if (event.event === 'closed') logins.add(event.actor);
  }
  logins.delete(observed.botLogin);
  return [...logins];
}
