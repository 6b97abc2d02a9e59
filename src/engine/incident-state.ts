/**
 * The incident as it is now: the fold of its facts. Everything the card shows and every decision
 * of the engine comes from here, so two runs over the same history always agree.
 */
import type { Phase, PlaybookSet, Role, Scenario, Severity } from '../config/model.js';
import { type IncidentForm, parseIncidentForm } from '../markdown/form-body.js';
import { declaredSeverity } from './declared-severity.js';
import { alertFacts, byTime, commandFacts, eventFacts, type Fact, type Refusal } from './facts.js';
import type { Ledger } from './ledger.js';
import type { Observed } from './observed.js';
import type { JudgedMark } from './records.js';
import { permits } from './permissions.js';
import { addMinutes, isBefore, later } from './time.js';

/** One change of severity. */
export interface SeverityChange {
  severity: Severity;
  at: string;
  by: string;
  /** `default`: the form named no severity and the playbook gives one (`default_severity`). */
  via: 'form' | 'label' | 'command' | 'default';
  /** For `via: 'label'`: the issue event that added the label. */
  eventId: number | null;
  /** Made while the incident was resolved (a reclassification): it pages nobody. */
  whileResolved: boolean;
}

/** One line of the incident timeline kept for the post-mortem. */
export interface TimelineEntry {
  at: string;
  actor: string;
  text: string;
}

/**
 * An incident opened by someone below the minimum permission: nothing counts until a permitted
 * user confirms it (with a command or a severity label).
 */
export interface Report {
  by: string;
  /** The severity the form proposed. */
  proposed: Severity | null;
  confirmed: { at: string; by: string } | null;
}

/** A close by someone below the minimum permission, which did not resolve the incident. */
export interface RefusedClose {
  eventId: number;
  by: string;
  at: string;
}

/** A response time that ran out before anyone acknowledged. */
export interface MissedResponse {
  /** The severity whose response time it was. */
  severity: { label: string; name: string; responseMinutes: number };
  /** When the response time ran out. */
  due: string;
}

/** The incident as its history says it is now. */
export interface IncidentState {
  number: number;
  title: string;
  url: string;
  declared: { at: string; by: string };
  form: IncidentForm;
  scenario: Scenario | null;
  severity: Severity | null;
  /** The most severe severity the incident has had: what its post-mortem rule and its record go by. */
  peakSeverity: Severity | null;
  severityHistory: SeverityChange[];
  /** When someone must have acknowledged: the current severity's response time from when it was set. */
  respondBy: string | null;
  /** Where escalation delays count from: the declaration, or the last reopening. */
  clockStart: string;
  acknowledged: { at: string; by: string } | null;
  /**
   * Response times that ran out with nobody acknowledging, as far as the history shows: each closed
   * by a later acknowledgement, severity change or resolution. The one still running is judged
   * against the clock by `withDeadlines` (deadlines.ts), which the fold has no access to.
   */
  missedResponses: MissedResponse[];
  /** Who holds each role, by role id (roles nobody holds are absent). */
  roles: Record<string, string[]>;
  /** The holder of the role that leads the incident (`commander: true`), if any. */
  commander: string | null;
  /** The comment that named the current commander. */
  icCommentId: number | null;
  phase: Phase;
  updates: { at: string; by: string; text: string }[];
  /** When the next status update is due, for severities with an update cadence. */
  nextUpdateDue: string | null;
  resolution: { at: string; by: string; summary: string | null } | null;
  timeline: TimelineEntry[];
  refusals: Refusal[];
  /** How far people's comments are judged; the card records it so the verdicts stand. */
  judged: JudgedMark | null;
  /** The severity label the incident was declared with; the card records it so body edits cannot change it. */
  declaredSeverity: string | null;
  /** Null when the declaration counted at once. */
  report: Report | null;
  refusedCloses: RefusedClose[];
}

function severityName(severity: Severity): string {
  return `${severity.label.toUpperCase()} (${severity.name})`;
}

/**
 * When and by whom the incident was declared: when the incident label was first added (an issue can
 * become an incident long after it was opened), else when the issue was opened.
 */
export function declaration(observed: Pick<Observed, 'events' | 'issue'>, set: PlaybookSet): { at: string; by: string } {
  const labeled = observed.events.find((event) => event.event === 'labeled' && event.label === set.incidentLabel);
  return labeled === undefined || isBefore(labeled.createdAt, observed.issue.createdAt)
    ? { at: observed.issue.createdAt, by: observed.issue.author }
    : { at: labeled.createdAt, by: labeled.actor };
}

