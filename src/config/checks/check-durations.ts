/**
 * Durations and dates that have the right form but cannot be used (`bad-duration`, `bad-date`):
 * a status update "every 0m" would fire forever, `2026-02-30` is no day.
 */
import { parseCalendarDate } from '../calendar-date.js';
import type { Diagnostic } from '../diagnostic.js';
import type { PlaybookDoc } from '../documents.js';
import type { DocumentSet, KindedDocument } from '../document-set.js';
import { DURATION_HINT, parseDuration } from '../duration.js';
import { readablePath } from '../json-pointer.js';
import { diagnosticAt } from '../located.js';

/** A hundred years: any longer duration is a typo. */
const MAX_MINUTES = 100 * 365 * 24 * 60;

interface DurationField {
  pointer: string;
  text: string | undefined;
  /** Whether zero is meaningless here (a cadence or a deadline that must leave time). */
  positive: boolean;
}

function durationFields(doc: PlaybookDoc): DurationField[] {
  const fields: DurationField[] = [{ pointer: '/review/cadence', text: doc.review.cadence, positive: true }];
  switch (doc.kind) {
    case 'settings':
      fields.push({ pointer: '/review_cadence', text: doc.review_cadence, positive: true });
      break;
    case 'severities':
      doc.severities.forEach((severity, index) => {
        fields.push({ pointer: `/severities/${index}/response_time`, text: severity.response_time, positive: true });
        fields.push({ pointer: `/severities/${index}/postmortem/due_after_resolution`, text: severity.postmortem?.due_after_resolution, positive: false });
      });
      break;
    case 'communication':
      doc.status_updates.forEach((update, index) => {
        fields.push({ pointer: `/status_updates/${index}/every`, text: update.every, positive: true });
      });
      break;
    case 'escalation':
      doc.technical.forEach((level, index) => {
        fields.push({ pointer: `/technical/${index}/after`, text: level.after, positive: false });
      });
      doc.management.forEach((rule, index) => {
        fields.push({ pointer: `/management/${index}/within`, text: rule.within, positive: false });
      });
      break;
    // Named one by one, so that a new kind with a duration is a lint error here until it is handled.
    // Stryker disable StringLiteral,ConditionalExpression: these kinds add nothing, matched or not
    case 'contacts':
    case 'postmortem':
    case 'process':
    case 'roles':
    case 'scenario':
    case 'tools':
      break;
    // Stryker restore StringLiteral,ConditionalExpression
  }
  return fields;
}

function checkField(document: KindedDocument, field: DurationField): Diagnostic[] {
  // Stryker disable next-line ConditionalExpression: a missing duration would parse as none (null) and be skipped below
  if (field.text === undefined) return [];
  const minutes = parseDuration(field.text);
  // A duration of the wrong form is the schema's to report.
  // Stryker disable next-line ConditionalExpression: null is neither above the limit nor zero, so nothing would be reported anyway
  if (minutes === null) return [];
  let problem: string | null = null;
  if (minutes > MAX_MINUTES) problem = `"${field.text}" is longer than 100 years`;
  else if (minutes === 0 && field.positive) problem = `"${field.text}" is zero; this duration must be longer than that`;
  if (problem === null) return [];
  return [diagnosticAt(document, field.pointer, { rule: 'bad-duration', message: `${readablePath(field.pointer)}: ${problem}`, hint: DURATION_HINT })];
}

/** Every `bad-duration` and `bad-date` of the valid documents of the set. */
export function checkDurations(set: DocumentSet): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const document of set.documents) {
    if (!document.valid) continue;
    // A valid document has the shape of its kind.
    const doc = document.value as PlaybookDoc;
    for (const field of durationFields(doc)) diagnostics.push(...checkField(document, field));
    const lastReviewed = doc.review.last_reviewed;
    if (parseCalendarDate(lastReviewed) === null) {
      diagnostics.push(
        diagnosticAt(document, '/review/last_reviewed', {
          rule: 'bad-date',
          message: `review.last_reviewed: "${lastReviewed}" is not a date in the calendar`,
          hint: 'write a real date as YYYY-MM-DD, e.g. "2026-11-27"',
        }),
      );
    }
  }
  return diagnostics;
}
