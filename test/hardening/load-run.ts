/**
 * The load run (hardening, load): open incidents declared as people declare them (the form, then
 * the `issues.opened` run), then events at a steady rate (comments with commands, label changes,
 * from people of every permission) for a bounded time, with the sweep on its `*\/5` schedule
 * throughout, all on the world's virtual clock. It counts each run's requests, and after every run
 * asks the engine what is due on the incidents the run was meant to cover: a deadline action (a
 * page, the SLA-missed label, an update reminder) the engine still plans there was missed. At the
 * end it counts each deadline action the bot took against everything the engine said was due.
 *
 * `load.test.ts` runs it small and checks the actions; `bench/load.mjs` runs it at full size and
 * prints the figures (speed and memory are a bench's business, never a test's).
 */
import type { PlaybookSet } from '../../src/config/model.js';
import { dueReminder, missedResponses } from '../../src/engine/deadlines.js';
import { duePages } from '../../src/engine/escalation.js';
import { foldIncident } from '../../src/engine/incident-state.js';
import { readLedger } from '../../src/engine/ledger.js';
import type { Observed } from '../../src/engine/observed.js';
import { permissionsNeeded } from '../../src/engine/permissions-needed.js';
import { reconcile } from '../../src/engine/reconcile.js';
import { markerKey, parseRecordLine } from '../../src/engine/records.js';
import { keepSweep, pendingNow } from '../../src/github/keep-sweep.js';
import { DEFAULT_MAX_REQUESTS } from '../../src/github/request-budget.js';
import type { RecordedRequest } from '../../src/emulator/index.js';
import { BOT, FULL_NAME, OWNER, PEOPLE, PLAYBOOK_SHA, type Person, REPO, type RunOutcome, type World, writesOf } from '../lifecycle/harness.js';
import { formBody } from '../lifecycle/form.js';
import { type Delivery, type Origin, commentEvent, issuesEvent } from '../lifecycle/payloads.js';

/** How big a load run is. */
export interface LoadShape {
  /** Open incidents, declared evenly over `declareOverMinutes` before the events start. */
  incidents: number;
  declareOverMinutes: number;
  /** How long the events come, in virtual minutes. */
  loadMinutes: number;
  eventsPerMinute: number;
}

/** The sweep's schedule: `*\/5 * * * *`. */
export const SWEEP_EVERY_MINUTES = 5;
/** The sweep's workflow, which turns itself off when nothing is pending (a tick then starts no sweep). */
const SWEEP_WORKFLOW = 'incident-sweep.yml';

/** What one run cost. */
export interface RunCost {
  /** Every request the run sent (retries included), and of them the reads (GET and GraphQL queries) and writes. */
  requests: number;
  reads: number;
  writes: number;
  /** Wall time of the run, in milliseconds. */
  ms: number;
}

/** A sweep's cost and what it did with the open incidents. */
export interface SweepCost extends RunCost {
  /** Virtual time of the sweep (ISO 8601). */
  at: string;
  /** While the incidents were declared, while the events came, or after them (until a sweep leaves nothing for later). */
  phase: 'declaring' | 'load' | 'after';
  /** Incidents it read whole, left unread (quiet), and left for the next run (its request budget spent); a tick while the workflow was off starts no sweep and is not counted. */
  reconciled: number;
  quiet: number;
  deferred: number;
}

/** Deadline actions: what the engine said was due, against what the bot did. */
export interface DeadlineCount {
  /** Distinct deadline actions the engine said were due at some run (`#12 page:level-2`, `#12 sla-missed`, ...). */
  due: number;
  /** Of them, how many of each kind (`page`, `update-reminder`, the SLA-missed label). */
  dueByKind: Record<string, number>;
  /** Of them, those done exactly once. */
  doneOnce: number;
  /** Due at a run, and still planned by the engine after that run: done late or never. */
  missed: string[];
  /**
   * Due at a sweep on an incident the sweep left for the next run because it had spent its
   * `max-requests` budget (by design: the next run carries on), each once with when it was first
   * left; each must be done by a later sweep, or it is missed.
   */
  late: string[];
  /** Done more than once (a marker on two comments, the label added twice by the bot). */
  duplicates: string[];
  /** Done without the engine ever saying it was due. */
  unasked: string[];
}

