/** What changed in the ownership and review dates of the playbook files. */
import type { PlaybookSet, Review } from '../config/model.js';
import { describeDuration } from '../render/human-duration.js';
import { type Change, changed, listDelta, pairByKey } from './changes.js';

function reviewChanges(before: Review, after: Review): string[] {
  const { removed, added } = listDelta(before.owners, after.owners);
  const reviewed = changed(before.lastReviewed, after.lastReviewed, (date) => date);
  const cadence = changed(before.cadenceMinutes, after.cadenceMinutes, describeDuration);
  return [
    ...(added.length === 0 ? [] : [`owners added: ${added.join(', ')}`]),
    ...(removed.length === 0 ? [] : [`owners removed: ${removed.join(', ')}`]),
    ...(reviewed === null ? [] : [`last reviewed ${reviewed} (next review due ${after.nextDue})`]),
    ...(cadence === null ? [] : [`review cadence ${cadence}`]),
  ];
}

/** The ownership and review changes from `before` to `after`, by file. */
export function diffReviews(before: PlaybookSet, after: PlaybookSet): Change[] {
  const { removed, added, both } = pairByKey(before.reviews, after.reviews, (review) => review.file);
  return [
    ...added.map((review) => `${review.file} added, owned by ${review.owners.join(', ')}, last reviewed ${review.lastReviewed}`),
    ...removed.map((review) => `${review.file} removed`),
    ...both.flatMap(([old, now]) => reviewChanges(old, now).map((text) => `${now.file}: ${text}`)),
  ].map((text) => ({ area: 'reviews', text }));
}
