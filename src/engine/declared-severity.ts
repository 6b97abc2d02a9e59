/**
 * The severity an incident was declared with. The form's answer is read from the issue body, which
 * anyone can edit later, and GitHub's REST API keeps no history of body edits. What the body said
 * when the bot first read it is kept in the bot's own history instead: the severity label the bot
 * applied from the form. So once that label exists, it is the declaration, and a later edit of the
 * body's severity rewrites nothing (no back-dated severity, no page for a severity the incident
 * never had). Severity changes after declaration are made with labels or `/sev`.
 */
import type { PlaybookSet, Severity } from '../config/model.js';
import type { Fact } from './facts.js';
import type { Observed } from './observed.js';
import { isBefore } from './time.js';

/** The declared severity: the bot's first severity label when it copied the form, else the form's answer now. */
export function declaredSeverity(observed: Observed, set: PlaybookSet, formSeverity: string | null, commands: Fact[]): Severity | undefined {
  const labels = new Set(set.severities.map((severity) => severity.label));
  const first = observed.events.find((event) => event.event === 'labeled' && event.label !== undefined && labels.has(event.label));
  // The bot's first severity label copied the form unless a `/sev` command came first (then it mirrors the command).
  const fromForm =
    first?.actor === observed.botLogin &&
    !commands.some((fact) => fact.type === 'command' && fact.command.name === 'sev' && !isBefore(first.createdAt, fact.at));
  const label = fromForm ? first.label : formSeverity;
  return set.severities.find((severity) => severity.label === label);
}
