/**
 * The severity an incident was declared with. The form's answer is read from the issue body, which
 * anyone who can edit the issue may change later, and GitHub's REST API keeps no history of body
 * edits. So the card's marker records what the form said when the bot first read it
 * (`declared=sev-2`, or `declared=` for none), and from then on that record is the declaration: a later
 * edit of the body's severity rewrites nothing. Severity changes after declaration are made with
 * labels or `/sev`.
 */
import type { PlaybookSet, Severity } from '../config/model.js';
import type { Ledger } from './ledger.js';
import { markerPart } from './records.js';

/** How the card's record says "the form named no severity": `declared=` with nothing after it. */
const NO_DECLARED_SEVERITY = '';

/**
 * The declared severity, if the playbook knows it: the card's record when there is one (labels are
 * recorded as {@link markerPart}s), else the form's answer now.
 */
export function declaredSeverity(ledger: Ledger, set: PlaybookSet, formSeverity: string | null): Severity | undefined {
  const recorded = ledger.card?.record.declared ?? null;
  if (recorded === null) return set.severities.find((severity) => severity.label === formSeverity);
  return set.severities.find((severity) => markerPart(severity.label) === recorded);
}

/** How the card records the declared severity `label` (null: the form named none). */
export function recordDeclared(label: string | null): string {
  return label === null ? NO_DECLARED_SEVERITY : markerPart(label);
}
