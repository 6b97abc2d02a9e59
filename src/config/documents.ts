/**
 * The playbook documents exactly as they are written in YAML. Every YAML file in a playbook set is
 * one document, told apart by its `kind`. The JSON Schemas in `schemas/` describe the same shapes;
 * the loader turns these documents into the resolved {@link PlaybookSet} of `model.ts`.
 */

/** A duration as people write it: a whole number and a unit, `15m`, `2h`, `48h`, `90d`, `1h30m`. */
export type DurationText = string;

/** A GitHub handle: `@user` or `@org/team`. */
export type GitHubHandle = string;

/** Who owns a file and when it was last reviewed; the quarterly review checks it. */
export interface ReviewDoc {
  /** GitHub handles that must review changes to this file. */
  owners: GitHubHandle[];
  /** Date of the last review, `YYYY-MM-DD`. */
  last_reviewed: string;
  /** How often this file is reviewed; defaults to the set's `review_cadence`. */
  cadence?: DurationText;
}

interface DocBase<K extends string> {
  kind: K;
  review: ReviewDoc;
}

/** `kind: settings`: the name of the set and how the engine behaves. One per set. */
export interface SettingsDoc extends DocBase<'settings'> {
  name: string;
  overview?: string;
  /** The label that makes an issue an incident. Default `incident`. */
  incident_label?: string;
  /** The least repository permission a user needs to run commands. Default `triage`. */
  minimum_permission?: 'read' | 'triage' | 'write' | 'maintain' | 'admin';
  /** The severity label an incident declared without one starts at; without it, the first technical level is asked to set one. */
  default_severity?: string;
  /** Whether declarations and closes by users below `minimum_permission` count at once. Default false. */
  trust_reporters?: boolean;
  /** The label of an incident nobody acknowledged within its response time. Default `sla-missed`. */
  sla_missed_label?: string;
  /** How often every file is reviewed (quarterly: `90d`). */
  review_cadence: DurationText;
  /** The directory post-mortem pull requests add their file to. Default `postmortems`. */
  postmortem_path?: string;
  /** The label of an incident whose post-mortem is overdue. Default `postmortem-overdue`. */
  postmortem_overdue_label?: string;
  /** How long a review pull request stays open before one reminder. Default `14d`. */
  review_window?: DurationText;
  /** How alerts from Alertmanager or Grafana become incidents; without it, alerts are refused. */
  alerts?: AlertsSection;
}

/** One rule of the `alerts` section: the labels it matches, and the severity and/or scenario it gives. */
export interface AlertRuleDoc {
  /** Label name to value; `*` in a value stands for any run of characters. */
  match: Record<string, string>;
  severity?: string;
  scenario?: string;
}

/** The `alerts` section of the settings document. */
export interface AlertsSection {
  default_severity: string;
  rules?: AlertRuleDoc[];
  /** Whether a resolved alert resolves its incident. Default false. */
  resolve?: boolean;
  /** How long after resolution a firing alert of the same group reopens the incident. Default `1h`. */
  reopen_within?: DurationText;
}

/** One role of the response team. */
export interface RoleDoc {
  /** Referenced by scenarios and by the `/role` command: `ic`, `comms`, `tech`, `sme`. */
  id: string;
  name: string;
  abbreviation?: string;
  /** Whether several people may hold the role at once (subject matter experts). */
  multiple?: boolean;
  /** Whether this role leads the incident: `/ic @user` names its holder, who is assigned the issue. At most one role. */
  commander?: boolean;
  responsibilities: string[];
}

/** `kind: roles`. */
export interface RolesDoc extends DocBase<'roles'> {
  roles: RoleDoc[];
}

/** One severity level. Its `label` is both the GitHub label and how other files refer to it. */
export interface SeverityDoc {
  /** 1 is the most severe. */
  level: number;
  /** `sev-1` … `sev-4`. */
  label: string;
  /** `Critical`, `High`, … */
  name: string;
  criteria: string[];
  /** How soon someone must acknowledge the incident. */
  response_time: DurationText;
  sinks?: SinkDoc[];
  postmortem?: {
    required: boolean;
    /** How long after resolution the post-mortem is due. */
    due_after_resolution?: DurationText;
  };
}

/** `kind: severities`. */
export interface SeveritiesDoc extends DocBase<'severities'> {
  severities: SeverityDoc[];
}