/** Everything a load run measured and found. */
export interface LoadResult {
  shape: LoadShape;
  declarations: RunCost[];
  /** The events' runs, with what each event was. */
  events: (RunCost & { kind: string })[];
  sweeps: SweepCost[];
  deadlines: DeadlineCount;
  /** Runs made, and of them those after which a due deadline action was still undone, that failed on an incident, or went over budget. */
  runs: number;
  runsWithProblems: number;
  /** Declaration and event runs over the `max-requests` default, or that left work for a later run. */
  overBudget: string[];
  /** Incidents a run failed on. */
  failures: string[];
  /** Every bot comment with a marker, by kind (`page`, `update-reminder`, `card`, ...). */
  botComments: Record<string, number>;
}

type Act = (w: World, number: number) => Promise<Delivery>;

const origin = (sender: string): Origin => ({ owner: OWNER, repo: REPO, sender });
const repo = { owner: OWNER, repo: REPO };

async function issueAs(w: World, by: Person, number: number) {
  return (await w.people[by].rest.issues.get({ ...repo, issue_number: number })).data;
}

/** `by` comments `body` on the incident; the delivery GitHub sends for it. */
function comment(by: Person, body: string): Act {
  return async (w, number) => {
    const { data } = await w.people[by].rest.issues.createComment({ ...repo, issue_number: number, body });
    return commentEvent(await issueAs(w, by, number), data, origin(by));
  };
}

/** `by` adds label `label` to the incident; the delivery GitHub sends for it. */
function label(by: Person, name: string): Act {
  return async (w, number) => {
    await w.people[by].rest.issues.addLabels({ ...repo, issue_number: number, labels: [name] });
    return issuesEvent('labeled', await issueAs(w, by, number), origin(by), { label: name });
  };
}

/** The events of the load, in turn: commands of each kind from people of each permission, label raises, chat, a typo. */
export const EVENT_KINDS: { kind: string; act: Act }[] = [
  { kind: '/ack (write)', act: comment(PEOPLE.write, '/ack') },
  { kind: '/update (maintain)', act: comment(PEOPLE.maintain, '/update Error rate falling after the rollback.') },
  { kind: '/sev 1 (read: refused)', act: comment(PEOPLE.read, '/sev 1') },
  { kind: 'sev-1 label (admin)', act: label(PEOPLE.admin, 'sev-1') },
  { kind: '/ic (write)', act: comment(PEOPLE.write, '/ic @mona') },
  { kind: 'a remark (write)', act: comment(PEOPLE.write, 'Looking at the dashboards now.') },
  { kind: '/role comms (triage)', act: comment(PEOPLE.triage, '/role comms @tom') },
  { kind: '/sev 2 (maintain)', act: comment(PEOPLE.maintain, '/sev 2') },
  { kind: '/ack (read: refused)', act: comment(PEOPLE.read, '/ack') },
  { kind: 'sev-2 label (triage)', act: label(PEOPLE.triage, 'sev-2') },
  { kind: 'a typo (write)', act: comment(PEOPLE.write, '/akc') },
  { kind: 'a command in code (admin)', act: comment(PEOPLE.admin, 'Remember: `/resolve` closes it.') },
];

/** A `schedule` event as GitHub delivers it: the cron line, the repository and the sender. */
function scheduleEvent(w: World): Delivery {
  const { repository, sender } = w.dispatch().payload;
  if (repository === undefined || sender === undefined) throw new Error('the dispatch payload has no repository or sender');
  return { name: 'schedule', payload: { schedule: `*/${SWEEP_EVERY_MINUTES} * * * *`, repository, sender } };
}

function cost(requests: RecordedRequest[], ms: number): RunCost {
  const writes = writesOf(requests).length;
  return { requests: requests.length, reads: requests.length - writes, writes, ms };
}

