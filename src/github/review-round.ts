/**
 * The quarterly review round on a scheduled (or manual) run: find the open round, ask the engine
 * what is due (`reviewStep`), and carry it out: bump `last_reviewed` on the round's branch, open
 * or update its pull request, ask the owners to review, or remind them once. Nothing is read when
 * no playbook file is due.
 */
import type { PlaybookSet } from '../config/model.js';
import { bumpLastReviewed, lastReviewedIn } from '../engine/bump-reviewed.js';
import { readLedger } from '../engine/ledger.js';
import type { RepoRef } from '../engine/observed.js';
import { reconcile } from '../engine/reconcile.js';
import { parseReviewRoundLine } from '../engine/records.js';
import {
  type ObservedReviews,
  REVIEW_BRANCH_PREFIX,
  type ReviewIncident,
  type ReviewStep,
  dueFiles,
  reminderDue,
  reviewBranch,
  reviewDraft,
  reviewStep,
} from '../engine/review-round.js';
import type { CommentRenderer } from '../render/comments.js';
import { postOnce } from './appliers/post-once.js';
import { httpStatus } from './http-status.js';
import type { GitHubClient, Log } from './octokit.js';
import { branchHead, commitFiles, defaultBranch, findPull, openPull, requestReviewers } from './pull-requests.js';
import { readIncident } from './read-incident.js';

/** At most this many incidents of the period are read and listed (three reads each). */
export const MAX_REVIEW_INCIDENTS = 50;

/** What a review run works with. */
export interface ReviewDeps {
  octokit: GitHubClient;
  log: Log;
  now: () => Date;
}

/** Where the playbooks are and who the bot is. */
export interface ReviewOptions {
  repo: RepoRef;
  botLogin: string;
  set: PlaybookSet;
  /** The playbook directory relative to the repository root (the Action's `playbooks` input). */
  playbooksPath: string;
  /** The renderer, or how to load it: a run with nothing due renders nothing. */
  render: CommentRenderer | (() => Promise<CommentRenderer>);
  /** Plan only: say what would be done, change nothing. */
  dryRun?: boolean;
  /** Where GitHub's web pages are, for the incidents' links (default https://github.com). */
  serverUrl?: string;
}

/** What the review run did, in words. */
export interface ReviewOutcome {
  step: ReviewStep['kind'];
  /** One line: what was done, or why nothing was. */
  done: string;
  pull: number | null;
}

/** The open round's pull request, written by the bot, with the files its record line names. */
async function openRound(deps: ReviewDeps, options: ReviewOptions, now: Date): Promise<ObservedReviews['open']> {
  const { octokit } = deps;
  const { repo, botLogin, set } = options;
  const pulls = await octokit.paginate(octokit.rest.pulls.list, { owner: repo.owner, repo: repo.repo, state: 'open', per_page: 100 });
  const round = pulls
    .filter((pull) => pull.head.ref.startsWith(REVIEW_BRANCH_PREFIX) && pull.user?.login === botLogin)
    .sort((a, b) => a.number - b.number)[0];
  if (round === undefined) return null;
  const files = parseReviewRoundLine(round.body ?? '') ?? [];
  const open = { number: round.number, url: round.html_url, branch: round.head.ref, createdAt: round.created_at, files, reminded: null as boolean | null };
  if (reminderDue(set, now, open)) {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: repo.owner, repo: repo.repo, issue_number: round.number, per_page: 100 });
    open.reminded = comments.some((comment) => comment.user?.login === botLogin && (comment.body ?? '').startsWith('<!-- playbook-ops:review-reminder -->'));
  }
  return open;
}