/** A step of a phase: a title, optionally with its tasks. A bare string is a step without tasks. */
export type StepDoc = string | { title: string; tasks?: string[] };

/** One phase of the response process. */
export interface PhaseDoc {
  /** Used by `/status PHASE`. */
  id: string;
  name: string;
  steps: StepDoc[];
}

/** `kind: process`: the phases in order. */
export interface ProcessDoc extends DocBase<'process'> {
  phases: PhaseDoc[];
}

/** `kind: scenario`: one common incident scenario per file. */
export interface ScenarioDoc extends DocBase<'scenario'> {
  id: string;
  name: string;
  description?: string;
  /** Role id of the role that leads the response steps. */
  owner?: string;
  symptoms: string[];
  /** Response steps, in order. */
  steps: string[];
}

/** An internal communication channel. */
export interface ChannelDoc {
  id: string;
  name: string;
  priority: 'primary' | 'secondary';
  /** When to use it, e.g. `complex incidents`. */
  use_for?: string;
  url?: string;
}

/** An external audience and how it is told. */
export interface AudienceDoc {
  id: string;
  name: string;
  means: string[];
  /** Severity labels this audience is told about; all when absent. */
  severities?: string[];
  /** When, in words, e.g. `significant outages`. */
  when?: string;
}

/** `kind: communication`. */
export interface CommunicationDoc extends DocBase<'communication'> {
  channels: ChannelDoc[];
  /** Status-update cadence per severity label. */
  status_updates: { severity: string; every: DurationText }[];
  /** The role id whose holder gives status updates (the reminder mentions them). */
  updates_by?: string;
  audiences: AudienceDoc[];
}

/** Where a page is also delivered, outside GitHub. The YAML names the secret's variable, never the secret. */
export interface SinkDoc {
  type: 'slack' | 'teams' | 'pagerduty' | 'webhook';
  /** The environment variable holding the webhook URL (slack, teams), routing key (pagerduty) or signing key (webhook). */
  secret: string;
  name?: string;
  /** webhook: where to POST; pagerduty: another Events API endpoint (EU region). */
  url?: string;
}

/** A level of technical escalation. */
export interface TechnicalLevelDoc {
  /** 1, 2, 3, … */
  level: number;
  name: string;
  /** Contact ids paged at this level. */
  contacts: string[];
  /** How long an unacknowledged incident waits before it moves to this level. */
  after: DurationText;
  sinks?: SinkDoc[];
}

/** Management escalation for one severity. */
export interface ManagementRuleDoc {
  severity: string;
  name: string;
  /** Contact ids notified. */
  notify: string[];
  /** Deadline for the notification, from declaration or escalation to this severity. */
  within?: DurationText;
}

/** `kind: escalation`. */
export interface EscalationDoc extends DocBase<'escalation'> {
  technical: TechnicalLevelDoc[];
  management: ManagementRuleDoc[];
}

/** A person or team that can be paged or told. */
export interface ContactDoc {
  id: string;
  name: string;
  category: 'on-call' | 'stakeholder' | 'vendor' | 'staff';
  /** `@user` or `@org/team`; without it the contact cannot be paged on GitHub. */
  github?: GitHubHandle;
  sinks?: SinkDoc[];
  email?: string;
  phone?: string;
  /** Other contact details in words. */
  contact?: string;
}

/** `kind: contacts`. */
export interface ContactsDoc extends DocBase<'contacts'> {
  contacts: ContactDoc[];
}

/** `kind: postmortem`. */
export interface PostmortemDoc extends DocBase<'postmortem'> {
  /** The sections every post-mortem has. */
  elements: { id: string; title: string; description?: string }[];
  /** Practices that keep the process current. */
  continuous_improvement: string[];
  /** Role ids whose holders review each post-mortem; default the commander role. */
  reviewers?: string[];
}

/** `kind: tools`. */
export interface ToolsDoc extends DocBase<'tools'> {
  categories: {
    id: string;
    name: string;
    tools: { name: string; purpose?: string; url?: string }[];
  }[];
}

/** Any playbook document. */
export type PlaybookDoc =
  | SettingsDoc
  | RolesDoc
  | SeveritiesDoc
  | ProcessDoc
  | ScenarioDoc
  | CommunicationDoc
  | EscalationDoc
  | ContactsDoc
  | PostmortemDoc
  | ToolsDoc;

/** The `kind` of every document type. */
export type DocKind = PlaybookDoc['kind'];
