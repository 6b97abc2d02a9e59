/** The review round's decisions (pure) and the one-line bump of last_reviewed. */
import { describe, expect, test } from 'vitest';
import { bumpLastReviewed, lastReviewedIn } from '../../src/engine/bump-reviewed.js';
import { formatReviewRoundLine, parseReviewRoundLine } from '../../src/engine/records.js';
import { type ReviewIncident, reminderDue, reviewDraft, reviewStep } from '../../src/engine/review-round.js';
import { defaultLikeSet } from '../render/fixture-set.js';

const set = defaultLikeSet();
const files = set.reviews.map((review) => review.file);
const nextDue = set.reviews[0]?.nextDue ?? '';
const day = (date: string): Date => new Date(`${date}T06:00:00Z`);

describe('reviewStep', () => {
  test('nothing before the due day; a round of every due file on the day', () => {
    const before = new Date(Date.parse(`${nextDue}T00:00:00Z`) - 1000);
    expect(reviewStep(set, before, { open: null, branchUsed: false }).kind).toBe('nothing');
    const step = reviewStep(set, day(nextDue), { open: null, branchUsed: false });
    expect(step).toMatchObject({ kind: 'round', branch: `playbook-ops/review-${nextDue}`, pull: null, reviewedOn: nextDue });
    expect(step.kind === 'round' && step.add.map((file) => file.file)).toEqual(files);
  });

  test('a branch that had its pull request gets no second one', () => {
    const step = reviewStep(set, day(nextDue), { open: null, branchUsed: true });
    expect(step.kind).toBe('nothing');
    expect(step.kind === 'nothing' && step.reason).toContain('already had its pull request');
  });

  test('an open round with every due file: nothing until its window ends, then one reminder', () => {
    const open = { number: 9, url: 'u', branch: `playbook-ops/review-${nextDue}`, createdAt: `${nextDue}T06:00:00Z`, files, reminded: null };
    expect(reviewStep(set, day(nextDue), { open, branchUsed: false }).kind).toBe('nothing');
    const late = new Date(Date.parse(`${nextDue}T06:00:00Z`) + set.reviewWindowMinutes * 60_000);
    expect(reviewStep(set, late, { open: { ...open, reminded: false }, branchUsed: false })).toMatchObject({ kind: 'remind', pull: { number: 9 } });
    expect(reviewStep(set, late, { open: { ...open, reminded: true }, branchUsed: false }).kind).toBe('nothing');
  });

  test('a due file missing from the open round joins it', () => {
    const open = { number: 9, url: 'u', branch: 'playbook-ops/review-x', createdAt: `${nextDue}T06:00:00Z`, files: files.slice(1), reminded: null };
    const step = reviewStep(set, day(nextDue), { open, branchUsed: false });
    expect(step).toMatchObject({ kind: 'round', branch: 'playbook-ops/review-x', pull: { number: 9 } });
    expect(step.kind === 'round' && step.add.map((file) => file.file)).toEqual(files.slice(0, 1));
  });
});

