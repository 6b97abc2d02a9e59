/**
 * Quarterly playbook reviews as pull requests. A round is one pull request on a stable branch
 * (`playbook-ops/review-<date the first file fell due>`) that bumps `last_reviewed` of every file
 * due, asks the files' owners to review, and lists what to look at. Files that fall due while the
 * round is open join it; a branch that already had its pull request never gets a second one; a
 * round still open past the review window reminds its owners once. Pure: decided from the playbook
 * set, what the shell observed, and `now`.
 */
import type { PlaybookSet, Review } from '../config/model.js';
import { addMinutesToDate } from '../config/calendar-date.js';

/** The prefix of every review round's branch. */
export const REVIEW_BRANCH_PREFIX = 'playbook-ops/review-';

/** The open review pull request, as the shell found it. */
export interface ObservedRound {
  number: number;
  url: string;
  branch: string;
  /** ISO 8601. */
  createdAt: string;
  /** Playbook files (relative to the playbook directory) the round bumps, from its record line. */
  files: string[];
  /** Whether the reminder was posted on it; null when the shell did not look (the round is not overdue). */
  reminded: boolean | null;
}

/** What the shell observed about review rounds. */
export interface ObservedReviews {
  /** The open round, or null. */
  open: ObservedRound | null;
  /** Whether the branch a new round would use already had a pull request (closed: never a second one). */
  branchUsed: boolean;
}

/** One incident of the review's period, with its times against its severity's target. */
export interface ReviewIncident {
  number: number;
  title: string;
  severity: string;
  scenario: string | null;
  declaredAt: string;
  /** Minutes from declaration to the first acknowledgement; null when never acknowledged. */
  acknowledgeMinutes: number | null;
  /** The severity's response time. */
  targetMinutes: number;
  /** Minutes from declaration to resolution; null while open. */
  resolveMinutes: number | null;
}

/** A playbook file in a round. */
export interface ReviewFile {
  /** Relative to the playbook directory, as the set names it. */
  file: string;
  owners: string[];
  lastReviewed: string;
  nextDue: string;
}

/** What the pull request of a round says and changes. */
export interface ReviewDraft {
  branch: string;
  /** The open round's pull request to add files to, or null to open one. */
  pull: { number: number; url: string } | null;
  /** The day the files bumped now say they were reviewed. */
  reviewedOn: string;
  /** The files to bump now (those not yet in the round). */
  add: ReviewFile[];
  /** Every file of the round after this change, for the pull request's description. */
  files: ReviewFile[];
  /** The continuous-improvement practices of the playbooks, as the review's checklist. */
  checklist: string[];
  /** The incidents since the earliest last review of the round's files. */
  since: string;
  incidents: ReviewIncident[];
  /** User logins among the owners (teams are asked as teams). */
  reviewers: string[];
  /** Team slugs among the owners. */
  teamReviewers: string[];
  /** When the round is due to be merged: opened plus the review window. */
  dueOn: string;
}

/** What a review run should do. */
export type ReviewStep =
  | { kind: 'nothing'; reason: string }
  /** Open a round, or add files to the open one: the shell reads the incidents since `since`, then {@link reviewDraft}. */
  | {
      kind: 'round';
      branch: string;
      pull: { number: number; url: string } | null;
      add: ReviewFile[];
      files: ReviewFile[];
      since: string;
      /** The day the round opened (its due day counts from it). */
      openedOn: string;
      /** The day the files added now say they were reviewed: today. */
      reviewedOn: string;
    }
  /** Remind the owners on the open round, once. */
  | { kind: 'remind'; pull: { number: number; url: string }; owners: string[]; dueOn: string };

/** The files of `set` due on the UTC day of `now`, earliest due first. */
export function dueFiles(set: PlaybookSet, now: Date): Review[] {
  const today = now.toISOString().slice(0, 10);
  return set.reviews.filter((review) => review.nextDue <= today).sort((a, b) => (a.nextDue < b.nextDue ? -1 : a.nextDue > b.nextDue ? 1 : a.file < b.file ? -1 : 1));
}