function initialState(observed: Observed, set: PlaybookSet, commands: Pick<ReturnType<typeof commandFacts>, 'refusals' | 'judged'>): IncidentState {
  const form = parseIncidentForm(observed.issue.body, set);
  const declared = declaration(observed, set);
  const firstPhase = set.phases[0];
  if (firstPhase === undefined) throw new Error('the playbook set has no phases');
  return {
    number: observed.issue.number,
    title: observed.issue.title,
    url: observed.issue.htmlUrl,
    declared,
    form,
    scenario: set.scenarios.find((scenario) => scenario.id === form.scenario) ?? null,
    severity: null,
    peakSeverity: null,
    severityHistory: [],
    respondBy: null,
    clockStart: declared.at,
    acknowledged: null,
    missedResponses: [],
    roles: {},
    commander: null,
    icCommentId: null,
    phase: firstPhase,
    updates: [],
    nextUpdateDue: null,
    resolution: null,
    timeline: [{ at: declared.at, actor: declared.by, text: 'Declared the incident' }],
    refusals: commands.refusals,
    judged: commands.judged,
    declaredSeverity: null,
    report: null,
    refusedCloses: [],
  };
}

/**
 * Whether the declaration counts at once: the playbooks trust every reporter, the card recorded
 * that the declarer was trusted (a card from before that record existed was posted for an incident
 * that counted), or the declarer has the minimum permission now.
 */
export function declarerTrusted(observed: Observed, ledger: Ledger, set: PlaybookSet, declarer: string): boolean {
  if (set.trustReporters || declarer === observed.botLogin) return true;
  const card = ledger.card;
  if (card !== null) return card.record.reporter !== 'report';
  return permits(observed.permissions[declarer], set.minimumPermission);
}

/**
 * Confirms a report: from now on the incident counts, with the proposed severity (else the
 * playbook's default) unless the confirming fact sets one.
 */
function confirm(state: IncidentState, fact: Fact, set: PlaybookSet): void {
  const report = state.report;
  if (report === null || report.confirmed !== null) return;
  if (fact.type === 'label' && fact.actor === report.by) return;
  if (fact.type !== 'label' && fact.type !== 'command') return;
  report.confirmed = { at: fact.at, by: fact.actor };
  state.clockStart = fact.at;
  state.timeline.push({ at: fact.at, actor: fact.actor, text: `Confirmed the report by ${report.by}` });
  const setsSeverity = fact.type === 'label' || fact.command.name === 'sev';
  if (setsSeverity) return;
  if (report.proposed !== null) setSeverity(state, { severity: report.proposed, at: fact.at, by: fact.actor, via: 'form', eventId: null });
  else if (set.defaultSeverity !== null) setSeverity(state, { severity: set.defaultSeverity, at: fact.at, by: fact.actor, via: 'default', eventId: null });
}

/**
 * Ends the current response window at `at` (an acknowledgement, a severity change or a resolution):
 * when nobody had acknowledged and its response time had run out by then, it was missed.
 */
function closeResponseWindow(state: IncidentState, at: string): void {
  const { respondBy: due, severity } = state;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: respondBy is set with the severity (setSeverity, reopen) and neither is ever cleared, so either check alone decides
  if (due === null || severity === null) return;
  if (state.acknowledged !== null || state.resolution !== null) return;
  if (isBefore(at, due) || state.missedResponses.some((missed) => missed.due === due)) return;
  state.missedResponses.push({ severity: { label: severity.label, name: severity.name, responseMinutes: severity.responseMinutes }, due });
}

