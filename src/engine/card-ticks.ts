/**
 * The boxes people tick in the card. The card's task lists are rewritten on every update, so a tick
 * would be undone by the next one unless the engine reads it back: each box carries a hidden key of
 * its step (not its position, so a tick follows its step when the playbook adds or reorders steps),
 * the engine reads which keys are ticked in the card as it is now, keeps them in the card's record
 * with when it first saw them, and draws them ticked again.
 */
import { createHash } from 'node:crypto';
import type { PlaybookSet } from '../config/model.js';
import type { IncidentState } from './incident-state.js';
import type { LedgerCard } from './ledger.js';
import type { Tick } from './records.js';

/** A step of the card's task lists, with its key and whether it is ticked. */
export interface CardStep {
  key: string;
  /** The step as the playbook words it (a phase step's title). */
  text: string;
  /** A phase step's tasks (none for a scenario step). */
  tasks: string[];
  done: boolean;
}

/** The key of a step: a short digest of where it comes from and its words. */
export function stepKey(scope: string, text: string): string {
  return createHash('sha256').update(`${scope}\u0000${text}`).digest('hex').slice(0, 8);
}

/** Every step of the set a card can show, by key: a tick of a step the card no longer shows is kept. */
function knownSteps(set: PlaybookSet): Map<string, string> {
  const steps = new Map<string, string>();
  for (const scenario of set.scenarios) for (const step of scenario.steps) steps.set(stepKey(`scenario:${scenario.id}`, step), step);
  for (const phase of set.phases) for (const step of phase.steps) steps.set(stepKey(`phase:${phase.id}`, step.title), step.title);
  return steps;
}

/**
 * The ticks to record: those recorded before, unless the card still shows the step's box and it is
 * no longer ticked (someone unticked it), plus those ticked in the card now, first seen at the
 * card's last edit (GitHub does not say who edited a comment, nor when each box changed).
 */
export function currentTicks(previous: readonly Tick[], card: LedgerCard | null, set: PlaybookSet): Tick[] {
  const known = knownSteps(set);
  if (card === null) return previous.filter((tick) => known.has(tick.step));
  const ticks = previous.filter((tick) => known.has(tick.step) && card.boxes.get(tick.step) !== false);
  for (const [step, ticked] of card.boxes) {
    if (ticked && known.has(step) && !ticks.some((tick) => tick.step === step)) ticks.push({ step, at: card.updatedAt });
  }
  return ticks;
}

/** The timeline entries of `ticks`. */
export function tickTimeline(ticks: readonly Tick[], set: PlaybookSet): { at: string; actor: string; text: string }[] {
  const known = knownSteps(set);
  return ticks.map((tick) => ({ at: tick.at, actor: 'card edit', text: `Ticked: ${known.get(tick.step) ?? tick.step}` }));
}

/** The task lists the card shows for `incident`: the scenario's steps, and the phase's unless it is resolved. */
export function cardSteps(incident: IncidentState, ticks: readonly Tick[]): { scenario: CardStep[]; phase: CardStep[] } {
  const done = new Set(ticks.map((tick) => tick.step));
  const step = (scope: string, text: string, tasks: string[]): CardStep => {
    const key = stepKey(scope, text);
    return { key, text, tasks, done: done.has(key) };
  };
  const scenario = incident.scenario;
  return {
    scenario: scenario === null ? [] : scenario.steps.map((text) => step(`scenario:${scenario.id}`, text, [])),
    phase: incident.resolution === null ? incident.phase.steps.map((phaseStep) => step(`phase:${incident.phase.id}`, phaseStep.title, phaseStep.tasks)) : [],
  };
}