/** Issue `number` as a run would observe it, read from the emulator's store (no request). */
function observedFromStore(w: World, number: number, set: PlaybookSet): Observed {
  const stored = w.emulator.state.repos[FULL_NAME];
  const issue = stored?.issues.find((candidate) => candidate.number === number);
  if (stored === undefined || issue === undefined) throw new Error(`no issue #${number}`);
  const observed: Observed = {
    repo,
    botLogin: BOT,
    issue: { number, title: issue.title, body: issue.body ?? '', state: issue.state, labels: [...issue.labels], assignees: [...issue.assignees], author: issue.author, createdAt: issue.createdAt, htmlUrl: '' },
    comments: stored.comments.filter((c) => c.issueNumber === number).map((c) => ({ id: c.id, author: c.author, body: c.body, createdAt: c.createdAt, updatedAt: c.updatedAt })),
    events: stored.events.filter((e) => e.issueNumber === number).map((e) => ({ id: e.id, event: e.event, actor: e.actor, createdAt: e.createdAt, ...(e.label === undefined ? {} : { label: e.label.name }) })),
    permissions: {},
    playbookRef: { sha: PLAYBOOK_SHA, path: 'playbooks', serverUrl: 'https://github.com' },
    playbookFallback: null,
  };
  for (const login of permissionsNeeded(observed, readLedger(observed), set)) observed.permissions[login] = stored.collaborators[login] ?? 'none';
  return observed;
}

/** The deadline actions the engine says are due on `observed` at `now`, as `#n key`. */
function dueActions(observed: Observed, set: PlaybookSet, now: string): string[] {
  const state = foldIncident(observed, readLedger(observed), set);
  const keys = duePages(state, set, now).map((page) => markerKey(page.marker));
  const reminder = dueReminder(state, set, now);
  if (reminder !== null) keys.push(markerKey(reminder.marker));
  if (missedResponses(state, now).length > 0) keys.push(set.slaMissedLabel);
  return keys.map((key) => `#${observed.issue.number} ${key}`);
}

/** The deadline actions the engine still plans on `observed` at `now`: each one was due and is not done. */
function plannedActions(observed: Observed, set: PlaybookSet, now: Date): string[] {
  return reconcile(observed, set, now).effects.flatMap((effect) => {
    if (effect.kind === 'comment' && ['severity-page', 'level-page', 'update-reminder'].includes(effect.marker.kind)) return [markerKey(effect.marker)];
    if (effect.kind === 'add-labels' && effect.labels.includes(set.slaMissedLabel)) return [set.slaMissedLabel];
    return [];
  }).map((key) => `#${observed.issue.number} ${key}`);
}

/** What the bot did, from the emulator's store: each deadline action with how often, and every marked comment by kind. */
function doneActions(w: World, set: PlaybookSet): { done: Map<string, number>; byKind: Record<string, number> } {
  const stored = w.emulator.state.repos[FULL_NAME];
  const done = new Map<string, number>();
  const byKind: Record<string, number> = {};
  const add = (key: string): void => {
    done.set(key, (done.get(key) ?? 0) + 1);
  };
  for (const c of stored?.comments ?? []) {
    const record = c.author === BOT ? parseRecordLine(c.body) : null;
    if (record === null) continue;
    const key = markerKey(record.marker);
    const kind = key.split(':')[0] ?? key;
    byKind[kind] = (byKind[kind] ?? 0) + 1;
    // Every marker is once per incident (the card too): a second is a duplicate whatever it is.
    add(`#${c.issueNumber} ${key}`);
  }
  for (const e of stored?.events ?? []) {
    if (e.event === 'labeled' && e.actor === BOT && e.label?.name === set.slaMissedLabel) add(`#${e.issueNumber} ${set.slaMissedLabel}`);
  }
  return { done, byKind };
}

const isDeadline = (key: string, set: PlaybookSet): boolean => / (page:|update-reminder:)/.test(key) || key.endsWith(` ${set.slaMissedLabel}`);

/**
 * Plays the load on `w` (a fresh world) and returns what it measured. `afterRun` is called after
 * every run (the bench samples memory there).
 */