/** The branch of the round that starts with files first due on `date`. */
export function reviewBranch(date: string): string {
  return `${REVIEW_BRANCH_PREFIX}${date}`;
}

function reviewFile(review: Review): ReviewFile {
  return { file: review.file, owners: review.owners, lastReviewed: review.lastReviewed, nextDue: review.nextDue };
}

function owners(files: readonly ReviewFile[]): string[] {
  return [...new Set(files.flatMap((file) => file.owners))];
}

/** The earliest last review of `first` and `rest`: the round's period starts there. */
function earliestReview(first: ReviewFile, rest: readonly ReviewFile[]): string {
  return rest.reduce((earliest, file) => (file.lastReviewed < earliest ? file.lastReviewed : earliest), first.lastReviewed);
}

/** When a round opened on `createdAt` is due: the review window later. */
function roundDue(set: PlaybookSet, createdAt: string): string {
  return addMinutesToDate(createdAt.slice(0, 10), set.reviewWindowMinutes);
}

/** What a review run does now: nothing, open or join a round, or remind. */
export function reviewStep(set: PlaybookSet, now: Date, observed: ObservedReviews): ReviewStep {
  const due = dueFiles(set, now).map(reviewFile);
  const today = now.toISOString().slice(0, 10);
  const open = observed.open;
  if (open === null) {
    const first = due[0];
    if (first === undefined) return { kind: 'nothing', reason: 'no playbook file is due for review' };
    if (observed.branchUsed) return { kind: 'nothing', reason: `the review round ${reviewBranch(first.nextDue)} already had its pull request; bump last_reviewed by hand or reopen it` };
    return { kind: 'round', branch: reviewBranch(first.nextDue), pull: null, add: due, files: due, since: earliestReview(first, due), openedOn: today, reviewedOn: today };
  }
  const pull = { number: open.number, url: open.url };
  const joining = due.filter((file) => !open.files.includes(file.file));
  const firstJoining = joining[0];
  if (firstJoining !== undefined) {
    const inRound = set.reviews.filter((review) => open.files.includes(review.file)).map(reviewFile);
    const files = [...inRound, ...joining];
    return { kind: 'round', branch: open.branch, pull, add: joining, files, since: earliestReview(firstJoining, files), openedOn: open.createdAt.slice(0, 10), reviewedOn: today };
  }
  const dueOn = roundDue(set, open.createdAt);
  if (dueOn <= today && open.reminded === false) {
    const files = set.reviews.filter((review) => open.files.includes(review.file)).map(reviewFile);
    return { kind: 'remind', pull, owners: owners(files), dueOn };
  }
  return { kind: 'nothing', reason: `the review round #${open.number} is open${dueOn <= today ? ' and its owners were reminded' : ` until ${dueOn}`}` };
}

/** Whether the open round is past its window, so the shell must look whether it reminded already. */
export function reminderDue(set: PlaybookSet, now: Date, open: Pick<ObservedRound, 'createdAt'>): boolean {
  return roundDue(set, open.createdAt) <= now.toISOString().slice(0, 10);
}

/** The draft of a round step, with the incidents the shell read for its period. */
export function reviewDraft(set: PlaybookSet, step: Extract<ReviewStep, { kind: 'round' }>, incidents: ReviewIncident[]): ReviewDraft {
  const handles = owners(step.files).filter((owner) => owner.startsWith('@'));
  return {
    branch: step.branch,
    pull: step.pull,
    reviewedOn: step.reviewedOn,
    add: step.add,
    files: step.files,
    checklist: set.postmortem.continuousImprovement,
    since: step.since,
    incidents,
    reviewers: handles.filter((owner) => !owner.includes('/')).map((owner) => owner.slice(1)),
    teamReviewers: handles.filter((owner) => owner.includes('/')).map((owner) => owner.slice(owner.indexOf('/') + 1)),
    dueOn: addMinutesToDate(step.openedOn, set.reviewWindowMinutes),
  };
}
