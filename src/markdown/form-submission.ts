/**
 * An issue body exactly as GitHub writes it when someone submits the incident form: for each field,
 * `### <label>`, a blank line and the answer, fields separated by a blank line; `_No response_` for
 * an empty answer. The bot writes incidents this way (from an alert) so that the engine reads them
 * as it reads any other declaration (form-answers.ts).
 */
import { FORM_FIELDS, type FormFieldId } from './form-fields.js';

/** Answers by field id; a missing or empty one is written as GitHub writes it. */
export type FormSubmission = Partial<Record<FormFieldId, string>>;

/** The body GitHub writes for `answers`, every field of the form present. */
export function formSubmission(answers: FormSubmission): string {
  return FORM_FIELDS.map(({ id, label }) => {
    const answer = answers[id]?.trim() ?? '';
    return `### ${label}\n\n${answer === '' ? '_No response_' : answer}`;
  }).join('\n\n');
}
