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

export interface Role {
  id: string;
  name: string;
  abbreviation: string | null;
  multiple: boolean;
  responsibilities: string[];
  source: Source;
}

export interface Severity {
  level: number;
  label: string;
  name: string;
  criteria: string[];
  responseMinutes: number;
  /** Status-update cadence from the communication plan; null when none is set. */
  updateEveryMinutes: number | null;
  postmortem: { required: boolean; dueMinutesAfterResolution: number | null };
  source: Source;
}

export interface Step {
  title: string;
  tasks: string[];
}

export interface Phase {
  id: string;
  name: string;
  steps: Step[];
  source: Source;
}

export interface Scenario {
  id: string;
  name: string;
  description: string | null;
  owner: Role | null;
  symptoms: string[];
  steps: string[];
  source: Source;
}

export interface Contact {
  id: string;
  name: string;
  category: 'on-call' | 'stakeholder' | 'vendor' | 'staff';
  github: string | null;
  email: string | null;
  phone: string | null;
  contact: string | null;
  source: Source;
}

export interface Channel {
  id: string;
  name: string;
  priority: 'primary' | 'secondary';
  useFor: string | null;
  url: string | null;
}

export interface Audience {
  id: string;
  name: string;
  means: string[];
  /** Severity labels; empty means every severity. */
  severities: string[];
  when: string | null;
}

export interface TechnicalLevel {
  level: number;
  name: string;
  contacts: Contact[];
  afterMinutes: number;
  source: Source;
}

export interface ManagementRule {
  severity: string;
  name: string;
  notify: Contact[];
  withinMinutes: number | null;
  source: Source;
}

export interface PostmortemElement {
  id: string;
  title: string;
  description: string | null;
}

export interface ToolCategory {
  id: string;
  name: string;
  tools: { name: string; purpose: string | null; url: string | null }[];
}

/** A whole, validated, resolved playbook set. */
export interface PlaybookSet {
  name: string;
  overview: string | null;
  incidentLabel: string;
  minimumPermission: 'read' | 'triage' | 'write' | 'maintain' | 'admin';
  reviewCadenceMinutes: number;
  roles: Role[];
  /** Ordered by level, most severe first. */
  severities: Severity[];
  phases: Phase[];
  scenarios: Scenario[];
  communication: { channels: Channel[]; audiences: Audience[] };
  escalation: { technical: TechnicalLevel[]; management: ManagementRule[] };
  contacts: Contact[];
  postmortem: { elements: PostmortemElement[]; continuousImprovement: string[] };
  tools: ToolCategory[];
  /** One entry per file, in path order. */
  reviews: Review[];
}
