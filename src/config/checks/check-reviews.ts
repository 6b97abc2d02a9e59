/** A file whose periodic review is past due is a warning (`review-overdue`). */
import { addMinutesToDate, parseCalendarDate } from '../calendar-date.js';
import type { Diagnostic } from '../diagnostic.js';
import type { PlaybookDoc } from '../documents.js';
import type { DocumentSet } from '../document-set.js';
import { parseDuration } from '../duration.js';
import { diagnosticAt } from '../located.js';

/**
 * A `review-overdue` warning for each valid document whose `last_reviewed` plus its cadence
 * (its own, else the set's `review_cadence`) is before the day of `now`.
 */
export function checkReviews(set: DocumentSet, now: Date): Diagnostic[] {
  const settings = set.single('settings');
  const setCadence = settings === null ? null : parseDuration(settings.value.review_cadence);
  const today = now.toISOString().slice(0, 10);
  const diagnostics: Diagnostic[] = [];
  for (const document of set.documents) {
    if (!document.valid) continue;
    const review = (document.value as PlaybookDoc).review;
    const cadence = review.cadence === undefined ? setCadence : parseDuration(review.cadence);
    // Bad dates and durations have diagnostics of their own.
    if (cadence === null || parseCalendarDate(review.last_reviewed) === null) continue;
    const due = addMinutesToDate(review.last_reviewed, cadence);
    if (due >= today) continue;
    diagnostics.push(
      diagnosticAt(
        document,
        '/review/last_reviewed',
        {
          severity: 'warning',
          rule: 'review-overdue',
          message: `review overdue: last reviewed ${review.last_reviewed}, due ${due}`,
          hint: 'review the file with its owners, then set review.last_reviewed to the date of that review',
        },
      ),
    );
  }
  return diagnostics;
}
