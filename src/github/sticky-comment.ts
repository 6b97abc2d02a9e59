/**
 * One comment per pull request that the bot keeps up to date: found by its marker among the
 * comments `bot-login` wrote (anyone can type a marker), rewritten in place, posted once. Reruns
 * change nothing when the body is the same; a POST that failed after GitHub wrote it is found
 * before it is tried again (see post-once.ts).
 */
import type { IssueRef } from '../engine/observed.js';
import { type Marker, markerKey, parseRecordLine } from '../engine/records.js';
import { postOnce } from './appliers/post-once.js';
import { httpStatus } from './http-status.js';
import type { GitHubClient, Log } from './octokit.js';

/** What became of the comment. */
export type StickyOutcome =
  | { kind: 'created' | 'updated' | 'unchanged' }
  /** The token may not write here (a fork's read-only token); `reason` says so in words. */
  | { kind: 'not-written'; reason: string };

/** Where and as whom. */
export interface StickyContext {
  octokit: GitHubClient;
  issue: IssueRef;
  botLogin: string;
  log: Log;
}

/** Writes `body` as the bot's one comment with `marker` on the issue or pull request. */
export async function writeStickyComment(context: StickyContext, marker: Marker, body: string): Promise<StickyOutcome> {
  const { octokit, issue, botLogin, log } = context;
  const key = markerKey(marker);
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: issue.owner, repo: issue.repo, issue_number: issue.number, per_page: 100 });
  const mine = comments.find((comment) => {
    // Stryker disable next-line StringLiteral: a missing body and any text without a record line both read as no record
    const record = comment.user?.login === botLogin ? parseRecordLine(comment.body ?? '') : null;
    return record !== null && markerKey(record.marker) === key;
  });
  try {
    if (mine !== undefined) {
      if (mine.body === body) return { kind: 'unchanged' };
      await octokit.rest.issues.updateComment({ owner: issue.owner, repo: issue.repo, comment_id: mine.id, body });
      return { kind: 'updated' };
    }
    // Stryker disable next-line EqualityOperator: of two equal times either is the newest
    const readUpTo = comments.reduce((latest, comment) => (comment.updated_at > latest ? comment.updated_at : latest), '1970-01-01T00:00:00Z');
    await postOnce({ octokit, issue, botLogin, log, readUpTo }, marker, body);
    return { kind: 'created' };
  } catch (error) {
    if (httpStatus(error) === 403 && !isRateLimit(error)) {
      const reason =
        'the workflow token may not write to this pull request (GitHub gives pull requests from forks a read-only token), so no comment could be written; the job summary holds the whole report';
      return { kind: 'not-written', reason };
    }
    throw error;
  }
}

/** A 403 that is a rate limit (the throttling plugin gave up) is not a lack of permission. */
function isRateLimit(error: unknown): boolean {
  // A 403 is Octokit's RequestError, which carries the response GitHub sent.
  const { headers } = (error as { response: { headers: Record<string, string | undefined> } }).response;
  return headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined;
}
