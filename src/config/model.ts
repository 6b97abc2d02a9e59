/**
 * The resolved playbook set: what the engine uses. Durations are whole minutes, references are
 * resolved to the objects they name, lists are in their meaningful order (severities by level,
 * phases as written, escalation levels ascending). `playbook-ops config --json` prints exactly this.
 */

/** Where a fact came from, so the engine and the renderer can link back to it. */
export interface Source {
  /** Path relative to the playbook directory, with `/` separators. */
  file: string;
  line: number;
  column: number;
}

/** Ownership and review dates of one playbook file. */
export interface Review {
  file: string;
  owners: string[];
  /** `YYYY-MM-DD`. */
  lastReviewed: string;
  cadenceMinutes: number;
  /** `YYYY-MM-DD`: `lastReviewed` plus the cadence. */
  nextDue: string;
}

/** A role of the response team, e.g. the Incident Commander. */
export interface Role {
  id: string;
  name: string;
  abbreviation: string | null;
  multiple: boolean;
  /** Whether this role leads the incident: `/ic @user` names its holder, who is assigned the issue. */
  commander: boolean;
  responsibilities: string[];
  source: Source;
}

/** A severity level with its response time, update cadence and post-mortem rule. */
export interface Severity {
  level: number;
  label: string;
  name: string;
  criteria: string[];
  responseMinutes: number;
  /** Status-update cadence from the communication plan; null when none is set. */
  updateEveryMinutes: number | null;
  postmortem: { required: boolean; dueMinutesAfterResolution: number | null };
  /** Where every page at this severity is also delivered (absent: nowhere). */
  sinks?: Sink[];
  source: Source;
}

/** A step of a phase; `tasks` is empty for a plain step. */
export interface Step {
  title: string;
  tasks: string[];
}

/** A phase of the response process; its id is what `/status` takes. */
export interface Phase {
  id: string;
  name: string;
  steps: Step[];
  source: Source;
}

/** A common incident scenario: symptoms and ordered response steps, optionally led by a role. */
export interface Scenario {
  id: string;
  name: string;
  description: string | null;
  owner: Role | null;
  symptoms: string[];
  steps: string[];
  source: Source;
}

/**
 * Where a page is also delivered, outside GitHub. `secret` names the environment variable that holds
 * the webhook URL (slack, teams), routing key (pagerduty) or signing key (webhook).
 */
export interface Sink {
  /** `type:SECRET`: two mentions of the same sink are one sink, delivered to once. */
  id: string;
  type: 'slack' | 'teams' | 'pagerduty' | 'webhook';
  secret: string;
  /** What the card calls it. */
  name: string;
  /** webhook: where to POST; pagerduty: the Events API endpoint; null for slack and teams. */
  url: string | null;
}

/** A person or team; `github` is null (or a placeholder) when it cannot be paged on GitHub. */
export interface Contact {
  id: string;
  name: string;
  category: 'on-call' | 'stakeholder' | 'vendor' | 'staff';
  github: string | null;
  email: string | null;
  phone: string | null;
  contact: string | null;
  /** Where a page naming this contact is also delivered (absent: nowhere). */
  sinks?: Sink[];
  source: Source;
}

/** An internal communication channel. */
export interface Channel {
  id: string;
  name: string;
  priority: 'primary' | 'secondary';
  useFor: string | null;
  url: string | null;
}

/** An external audience and how it is kept informed. */
export interface Audience {
  id: string;
  name: string;
  means: string[];
  /** Severity labels; empty means every severity. */
  severities: string[];
  when: string | null;
}

/** A technical escalation level: who is paged, and after how long without acknowledgement. */
export interface TechnicalLevel {
  level: number;
  name: string;
  contacts: Contact[];
  afterMinutes: number;
  /** Where a page of this level is also delivered, besides its contacts' sinks (absent: nowhere). */
  sinks?: Sink[];
  source: Source;
}

/** The management escalation of one severity: who is notified, and by when. */
export interface ManagementRule {
  severity: string;
  name: string;
  notify: Contact[];
  withinMinutes: number | null;
  source: Source;
}

/** A section every post-mortem has. */
export interface PostmortemElement {
  id: string;
  title: string;
  description: string | null;
}

/** Tools and resources of one kind (monitoring, communication, ...). */
export interface ToolCategory {
  id: string;
  name: string;
  tools: { name: string; purpose: string | null; url: string | null }[];
}

/** One rule mapping alert labels to a severity and/or a scenario. */
export interface AlertRule {
  /** Label name to value pattern; `*` stands for any run of characters. */
  match: Record<string, string>;
  severity: Severity | null;
  scenario: Scenario | null;
}

/** How alerts become incidents (the settings' `alerts` section). */
export interface AlertSettings {
  defaultSeverity: Severity;
  rules: AlertRule[];
  /** Whether a resolved alert resolves its incident. */
  resolve: boolean;
  /** How long after resolution a firing alert of the same group reopens the incident. */
  reopenWithinMinutes: number;
}

/** A whole, validated, resolved playbook set. */
export interface PlaybookSet {
  name: string;
  overview: string | null;
  incidentLabel: string;
  minimumPermission: 'read' | 'triage' | 'write' | 'maintain' | 'admin';
  /** The severity an incident declared without one starts at; null: the first technical level is asked to set one. */
  defaultSeverity: Severity | null;
  /** Whether declarations and closes by users below `minimumPermission` count at once (else they are reports). */
  trustReporters: boolean;
  /** The label an incident gets when nobody acknowledged it within its severity's response time. */
  slaMissedLabel: string;
  reviewCadenceMinutes: number;
  /** How long a review pull request stays open before its owners are reminded. */
  reviewWindowMinutes: number;
  roles: Role[];
  /** Ordered by level, most severe first. */
  severities: Severity[];
  phases: Phase[];
  scenarios: Scenario[];
  /** `updatesBy`: the role whose holder gives status updates (reminders mention them), or null. */
  communication: { channels: Channel[]; audiences: Audience[]; updatesBy: Role | null };
  escalation: { technical: TechnicalLevel[]; management: ManagementRule[] };
  contacts: Contact[];
  postmortem: {
    elements: PostmortemElement[];
    continuousImprovement: string[];
    /** The directory post-mortem files go in, relative to the repository root, without slashes at either end. */
    path: string;
    /** The roles whose holders review each post-mortem and are reminded when it is overdue. */
    reviewers: Role[];
    /** The label of an incident whose post-mortem is overdue. */
    overdueLabel: string;
  };
  tools: ToolCategory[];
  /** One entry per file, in path order. */
  reviews: Review[];
  /** How alerts become incidents; absent when the settings have no `alerts` section (alerts are then refused). */
  alerts?: AlertSettings;
}
