/**
 * The lifecycle test world: a GitHub emulator on a virtual clock with the repository
 * `acme/payments`, a collaborator of each permission acting over HTTP with their own token, and
 * `run(delivery)`, which does what the Action does with an event (eventTarget → runIncidents)
 * in-process, with the bot's token. People act first, then a run reconciles, as on GitHub.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { writeDemoPlaybooks } from '../../src/demo/demo-playbooks.js';
import { BOT_TOKEN, type Emulator, type Permission, type RecordedRequest, createEmulator } from '../../src/emulator/index.js';
import { eventTarget } from '../../src/engine/event-target.js';
import { markerKey, parseRecordLine } from '../../src/engine/records.js';
import { dryRunAppliers } from '../../src/github/appliers/dry-run.js';
import { githubAppliers } from '../../src/github/appliers/github.js';
import { sourceFor } from '../../src/github/incident-source.js';
import { type GitHubClient, createOctokit } from '../../src/github/octokit.js';
import { type IncidentOutcome, runFailure, runIncidents } from '../../src/github/run-incidents.js';
import { createCommentRenderer } from '../../src/render/comments.js';
import type { SinkDeps } from '../../src/sinks/send-delivery.js';
import { worldPerTest } from '../world-per-test.js';
import { type FormAnswers, formBody } from './form.js';
import { type Delivery, type Origin, type RestIssue, commentEvent, dispatchEvent, issuesEvent, pullRequestCommentEvent } from './payloads.js';

/** The emulated repository, and the identity the runs' token acts as. */
export const OWNER = 'acme';
export const REPO = 'payments';
export const FULL_NAME = `${OWNER}/${REPO}`;
export const BOT = 'github-actions[bot]';
/** When every world starts. */
export const T0 = '2026-11-27T03:00:00Z';
/** The commit the runs say the playbooks are at (`GITHUB_SHA`). */
export const PLAYBOOK_SHA = 'c0ffee0000000000000000000000000000000001';

/** One collaborator per permission, by permission. */
export const PEOPLE = { read: 'rita', triage: 'tom', write: 'wendy', maintain: 'mona', admin: 'ada' } as const;
/** The login of one of {@link PEOPLE}. */
export type Person = (typeof PEOPLE)[keyof typeof PEOPLE];

let playbooks: Promise<PlaybookSet> | undefined;

/**
 * The default set with the demo's real handles (`@priya`, `@chen`, `@acme/team-leads`, ...) in
 * place of placeholders, so pages mention people. Loaded once per test file.
 */
export function demoSet(): Promise<PlaybookSet> {
  playbooks ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'playbook-ops-lifecycle-'));
    try {
      return await loadPlaybooks(await writeDemoPlaybooks(join(dir, 'playbooks')));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  })();
  return playbooks;
}

/** What a run did to an incident it reconciled. */
export type IncidentResult = Omit<Extract<IncidentOutcome, { kind: 'reconciled' }>, 'kind'>;

/** What one run did. */
export interface RunOutcome {
  /** The incidents reconciled. */
  results: IncidentResult[];
  /** Every incident the run looked at, with how it ended. */
  outcomes: IncidentOutcome[];
  /** Every request the run made, in order. */
  requests: RecordedRequest[];
  /** The requests that change something (anything but GET). */
  writes: RecordedRequest[];
  /** Whether the run loaded the comment renderer (a run with nothing to write need not). */
  rendered: boolean;
}

/** An issue's state and thread, as stored by the emulator (reading it makes no request). */
export interface Snapshot {
  state: 'open' | 'closed';
  labels: string[];
  assignees: string[];
  comments: { author: string; body: string }[];
}

/** A bot comment with its marker. */
export interface BotComment {
  id: number;
  marker: string;
  body: string;
}

/** The requests in `requests` that change something: any but GET, and but GraphQL queries (the runs send no mutation). */
export function writesOf(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter((request) => request.method !== 'GET' && request.path !== '/graphql');
}

