/** Bumping `last_reviewed` in a review round changes that one date as a person would, or leaves the file out. */
import { describe, expect, it } from 'vitest';
import { bumpLastReviewed, lastReviewedIn } from '../../src/engine/bump-reviewed.js';

describe('the last_reviewed line', () => {
  it('is bumped under any indentation, with or without space after the colon, keeping trailing space and comment', () => {
    expect(bumpLastReviewed('review:\n\tlast_reviewed:2026-11-27  # q\nnext: 1\n', '2027-02-25')).toBe('review:\n\tlast_reviewed:"2027-02-25"  # q\nnext: 1\n');
    expect(bumpLastReviewed('review:\n    last_reviewed:   "2026-11-27"\n', '2027-02-25')).toBe('review:\n    last_reviewed:   "2027-02-25"\n');
  });

  it('is bumped only in the review block, not a top-level key of the same name nor a commented-out line', () => {
    const text = 'last_reviewed: 2020-01-01\nreview:\n  # last_reviewed: 2020-06-01\n  last_reviewed: 2026-11-27\n';
    expect(bumpLastReviewed(text, '2027-02-25')).toBe('last_reviewed: 2020-01-01\nreview:\n  # last_reviewed: 2020-06-01\n  last_reviewed: "2027-02-25"\n');
    expect(lastReviewedIn(text)).toBe('2026-11-27');
  });

  it('is left alone, and the file out of the round, when it is not written as the schema writes it', () => {
    for (const line of ["  last_reviewed: \"2026-11-27'", '  last_reviewed: 2026-1-27', '  last_reviewed: 26-11-27', '  last_reviewed: 2026-11-27x', '  last_reviewed: 2026-11-27 trailing', '  last_reviewed: today']) {
      expect(bumpLastReviewed(`review:\n${line}\n`, '2027-02-25')).toBeNull();
      expect(lastReviewedIn(`review:\n${line}\n`)).toBeNull();
    }
  });
});