describe('a review round over files due on different days', () => {
  // Due and last reviewed on different days, owners overlapping; not in path order, so the order of a
  // round's files is the rule's (earliest due, then path), not the list's.
  const reviews = [
    { file: 'roles.yaml', owners: ['@alice', '@acme/on-call'], lastReviewed: '2026-08-01', nextDue: '2026-11-01' },
    { file: 'contacts.yaml', owners: ['@bob'], lastReviewed: '2026-07-15', nextDue: '2026-11-01' },
    { file: 'escalation.yaml', owners: ['@alice', 'Platform team'], lastReviewed: '2026-09-10', nextDue: '2026-12-10' },
    { file: 'severities.yaml', owners: ['@carol'], lastReviewed: '2026-10-01', nextDue: '2026-10-20' },
  ].map((review) => ({ ...review, cadenceMinutes: 129_600 }));
  const staggered = { ...set, reviews, reviewWindowMinutes: 14 * 24 * 60 };
  const names = (list: { file: string }[]): string[] => list.map((file) => file.file);
  const open = { number: 9, url: 'https://github.com/acme/ops/pull/9', branch: 'playbook-ops/review-2026-10-20', createdAt: '2026-11-05T20:00:00Z', files: ['severities.yaml', 'contacts.yaml', 'roles.yaml'], reminded: false };

  test('opens on the branch of the earliest due day with every file due by today, earliest due first, and reads incidents since the earliest last review', () => {
    const step = reviewStep(staggered, new Date('2026-11-01T23:59:00Z'), { open: null, branchUsed: false });
    if (step.kind !== 'round') throw new Error(`expected a round, got ${step.kind}`);
    expect(step.branch).toBe('playbook-ops/review-2026-10-20');
    expect(names(step.add)).toEqual(['severities.yaml', 'contacts.yaml', 'roles.yaml']);
    expect(step.files).toEqual(step.add);
    expect(step.add[0]).toEqual({ file: 'severities.yaml', owners: ['@carol'], lastReviewed: '2026-10-01', nextDue: '2026-10-20' });
    expect(step).toMatchObject({ pull: null, since: '2026-07-15', openedOn: '2026-11-01', reviewedOn: '2026-11-01' });
  });

  test('says why it does nothing: no file due, or the round’s branch already had its pull request', () => {
    expect(reviewStep(staggered, new Date('2026-10-19T23:59:00Z'), { open: null, branchUsed: false })).toEqual({ kind: 'nothing', reason: 'no playbook file is due for review' });
    expect(reviewStep(staggered, new Date('2026-11-05T06:00:00Z'), { open: null, branchUsed: true })).toEqual({
      kind: 'nothing',
      reason: 'the review round playbook-ops/review-2026-10-20 already had its pull request; bump last_reviewed by hand or reopen it',
    });
  });

  test('a file falling due while the round is open joins it; the round lists all its files and reads incidents since the earliest review of any', () => {
    const step = reviewStep(staggered, new Date('2026-12-10T06:00:00Z'), { open, branchUsed: false });
    if (step.kind !== 'round') throw new Error(`expected a round, got ${step.kind}`);
    expect(names(step.add)).toEqual(['escalation.yaml']);
    expect(names(step.files)).toEqual(['roles.yaml', 'contacts.yaml', 'severities.yaml', 'escalation.yaml']);
    expect(step).toMatchObject({ branch: open.branch, pull: { number: 9, url: open.url }, since: '2026-07-15', openedOn: '2026-11-05', reviewedOn: '2026-12-10' });
  });

  test('an open round is reminded once on the day its window ends, naming each owner of its files once', () => {
    expect(reviewStep(staggered, new Date('2026-11-18T23:59:00Z'), { open, branchUsed: false })).toEqual({ kind: 'nothing', reason: 'the review round #9 is open until 2026-11-19' });
    expect(reminderDue(staggered, new Date('2026-11-18T23:59:00Z'), open)).toBe(false);
    const day = new Date('2026-11-19T00:00:00Z');
    expect(reminderDue(staggered, day, open)).toBe(true);
    expect(reviewStep(staggered, day, { open, branchUsed: false })).toEqual({
      kind: 'remind',
      pull: { number: 9, url: open.url },
      owners: ['@alice', '@acme/on-call', '@bob', '@carol'],
      dueOn: '2026-11-19',
    });
    const reminded = { kind: 'nothing', reason: 'the review round #9 is open and its owners were reminded' };
    expect(reviewStep(staggered, day, { open: { ...open, reminded: true }, branchUsed: false })).toEqual(reminded);
    // The shell did not look: no reminder on a guess.
    expect(reviewStep(staggered, day, { open: { ...open, reminded: null }, branchUsed: false })).toEqual(reminded);
  });

  test('its pull request asks the owners’ users and teams to review (not owners without a handle), lists the checklist and is due a window after it opened', () => {
    const step = reviewStep(staggered, new Date('2026-12-10T06:00:00Z'), { open, branchUsed: false });
    if (step.kind !== 'round') throw new Error(`expected a round, got ${step.kind}`);
    const incidents: ReviewIncident[] = [{ number: 7, title: 'Checkout down', severity: 'sev-1', scenario: null, declaredAt: '2026-11-27T03:00:00Z', acknowledgeMinutes: 5, targetMinutes: 15, resolveMinutes: 30 }];
    expect(reviewDraft(staggered, step, incidents)).toEqual({
      branch: open.branch,
      pull: { number: 9, url: open.url },
      reviewedOn: '2026-12-10',
      add: step.add,
      files: step.files,
      checklist: set.postmortem.continuousImprovement,
      since: '2026-07-15',
      incidents,
      reviewers: ['alice', 'bob', 'carol'],
      teamReviewers: ['on-call'],
      dueOn: '2026-11-19',
    });
  });
});

describe('bumpLastReviewed', () => {
  test('changes only the date, keeping quotes and comments; null without the line', () => {
    const text = 'kind: roles\n# keep\nreview:\n  owners: ["@a"]\n  last_reviewed: \'2026-11-27\' # quarterly\n';
    const bumped = bumpLastReviewed(text, '2027-02-25');
    expect(bumped).toBe("kind: roles\n# keep\nreview:\n  owners: [\"@a\"]\n  last_reviewed: '2027-02-25' # quarterly\n");
    expect(lastReviewedIn(bumped ?? '')).toBe('2027-02-25');
    expect(bumpLastReviewed('  last_reviewed: 2026-11-27\n', '2027-02-25')).toBe('  last_reviewed: "2027-02-25"\n');
    expect(bumpLastReviewed('kind: roles\n', '2027-02-25')).toBeNull();
  });
});

test('the review round record line round-trips file paths', () => {
  const line = formatReviewRoundLine(['roles.yaml', 'scenarios/service-outage.yaml']);
  expect(line).toBe('<!-- playbook-ops:review-round files=roles.yaml,scenarios%2Fservice-outage.yaml -->');
  expect(parseReviewRoundLine(`${line}\nbody`)).toEqual(['roles.yaml', 'scenarios/service-outage.yaml']);
  expect(parseReviewRoundLine('no record')).toBeNull();
});
