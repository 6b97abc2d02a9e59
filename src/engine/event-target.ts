/**
 * Which incidents a workflow run looks at. The event is only a hint of where to look: the shell
 * reads the issue as it is now, so a stale or replayed payload cannot mislead it.
 */

export type EventTarget =
  | { type: 'issue'; number: number }
  | { type: 'open-incidents' }
  | { type: 'skip'; reason: string };

interface IssueLike {
  number?: unknown;
  pull_request?: unknown;
}

interface Payload {
  action?: unknown;
  issue?: IssueLike;
  comment?: { user?: { login?: unknown } };
  inputs?: { issue?: unknown };
}

const ISSUE_ACTIONS = ['opened', 'edited', 'labeled', 'unlabeled', 'assigned', 'unassigned', 'closed', 'reopened'];

function issueNumber(issue: IssueLike | undefined): number | null {
  return typeof issue?.number === 'number' && Number.isInteger(issue.number) && issue.number > 0 ? issue.number : null;
}

function fromIssue(payload: Payload, what: string): EventTarget {
  if (payload.issue?.pull_request !== undefined) return { type: 'skip', reason: `${what} on a pull request, not an issue` };
  const number = issueNumber(payload.issue);
  return number === null ? { type: 'skip', reason: `${what} without an issue number` } : { type: 'issue', number };
}

/** What to reconcile for a run triggered by `eventName` with `payload`. */
export function eventTarget(eventName: string, payload: Payload, botLogin: string): EventTarget {
  switch (eventName) {
    case 'issues':
      if (typeof payload.action !== 'string' || !ISSUE_ACTIONS.includes(payload.action)) {
        return { type: 'skip', reason: `issues.${String(payload.action)} does not change incidents` };
      }
      return fromIssue(payload, `issues.${payload.action}`);
    case 'issue_comment':
      if (payload.action !== 'created') return { type: 'skip', reason: `issue_comment.${String(payload.action)} does not change incidents` };
      if (payload.comment?.user?.login === botLogin) return { type: 'skip', reason: 'the comment is the bot’s own' };
      return fromIssue(payload, 'issue_comment.created');
    case 'workflow_dispatch': {
      const raw = payload.inputs?.issue;
      if (raw === undefined || raw === '') return { type: 'open-incidents' };
      const number = Number(raw);
      return Number.isInteger(number) && number > 0
        ? { type: 'issue', number }
        : { type: 'skip', reason: `workflow_dispatch input issue "${String(raw)}" is not an issue number` };
    }
    case 'schedule':
      return { type: 'open-incidents' };
    default:
      return { type: 'skip', reason: `the ${eventName} event does not change incidents` };
  }
}
