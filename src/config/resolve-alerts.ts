/**
 * The settings' `alerts` section resolved: severities and scenarios by the objects they name, the
 * reopen window in minutes. Called only for a set that passed validation, so every name resolves.
 */
import type { AlertsSection } from './documents.js';
import { parseDuration } from './duration.js';
import type { AlertSettings, PlaybookSet, Scenario, Severity } from './model.js';

/** How long after resolution a firing alert reopens its incident, unless the playbooks say otherwise. */
export const DEFAULT_REOPEN_WITHIN = '1h';

function severity(set: Pick<PlaybookSet, 'severities'>, label: string): Severity {
  const found = set.severities.find((candidate) => candidate.label === label);
  if (found === undefined) throw new Error(`playbook-ops: unchecked severity "${label}" reached the resolver`);
  return found;
}

function scenario(set: Pick<PlaybookSet, 'scenarios'>, id: string): Scenario {
  const found = set.scenarios.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`playbook-ops: unchecked scenario "${id}" reached the resolver`);
  return found;
}

/** `section` resolved against the severities and scenarios of `set`. */
export function resolveAlerts(section: AlertsSection, set: Pick<PlaybookSet, 'severities' | 'scenarios'>): AlertSettings {
  const written = section.reopen_within ?? DEFAULT_REOPEN_WITHIN;
  const reopen = parseDuration(written);
  // Stryker disable next-line ConditionalExpression,StringLiteral: the schema's duration pattern is parseDuration's, so a valid reopen_within parses
  if (reopen === null) throw new Error(`playbook-ops: unchecked duration "${written}" reached the resolver`);
  return {
    defaultSeverity: severity(set, section.default_severity),
    rules: (section.rules ?? []).map((rule) => ({
      match: { ...rule.match },
      severity: rule.severity === undefined ? null : severity(set, rule.severity),
      scenario: rule.scenario === undefined ? null : scenario(set, rule.scenario),
    })),
    resolve: section.resolve ?? false,
    reopenWithinMinutes: reopen,
  };
}
