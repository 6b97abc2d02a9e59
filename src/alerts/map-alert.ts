/**
 * What incident a notification opens, by the playbooks' alert rules: every rule is checked against
 * the labels of every alert (the firing ones, or all when none fires); the incident takes the most
 * severe severity a matching rule gives (else the section's default), and the scenario of the first
 * matching rule that names one. Pure.
 */
import type { AlertRule, AlertSettings, Scenario, Severity } from '../config/model.js';
import type { AlertNotification, Labels } from './alert-notification.js';
import { matchesPattern } from './label-pattern.js';

/** The severity and scenario an alert group opens its incident with. */
export interface AlertMapping {
  severity: Severity;
  scenario: Scenario | null;
}

function matches(rule: AlertRule, labels: Labels): boolean {
  return Object.entries(rule.match).every(([name, pattern]) => Object.hasOwn(labels, name) && matchesPattern(pattern, labels[name] ?? ''));
}

/** The severity and scenario for `notification` under `settings`. */
export function mapAlert(notification: Pick<AlertNotification, 'alerts'>, settings: AlertSettings): AlertMapping {
  const firing = notification.alerts.filter((alert) => alert.status === 'firing');
  const considered = firing.length > 0 ? firing : notification.alerts;
  const matching = settings.rules.filter((rule) => considered.some((alert) => matches(rule, alert.labels)));
  const severities = matching.flatMap((rule) => (rule.severity === null ? [] : [rule.severity]));
  const severity = severities.reduce((worst, candidate) => (candidate.level < worst.level ? candidate : worst), severities[0] ?? settings.defaultSeverity);
  return { severity, scenario: matching.find((rule) => rule.scenario !== null)?.scenario ?? null };
}
