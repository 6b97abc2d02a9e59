/**
 * `playbook-ops simulate`: a scripted incident replayed against a virtual clock and a schedule
 * trace, on the real thing: the sandbox's GitHub emulator and sink fakes, the Action's runs (one per
 * person's step, one per tick of the schedule that ran while the sweep workflow was on, the daily
 * wake-up), and the engine's own deadlines. The result
 * is every timed step that fired (page, escalation, SLA-missed label, update reminder, post-mortem
 * pull request and overdue steps, deliveries): when it was due, when it fired, how late.
 */
import { act } from '../demo/act.js';
import { type Fired, firedSteps, minutesLate } from '../demo/fired.js';
import { type Sandbox, type SandboxRun, WAKE_EVENT, startSandbox } from '../demo/sandbox.js';
import { type ScriptStep, stepTime } from '../demo/script.js';
import type { Permission } from '../emulator/index.js';
import { SEV1_DAY_START, SIMULATION_PEOPLE, sev1Script } from './sev1-script.js';
import { type TickSummary, summarizeTicks } from './tick-summary.js';
import { type ScheduleTrace, type Tick, ticksOf } from './trace.js';
import { wakeUps } from './wake-ups.js';

/** How long after the script's last step the schedule goes on at most, waiting for deadlines to pass (7 days). */
export const DEFAULT_HORIZON_MINUTES = 7 * 24 * 60;

/** What to simulate. */
export interface SimulationOptions {
  trace: ScheduleTrace;
  /** A playbook directory (default: the demo set, with its PagerDuty and Slack sinks on local fakes). */
  playbooks?: string;
  /** The script (default {@link sev1Script} on the set). */
  script?: ScriptStep[];
  /** The repository's people, who act in the script (default {@link SIMULATION_PEOPLE}). */
  people?: Record<string, Permission>;
  /** How long after the script's last step the schedule may go on (default {@link DEFAULT_HORIZON_MINUTES}). */
  horizonMinutes?: number;
  warn: (message: string) => void;
}

/** A run that did something: which run, and the timed steps it fired. */
export interface FiredStep extends Fired {
  /** When it fired (the run's time). */
  firedAt: string;
  /** Whole minutes after `due` (null when it had none). */
  lateMinutes: number | null;
  /** The run: `schedule` (with its tick) or the event of a person's step. */
  run: { kind: 'schedule'; scheduled: string } | { kind: 'event'; event: string; what: string };
}

/** The simulation's result. */
export interface SimulationReport {
  repo: string;
  everyMinutes: number;
  ticks: TickSummary;
  /** The dropped ticks, as runs of consecutive ones: `[first, last]`. */
  outages: [string, string][];
  fired: FiredStep[];
  /** The incidents' next deadline when the simulation stopped (null: none pending). */
  pending: string | null;
  /** GitHub API requests, all checked against GitHub's OpenAPI description. */
  requests: number;
}

type Moment = { at: string; step: ScriptStep } | { at: string; tick: Tick & { ranAt: string } } | { at: string; wake: true };

/** The earliest pending deadline among a run's incidents (their latest word wins per incident). */
function recordDue(dues: Map<number, string | null>, run: SandboxRun): void {
  // An incident skipped, deferred or failed says nothing of its deadline: the last word stands.
  for (const outcome of run.outcomes) if ('due' in outcome) dues.set(outcome.incident, outcome.due);
}

function earliestDue(dues: Map<number, string | null>): string | null {
  // Stryker disable next-line ConditionalExpression,MethodExpression: a null left in sorts after every ISO time ('null' > '2…'), so the earliest is the same.
  const pending = [...dues.values()].filter((due): due is string => due !== null);
  return pending.sort()[0] ?? null;
}

async function replay(sandbox: Sandbox, script: ScriptStep[], trace: ScheduleTrace, horizonMinutes: number): Promise<{ fired: FiredStep[]; ticks: Tick[]; off: Set<string>; pending: string | null }> {
  const start = stepTime(script[0]!.at);
  const end = stepTime(script.at(-1)!.at);
  const horizon = new Date(end.getTime() + horizonMinutes * 60_000);
  const all = ticksOf(trace, start, horizon);
  const moments: Moment[] = [
    ...script.map((step) => ({ at: stepTime(step.at).toISOString(), step })),
    ...all.flatMap((tick) => (tick.ranAt === null ? [] : [{ at: tick.ranAt, tick: { ...tick, ranAt: tick.ranAt } }])),
    ...wakeUps(start, horizon).map((at) => ({ at, wake: true as const })),
  ];
  // The sort is stable and the script's steps come first: a person's step comes before a workflow
  // run of the same minute; ticks keep their schedule's order.
  moments.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const state = { incident: null as number | null };
  const dues = new Map<number, string | null>();
  const fired: FiredStep[] = [];
  // The last tick run; none run yet is '', which no scheduled time is at or before.
  let lastTick = '';
  const off = new Set<string>();
  for (const moment of moments) {
    // Once the script is done, the schedule runs only while a deadline is pending.
    if (Date.parse(moment.at) > end.getTime() && earliestDue(dues) === null) break;
    sandbox.setClock(new Date(moment.at));
    let run: SandboxRun;
    let by: FiredStep['run'];
    if ('step' in moment) {
      const { event, payload, what } = await act(sandbox, moment.step, state);
      run = await sandbox.run(event, payload);
      by = { kind: 'event', event, what };
    } else if ('wake' in moment) {
      run = await sandbox.run(WAKE_EVENT, { schedule: '17 6 * * *' });
      by = { kind: 'event', event: WAKE_EVENT, what: 'daily wake-up' };
    } else {
      run = await sandbox.run('schedule', { schedule: `*/${trace.everyMinutes} * * * *` });
      by = { kind: 'schedule', scheduled: moment.tick.scheduled };
      lastTick = moment.tick.scheduled;
      if (!run.started) off.add(moment.tick.scheduled);
    }
    recordDue(dues, run);
    for (const step of firedSteps(run.applied, sandbox.set)) {
      fired.push({ ...step, firedAt: moment.at, lateMinutes: step.due === null ? null : minutesLate(step.due, moment.at), run: by });
    }
  }
  const looked = all.filter((tick) => tick.scheduled <= lastTick);
  return { fired, ticks: looked, off, pending: earliestDue(dues) };
}

/** Runs the simulation. */
export async function runSimulation(options: SimulationOptions): Promise<SimulationReport> {
  const sandbox = await startSandbox({
    // The built-in script is built from the set the sandbox loads, so the clock starts at its day.
    start: options.script?.[0] === undefined ? stepTime(SEV1_DAY_START) : stepTime(options.script[0].at),
    people: { ...(options.people ?? SIMULATION_PEOPLE) },
    // Stryker disable next-line ConditionalExpression: startSandbox reads a playbooks of undefined as none given.
    ...(options.playbooks === undefined ? {} : { playbooks: options.playbooks }),
    warn: options.warn,
  });
  try {
    const script = options.script ?? sev1Script(sandbox.set);
    if (script.length === 0) throw new Error('the script has no steps');
    const { fired, ticks, off, pending } = await replay(sandbox, script, options.trace, options.horizonMinutes ?? DEFAULT_HORIZON_MINUTES);
    sandbox.emulator.assertNoValidationErrors();
    const { summary, outages } = summarizeTicks(ticks, off);
    return { repo: `${sandbox.repo.owner}/${sandbox.repo.repo}`, everyMinutes: options.trace.everyMinutes, ticks: summary, outages, fired, pending, requests: sandbox.emulator.requests.length };
  } finally {
    await sandbox.close();
  }
}
