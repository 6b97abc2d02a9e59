/**
 * The severity an incident was declared with. The form's answer is read from the issue body, which
 * anyone who can edit the issue may change later, and GitHub's REST API keeps no history of body
 * edits. So the card's marker records what the form said when the bot first read it
 * (`declared=sev-2`, or `declared=none`), and from then on that record is the declaration: a later
 * edit of the body's severity rewrites nothing. Severity changes after declaration are made with
 * labels or `/sev`.
 */
import type { PlaybookSet, Severity } from '../config/model.js';
import { readMarker, readMarkerFields } from './markers.js';
import type { Observed } from './observed.js';

/** How the card's marker records "the form named no severity". */
export const NO_DECLARED_SEVERITY = 'none';

/** The declared severity label: the card's record when there is one, else the form's answer now. */
function declaredSeverityLabel(observed: Observed, formSeverity: string | null): string | null {
  const card = observed.comments.find((comment) => comment.author === observed.botLogin && readMarker(comment.body) === 'card');
  const recorded = card === undefined ? undefined : readMarkerFields(card.body).declared;
  if (recorded === undefined) return formSeverity;
  return recorded === NO_DECLARED_SEVERITY ? null : recorded;
}

/** The declared severity, if the playbook knows it. */
export function declaredSeverity(observed: Observed, set: PlaybookSet, formSeverity: string | null): Severity | undefined {
  const label = declaredSeverityLabel(observed, formSeverity);
  return set.severities.find((severity) => severity.label === label);
}
