/**
 * A run for an alert (a `repository_dispatch` of type `alert`): read the notification, find the
 * incident of its group, open one or note the notification on it, then reconcile that incident with
 * the same engine as any other run. Issues opened with `GITHUB_TOKEN` start no workflow, so the run
 * that opens the incident also declares and pages it, by reconciling it at once.
 *
 * A notification that is not what Alertmanager or Grafana send, or playbooks without an alerts
 * section, stop the run before anything is written ({@link AlertRefused}).
 */
import { parseAlertPayload } from '../alerts/parse-alert-payload.js';
import { planAlert } from '../alerts/plan-alert.js';
import { addMinutes } from '../engine/time.js';
import { renderAlertNote } from '../render/alert-note.js';
import { findAlertIncidents, openAlertIncident } from './alert-incidents.js';
import { postOnce } from './appliers/post-once.js';
import { issueSource } from './incident-source.js';
import type { IncidentReader } from './read-incident.js';
import { type IncidentOutcome, type RunDeps, type RunOptions, runIncidents } from './run-incidents.js';

/** The alert was refused: its message says what is wrong and how to fix it; nothing was written. */
export class AlertRefused extends Error {}

/** What an alert run did. */
export interface AlertRun {
  /** What the run did with the notification, in words. */
  action: string;
  /** The incident the notification went to, or null. */
  incident: number | null;
  /** The reconciliation of that incident (empty when there is none, or in a dry run that would open one). */
  outcomes: IncidentOutcome[];
}

/** What an alert run needs besides {@link RunOptions}. */
export interface AlertRunOptions extends RunOptions {
  /** The workflow run's id (`GITHUB_RUN_ID`): the same for every rerun of the run, so a rerun adds nothing twice. */
  runId: number;
  /** How the incident is read for its reconciliation. */
  reader: IncidentReader;
  /** Report what would be done, writing nothing. */
  dryRun: boolean;
}

/** Handles the alert in `clientPayload`; throws {@link AlertRefused} when it cannot be taken. */
export async function runAlert(deps: RunDeps, options: AlertRunOptions, clientPayload: unknown): Promise<AlertRun> {
  const parsed = parseAlertPayload(clientPayload);
  if (!parsed.ok) throw new AlertRefused(`The alert was refused and nothing was written: ${parsed.error}. The README's Alerts section shows the payload Alertmanager and Grafana must send.`);
  const { set } = options;
  const settings = set.alerts;
  if (settings === undefined) {
    throw new AlertRefused('The alert was refused and nothing was written: the playbooks have no alerts section. Add `alerts:` with a default_severity to the settings document (see the README, Alerts).');
  }
  const { notification } = parsed;
  const now = deps.now();
  const where = { octokit: deps.octokit, repo: options.repo, incidentLabel: set.incidentLabel, botLogin: options.botLogin, log: deps.log };
  const found = await findAlertIncidents(where, addMinutes(now.toISOString(), -settings.reopenWithinMinutes));
  const plan = planAlert(notification, found, set, options.runId, now);
  deps.log.info(`Alert from ${notification.source} (${notification.status}, ${notification.alerts.length} alerts), group key ${plan.key}.`);
  let incident: number | null;
  let action: string;
  switch (plan.kind) {
    case 'none':
      incident = plan.incident;
      action = `nothing to add: ${plan.reason}`;
      break;
    case 'open':
      if (options.dryRun) return { action: `would open an incident: ${plan.draft.title}`, incident: null, outcomes: [] };
      incident = await openAlertIncident(where, plan.draft, { key: plan.key, run: options.runId });
      action = `opened #${incident} for the alert group`;
      break;
    case 'note': {
      incident = plan.incident;
      const marker = { kind: 'alert', run: options.runId, status: plan.message.status, source: notification.source } as const;
      const body = renderAlertNote(marker, plan.message);
      if (options.dryRun) {
        action = `#${incident}: would note the alert (${plan.message.status}, ${plan.message.outcome})`;
        deps.log.info(`Would post on #${incident}:\n${body}`);
        break;
      }
      // Read from the start of the thread: a rerun's note may be anywhere in it.
      const context = { octokit: deps.octokit, issue: { ...options.repo, number: incident }, botLogin: options.botLogin, log: deps.log, readUpTo: new Date(0).toISOString() };
      const posted = await postOnce(context, marker, body);
      action = `#${incident}: ${posted ? 'noted' : 'already noted (this run ran before)'} the alert (${plan.message.status}, ${plan.message.outcome})`;
      break;
    }
  }
  deps.log.info(`Alert: ${action}.`);
  if (incident === null) return { action, incident, outcomes: [] };
  const outcomes = await runIncidents(deps, options, issueSource(options.reader, incident));
  return { action, incident, outcomes };
}
