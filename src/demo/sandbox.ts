/**
 * A repository on one machine, for the demo and `simulate`: the GitHub emulator and the fakes of
 * Slack and PagerDuty on one virtual clock, the repository `acme/payments` with its people (each
 * acting over HTTP with their own token) and the workflows `playbook-ops init` writes, and `run`,
 * which does what the Action does with an event: the real Octokit, the event's target, the sweep's
 * bulk source on a schedule, `runIncidents` with GitHub's appliers and the sinks' delivery code (an
 * alert's `repository_dispatch` goes to `runAlert`, which opens or notes its incident first), on a
 * scheduled run the quarterly review round, and then turning the sweep workflow on or off
 * (`keepSweep`). A scheduled tick starts a sweep only while that workflow is on, as on GitHub.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Octokit } from '@octokit/rest';
import { alertDispatch } from '../alerts/alert-dispatch.js';
import { loadPlaybooks } from '../config/load-playbooks.js';
import type { PlaybookSet } from '../config/model.js';
import { ACTIONS_BOT, BOT_TOKEN, type Emulator, type Permission, createEmulator } from '../emulator/index.js';
import { type SinkFakes, createSinkFakes } from '../emulator/sinks/create-sink-fakes.js';
import { type EventTarget, eventTarget } from '../engine/event-target.js';
import type { RepoRef } from '../engine/observed.js';
import { githubAppliers } from '../github/appliers/github.js';
import { type AppliedEffect, observeAppliers } from '../github/appliers/observe-appliers.js';
import { sourceFor } from '../github/incident-source.js';
import { type GitHubClient, createOctokit } from '../github/octokit.js';
import { type ReviewOutcome, runReviewRound } from '../github/review-round.js';
import { type KeptSweep, keepSweep, pendingNow, wakeViews } from '../github/keep-sweep.js';
import { type AlertRun, runAlert } from '../github/run-alert.js';
import { type IncidentOutcome, runFailure, runIncidents } from '../github/run-incidents.js';
import { createCommentRenderer } from '../render/comments.js';
import { DEFAULT_ACTION, workflows } from '../scaffold/workflows.js';
import type { SinkDeps } from '../sinks/send-delivery.js';
import { DEMO_SINK_SECRETS, writeDemoPlaybooks } from './demo-playbooks.js';

/** The sandbox's repository. */
export const SANDBOX_REPO: RepoRef = { owner: 'acme', repo: 'payments' };
/** The identity the runs' token acts as. */
const BOT = ACTIONS_BOT.login;
/** The sweep's workflow file, as `playbook-ops init` names it (the Action's `sweep-workflow` input). */
export const SWEEP_WORKFLOW = 'incident-sweep.yml';
/** The event name `run` takes for the daily wake-up's run (`wake-sweep: true`), which only turns the sweep on. */
export const WAKE_EVENT = 'wake';
/** Where the playbooks are in the repository (the Action's `playbooks` input). */
const PLAYBOOKS_PATH = 'playbooks';
/** A PagerDuty integration key: 32 characters, as PagerDuty issues them (the fake checks the shape). */
const DEMO_ROUTING_KEY = 'D3m0R0ut1ngK3yD3m0R0ut1ngK3y0000';

/** What a sandbox starts with. */
export interface SandboxOptions {
  /** What the virtual clock reads first. */
  start: Date;
  /** Collaborators of the repository and their permission. */
  people: Record<string, Permission>;
  /**
   * A playbook directory to run on. Default: the demo set (the default set with the demo's handles,
   * PagerDuty and Slack sinks served by the local fakes, and owners for the quarterly review).
   */
  playbooks?: string;
  /** Where the runs' warnings go. */
  warn: (message: string) => void;
}

/** What one workflow run did. */
export interface SandboxRun {
  /** False when GitHub started no run: a scheduled tick while the sweep workflow is off. */
  started: boolean;
  target: EventTarget;
  outcomes: IncidentOutcome[];
  /** Every effect applied, in order. */
  applied: AppliedEffect[];
  /** The quarterly review round, on a run over every incident (null on others). */
  review: ReviewOutcome | null;
  /** What the run did to the sweep workflow (null: the run does not touch it, as the post-mortem-merged job). */
  sweep: KeptSweep | null;
  /** What an alert's run did with the notification (null on other runs). */
  alert: AlertRun | null;
}