function setSeverity(state: IncidentState, made: Omit<SeverityChange, 'whileResolved'>): void {
  const previous = state.severity;
  if (previous?.label === made.severity.label) return;
  closeResponseWindow(state, made.at);
  const change = { ...made, whileResolved: state.resolution !== null };
  // A raise to a new high needs a new acknowledgement: an earlier one was for a lesser incident.
  const highest = Math.min(...state.severityHistory.map((entry) => entry.severity.level));
  if (!change.whileResolved && change.severity.level < highest) state.acknowledged = null;
  state.severity = change.severity;
  // Stryker disable next-line EqualityOperator: levels are unique in a set (check-unique), so a change of the same level is the same severity and `<=` would store the same object
  if (state.peakSeverity === null || change.severity.level < state.peakSeverity.level) state.peakSeverity = change.severity;
  state.severityHistory.push(change);
  state.respondBy = addMinutes(change.at, change.severity.responseMinutes);
  // Stryker disable next-line EqualityOperator: a change to the level it had returned above (levels are unique, so same level means same label)
  const verb = previous === null ? 'Severity set to' : change.severity.level < previous.level ? 'Raised to' : 'Lowered to';
  const why = change.via === 'default' ? ' (the playbook’s default: the form named none)' : '';
  state.timeline.push({ at: change.at, actor: change.by, text: `${verb} ${severityName(change.severity)}${why}` });
}

function applyCommand(state: IncidentState, fact: Fact & { type: 'command' }, set: PlaybookSet): void {
  const { command } = fact;
  const note = (text: string): void => {
    state.timeline.push({ at: fact.at, actor: fact.actor, text });
  };
  switch (command.name) {
    case 'ack':
      if (state.acknowledged === null && state.resolution === null) {
        closeResponseWindow(state, fact.at);
        state.acknowledged = { at: fact.at, by: fact.actor };
        note('Acknowledged');
      }
      return;
    case 'sev': {
      const severity = set.severities.find((candidate) => candidate.level === command.level);
      // Stryker disable next-line ConditionalExpression: commandFacts accepts only a /sev whose level the set has (checkAgainstSet)
      if (severity !== undefined) setSeverity(state, { severity, at: fact.at, by: fact.actor, via: 'command', eventId: null });
      return;
    }
    case 'ic':
    case 'role': {
      const role = command.name === 'ic' ? set.roles.find((candidate) => candidate.commander) : set.roles.find((candidate) => candidate.id === command.role);
      // Stryker disable next-line ConditionalExpression: commandFacts accepts only a /role the set has, and /ic only with a commander role (checkAgainstSet)
      if (role !== undefined) assignRole(state, role, command.user, fact);
      return;
    }
    case 'status': {
      const phase = set.phases.find((candidate) => candidate.id === command.phase);
      // Stryker disable next-line ConditionalExpression: commandFacts accepts only a /status of a phase the set has (checkAgainstSet)
      if (phase === undefined) return;
      if (phase.id !== state.phase.id) {
        state.phase = phase;
        note(`Phase: ${phase.name}`);
      }
      return;
    }
    case 'update':
      state.updates.push({ at: fact.at, by: fact.actor, text: command.text });
      note(`Status update: ${command.text}`);
      return;
    case 'timeline':
      note(command.text);
      return;
    case 'resolve':
      if (state.resolution === null) {
        closeResponseWindow(state, fact.at);
        state.resolution = { at: fact.at, by: fact.actor, summary: command.summary };
        note(command.summary === null ? 'Resolved' : `Resolved: ${command.summary}`);
      }
      return;
    case 'reopen':
      reopen(state, fact);
      return;
    // /help is answered in the reply and never becomes a fact (commandFacts); the case names it for the exhaustive switch.
    // Stryker disable next-line ConditionalExpression,StringLiteral: unreachable, see above
    case 'help':
      return;
  }
}

function assignRole(state: IncidentState, role: Role, user: string, fact: Fact & { type: 'command' }): void {
  const holders = state.roles[role.id] ?? [];
  if (role.multiple) {
    if (holders.includes(user)) return;
    state.roles[role.id] = [...holders, user];
  } else {
    state.roles[role.id] = [user];
  }
  if (role.commander) {
    state.commander = user;
    state.icCommentId = fact.commentId;
  }
  state.timeline.push({ at: fact.at, actor: fact.actor, text: `${role.name}: ${user}` });
}

function reopen(state: IncidentState, fact: Fact): void {
  if (state.resolution === null) return;
  state.resolution = null;
  // A reopened incident starts its response clock again, rather than owing every level at once.
  state.clockStart = fact.at;
  if (state.severity !== null) state.respondBy = addMinutes(fact.at, state.severity.responseMinutes);
  state.timeline.push({ at: fact.at, actor: fact.actor, text: 'Reopened' });
}

