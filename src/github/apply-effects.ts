/**
 * Applies the engine's effects to one issue. Comments carry markers: a comment is posted only when
 * no bot comment with its marker exists, and a failed POST is retried only after checking that the
 * failure did not happen after the write, so a retry never duplicates.
 */
import type { Card } from '../engine/card.js';
import type { Effect, Message } from '../engine/effects.js';
import { describeEffect } from '../engine/describe.js';
import { botCard, readMarker } from '../engine/markers.js';
import type { Observed } from '../engine/observed.js';
import { backOff, type GitHubClient, type Log } from './octokit.js';

/** Turns effect data into comment bodies (marker line included). */
export interface CommentRenderer {
  comment: (marker: string, message: Message) => string;
  card: (card: Card) => string;
}

/** What happened to one effect. */
export interface AppliedEffect {
  effect: Effect;
  /** `unchanged`: the card already showed exactly this. */
  outcome: 'applied' | 'unchanged';
}

interface Target {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  issue_number: number;
  botLogin: string;
}

/** Whether the bot has a comment with `marker` on the issue now (read fresh, not from the run's snapshot). */
async function hasBotComment(target: Target, marker: string): Promise<boolean> {
  const comments = await target.octokit.paginate(target.octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issue_number,
    per_page: 100,
  });
  return comments.some((comment) => comment.user?.login === target.botLogin && readMarker(comment.body ?? '') === marker);
}

/** The token writes as someone other than `bot-login`. */
class BotLoginError extends Error {}

/** How many times a comment is posted before its 5xx is final (as the retry plugin: once, then three retries). */
const POST_ATTEMPTS = 4;

/**
 * Posts a comment, never twice. Another run may be reconciling the same incident (a scheduled run
 * beside an event's run), so the comments are listed right before posting. The retry plugin would
 * repeat a POST that failed with a 5xx blindly, although GitHub may have written the comment before
 * failing; so every attempt is made without it, and after each failure the comments are listed
 * again to see whether it is there.
 */
async function postOnce(target: Target, marker: string, body: string, log: Log): Promise<void> {
  const { octokit, owner, repo, issue_number } = target;
  if (await hasBotComment(target, marker)) return;
  for (let attempt = 1; ; attempt += 1) {
    try {
      const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number, body, request: { retries: 0 } });
      // Trusting comments by the wrong login would make every run post everything again.
      if (data.user !== null && data.user.login !== target.botLogin) {
        throw new BotLoginError(`The token acts as ${data.user.login}, but bot-login is ${target.botLogin}: set the bot-login input to ${data.user.login}, or nothing the bot writes is recognised as its own.`);
      }
      return;
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (error instanceof BotLoginError || (status !== undefined && status < 500) || attempt >= POST_ATTEMPTS) throw error;
      log.warning(`Posting ${marker} failed (${(error as Error).message}); checking whether it was written before retrying.`);
      await backOff(octokit, attempt);
      if (await hasBotComment(target, marker)) return;
    }
  }
}

async function applyOne(target: Target, observed: Observed, effect: Effect, render: CommentRenderer, log: Log): Promise<AppliedEffect> {
  const { octokit, owner, repo, issue_number } = target;
  switch (effect.kind) {
    case 'add-labels':
      await octokit.rest.issues.addLabels({ owner, repo, issue_number, labels: effect.labels });
      break;
    case 'remove-label':
      try {
        await octokit.rest.issues.removeLabel({ owner, repo, issue_number, name: effect.label });
      } catch (error) {
        if ((error as { status?: number }).status !== 404) throw error;
      }
      break;
    case 'add-assignees':
      await octokit.rest.issues.addAssignees({ owner, repo, issue_number, assignees: effect.assignees });
      break;
    case 'close-issue':
      await octokit.rest.issues.update({ owner, repo, issue_number, state: 'closed', state_reason: 'completed' });
      break;
    case 'reopen-issue':
      await octokit.rest.issues.update({ owner, repo, issue_number, state: 'open' });
      break;
    case 'comment':
      await postOnce(target, effect.marker, render.comment(effect.marker, effect.message), log);
      break;
    case 'card': {
      const body = render.card(effect.card);
      const existing = botCard(observed.comments, target.botLogin);
      if (existing === undefined) await postOnce(target, 'card', body, log);
      else if (existing.body === body) return { effect, outcome: 'unchanged' };
      else await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
      break;
    }
  }
  return { effect, outcome: 'applied' };
}

/**
 * Applies `effects` in order. It stops at the first failure and throws it with its cause: the next
 * run reads the issue again and applies only what is still missing.
 */
export async function applyEffects(
  octokit: GitHubClient,
  observed: Observed,
  effects: Effect[],
  render: CommentRenderer,
  log: Log,
): Promise<AppliedEffect[]> {
  const target: Target = {
    octokit,
    owner: observed.repo.owner,
    repo: observed.repo.name,
    issue_number: observed.issue.number,
    botLogin: observed.botLogin,
  };
  const applied: AppliedEffect[] = [];
  for (const effect of effects) {
    try {
      applied.push(await applyOne(target, observed, effect, render, log));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Could not ${describeEffect(effect)} on issue #${target.issue_number}: ${reason}`, { cause: error });
    }
  }
  return applied;
}