/** The incidents declared since `since`, newest first, with their times against their severity's target. */
async function periodIncidents(deps: ReviewDeps, options: ReviewOptions, since: string): Promise<ReviewIncident[]> {
  const { octokit, log, now } = deps;
  const { repo, botLogin, set } = options;
  const from = `${since}T00:00:00Z`;
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, { owner: repo.owner, repo: repo.repo, labels: set.incidentLabel, state: 'all', since: from, per_page: 100 });
  const numbers = issues
    .filter((issue) => issue.pull_request === undefined)
    .sort((a, b) => b.number - a.number)
    .slice(0, MAX_REVIEW_INCIDENTS)
    .map((issue) => issue.number);
  const reader = { octokit, repo, botLogin, log, playbookRef: { sha: 'HEAD', path: options.playbooksPath, serverUrl: options.serverUrl ?? 'https://github.com' } };
  const incidents: ReviewIncident[] = [];
  for (const number of numbers) {
    // The bot judged these incidents' commands already; its card records the verdicts, so the fold
    // needs no permission lookups.
    const observed = await readIncident(reader, number);
    if (readLedger(observed).card === null) continue;
    const { incident } = reconcile(observed, set, now());
    const severity = incident.peakSeverity;
    if (severity === null || incident.declared.at < from) continue;
    const after = (at: string | undefined): number | null => (at === undefined ? null : Math.max(0, Math.round((Date.parse(at) - Date.parse(incident.declared.at)) / 60_000)));
    incidents.push({
      number,
      title: incident.title,
      severity: severity.label,
      scenario: incident.scenario?.name ?? null,
      declaredAt: incident.declared.at,
      acknowledgeMinutes: after(incident.timeline.find((entry) => entry.text === 'Acknowledged')?.at),
      targetMinutes: severity.responseMinutes,
      resolveMinutes: after(incident.resolution?.at),
    });
  }
  return incidents;
}

/** The playbook file `file` as it is on `ref`, or null when it is not there. */
async function readText(octokit: GitHubClient, repo: RepoRef, path: string, ref: string): Promise<{ text: string } | null> {
  try {
    const { data } = await octokit.rest.repos.getContent({ owner: repo.owner, repo: repo.repo, path, ref });
    if (Array.isArray(data) || data.type !== 'file') return null;
    return { text: Buffer.from(data.content, 'base64').toString('utf8') };
  } catch (error) {
    if (httpStatus(error) === 404) return null;
    throw error;
  }
}

function repoPath(options: ReviewOptions, file: string): string {
  const dir = options.playbooksPath.replace(/^\.?\/+|\/+$/gu, '');
  return dir === '' || dir === '.' ? file : `${dir}/${file}`;
}

function renderer(options: ReviewOptions): Promise<CommentRenderer> {
  return typeof options.render === 'function' ? options.render() : Promise.resolve(options.render);
}

