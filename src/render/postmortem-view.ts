/**
 * The post-mortem draft as template data: times in UTC words, the timeline as a table and as a
 * Mermaid Gantt chart. People's text stays raw here; the templates escape it.
 */
import type { DraftEntry, PostmortemDraft } from '../engine/postmortem-draft.js';
import { dateTime } from './clock-text.js';
import { describeDuration } from './human-duration.js';
import { mermaidLabel, mermaidTime } from './mermaid.js';

const DIAGRAM_TEXT: Partial<Record<DraftEntry['kind'], string>> = {
  declared: 'Declared',
  ack: 'Acknowledged',
  update: 'Status update',
  resolved: 'Resolved',
};

/** What the diagram says of `entry`: our own words, or the entry's text made safe. */
function diagramText(entry: DraftEntry): string {
  const fixed = DIAGRAM_TEXT[entry.kind];
  if (fixed !== undefined) return `${fixed} by ${entry.actor}`;
  // Pages, severity changes, roles and phases are the bot's words; a /timeline note is people's text.
  return entry.kind === 'other' ? 'Note' : entry.text;
}

/** The Gantt chart's lines: the incident as a bar, each moment of the timeline as a milestone. */
function ganttLines(draft: PostmortemDraft): string[] {
  const severity = draft.peak.label.toUpperCase();
  return [
    `title Incident ${draft.incident.number}, ${severity}, times in UTC`,
    'dateFormat YYYY-MM-DD HH:mm',
    'axisFormat %H:%M',
    'section Incident',
    `${mermaidLabel(`Open, ${severity}`)} : active, open, ${mermaidTime(draft.declared.at)}, ${mermaidTime(draft.resolved.at)}`,
    'section Timeline',
    ...draft.timeline.map((entry, index) => `${mermaidLabel(diagramText(entry))} : milestone, m${index + 1}, ${mermaidTime(entry.at)}, 0m`),
  ];
}

function severityText(severity: { label: string; name: string }): string {
  return `${severity.label.toUpperCase()} (${severity.name})`;
}

/** Template data of `templates/postmortem-file.md.hbs` and `templates/postmortem-pull.md.hbs`. */
export function postmortemView(draft: PostmortemDraft) {
  const peak = draft.peak.label === draft.severity.label ? null : severityText(draft.peak);
  const ack = draft.acknowledged;
  return {
    incident: draft.incident,
    path: draft.path,
    severity: severityText(draft.severity),
    peak,
    declared: { at: dateTime(draft.declared.at), by: draft.declared.by },
    resolved: { at: dateTime(draft.resolved.at), by: draft.resolved.by, summary: draft.resolved.summary },
    duration: describeDuration(draft.durationMinutes),
    acknowledged:
      ack === null
        ? null
        : { at: dateTime(ack.at), by: ack.by, after: describeDuration(Math.max(0, Math.round((Date.parse(ack.at) - Date.parse(draft.declared.at)) / 60_000))) },
    services: draft.services.length === 0 ? null : draft.services.join(', '),
    summary: draft.summary,
    scenario: draft.scenario,
    roles: draft.roles.map((role) => ({ name: role.name, holders: role.holders.join(', ') })),
    timeline: draft.timeline.map((entry) => ({ at: dateTime(entry.at), actor: entry.actor, text: entry.text })),
    gantt: ganttLines(draft),
    elements: draft.elements,
    reviewers: draft.reviewers.map((login) => `@${login}`),
    dueAt: draft.dueAt === null ? null : dateTime(draft.dueAt),
  };
}
