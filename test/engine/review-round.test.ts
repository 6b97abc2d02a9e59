/** The review round's decisions (pure) and the one-line bump of last_reviewed. */
import { describe, expect, test } from 'vitest';
import { bumpLastReviewed, lastReviewedIn } from '../../src/engine/bump-reviewed.js';
import { formatReviewRoundLine, parseReviewRoundLine } from '../../src/engine/records.js';
import { reviewStep } from '../../src/engine/review-round.js';
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
