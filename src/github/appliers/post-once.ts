/**
 * Posting a marked comment, never twice. Another run may be reconciling the same incident (a
 * scheduled run beside an event's run), so what changed in the thread since the run read it is
 * checked for the marker right before posting; and since two runs can both check before either
 * posts, it is checked again after posting: the run whose comment is not the first with the marker
 * deletes its own. The retry plugin would repeat a POST that failed with a 5xx blindly, although GitHub may
 * have written the comment before failing; so every attempt is made without it, and after each
 * failure the thread is checked again.
 */
import { type Marker, markerKey, parseRecordLine } from '../../engine/records.js';
import { requestError } from '../http-status.js';
import { backOff } from '../octokit.js';
import type { ApplyContext } from './applier.js';

/** What posting needs of an applier's context: no renderer, the body comes rendered. */
export type PostContext = Pick<ApplyContext, 'octokit' | 'issue' | 'botLogin' | 'log' | 'readUpTo'>;

/** How many times a comment is posted before its 5xx is final (as the retry plugin: once, then three retries). */
const POST_ATTEMPTS = 4;

/**
 * The ids of the bot's comments with `marker` on the issue now. The run has read the thread up to
 * `readUpTo`; only what changed since can hold a comment it did not see, so only that is read.
 */
async function botComments({ octokit, issue, botLogin, readUpTo }: PostContext, marker: Marker): Promise<number[]> {
  const key = markerKey(marker);
  // Stryker disable next-line Regex: an ISO 8601 time has a fraction of a second only right before its Z, so the anchor changes nothing
  const since = readUpTo.replace(/\.\d+Z$/, 'Z');
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: issue.owner, repo: issue.repo, issue_number: issue.number, since, per_page: 100 });
  return comments.flatMap((comment) => {
    // Stryker disable next-line StringLiteral: a missing body and any text without a record line both read as no record
    const record = comment.user?.login === botLogin ? parseRecordLine(comment.body ?? '') : null;
    return record !== null && markerKey(record.marker) === key ? [comment.id] : [];
  });
}

/** Keeps the comment `id` just posted only if no other run posted `marker` first; whether it was kept. */
async function keepIfFirst(context: PostContext, marker: Marker, id: number): Promise<boolean> {
  const { octokit, issue, log } = context;
  if (!(await botComments(context, marker)).some((other) => other < id)) return true;
  log.warning(`Another run posted ${markerKey(marker)} at the same time; removing this run's copy.`);
  await octokit.rest.issues.deleteComment({ owner: issue.owner, repo: issue.repo, comment_id: id });
  return false;
}

/**
 * Posts `body`, retrying a 5xx only after checking the thread: the id of the comment posted, or null
 * when a failed attempt turned out to have written it.
 */
async function post(context: PostContext, marker: Marker, body: string): Promise<number | null> {
  const { octokit, issue, botLogin, log } = context;
  for (let attempt = 1; ; attempt += 1) {
    try {
      const { data } = await octokit.rest.issues.createComment({ owner: issue.owner, repo: issue.repo, issue_number: issue.number, body, request: { retries: 0 } });
      // Trusting comments by the wrong login would make every run post everything again.
      if (data.user !== null && data.user.login !== botLogin) {
        throw new Error(`The token acts as ${data.user.login}, but bot-login is ${botLogin}: set the bot-login input to ${data.user.login}, or nothing the bot writes is recognised as its own.`);
      }
      return data.id;
    } catch (error) {
      const failed = requestError(error);
      // Only a failed write may have been written: an error that is not GitHub's answer (the wrong login) is thrown as it is.
      if (failed === undefined || failed.status < 500 || attempt >= POST_ATTEMPTS) throw error;
      log.warning(`Posting ${markerKey(marker)} failed (${failed.message}); checking whether it was written before retrying.`);
      await backOff(octokit, attempt);
      if ((await botComments(context, marker)).length > 0) return null;
    }
  }
}

/** Posts `body` unless a bot comment with `marker` exists; resolves to whether this call posted it. */
export async function postOnce(context: PostContext, marker: Marker, body: string): Promise<boolean> {
  if ((await botComments(context, marker)).length > 0) return false;
  const id = await post(context, marker, body);
  return id === null || (await keepIfFirst(context, marker, id));
}