/** A GitHub with `acme/payments`, its people, and the Action's run, on one virtual clock. */
export interface World {
  emulator: Emulator;
  set: PlaybookSet;
  /** The bot's client, made by the project's factory exactly as the Action makes it, minus pacing. */
  octokit: GitHubClient;
  /** What runs logged. */
  log: { info: string[]; warning: string[] };
  /** Plain clients of the collaborators (no retries: faults are meant for the runs). */
  people: Record<Person, Octokit>;
  /** The virtual clock: the emulator's timestamps and the runs' `now`. */
  now(): Date;
  /** Moves the virtual clock on. */
  advance(minutes: number): void;
  /**
   * Reconciles for `delivery`, as the Action does; throws what would fail the Action's step, unless
   * `keepFailures` (then failed incidents are only in `outcomes`). `dryRun` plans without writing.
   */
  run(delivery: Delivery, options?: { dryRun?: boolean; keepFailures?: boolean; maxRequests?: number }): Promise<RunOutcome>;
  /** `by` opens an incident from the form (with the incident label, as the form's template adds it). */
  open(by: Person, answers: FormAnswers, options?: { title?: string; labels?: string[] }): Promise<Delivery & { number: number }>;
  /** `by` comments on issue `number`. */
  comment(by: Person, number: number, body: string): Promise<Delivery & { commentId: number }>;
  /** `by` comments on a pull request. */
  commentOnPull(by: Person, number: number, body: string): Promise<Delivery>;
  /** `by` adds, removes, assigns, unassigns, closes or reopens; each returns the event GitHub sends for it. */
  label(by: Person, number: number, label: string): Promise<Delivery>;
  unlabel(by: Person, number: number, label: string): Promise<Delivery>;
  assign(by: Person, number: number, assignee: string): Promise<Delivery>;
  unassign(by: Person, number: number, assignee: string): Promise<Delivery>;
  close(by: Person, number: number): Promise<Delivery>;
  reopen(by: Person, number: number): Promise<Delivery>;
  /** `by` replaces the form answers in the body of issue `number`. */
  edit(by: Person, number: number, answers: FormAnswers): Promise<Delivery>;
  /** A `workflow_dispatch` for issue `issue`, or for every open incident. */
  dispatch(issue?: number): Delivery;
  /** Issue `number` as stored now. */
  snapshot(number: number): Snapshot;
  /** The bot's comments on issue `number` that carry a marker, oldest first. */
  botComments(number: number): BotComment[];
  /** The body of the incident card of issue `number`. */
  card(number: number): string;
  /** Stops the emulator. */
  stop(): Promise<void>;
}

/**
 * Starts a world whose virtual clock reads `at` (default {@link T0}) and whose runs use `set`
 * (default the demo set) and send to sinks with `sinks(clock)` (default: no sender); each action of a
 * person moves the clock a minute on. `requestTimeoutMs` shortens the bot's request timeout.
 */
