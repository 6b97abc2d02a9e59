/** The playbook check's comment body: the marker line, then `templates/playbook-check.md.hbs`. */
import { formatRecordLine } from '../engine/records.js';
import { renderTemplate } from './handlebars.js';
import { truncateBody } from './truncate.js';
import type { CheckReport } from '../review/check-report.js';
import { checkView } from '../review/check-view.js';

/** How many diagnostics the comment lists; the job summary lists all. */
export const COMMENT_DIAGNOSTICS = 50;

/** The check's report as Markdown (the comment's text, without its marker line). */
export function renderCheckMarkdown(report: CheckReport, diagnostics: number): string {
  return `${renderTemplate('playbook-check', checkView(report, diagnostics)).trim()}\n`;
}

/** The comment for `report`, with its marker, cut to GitHub's limit with a note if need be. */
export function renderCheck(report: CheckReport): string {
  return truncateBody(`${formatRecordLine({ kind: 'playbook-check' })}\n${renderCheckMarkdown(report, COMMENT_DIAGNOSTICS)}`);
}