export async function loadRun(w: World, shape: LoadShape, afterRun: () => void = () => {}): Promise<LoadResult> {
  const set = w.set;
  const start = w.now().getTime();
  const loadStart = start + shape.declareOverMinutes * 60_000;
  const end = loadStart + shape.loadMinutes * 60_000;
  const minute = 60_000;
  type Step = { at: number; kind: 'declare' | 'event' | 'sweep'; index: number };
  const steps: Step[] = [];
  // One second past the even spacing, so no declaration or event shares its instant with a sweep.
  for (let index = 0; index < shape.incidents; index += 1) steps.push({ at: start + Math.floor((index * shape.declareOverMinutes * minute) / shape.incidents) + 1000, kind: 'declare', index });
  const events = Math.round(shape.loadMinutes * shape.eventsPerMinute);
  for (let index = 0; index < events; index += 1) steps.push({ at: loadStart + Math.floor((index * minute) / shape.eventsPerMinute) + 1000, kind: 'event', index });
  for (let at = start + SWEEP_EVERY_MINUTES * minute; at <= end; at += SWEEP_EVERY_MINUTES * minute) steps.push({ at, kind: 'sweep', index: 0 });
  steps.sort((a, b) => a.at - b.at);

  const result: LoadResult = {
    shape,
    declarations: [],
    events: [],
    sweeps: [],
    deadlines: { due: 0, dueByKind: {}, doneOnce: 0, missed: [], late: [], duplicates: [], unasked: [] },
    runs: 0,
    runsWithProblems: 0,
    overBudget: [],
    failures: [],
    botComments: {},
  };
  w.emulator.seed.commit(FULL_NAME, 'main', { [`.github/workflows/${SWEEP_WORKFLOW}`]: `name: incident-sweep\non:\n  schedule:\n    - cron: "*/${SWEEP_EVERY_MINUTES} * * * *"\n` });
  const numbers: number[] = [];
  const due = new Set<string>();
  const missed = new Set<string>();
  const late = new Map<string, string>();
  let problemsBefore = 0;
  const problems = (): number => missed.size + result.failures.length + result.overBudget.length;
  /** After a run (or a tick that started none): what the engine says is due on `covered` now (recorded), and what it still plans there (missed). */
  const check = (covered: Iterable<number>, afterRun = true): void => {
    const now = w.now();
    for (const number of covered) {
      const observed = observedFromStore(w, number, set);
      for (const key of dueActions(observed, set, now.toISOString())) due.add(key);
      for (const key of plannedActions(observed, set, now)) missed.add(`${key} (due at ${now.toISOString()})`);
    }
    if (!afterRun) return;
    result.runs += 1;
    if (problems() > problemsBefore) result.runsWithProblems += 1;
    problemsBefore = problems();
  };
  /** An event's run must stay well within the budget and finish its work; a sweep may spend it and leave the rest (by design). */
  const withinBudget = (outcome: RunOutcome, requests: RecordedRequest[], what: string): void => {
    if (requests.length > DEFAULT_MAX_REQUESTS) result.overBudget.push(`${what}: ${requests.length} requests`);
    if (outcome.outcomes.some((o) => o.kind === 'deferred')) result.overBudget.push(`${what}: work left for a later run`);
  };
  const log = { info: () => {}, warning: (line: string) => w.log.warning.push(line) };
  /** A run as the Action makes it: the incidents, then the sweep kept on or turned off; with every request of both. */
  const run = async (delivery: Delivery, what: string): Promise<{ outcome: RunOutcome; requests: RecordedRequest[]; ms: number }> => {
    const began = performance.now();
    const from = w.emulator.requests.length;
    const outcome = await w.run(delivery, { keepFailures: true });
    const kind = delivery.name === 'schedule' ? 'sweep' : 'event';
    const kept = await keepSweep({ octokit: w.octokit, log }, { repo, workflow: SWEEP_WORKFLOW, run: kind, ownRun: kind === 'sweep', reread: pendingNow(w.octokit, repo, BOT, set) }, outcome.outcomes);
    const ms = performance.now() - began;
    afterRun();
    if (kept.warning !== null) result.failures.push(`${what}: ${kept.warning}`);
    for (const failed of outcome.outcomes) if (failed.kind === 'failed') result.failures.push(`${what}: #${failed.incident}: ${failed.error.message}`);
    return { outcome, requests: w.emulator.requests.slice(from), ms };
  };
  const sweepIsOn = (): boolean => w.emulator.state.repos[FULL_NAME]?.workflows?.[`.github/workflows/${SWEEP_WORKFLOW}`]?.state !== 'disabled_manually';

  /** Runs a sweep, checks every open incident, and returns how many it left for the next run. */
  const sweep = async (phase: SweepCost['phase']): Promise<number> => {
    if (!sweepIsOn()) {
      // GitHub starts no run of a disabled workflow: the tick passes, and whatever falls due waits.
      check(numbers, false);
      return 0;
    }
    const { outcome, requests, ms } = await run(scheduleEvent(w), `sweep at ${w.now().toISOString()}`);
    const count = (kind: string): number => outcome.outcomes.filter((o) => o.kind === kind).length;
    result.sweeps.push({ ...cost(requests, ms), at: w.now().toISOString(), phase, reconciled: count('reconciled'), quiet: count('quiet'), deferred: count('deferred') });
    const left = new Set(outcome.outcomes.filter((o) => o.kind === 'deferred').map((o) => o.incident));
    const now = w.now();
    for (const number of left) for (const key of plannedActions(observedFromStore(w, number, set), set, now)) late.set(key, late.get(key) ?? `${key} (due at ${now.toISOString()})`);
    // A sweep covers every open incident, the quiet ones included: one it left unread had better have nothing due.
    check(numbers.filter((number) => !left.has(number)));
    return left.size;
  };
  let deferred = 0;
  for (const step of steps) {
    w.advance((step.at - w.now().getTime()) / minute);
    switch (step.kind) {
      case 'declare': {
        // One in ten is opened by someone who may only read: a report the first level must triage.
        const by = step.index % 10 === 9 ? PEOPLE.read : PEOPLE.write;
        const answers = { severity: 1 + (step.index % 4), scenario: 'Service Outage', services: 'payments-api', summary: `Card payments fail (load incident ${step.index + 1}).` };
        const { data } = await w.people[by].rest.issues.create({ ...repo, title: '[Incident] Checkout payments failing', body: formBody(answers), labels: [set.incidentLabel] });
        numbers.push(data.number);
        const what = `declaration of #${data.number}`;
        const { outcome, requests, ms } = await run(issuesEvent('opened', data, origin(by)), what);
        withinBudget(outcome, requests, what);
        result.declarations.push(cost(requests, ms));
        check([data.number]);
        break;
      }
      case 'event': {
        const { kind, act } = EVENT_KINDS[step.index % EVENT_KINDS.length]!;
        // A stride prime to most sizes spreads the events over every incident.
        const number = numbers[(step.index * 37) % numbers.length]!;
        const what = `${kind} on #${number}`;
        const { outcome, requests, ms } = await run(await act(w, number), what);
        withinBudget(outcome, requests, what);
        result.events.push({ ...cost(requests, ms), kind });
        check([number]);
        break;
      }
      case 'sweep':
        deferred = await sweep(step.at > loadStart ? 'load' : 'declaring');
        break;
    }
  }
  // The sweeps go on after the events until one leaves nothing for later, as the schedule would.
  for (let extra = 0; deferred > 0 && extra < 12; extra += 1) {
    w.advance(SWEEP_EVERY_MINUTES);
    deferred = await sweep('after');
  }
  if (deferred > 0) missed.add(`sweeps still leave ${deferred} incidents for later an hour after the events`);

  const { done, byKind } = doneActions(w, set);
  result.botComments = byKind;
  result.deadlines.missed = [...missed];
  result.deadlines.late = [...late.values()];
  result.deadlines.due = due.size;
  for (const key of due) {
    const kind = key.split(' ')[1]?.split(':')[0] ?? key;
    result.deadlines.dueByKind[kind] = (result.deadlines.dueByKind[kind] ?? 0) + 1;
  }
  for (const key of due) if (done.get(key) === 1) result.deadlines.doneOnce += 1;
  for (const [key, times] of done) {
    if (times > 1) result.deadlines.duplicates.push(`${key} ×${times}`);
    if (isDeadline(key, set) && !due.has(key)) result.deadlines.unasked.push(key);
  }
  return result;
}
