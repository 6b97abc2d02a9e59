/**
 * Which incidents a workflow run looks at. The event is only a hint of where to look: the shell
 * reads the issue as it is now, so a stale or replayed payload cannot mislead it.
 */
import { cutCodePoints, escapeControls } from '../config/printable.js';

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
  pull_request?: { merged?: unknown; head?: { ref?: unknown; repo?: { full_name?: unknown } | null } };
  repository?: { full_name?: unknown };
  comment?: { user?: { login?: unknown } };
  inputs?: { issue?: unknown };
}

/** An issue number as people type it: decimal digits, no sign, no leading zero, at most ten. */
const ISSUE_NUMBER = /^[1-9]\d{0,9}$/;
/** How much of a refused input a skip reason quotes, in code points. */
const QUOTED_INPUT = 40;

const ISSUE_ACTIONS = ['opened', 'edited', 'labeled', 'unlabeled', 'assigned', 'unassigned', 'closed', 'reopened'];

function issueNumber(issue: IssueLike | undefined): number | null {
  return typeof issue?.number === 'number' && Number.isInteger(issue.number) && issue.number > 0 ? issue.number : null;
}

function fromIssue(payload: Payload, what: string): EventTarget {
  if (payload.issue?.pull_request !== undefined) return { type: 'skip', reason: `${what} on a pull request, not an issue` };
  const number = issueNumber(payload.issue);
  return number === null ? { type: 'skip', reason: `${what} without an issue number` } : { type: 'issue', number };
}

/**
 * The `issue` input of a manual run. Only decimal digits name an issue: `Number()` would also take
 * `0x7`, `007`, `1e1` or ` 7`, and a value that means something else than it shows is refused. The
 * refused value is quoted short, with its control characters escaped, because the reason is printed
 * to the log and the job summary.
 */
function fromDispatchInput(raw: unknown): EventTarget {
  if (raw === undefined || raw === '') return { type: 'open-incidents' };
  // An input declared `type: number` arrives as a number; only a whole number of at most ten digits
  // writes itself in decimal digits (7.5, 1e21, NaN do not), so the pattern below judges numbers too.
  const text = typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : null;
  if (text !== null && ISSUE_NUMBER.test(text)) return { type: 'issue', number: Number(text) };
  const shown = typeof raw === 'string' ? escapeControls(JSON.stringify(cutCodePoints(raw, QUOTED_INPUT))) : `of type ${raw === null ? 'null' : typeof raw}`;
  return { type: 'skip', reason: `workflow_dispatch input issue ${shown} is not an issue number` };
}

/** The head branch of a post-mortem pull request, which names its incident. */
const POSTMORTEM_HEAD = /^playbook-ops\/postmortem-([1-9]\d{0,9})$/u;

/**
 * A closed pull request: the incident whose post-mortem it is, when its head is a post-mortem
 * branch of this repository (a fork's branch of that name proves nothing). The run reads the pull
 * request again, so a closed-without-merge or a replayed payload changes nothing.
 */
function fromPull(payload: Payload): EventTarget {
  if (payload.action !== 'closed') return { type: 'skip', reason: `pull_request.${String(payload.action)} does not change incidents` };
  const head = payload.pull_request?.head;
  const ref = typeof head?.ref === 'string' ? POSTMORTEM_HEAD.exec(head.ref) : null;
  const own = typeof payload.repository?.full_name === 'string' && head?.repo?.full_name === payload.repository.full_name;
  if (ref === null || !own) return { type: 'skip', reason: 'the pull request is not a post-mortem of this repository' };
  return { type: 'issue', number: Number(ref[1]) };
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
    case 'workflow_dispatch':
      return fromDispatchInput(payload.inputs?.issue);
    case 'schedule':
      return { type: 'open-incidents' };
    case 'pull_request':
      return fromPull(payload);
    default:
      return { type: 'skip', reason: `the ${eventName} event does not change incidents` };
  }
}
