/**
 * The incident's history as one time-ordered list of facts, built from what GitHub recorded: the
 * issue's creation, its events, and the commands in comments (already checked for permission).
 * Folding this list (`incident-state.ts`) gives the incident as it is now, whatever order the runs
 * happened in.
 */
import type { PlaybookSet } from '../config/model.js';
import { parseCommands } from './commands.js';
import type { Command } from './commands-types.js';
import type { Observed } from './observed.js';
import { permits } from './permissions.js';

/** A fact with when it happened and who did it. */
export type Fact = { at: string; actor: string } & (
  | { type: 'label'; label: string; eventId: number }
  | { type: 'closed' }
  | { type: 'reopened' }
  | { type: 'unassigned'; assignee: string }
  | { type: 'command'; command: Command; commentId: number }
);

/** A command that did not run, and why, for the one reply to its comment. */
export interface Refusal {
  commentId: number;
  author: string;
  problems: string[];
  help: boolean;
}

function checkAgainstSet(command: Command, set: PlaybookSet): string | null {
  if (command.name === 'sev' && !set.severities.some((severity) => severity.level === command.level)) {
    const levels = set.severities.map((severity) => severity.level).join(', ');
    return `/sev ${command.level}: there is no SEV-${command.level}; this playbook has levels ${levels}.`;
  }
  if (command.name === 'status' && !set.phases.some((phase) => phase.id === command.phase)) {
    const phases = set.phases.map((phase) => phase.id).join(', ');
    return `/status ${command.phase}: unknown phase; use one of ${phases}.`;
  }
  return null;
}

/** Commands found in non-bot comments: which ran (as facts) and which were refused. */
export function commandFacts(observed: Observed, set: PlaybookSet): { facts: Fact[]; refusals: Refusal[] } {
  const facts: Fact[] = [];
  const refusals: Refusal[] = [];
  for (const comment of observed.comments) {
    if (comment.author === observed.botLogin) continue;
    const parsed = parseCommands(comment.body);
    if (parsed.length === 0) continue;
    const refusal: Refusal = { commentId: comment.id, author: comment.author, problems: [], help: false };
    const permission = observed.permissions[comment.author];
    for (const entry of parsed) {
      if (!entry.ok) {
        refusal.problems.push(entry.error);
        continue;
      }
      if (entry.command.name === 'help') {
        refusal.help = true;
        continue;
      }
      if (!permits(permission, set.minimumPermission)) {
        const have = permission === 'error' ? 'your permission could not be checked' : `you have ${permission ?? 'none'}`;
        refusal.problems.push(`/${entry.command.name} needs ${set.minimumPermission} access to this repository; ${have}.`);
        continue;
      }
      const problem = checkAgainstSet(entry.command, set);
      if (problem !== null) refusal.problems.push(problem);
      else facts.push({ at: comment.createdAt, actor: comment.author, type: 'command', command: entry.command, commentId: comment.id });
    }
    if (refusal.problems.length > 0 || refusal.help) refusals.push(refusal);
  }
  return { facts, refusals };
}

/** Facts from the event history that change the incident. */
export function eventFacts(observed: Observed, set: PlaybookSet): Fact[] {
  const severityLabels = new Set(set.severities.map((severity) => severity.label));
  const facts: Fact[] = [];
  for (const event of observed.events) {
    const base = { at: event.createdAt, actor: event.actor };
    if (event.event === 'labeled' && event.label !== undefined && severityLabels.has(event.label)) {
      facts.push({ ...base, type: 'label', label: event.label, eventId: event.id });
    } else if (event.event === 'closed' || event.event === 'reopened') {
      facts.push({ ...base, type: event.event });
    } else if (event.event === 'unassigned' && event.assignee !== undefined) {
      facts.push({ ...base, type: 'unassigned', assignee: event.assignee });
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