/** The running sandbox. */
export interface Sandbox {
  emulator: Emulator;
  fakes: SinkFakes;
  set: PlaybookSet;
  repo: RepoRef;
  /** The bot's client, made as the Action makes it. */
  octokit: GitHubClient;
  /** A plain client per person. */
  people: Record<string, Octokit>;
  now(): Date;
  /** Moves the virtual clock to `at` (never back). */
  setClock(at: Date): void;
  /** Whether the sweep workflow is on (GitHub starts its scheduled runs). */
  sweepOn(): boolean;
  /**
   * A workflow run for `event` with `payload`, as the Action runs it; throws what would fail the run.
   * `schedule` is the sweep's tick, {@link WAKE_EVENT} the daily wake-up.
   */
  run(event: string, payload: object): Promise<SandboxRun>;
  close(): Promise<void>;
}

/** Every file under `dir`, by its path in the repository (`playbooks/…`). */
async function repositoryFiles(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[`${PLAYBOOKS_PATH}/${relative(dir, path)}`] = await readFile(path, 'utf8');
  }
  return files;
}

/** The set to run on, and the files to commit: the demo set is committed, as a team keeps its playbooks (the quarterly review bumps them there). */
async function sandboxPlaybooks(dir: string | undefined, pagerDutyUrl: string): Promise<{ set: PlaybookSet; files: Record<string, string> | null }> {
  if (dir !== undefined) return { set: await loadPlaybooks(dir), files: null };
  const work = await mkdtemp(join(tmpdir(), 'playbook-ops-sandbox-'));
  try {
    const demo = await writeDemoPlaybooks(join(work, PLAYBOOKS_PATH), { pagerDutyUrl, reviewOwner: '@priya' });
    return { set: await loadPlaybooks(demo), files: await repositoryFiles(demo) };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Starts a sandbox; close it when done. */
export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  let now = options.start;
  const emulator = await createEmulator({ now: () => now });
  const fakes = await createSinkFakes({ now: () => now });
  const close = async (): Promise<void> => {
    await Promise.all([emulator.close(), fakes.close()]);
  };
  try {
    const { set, files } = await sandboxPlaybooks(options.playbooks, fakes.pagerDutyUrl);
    const own = files !== null;
    // The workflows `playbook-ops init` writes: GitHub knows the sweep's by its file on the default branch.
    const scaffolded = Object.fromEntries(Object.entries(workflows({ action: DEFAULT_ACTION, playbooks: PLAYBOOKS_PATH, botLogin: BOT })).map(([file, text]) => [`.github/workflows/${file}`, text]));
    emulator.seed.repo(SANDBOX_REPO.owner, SANDBOX_REPO.repo, { collaborators: { ...options.people }, labels: [set.incidentLabel], files: { ...scaffolded, ...files } });
    const people = Object.fromEntries(
      Object.keys(options.people).map((login) => {
        emulator.seed.token(`${login}-token`, login);
        return [login, new Octokit({ baseUrl: emulator.url, auth: `${login}-token` })];
      }),
    );
    const log = { info: () => {}, warning: options.warn };
    const octokit = createOctokit({ token: BOT_TOKEN, baseUrl: emulator.url, log, pace: false });
    // The secrets the workflow would pass in its environment; a team's own set names secrets this
    // sandbox does not have, so its deliveries fail as the Action's would without them.
    const secrets: Record<string, string> = own ? { [DEMO_SINK_SECRETS.pagerDuty]: DEMO_ROUTING_KEY, [DEMO_SINK_SECRETS.slack]: fakes.slackUrl('T0000-B0000-incidents') } : {};
    const sinks: SinkDeps = { secret: (name) => secrets[name], fetch: (input, init) => fetch(input, init), sleep: () => Promise.resolve(), now: () => now };
    const reader = { octokit, repo: SANDBOX_REPO, botLogin: BOT, log, playbookRef: { sha: 'd3m0c0ffee', path: PLAYBOOKS_PATH, serverUrl: 'https://github.com' } };
    const render = createCommentRenderer();

    const full = `${SANDBOX_REPO.owner}/${SANDBOX_REPO.repo}`;
    const sweepOn = (): boolean => emulator.state.repos[full]?.workflows?.[`.github/workflows/${SWEEP_WORKFLOW}`]?.state !== 'disabled_manually';
    const keep = (run: 'sweep' | 'event', views: Parameters<typeof keepSweep>[2]): Promise<KeptSweep> =>
      keepSweep({ octokit, log }, { repo: SANDBOX_REPO, workflow: SWEEP_WORKFLOW, run, ownRun: run === 'sweep', reread: pendingNow(octokit, SANDBOX_REPO, BOT, set) }, views);
    /** The wake-up's run: one bulk read (and the playbooks' review dates, for the committed set), then the sweep on if it has work. */
    const wake = async (): Promise<KeptSweep> => {
      const views = await wakeViews(reader, set, now, own);
      return keepSweep({ octokit, log }, { repo: SANDBOX_REPO, workflow: SWEEP_WORKFLOW, run: 'wake', ownRun: false, reread: () => Promise.resolve(views) }, views);
    };

    /** Each workflow run's id (`GITHUB_RUN_ID`): an alert's run marks what it wrote with it. */
    let runs = 0;
    /** An alert's run, as action/alert-run.ts does it: open or note, reconcile, then keep the sweep on while the incident has deadlines. */
    const alertRun = async (clientPayload: unknown): Promise<SandboxRun> => {
      const applied: AppliedEffect[] = [];
      runs += 1;
      const alert = await runAlert(
        { octokit, log, now: () => now, appliers: observeAppliers(githubAppliers, (effect) => applied.push(effect)), sinks },
        { repo: SANDBOX_REPO, botLogin: BOT, set, render, runId: runs, reader, dryRun: false },
        clientPayload,
      );
      const failure = runFailure(alert.outcomes);
      if (failure !== null) throw failure;
      const target: EventTarget = alert.incident === null ? { type: 'skip', reason: alert.action } : { type: 'issue', number: alert.incident };
      const sweep = alert.incident === null ? null : await keep('event', alert.outcomes);
      return { started: true, target, outcomes: alert.outcomes, applied, review: null, sweep, alert };
    };

    const run = async (event: string, payload: object): Promise<SandboxRun> => {
      const none = { outcomes: [], applied: [], review: null, alert: null };
      if (event === WAKE_EVENT) return { started: true, target: { type: 'skip', reason: 'the wake-up reconciles nothing' }, ...none, sweep: await wake() };
      // The Action reads the payload from a file: the engine only ever sees JSON.
      const json = JSON.parse(JSON.stringify(payload)) as Parameters<typeof eventTarget>[1] & Parameters<typeof alertDispatch>[1];
      const dispatched = alertDispatch(event, json);
      if (dispatched !== null) return alertRun(dispatched.clientPayload);
      const target = eventTarget(event, json, BOT);
      if (event === 'schedule' && !sweepOn()) return { started: false, target, ...none, sweep: null };
      runs += 1;
      const applied: AppliedEffect[] = [];
      const outcomes = await runIncidents(
        { octokit, log, now: () => now, appliers: observeAppliers(githubAppliers, (effect) => applied.push(effect)), sinks },
        { repo: SANDBOX_REPO, botLogin: BOT, set, render },
        sourceFor(target, reader, set.incidentLabel, undefined, { set, now: () => now }),
      );
      const failure = runFailure(outcomes);
      if (failure !== null) throw failure;
      const review =
        target.type === 'open-incidents' && own
          ? await runReviewRound({ octokit, log, now: () => now }, { repo: SANDBOX_REPO, botLogin: BOT, set, playbooksPath: PLAYBOOKS_PATH, render })
          : null;
      // The post-mortem-merged job passes sweep-workflow "": its run leaves the sweep alone.
      const touches = target.type !== 'skip' && event !== 'pull_request';
      const sweep = touches ? await keep(target.type === 'open-incidents' ? 'sweep' : 'event', outcomes) : null;
      return { started: true, target, outcomes, applied, review, sweep, alert: null };
    };

    return {
      emulator,
      fakes,
      set,
      repo: SANDBOX_REPO,
      octokit,
      people,
      now: () => now,
      sweepOn,
      setClock: (at) => {
        if (at.getTime() < now.getTime()) throw new Error(`the clock cannot go back from ${now.toISOString()} to ${at.toISOString()}`);
        now = at;
      },
      run,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
