/**
 * The incident card as template data: everything already in words and UTC times, so the template
 * only lays it out. User text stays raw here; the template's helpers escape it.
 */
import type { Card } from '../engine/card.js';
import type { IncidentState, TimelineEntry } from '../engine/incident-state.js';
import { addMinutes, inTimeOrder } from '../engine/time.js';
import { commandHelp } from '../engine/help.js';
import { dateTime, timeOfDay } from './clock-text.js';

function severityText(incident: IncidentState) {
  const severity = incident.severity;
  return severity === null
    ? null
    : { label: severity.label.toUpperCase(), name: severity.name, criteria: severity.criteria, responseMinutes: severity.responseMinutes };
}

function rolesView(card: Card) {
  return card.roles.map((role) => {
    const holders = card.incident.roles[role.id] ?? [];
    return { name: role.name, who: holders.length === 0 ? null : holders.join(', '), command: role.commander ? '/ic @user' : `/role ${role.id} @user` };
  });
}

/** Everything that happened, pages included, in time order: the record the post-mortem starts from. */
function timeline(card: Card): TimelineEntry[] {
  const pages = card.escalations.map((step) => ({ at: step.at, actor: 'playbook-ops', text: step.text }));
  return inTimeOrder([...card.incident.timeline, ...pages, ...card.tickEntries]);
}

/** When the post-mortem of a resolved incident is due, if its peak severity requires one. */
function postmortemDue(incident: IncidentState): string | null {
  const rule = incident.peakSeverity?.postmortem;
  if (incident.resolution === null || rule?.required !== true || rule.dueMinutesAfterResolution === null) return null;
  return dateTime(addMinutes(incident.resolution.at, rule.dueMinutesAfterResolution));
}

/** The post-mortem's status in words, for a card that has one. */
function postmortemView(card: Card) {
  const status = card.postmortem;
  if (status === undefined) return null;
  const due = status.dueAt === null ? null : dateTime(status.dueAt);
  const headline =
    status.state === 'complete'
      ? 'Post-mortem complete'
      : status.state === 'overdue'
        ? `Post-mortem overdue since ${due ?? 'its deadline'}`
        : due === null
          ? 'Post-mortem required'
          : `Post-mortem required by ${due}`;
  return { state: status.state, headline, branch: status.branch, pullsUrl: status.pullsUrl };
}

function reportView(incident: IncidentState, at: (iso: string) => string, minimumPermission: string) {
  const report = incident.report;
  if (report === null) return null;
  return {
    by: report.by,
    minimumPermission,
    proposed: report.proposed === null ? null : `${report.proposed.label.toUpperCase()} (${report.proposed.name})`,
    confirmed: report.confirmed === null ? null : { at: at(report.confirmed.at), by: report.confirmed.by },
  };
}

/** How many deliveries the card lists; earlier ones are counted. */
const DELIVERY_LINES = 30;

/** Each delivery to a sink outside GitHub, and how it stands, in words. */
function notificationsView(card: Card, at: (iso: string) => string) {
  const lines = card.deliveries?.lines ?? [];
  if (lines.length === 0) return null;
  const shown = lines.slice(-DELIVERY_LINES).map((line) => {
    switch (line.status) {
      case 'sent':
        return { icon: '✅', sink: line.sink, what: line.what, status: `sent ${at(line.at ?? '')}` };
      case 'pending':
        return { icon: '⏳', sink: line.sink, what: line.what, status: 'sending' };
      case 'failing':
        return { icon: '⚠️', sink: line.sink, what: line.what, status: `failed (${line.reason ?? 'unknown'}) in ${line.runs} run${line.runs === 1 ? '' : 's'}; the next run retries` };
      case 'gave-up':
        return { icon: '❌', sink: line.sink, what: line.what, status: `failed (${line.reason ?? 'unknown'}) in ${line.runs} runs; not retried` };
    }
  });
  return { lines: shown, earlier: lines.length > DELIVERY_LINES ? String(lines.length - DELIVERY_LINES) : null };
}

/** Template data of `templates/incident-card.md.hbs`. */
export function cardView(card: Card) {
  const { incident } = card;
  const at = (iso: string): string => timeOfDay(iso, incident.declared.at);
  const last = incident.updates.at(-1);
  return {
    number: incident.number,
    title: incident.title,
    severity: severityText(incident),
    peak:
      incident.peakSeverity === null || incident.peakSeverity.label === incident.severity?.label
        ? null
        : { label: incident.peakSeverity.label.toUpperCase(), name: incident.peakSeverity.name },
    resolved: incident.resolution === null ? null : { ...incident.resolution, at: at(incident.resolution.at) },
    postmortemDue: postmortemDue(incident),
    postmortem: postmortemView(card),
    declared: { at: dateTime(incident.declared.at), by: incident.declared.by },
    report: reportView(incident, at, card.minimumPermission),
    awaitingTriage: incident.report !== null && incident.report.confirmed === null,
    respondBy: incident.respondBy === null ? null : at(incident.respondBy),
    acknowledged: incident.acknowledged === null ? null : { ...incident.acknowledged, at: at(incident.acknowledged.at) },
    nextUpdate:
      incident.nextUpdateDue === null || incident.severity?.updateEveryMinutes == null
        ? null
        : { at: at(incident.nextUpdateDue), everyMinutes: incident.severity.updateEveryMinutes },
    lastUpdate: last === undefined ? null : { ...last, at: at(last.at) },
    scenario:
      incident.scenario === null ? null : { name: incident.scenario.name, symptoms: incident.scenario.symptoms, steps: card.steps.scenario, owner: incident.scenario.owner?.name ?? null },
    services: incident.form.services.length === 0 ? null : incident.form.services.join(', '),
    startedAt: incident.form.startedAt,
    summary: incident.form.summary,
    formProblems: incident.form.problems,
    roles: rolesView(card),
    commands: commandHelp(card.roles.map((role) => role.id)).map((command) => command.usage),
    escalations: card.escalations.map((step) => ({ at: at(step.at), text: step.text })),
    next: card.next === null ? null : { at: at(card.next.at), text: `level ${card.next.level}, ${card.next.name}` },
    notifications: notificationsView(card, at),
    phase: {
      name: incident.phase.name,
      position: card.phases.indexOf(incident.phase.id) + 1,
      total: card.phases.length,
      steps: card.steps.phase,
    },
    timeline: timeline(card).map((entry) => ({ ...entry, at: at(entry.at) })),
    playbook: { sha: card.playbook.sha.slice(0, 7), url: card.playbook.url, fallback: card.playbook.fallback },
  };
}
