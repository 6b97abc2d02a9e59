import { validationFailed } from '../errors.js';
import type { EmulatorState, IssueRecord } from './types.js';

/** Which `state_reason` goes with which state: the three ways to close, and reopening. */
const REASONS: Record<IssueRecord['state'], ReadonlyArray<IssueRecord['stateReason']>> = {
  closed: ['completed', 'not_planned', 'duplicate'],
  open: ['reopened'],
};

/**
 * GitHub's 422 for a `state_reason` the issue cannot end in. GitHub's REST docs ("Update an issue")
 * list the reasons and say `duplicate_issue_id` names "the issue to mark as the canonical duplicate
 * when `state_reason` is `duplicate`. The issue must exist"; they do not give the answer to a
 * reason that contradicts the state or a duplicate without its original. The emulator refuses
 * both with GitHub's "Validation Failed" on the field at fault, so a client sending such a pair
 * learns it here rather than from GitHub.
 */
export function checkStateReason(
  state: EmulatorState,
  target: IssueRecord['state'],
  reason: IssueRecord['stateReason'] | undefined,
  duplicateIssueId: number | undefined,
): void {
  if (reason === undefined || reason === null) return;
  if (!REASONS[target].includes(reason)) throw validationFailed({ resource: 'Issue', code: 'invalid', field: 'state_reason' });
  if (reason !== 'duplicate') return;
  if (duplicateIssueId === undefined) throw validationFailed({ resource: 'Issue', code: 'missing_field', field: 'duplicate_issue_id' });
  // `duplicate_issue_id` is the issue's `id`, not its number, and may be in another repository.
  const exists = Object.values(state.repos).some((repo) => repo.issues.some((issue) => issue.id === duplicateIssueId));
  if (!exists) throw validationFailed({ resource: 'Issue', code: 'invalid', field: 'duplicate_issue_id' });
}
