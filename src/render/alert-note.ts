/**
 * The body of an alert note: its record line, then the `alert-note` template, cut to GitHub's limit
 * with a note rather than rejected. Every value from the alert goes through the template's escaping
 * helpers.
 */
import type { AlertNoteMessage } from '../alerts/alert-note.js';
import { type Marker, formatRecordLine } from '../engine/records.js';
import { renderTemplate } from './handlebars.js';
import { truncateBody } from './truncate.js';

/** The note's body, starting with the hidden line of `marker`. */
export function renderAlertNote(marker: Extract<Marker, { kind: 'alert' }>, message: AlertNoteMessage): string {
  return truncateBody(`${formatRecordLine(marker)}\n${renderTemplate('alert-note', message).trim()}\n`);
}
