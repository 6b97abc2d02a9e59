/** Every semantic check of a playbook set, run after the schema checks. */
import type { Diagnostic } from '../diagnostic.js';
import type { DocKind } from '../documents.js';
import type { DocumentSet } from '../document-set.js';
import { checkAlerts } from './check-alerts.js';
import { checkDocuments } from './check-documents.js';
import { checkDurations } from './check-durations.js';
import { checkEscalation } from './check-escalation.js';
import { checkLabels } from './check-labels.js';
import { checkReferences } from './check-references.js';
import { checkReviews } from './check-reviews.js';
import { checkSinks } from './check-sinks.js';
import { checkUnique } from './check-unique.js';

/**
 * The semantic diagnostics of `set`; they read only schema-valid documents. `now` enables
 * `review-overdue`; without it the result does not depend on the day it runs. `guessed` are the
 * kinds that documents of unknown kind were probably meant to be.
 */
export function semanticChecks(set: DocumentSet, now: Date | undefined, guessed: ReadonlySet<DocKind>): Diagnostic[] {
  return [
    ...checkDocuments(set, guessed),
    ...checkUnique(set),
    ...checkReferences(set),
    ...checkEscalation(set),
    ...checkDurations(set),
    ...checkLabels(set),
    ...checkSinks(set),
    ...checkAlerts(set),
    ...(now === undefined ? [] : checkReviews(set, now)),
  ];
}