function apply(state: IncidentState, fact: Fact, set: PlaybookSet, mayClose: (actor: string) => boolean): void {
  confirm(state, fact, set);
  switch (fact.type) {
    case 'label': {
      const severity = set.severities.find((candidate) => candidate.label === fact.label);
      // Stryker disable next-line ConditionalExpression: eventFacts makes facts only of severity labels
      if (severity === undefined) return;
      // A report its reporter labels stays a report: the label is what they propose, and it pages
      // nobody until a permitted user confirms the report (confirm() ran first, so a label by
      // anyone else has confirmed it by now).
      const report = state.report;
      if (report !== null && report.confirmed === null) report.proposed = severity;
      else setSeverity(state, { severity, at: fact.at, by: fact.actor, via: 'label', eventId: fact.eventId });
      return;
    }
    case 'closed':
      if (!mayClose(fact.actor)) {
        state.refusedCloses.push({ eventId: fact.eventId, by: fact.actor, at: fact.at });
        return;
      }
      if (state.resolution === null) {
        closeResponseWindow(state, fact.at);
        state.resolution = { at: fact.at, by: fact.actor, summary: null };
        state.timeline.push({ at: fact.at, actor: fact.actor, text: 'Resolved (issue closed)' });
      }
      return;
    case 'reopened':
      reopen(state, fact);
      return;
    case 'command':
      applyCommand(state, fact, set);
      return;
    case 'alert':
      applyAlert(state, fact, set);
      return;
  }
}

/**
 * An alert notification noted on the incident. Firing again reopens a resolved incident: the shell
 * notes a firing alert on a resolved incident only within the playbooks' reopen window. Resolved
 * resolves the incident when the playbooks say so (`alerts.resolve`); otherwise it is only noted.
 */
function applyAlert(state: IncidentState, fact: Fact & { type: 'alert' }, set: PlaybookSet): void {
  if (fact.status === 'firing') {
    state.timeline.push({ at: fact.at, actor: fact.actor, text: 'The alert fired again' });
    reopen(state, fact);
    return;
  }
  state.timeline.push({ at: fact.at, actor: fact.actor, text: 'The alert resolved' });
  if (set.alerts?.resolve !== true || state.resolution !== null) return;
  closeResponseWindow(state, fact.at);
  state.resolution = { at: fact.at, by: fact.actor, summary: 'every alert of the group resolved' };
  state.timeline.push({ at: fact.at, actor: fact.actor, text: 'Resolved: every alert of the group resolved' });
}

/** The incident as its whole history (and the bot's {@link Ledger} of verdicts) says it is now. */
export function foldIncident(observed: Observed, ledger: Ledger, set: PlaybookSet): IncidentState {
  const commands = commandFacts(observed, ledger, set);
  const state = initialState(observed, set, commands);
  const declared = declaredSeverity(ledger, set, state.form.severity);
  state.declaredSeverity = declared?.label ?? null;
  if (!declarerTrusted(observed, ledger, set, state.declared.by)) {
    state.report = { by: state.declared.by, proposed: declared ?? null, confirmed: null };
    state.timeline[0] = { at: state.declared.at, actor: state.declared.by, text: 'Reported the incident' };
  } else if (declared !== undefined) {
    setSeverity(state, { severity: declared, at: state.declared.at, by: state.declared.by, via: 'form', eventId: null });
  } else if (set.defaultSeverity !== null) {
    setSeverity(state, { severity: set.defaultSeverity, at: state.declared.at, by: state.declared.by, via: 'default', eventId: null });
  }
  const mayClose = (actor: string): boolean => set.trustReporters || permits(observed.permissions[actor], set.minimumPermission);
  for (const fact of byTime([...eventFacts(observed, set), ...commands.facts, ...alertFacts(observed)])) apply(state, fact, set, mayClose);
  const cadence = state.severity?.updateEveryMinutes ?? null;
  if (cadence !== null && state.resolution === null) {
    // The window runs from the last update, or from when the incident (re)started or took its
    // severity: a raise to SEV-1 owes its first update 30 minutes after the raise, not at once.
    // Stryker disable next-line OptionalChaining: a cadence comes from a severity, so the history has an entry
    const starts = [state.updates.at(-1)?.at, state.clockStart, state.severityHistory.at(-1)?.at].filter((at): at is string => at !== undefined);
    state.nextUpdateDue = addMinutes(starts.reduce(later), cadence);
  }
  return state;
}