async function carryOutRound(deps: ReviewDeps, options: ReviewOptions, step: Extract<ReviewStep, { kind: 'round' }>): Promise<ReviewOutcome> {
  const { octokit, log } = deps;
  const { repo } = options;
  const render = await renderer(options);
  const draft = reviewDraft(options.set, step, await periodIncidents(deps, options, step.since));
  const base = await defaultBranch(octokit, repo);
  const onBranch = await branchHead(octokit, repo, draft.branch);
  const changes: { path: string; content: string }[] = [];
  for (const file of draft.add) {
    const path = repoPath(options, file.file);
    // The branch's copy keeps what reviewers pushed; a file already bumped (a rerun) is left alone.
    const current = (onBranch === null ? null : await readText(octokit, repo, path, draft.branch)) ?? (await readText(octokit, repo, path, base.name));
    if (current === null) {
      log.warning(`Review round: ${path} is not on ${base.name}; left out.`);
      continue;
    }
    if (lastReviewedIn(current.text) === draft.reviewedOn) continue;
    const bumped = bumpLastReviewed(current.text, draft.reviewedOn);
    if (bumped === null) log.warning(`Review round: ${path} has no last_reviewed line to bump; review it by hand.`);
    else changes.push({ path, content: bumped });
  }
  // Without a branch there is nothing to open a pull request from: GitHub would refuse it (422), and
  // every scheduled run would fail the same way until the files are fixed by hand.
  if (changes.length === 0 && onBranch === null) {
    return { step: 'nothing', done: 'no file due could be bumped (see the warnings above); no review round opened', pull: null };
  }
  if (changes.length > 0) {
    await commitFiles(octokit, repo, { branch: draft.branch, from: base.sha, files: changes, message: `Playbook review: last_reviewed ${draft.reviewedOn} for ${changes.map((change) => change.path).join(', ')}` });
  }
  const { title, body } = render.reviewPull(draft);
  let pull = draft.pull;
  if (pull === null) {
    const outcome = await openPull(octokit, repo, { branch: draft.branch, base: base.name, title, body }, log);
    if (outcome.kind === 'forbidden') {
      const done = `pushed ${draft.branch}, but GitHub Actions may not open pull requests here (${outcome.message}); open it by hand, or turn on Settings → Actions → General → Workflow permissions → Allow GitHub Actions to create and approve pull requests`;
      log.warning(`Review round: ${done}.`);
      return { step: 'round', done, pull: null };
    }
    pull = { number: outcome.pull.number, url: outcome.pull.url };
  } else {
    await octokit.rest.pulls.update({ owner: repo.owner, repo: repo.repo, pull_number: pull.number, title, body });
  }
  const asked = await requestReviewers(octokit, repo, pull.number, draft.reviewers, log);
  if (draft.teamReviewers.length > 0) {
    try {
      await octokit.rest.pulls.requestReviewers({ owner: repo.owner, repo: repo.repo, pull_number: pull.number, team_reviewers: draft.teamReviewers });
    } catch (error) {
      if (httpStatus(error) !== 422) throw error;
      log.warning(`Review round: GitHub would not ask the teams ${draft.teamReviewers.join(', ')} to review #${pull.number}.`);
    }
  }
  const files = draft.add.map((file) => file.file).join(', ');
  const verb = draft.pull === null ? 'opened review round' : 'added to review round';
  return { step: 'round', done: `${verb} #${pull.number}: ${files}${asked.requested.length > 0 ? `; review requested from ${asked.requested.join(', ')}` : ''}`, pull: pull.number };
}

/**
 * Runs the review round once: what is due now, done once however often it runs. The sweep and the
 * Action's scheduled and manual runs call it after reconciling incidents.
 */
export async function runReviewRound(deps: ReviewDeps, options: ReviewOptions): Promise<ReviewOutcome> {
  const now = deps.now();
  const due = dueFiles(options.set, now);
  if (due.length === 0) return { step: 'nothing', done: 'no playbook file is due for review', pull: null };
  const open = await openRound(deps, options, now);
  const first = due[0];
  const branchUsed = open === null && first !== undefined && (await findPull(deps.octokit, options.repo, reviewBranch(first.nextDue), 'all')) !== null;
  const step = reviewStep(options.set, now, { open, branchUsed });
  switch (step.kind) {
    case 'nothing':
      return { step: 'nothing', done: step.reason, pull: open?.number ?? null };
    case 'remind': {
      if (options.dryRun === true) return { step: 'remind', done: `would remind the owners on #${step.pull.number}`, pull: step.pull.number };
      const marker = { kind: 'review-reminder' } as const;
      const render = await renderer(options);
      const context = { octokit: deps.octokit, issue: { ...options.repo, number: step.pull.number }, botLogin: options.botLogin, render, log: deps.log, readUpTo: open?.createdAt ?? now.toISOString() };
      await postOnce(context, marker, render.comment(marker, { type: 'review-reminder', owners: step.owners, dueOn: step.dueOn }));
      return { step: 'remind', done: `reminded the owners on review round #${step.pull.number}`, pull: step.pull.number };
    }
    case 'round':
      if (options.dryRun === true) return { step: 'round', done: `would ${step.pull === null ? 'open a review round' : `add to review round #${step.pull.number}`}: ${step.add.map((file) => file.file).join(', ')}`, pull: step.pull?.number ?? null };
      return carryOutRound(deps, options, step);
  }
}
