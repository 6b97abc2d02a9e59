/**
 * What a post-mortem pull request starts from: the incident's facts (impact, timeline, roles) as
 * data, for the renderer to lay out in the post-mortem file. Pure: built from the folded incident.
 */
import type { PlaybookSet } from '../config/model.js';
import { slugify } from '../import/slug.js';
import type { EscalationStep } from './card.js';
import type { IncidentState } from './incident-state.js';
import type { Observed } from './observed.js';
import { addMinutes, inTimeOrder } from './time.js';

/** The label a resolved incident carries until its post-mortem is merged (the sweep reads it too). */
export const POSTMORTEM_PENDING_LABEL = 'postmortem-pending';

/** The label of the follow-up issues opened from a merged post-mortem's action items. */
export const FOLLOW_UP_LABEL = 'follow-up';

/** The branch the post-mortem of incident `number` is proposed on: one per incident, so a rerun finds it. */
export function postmortemBranch(number: number): string {
  return `playbook-ops/postmortem-${number}`;
}

/** One line of the post-mortem timeline. */
export interface DraftEntry {
  at: string;
  actor: string;
  text: string;
  /** What kind of moment it is, for the diagram (people's words stay out of it). */
  kind: 'declared' | 'severity' | 'page' | 'ack' | 'role' | 'update' | 'phase' | 'resolved' | 'other';
}

/** Everything a post-mortem file and its pull request say. */
export interface PostmortemDraft {
  incident: { number: number; title: string; url: string };
  repo: { owner: string; repo: string; serverUrl: string };
  branch: string;
  /** The file's path in the repository. */
  path: string;
  severity: { label: string; name: string };
  peak: { label: string; name: string };
  declared: { at: string; by: string };
  resolved: { at: string; by: string; summary: string | null };
  acknowledged: { at: string; by: string } | null;
  durationMinutes: number;
  services: string[];
  summary: string | null;
  scenario: string | null;
  roles: { name: string; holders: string[] }[];
  timeline: DraftEntry[];
  /** The post-mortem elements of the playbooks, in order. */
  elements: { id: string; title: string; description: string | null }[];
  /** Logins asked to review: the holders of the playbooks' reviewer roles. */
  reviewers: string[];
  dueAt: string | null;
}

function kindOf(text: string): DraftEntry['kind'] {
  if (/^(Declared|Reported) the incident/u.test(text)) return 'declared';
  if (/^(Severity set to|Raised to|Lowered to) /u.test(text)) return 'severity';
  if (text === 'Acknowledged') return 'ack';
  if (text.startsWith('Status update: ')) return 'update';
  if (text.startsWith('Phase: ')) return 'phase';
  if (text.startsWith('Resolved')) return 'resolved';
  return 'other';
}

/** The incident's history with the pages sent, in time order. */
function timeline(state: IncidentState, pages: EscalationStep[], roleNames: string[]): DraftEntry[] {
  const entries = [
    ...state.timeline.map((entry) => {
      const role = roleNames.some((name) => entry.text.startsWith(`${name}: `));
      return { ...entry, kind: role ? ('role' as const) : kindOf(entry.text) };
    }),
    ...pages.map((page) => ({ at: page.at, actor: 'playbook-ops', text: page.text, kind: 'page' as const })),
  ];
  return inTimeOrder(entries);
}

/** The reviewers: holders of the playbooks' reviewer roles, in role order, once each. */
export function postmortemReviewers(state: IncidentState, set: PlaybookSet): string[] {
  const logins = set.postmortem.reviewers.flatMap((role) => state.roles[role.id] ?? []);
  return [...new Set(logins)];
}

/** When the post-mortem of resolved `state` is due, or null when its peak severity sets no deadline. */
export function postmortemDueAt(state: IncidentState): string | null {
  const minutes = state.peakSeverity?.postmortem.dueMinutesAfterResolution ?? null;
  return state.resolution === null || minutes === null ? null : addMinutes(state.resolution.at, minutes);
}

/**
 * The file name's slug: the title without an `[Incident]` prefix, at most 50 characters. Never
 * empty: `slugify` names a title without letters or digits by its code points.
 */
function titleSlug(title: string): string {
  // slugify leaves no two hyphens in a row, so the cut leaves at most one at the end.
  return slugify(title.replace(/^\s*\[[^\]]*\]\s*/u, '')).slice(0, 50).replace(/-$/u, '');
}

/** The draft of the post-mortem of resolved `state`; null while it is not resolved or has no severity. */
export function postmortemDraft(state: IncidentState, observed: Observed, set: PlaybookSet, pages: EscalationStep[]): PostmortemDraft | null {
  const { resolution, severity, peakSeverity } = state;
  if (resolution === null || severity === null || peakSeverity === null) return null;
  const date = state.declared.at.slice(0, 10);
  return {
    incident: { number: state.number, title: state.title, url: state.url },
    repo: { owner: observed.repo.owner, repo: observed.repo.repo, serverUrl: observed.playbookRef.serverUrl },
    branch: postmortemBranch(state.number),
    path: `${set.postmortem.path}/${date}-${state.number}-${titleSlug(state.title)}.md`,
    severity: { label: severity.label, name: severity.name },
    peak: { label: peakSeverity.label, name: peakSeverity.name },
    declared: state.declared,
    resolved: resolution,
    acknowledged: state.acknowledged,
    durationMinutes: Math.max(0, Math.round((Date.parse(resolution.at) - Date.parse(state.declared.at)) / 60_000)),
    services: state.form.services,
    summary: state.form.summary,
    scenario: state.scenario?.name ?? null,
    roles: set.roles.map((role) => ({ name: role.name, holders: state.roles[role.id] ?? [] })).filter((role) => role.holders.length > 0),
    timeline: timeline(state, pages, set.roles.map((role) => role.name)),
    elements: set.postmortem.elements.map((element) => ({ id: element.id, title: element.title, description: element.description })),
    reviewers: postmortemReviewers(state, set),
    dueAt: postmortemDueAt(state),
  };
}
