/**
 * The incident's history as one time-ordered list of facts, built from what GitHub recorded: the
 * issue's creation, its events, and the commands in comments (already checked for permission).
 * Folding this list (`incident-state.ts`) gives the incident as it is now, whatever order the runs
 * happened in.
 */
import type { PlaybookSet } from '../config/model.js';
import { closestMatch } from '../config/suggest.js';
import { parseCommands } from './commands.js';
import type { Command } from './commands-types.js';
import type { Observed } from './observed.js';
import { permits } from './permissions.js';
import type { Ledger } from './ledger.js';
import { type AlertStatus, type JudgedMark, parseRecordLine } from './records.js';
import { acceptedBefore, alreadyJudged, editedAt, judgedMark } from './verdicts.js';

/** A fact with when it happened and who did it. */
export type Fact = { at: string; actor: string } & (
  | { type: 'label'; label: string; eventId: number }
  | { type: 'closed'; eventId: number }
  | { type: 'reopened' }
  | { type: 'command'; command: Command; commentId: number }
  /** An alert notification the bot noted on the incident (`actor` is the sender: alertmanager or grafana). */
  | { type: 'alert'; status: AlertStatus; commentId: number }
);

/** A command that did not run, and why, for the one reply to its comment. */
export interface Refusal {
  commentId: number;
  /** The edit judged (Unix seconds), or null for the comment as first written. */
  edited: number | null;
  author: string;
  problems: string[];
  help: boolean;
  /** Whether the author lacked the permission (the verdict then stands for the whole comment). */
  denied: boolean;
}

function closest(word: string, candidates: readonly string[]): string {
  const match = closestMatch(word, candidates);
  return match === null ? '' : `did you mean ${match}? `;
}

function checkAgainstSet(command: Command, set: PlaybookSet): string | null {
  if (command.name === 'sev' && !set.severities.some((severity) => severity.level === command.level)) {
    const levels = set.severities.map((severity) => severity.level).join(', ');
    return `/sev ${command.level}: there is no SEV-${command.level}; this playbook has levels ${levels}.`;
  }
  if (command.name === 'status' && !set.phases.some((phase) => phase.id === command.phase)) {
    const phases = set.phases.map((phase) => phase.id);
    return `/status ${command.phase}: unknown phase; ${closest(command.phase, phases)}use one of ${phases.join(', ')}.`;
  }
  if (command.name === 'role' && !set.roles.some((role) => role.id === command.role)) {
    const roles = set.roles.map((role) => role.id);
    return `/role ${command.role}: unknown role; ${closest(command.role, roles)}use one of ${roles.join(', ')}.`;
  }
  if (command.name === 'ic' && !set.roles.some((role) => role.commander)) {
    return '/ic: this playbook has no role that leads the incident; give one role `commander: true` in roles.yaml, or use /role ID @user.';
  }
  return null;
}

/**
 * Commands found in people's comments: which ran (as facts, at the time the comment last changed),
 * which were refused, and the mark up to which every comment is now judged, for the card to record.
 */
export function commandFacts(observed: Observed, ledger: Ledger, set: PlaybookSet): { facts: Fact[]; refusals: Refusal[]; judged: JudgedMark | null } {
  const facts: Fact[] = [];
  const refusals: Refusal[] = [];
  const people = observed.comments.filter((comment) => comment.author !== observed.botLogin);
  let newlyAccepted = false;
  for (const comment of people) {
    const parsed = parseCommands(comment.body);
    // Stryker disable next-line ConditionalExpression: a shortcut; a comment without commands adds no fact and no refusal either way
    if (parsed.length === 0) continue;
    const refusal: Refusal = { commentId: comment.id, edited: editedAt(comment), author: comment.author, problems: [], help: false, denied: false };
    const judged = alreadyJudged(ledger, comment);
    const allowed = judged ? acceptedBefore(ledger, comment) : permits(observed.permissions[comment.author], set.minimumPermission);
    for (const entry of parsed) {
      if (!entry.ok) {
        // An outsider's typo gets no answer: replies to anyone's unknown words would be spam.
        if (!entry.unknown || allowed) refusal.problems.push(entry.error);
        continue;
      }
      if (entry.command.name === 'help') {
        refusal.help = true;
        continue;
      }
      if (!allowed) {
        const permission = observed.permissions[comment.author];
        const have = permission === undefined ? 'an earlier check refused it' : permission === 'error' ? 'your permission could not be checked' : `you have ${permission}`;
        // The refusal stands (a later run does not run it silently), so the way on is to write it again.
        const retry = permission === 'error' ? ' Write the command again in a new comment to try once more.' : '';
        refusal.problems.push(`/${entry.command.name} needs ${set.minimumPermission} access to this repository; ${have}.${retry}`);
        refusal.denied = true;
        continue;
      }
      const problem = checkAgainstSet(entry.command, set);
      if (problem !== null) refusal.problems.push(problem);
      else facts.push({ at: comment.updatedAt, actor: comment.author, type: 'command', command: entry.command, commentId: comment.id });
      newlyAccepted ||= !judged;
    }
    if (refusal.problems.length > 0 || refusal.help) refusals.push(refusal);
  }
  return { facts, refusals, judged: newlyAccepted ? judgedMark(people) : ledger.judged };
}

/**
 * Facts from the event history that change the incident. Events the bot caused are not
 * facts: the bot only labels, closes or reopens to match what the fold already says (the form, a
 * command, a person's label), so counting its events again would credit the bot with the change,
 * and a bot event in the same second as the command it carried out would win or lose depending on
 * which run read it.
 */
export function eventFacts(observed: Observed, set: PlaybookSet): Fact[] {
  const severityLabels = new Set(set.severities.map((severity) => severity.label));
  const facts: Fact[] = [];
  for (const event of observed.events) {
    if (event.actor === observed.botLogin) continue;
    const base = { at: event.createdAt, actor: event.actor };
    if (event.event === 'labeled' && event.label !== undefined && severityLabels.has(event.label)) {
      facts.push({ ...base, type: 'label', label: event.label, eventId: event.id });
    } else if (event.event === 'closed') {
      facts.push({ ...base, type: 'closed', eventId: event.id });
    } else if (event.event === 'reopened') {
      facts.push({ ...base, type: 'reopened' });
    }
  }
  return facts;
}

/** Facts ordered by time; facts of the same second keep their source order (events, then comments). */
export function byTime(facts: Fact[]): Fact[] {
  return facts
    .map((fact, index) => ({ fact, index }))
    .sort((a, b) => Date.parse(a.fact.at) - Date.parse(b.fact.at) || a.index - b.index)
    .map(({ fact }) => fact);
}

/**
 * Alert notifications noted on the incident: the bot's own comments with an `alert` record (nobody
 * else's count, whatever they contain), at the time each was posted.
 */
export function alertFacts(observed: Observed): Fact[] {
  return observed.comments.flatMap((comment): Fact[] => {
    if (comment.author !== observed.botLogin) return [];
    const record = parseRecordLine(comment.body);
    if (record?.marker.kind !== 'alert') return [];
    return [{ at: comment.createdAt, actor: record.marker.source, type: 'alert', status: record.marker.status, commentId: comment.id }];
  });
}
