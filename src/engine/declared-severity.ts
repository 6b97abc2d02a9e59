/**
 * The severity an incident was declared with. The form's answer is read from the issue body, which
 * anyone who can edit the issue may change later, and GitHub's REST API keeps no history of body
 * edits. So the card's marker records what the form said when the bot first read it
 * (`declared=sev-2`, or `declared=` for none), and from then on that record is the declaration: a later
 * edit of the body's severity rewrites nothing. Severity changes after declaration are made with
 * labels or `/sev`.
 */
import type { PlaybookSet, Severity } from '../config/model.js';
import { botCard, markerPart, readMarkerFields } from './markers.js';
import type { Observed } from './observed.js';

/** How the card's marker records "the form named no severity": `declared=` with nothing after it. */
export const NO_DECLARED_SEVERITY = '';

/**
 * The declared severity, if the playbook knows it: the card's record when there is one (labels are
 * recorded as {@link markerPart}s), else the form's answer now.
 */
export function declaredSeverity(observed: Observed, set: PlaybookSet, formSeverity: string | null): Severity | undefined {
  const card = botCard(observed.comments, observed.botLogin);
  const recorded = card === undefined ? undefined : readMarkerFields(card.body).declared;
  if (recorded === undefined) return set.severities.find((severity) => severity.label === formSeverity);
  return set.severities.find((severity) => markerPart(severity.label) === recorded);
}