export async function startWorld(options: { at?: Date; set?: PlaybookSet; sinks?: (now: () => Date) => SinkDeps; requestTimeoutMs?: number } = {}): Promise<World> {
  const set = options.set ?? (await demoSet());
  let now = options.at ?? new Date(T0);
  const emulator = await createEmulator({ now: () => now });
  const collaborators = Object.fromEntries((Object.entries(PEOPLE) as [Permission, Person][]).map(([permission, login]) => [login, permission]));
  emulator.seed.repo(OWNER, REPO, { collaborators, labels: [set.incidentLabel] });
  const people = Object.fromEntries(
    Object.values(PEOPLE).map((login) => {
      emulator.seed.token(`${login}-token`, login);
      return [login, new Octokit({ baseUrl: emulator.url, auth: `${login}-token`, log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} } })];
    }),
  ) as Record<Person, Octokit>;
  const logged = { info: [] as string[], warning: [] as string[] };
  const log = { info: (line: string) => logged.info.push(line), warning: (line: string) => logged.warning.push(line) };
  const octokit = createOctokit({ token: BOT_TOKEN, baseUrl: emulator.url, log, pace: false, retryAfterUnitMs: 1, ...(options.requestTimeoutMs === undefined ? {} : { requestTimeoutMs: options.requestTimeoutMs }) });
  const repo = { owner: OWNER, repo: REPO };
  const sinks = options.sinks?.(() => now);
  const origin = (sender: string): Origin => ({ owner: OWNER, repo: REPO, sender });
  const tick = (): void => {
    now = new Date(now.getTime() + 60_000);
  };
  const issueOf = async (by: Person, number: number): Promise<RestIssue> => (await people[by].rest.issues.get({ ...repo, issue_number: number })).data;
  const issueRecord = (number: number) => {
    const issue = emulator.state.repos[FULL_NAME]?.issues.find((candidate) => candidate.number === number);
    if (issue === undefined) throw new Error(`no issue #${number}`);
    return issue;
  };
  const comments = (number: number) => emulator.state.repos[FULL_NAME]?.comments.filter((comment) => comment.issueNumber === number) ?? [];

  const world: World = {
    emulator,
    set,
    octokit,
    log: logged,
    people,
    now: () => now,
    advance: (minutes) => {
      now = new Date(now.getTime() + minutes * 60_000);
    },
    run: async (delivery, options = {}) => {
      const from = emulator.requests.length;
      // The Action reads the payload from a file: the engine only ever sees JSON.
      const payload = JSON.parse(JSON.stringify(delivery.payload)) as Parameters<typeof eventTarget>[1];
      const reader = { octokit, repo, botLogin: BOT, log, playbookRef: { sha: PLAYBOOK_SHA, path: 'playbooks', serverUrl: 'https://github.com' } };
      let rendered = false;
      const render = () => {
        rendered = true;
        return Promise.resolve(createCommentRenderer());
      };
      const outcomes = await runIncidents(
        { octokit, log, now: () => now, appliers: options.dryRun === true ? dryRunAppliers : githubAppliers, ...(sinks === undefined ? {} : { sinks }) },
        { repo, botLogin: BOT, set, render, ...(options.maxRequests === undefined ? {} : { maxRequests: options.maxRequests }) },
        sourceFor(eventTarget(delivery.name, payload, BOT), reader, set.incidentLabel, undefined, { set, now: () => now }),
      );
      const failure = runFailure(outcomes);
      if (failure !== null && options.keepFailures !== true) throw failure;
      const results = outcomes.flatMap((outcome): IncidentResult[] => {
        if (outcome.kind !== 'reconciled') return [];
        const { kind: _reconciled, ...result } = outcome;
        return [result];
      });
      const requests = emulator.requests.slice(from);
      return { results, outcomes, requests, writes: writesOf(requests), rendered };
    },
    open: async (by, answers, options = {}) => {
      tick();
      const { data } = await people[by].rest.issues.create({
        ...repo,
        title: options.title ?? '[Incident] Checkout payments failing',
        body: formBody(answers),
        labels: options.labels ?? [set.incidentLabel],
      });
      return { ...issuesEvent('opened', data, origin(by)), number: data.number };
    },
    comment: async (by, number, body) => {
      tick();
      const { data } = await people[by].rest.issues.createComment({ ...repo, issue_number: number, body });
      return { ...commentEvent(await issueOf(by, number), data, origin(by)), commentId: data.id };
    },
    commentOnPull: async (by, number, body) => {
      tick();
      const { data } = await people[by].rest.issues.createComment({ ...repo, issue_number: number, body });
      return pullRequestCommentEvent(await issueOf(by, number), data, origin(by));
    },
    label: async (by, number, label) => {
      tick();
      await people[by].rest.issues.addLabels({ ...repo, issue_number: number, labels: [label] });
      return issuesEvent('labeled', await issueOf(by, number), origin(by), { label });
    },
    unlabel: async (by, number, label) => {
      tick();
      await people[by].rest.issues.removeLabel({ ...repo, issue_number: number, name: label });
      return issuesEvent('unlabeled', await issueOf(by, number), origin(by), { label });
    },
    assign: async (by, number, assignee) => {
      tick();
      await people[by].rest.issues.addAssignees({ ...repo, issue_number: number, assignees: [assignee] });
      return issuesEvent('assigned', await issueOf(by, number), origin(by), { assignee });
    },
    unassign: async (by, number, assignee) => {
      tick();
      await people[by].rest.issues.removeAssignees({ ...repo, issue_number: number, assignees: [assignee] });
      return issuesEvent('unassigned', await issueOf(by, number), origin(by), { assignee });
    },
    close: async (by, number) => {
      tick();
      await people[by].rest.issues.update({ ...repo, issue_number: number, state: 'closed', state_reason: 'completed' });
      return issuesEvent('closed', await issueOf(by, number), origin(by));
    },
    reopen: async (by, number) => {
      tick();
      await people[by].rest.issues.update({ ...repo, issue_number: number, state: 'open' });
      return issuesEvent('reopened', await issueOf(by, number), origin(by));
    },
    edit: async (by, number, answers) => {
      tick();
      await people[by].rest.issues.update({ ...repo, issue_number: number, body: formBody(answers) });
      return issuesEvent('edited', await issueOf(by, number), origin(by));
    },
    dispatch: (issue) => dispatchEvent(origin(PEOPLE.write), issue),
    snapshot: (number) => {
      const issue = issueRecord(number);
      return {
        state: issue.state,
        labels: [...issue.labels].sort(),
        assignees: [...issue.assignees].sort(),
        comments: comments(number).map((comment) => ({ author: comment.author, body: comment.body })),
      };
    },
    botComments: (number) =>
      comments(number).flatMap((comment) => {
        const record = comment.author === BOT ? parseRecordLine(comment.body) : null;
        return record === null ? [] : [{ id: comment.id, marker: markerKey(record.marker), body: comment.body }];
      }),
    card: (number) => {
      const cards = world.botComments(number).filter((comment) => comment.marker === 'card');
      if (cards.length !== 1) throw new Error(`issue #${number} has ${cards.length} cards`);
      return cards[0]!.body;
    },
    stop: () => emulator.close(),
  };
  return world;
}

/**
 * A fresh world for each test of the file; after each test, neither the engine nor the emulator
 * may have strayed from GitHub's OpenAPI description.
 */
export function useWorld(): () => World {
  return worldPerTest(startWorld);
}

/** Opens a SEV-`severity` service outage as `wendy` (write) and runs the `opened` event; returns the issue number. */
export async function declare(world: World, severity = 1, answers: FormAnswers = {}): Promise<number> {
  const opened = await world.open(PEOPLE.write, {
    severity,
    scenario: 'Service Outage',
    services: 'payments-api, checkout',
    summary: 'Card payments fail with HTTP 503.',
    started: '2026-11-27 02:55 UTC',
    ...answers,
  });
  await world.run(opened);
  return opened.number;
}
