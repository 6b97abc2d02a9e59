// Benchmarks of the Action.
// 1. API requests per event type: each event the Action handles is played against the GitHub
//    emulator with the real shell (`runIncidents`, in process, as the demo runs it), and the
//    requests it made are compared with what the run cannot avoid: the reads it needs and one
//    write per effect applied. Each event is then replayed, which must write nothing.
// 2. Cold start: the bundled action/dist/index.js spawned as a runner spawns it, timed from spawn
//    to its first API request, against spawn to exit of bare `node -e 0`, alternately.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Octokit } from '@octokit/rest';
import { median, root } from './util.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const OWNER = 'acme';
const REPO = 'payments';
const BOT = 'github-actions[bot]';
const PEOPLE = { alice: 'write', priya: 'maintain', sam: 'write', carol: 'triage', dave: 'read' };
const PAGE = 100;

const isWrite = (request) => request.method !== 'GET';

let webhookExamples;

const compiled = async (path) => import(pathToFileURL(join(root, 'dist/src', path)).href);

/**
 * The first example payload of `event`.`action` from @octokit/webhooks-examples (a fresh copy);
 * for an action it has no example of (`issues.closed`), the event's first example with that action.
 */
function examplePayload(event, action) {
  webhookExamples ??= JSON.parse(readFileSync(join(root, 'node_modules/@octokit/webhooks-examples/api.github.com/index.json'), 'utf8'));
  const examples = webhookExamples.find((entry) => entry.name === event)?.examples ?? [];
  if (examples[0] === undefined) throw new Error(`@octokit/webhooks-examples has no ${event} payload`);
  const found = action === undefined ? examples[0] : (examples.find((example) => example.action === action) ?? { ...examples[0], action });
  return structuredClone(found);
}

function formBody(severity, summary) {
  return [
    ['Severity', severity],
    ['Scenario', 'Service Outage'],
    ['Affected services', 'payments-api, checkout'],
    ['Summary', summary],
    ['Start time', '2026-11-27 03:05 UTC'],
  ]
    .map(([label, answer]) => `### ${label}\n\n${answer}`)
    .join('\n\n');
}

const SEV2 = 'SEV-2 (High): Major service degradation, Performance issues affecting users, Partial service outages';
const SUMMARY = 'Card payments fail with HTTP 503 since about 03:05.\n\n```\nPOST /v2/payments 503 upstream timeout\n```';

/** One emulator with acme/payments, its people, the default playbooks and the Action's shell. */
async function createScene(lib) {
  let now = new Date('2026-11-27T03:12:00Z');
  const emulator = await lib.createEmulator({ now: () => now });
  emulator.seed.repo(OWNER, REPO, { collaborators: { ...PEOPLE }, labels: [lib.set.incidentLabel] });
  const people = {};
  for (const login of Object.keys(PEOPLE)) {
    emulator.seed.token(`${login}-token`, login);
    people[login] = new Octokit({ baseUrl: emulator.url, auth: `${login}-token` });
  }
  const warnings = [];
  const log = { info: () => {}, warning: (message) => warnings.push(message) };
  const octokit = lib.createOctokit({ token: lib.BOT_TOKEN, baseUrl: emulator.url, log, pace: false });
  const deps = { octokit, log, now: () => now, appliers: lib.githubAppliers };
  const repo = { owner: OWNER, repo: REPO };
  const options = { repo, botLogin: BOT, set: lib.set, render: lib.createCommentRenderer() };
  const reader = { octokit, repo, botLogin: BOT, log, playbookRef: { sha: 'b3nchc0ffee', path: 'playbooks', serverUrl: 'https://github.com' } };
  const scene = {
    emulator,
    people,
    warnings,
    at: (time) => { now = new Date(`2026-11-27T${time}:00Z`); },
    /** Opens an incident from the form, as alice; returns its number. */
    declare: async () => {
      const { data } = await people.alice.rest.issues.create({ ...repo, title: '[Incident] Checkout payments failing', body: formBody(SEV2, SUMMARY), labels: [lib.set.incidentLabel] });
      return data.number;
    },
    /** The workflow run for `event`, as the Action runs it; returns the results and its requests. */
    run: async (event) => {
      const from = emulator.requests.length;
      const outcomes = await lib.runIncidents(deps, options, lib.sourceFor(lib.eventTarget(event.name, event.payload, BOT), reader, lib.set.incidentLabel));
      const failure = lib.runFailure(outcomes);
      if (failure !== null) throw failure;
      return { results: outcomes.filter((outcome) => outcome.kind === 'reconciled'), requests: emulator.requests.slice(from) };
    },
    /** How many comments issue `number` has now. */
    commentCount: (number) => emulator.state.repos[`${OWNER}/${REPO}`].comments.filter((comment) => comment.issueNumber === number).length,
    /** What a run for `numbers` must read, from the emulator's state before it runs. */
    readsNeeded: (numbers, listOpen) => {
      const state = emulator.state.repos[`${OWNER}/${REPO}`];
      const pages = (count) => Math.max(1, Math.ceil(count / PAGE));
      let reads = listOpen ? pages(state.issues.filter((issue) => issue.state === 'open' && issue.pull === null).length) : 0;
      for (const number of numbers) {
        const comments = state.comments.filter((comment) => comment.issueNumber === number);
        const events = state.events.filter((event) => event.issueNumber === number);
        const issue = state.issues.find((candidate) => candidate.number === number);
        const observed = {
          botLogin: BOT,
          issue: { author: issue.author, createdAt: issue.createdAt },
          comments: comments.map((comment) => ({ id: comment.id, author: comment.author, body: comment.body })),
          events: events.map((event) => ({ id: event.id, event: event.event, actor: event.actor, createdAt: event.createdAt, label: event.label?.name })),
        };
        const lookups = lib.permissionsNeeded(observed, lib.readLedger(observed), lib.set);
        reads += 1 + pages(comments.length) + pages(events.length) + lookups.length;
      }
      return reads;
    },
  };
  return scene;
}

function issuePayload(action, number, extra = {}) {
  const payload = examplePayload('issues', action);
  payload.issue.number = number;
  return { name: 'issues', payload: { ...payload, ...extra } };
}

function commentPayload(number, login, body) {
  const payload = examplePayload('issue_comment', 'created');
  payload.issue.number = number;
  delete payload.issue.pull_request;
  payload.comment.user.login = login;
  payload.comment.body = body;
  return { name: 'issue_comment', payload };
}

function dispatchPayload(issue) {
  const payload = examplePayload('workflow_dispatch');
  payload.inputs = issue === undefined ? {} : { issue: String(issue) };
  return { name: 'workflow_dispatch', payload };
}

/**
 * The scenes: each sets up a realistic incident (declared from the form and already reconciled,
 * unless the event is its opening), does what a person does, and returns the event of that and
 * the issues the run reads.
 */
const SCENES = [
  ['issues.opened', async (s) => {
    const n = await s.declare();
    return { event: issuePayload('opened', n), numbers: [n] };
  }],
  ['issues.edited', async (s, opened) => {
    const n = await opened();
    s.at('03:20');
    await s.people.alice.rest.issues.update({ owner: OWNER, repo: REPO, issue_number: n, body: formBody(SEV2, `${SUMMARY}\n\nAlso affects refunds.`) });
    return { event: issuePayload('edited', n), numbers: [n] };
  }],
  ['issues.labeled (raise to sev-1)', async (s, opened) => {
    const n = await opened();
    s.at('03:25');
    await s.people.sam.rest.issues.addLabels({ owner: OWNER, repo: REPO, issue_number: n, labels: ['sev-1'] });
    return { event: issuePayload('labeled', n, { label: { name: 'sev-1' } }), numbers: [n] };
  }],
  ['issues.unlabeled (sev-2 removed)', async (s, opened) => {
    const n = await opened();
    s.at('03:25');
    await s.people.sam.rest.issues.removeLabel({ owner: OWNER, repo: REPO, issue_number: n, name: 'sev-2' });
    return { event: issuePayload('unlabeled', n, { label: { name: 'sev-2' } }), numbers: [n] };
  }],
  ['issues.assigned', async (s, opened) => {
    const n = await opened();
    s.at('03:25');
    await s.people.priya.rest.issues.addAssignees({ owner: OWNER, repo: REPO, issue_number: n, assignees: ['priya'] });
    return { event: issuePayload('assigned', n), numbers: [n] };
  }],
  ['issues.unassigned', async (s, opened) => {
    const n = await opened();
    s.at('03:25');
    await s.people.priya.rest.issues.addAssignees({ owner: OWNER, repo: REPO, issue_number: n, assignees: ['priya'] });
    await s.run(issuePayload('assigned', n));
    s.at('03:30');
    await s.people.priya.rest.issues.removeAssignees({ owner: OWNER, repo: REPO, issue_number: n, assignees: ['priya'] });
    return { event: issuePayload('unassigned', n), numbers: [n] };
  }],
  ['issues.closed', async (s, opened) => {
    const n = await opened();
    s.at('04:40');
    await s.people.priya.rest.issues.update({ owner: OWNER, repo: REPO, issue_number: n, state: 'closed', state_reason: 'completed' });
    return { event: issuePayload('closed', n), numbers: [n] };
  }],
  ['issues.reopened', async (s, opened) => {
    const n = await opened();
    s.at('04:40');
    await s.people.priya.rest.issues.update({ owner: OWNER, repo: REPO, issue_number: n, state: 'closed', state_reason: 'completed' });
    await s.run(issuePayload('closed', n));
    s.at('04:50');
    await s.people.priya.rest.issues.update({ owner: OWNER, repo: REPO, issue_number: n, state: 'open' });
    return { event: issuePayload('reopened', n), numbers: [n] };
  }],
  ['issue_comment.created (/ack, /ic)', async (s, opened) => {
    const n = await opened();
    s.at('03:20');
    const body = 'On it.\n/ack\n/ic @priya';
    await s.people.priya.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: n, body });
    return { event: commentPayload(n, 'priya', body), numbers: [n] };
  }],
  ['issue_comment.created, 150+ comments', async (s, opened) => {
    const n = await opened();
    const chatter = ['Seeing it too from eu-west.', 'Dashboards: error rate 38%.', 'Rolling back 4512?', 'Customer tickets piling up.'];
    for (let index = 0; index < 149; index += 1) {
      s.emulator.seed.comment(`${OWNER}/${REPO}`, n, { author: Object.keys(PEOPLE)[index % 5], body: chatter[index % chatter.length], at: '2026-11-27T03:15:00Z' });
    }
    s.at('03:55');
    const body = '/update Payments API returns 503 for all card payments; rolling back deploy 4512.';
    await s.people.carol.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: n, body });
    return { event: commentPayload(n, 'carol', body), numbers: [n] };
  }],
  ['workflow_dispatch (one issue)', async (s, opened) => {
    const n = await opened();
    s.at('03:50');
    return { event: dispatchPayload(n), numbers: [n] };
  }],
  ['workflow_dispatch (all open, 3)', async (s, opened) => {
    const numbers = [await opened(), await opened(), await opened()];
    const closed = await opened();
    await s.people.priya.rest.issues.update({ owner: OWNER, repo: REPO, issue_number: closed, state: 'closed' });
    await s.run(issuePayload('closed', closed));
    s.at('03:50');
    return { event: dispatchPayload(), numbers, listOpen: true };
  }],
];


/** The compiled library (dist/src) pieces the benchmarks drive, and the default playbook set. */
async function loadLibrary() {
  const { loadPlaybooks } = await compiled('config/load-playbooks.js');
  return {
    set: await loadPlaybooks(join(root, 'playbooks')),
    ...(await compiled('emulator/index.js')),
    ...(await compiled('engine/event-target.js')),
    ...(await compiled('engine/permissions-needed.js')),
    ...(await compiled('engine/ledger.js')),
    ...(await compiled('github/octokit.js')),
    ...(await compiled('github/run-incidents.js')),
    ...(await compiled('github/incident-source.js')),
    ...(await compiled('github/appliers/github.js')),
    ...(await compiled('render/comments.js')),
  };
}

async function requestsPerEvent(lib) {
  const rows = [];
  for (const [name, setUp] of SCENES) {
    const scene = await createScene(lib);
    try {
      // An incident declared from the form at 03:12 and reconciled by its `issues.opened` run.
      const opened = async () => {
        scene.at('03:12');
        const number = await scene.declare();
        await scene.run(issuePayload('opened', number));
        return number;
      };
      const { event, numbers, listOpen = false } = await setUp(scene, opened);
      const needed = scene.readsNeeded(numbers, listOpen);
      const first = await scene.run(event);
      const replay = await scene.run(event);
      scene.emulator.assertNoValidationErrors();
      if (scene.warnings.length > 0) throw new Error(`${name}: unexpected warnings:\n${scene.warnings.join('\n')}`);
      const count = (results) => results.reduce((sum, result) => sum + result.effects.length, 0);
      const writes = first.requests.filter(isWrite).length;
      const replayWrites = replay.requests.filter(isWrite).length;
      // Each comment posted is preceded by a fresh look for its marker (another run may be posting it).
      const posted = first.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/comments')).length;
      const listPages = Math.max(1, ...numbers.map((number) => Math.ceil(scene.commentCount(number) / PAGE)));
      const row = { name, reads: first.requests.length - writes, needed: needed + posted * listPages, writes, effects: count(first.results), replayWrites };
      row.ok = row.reads + row.writes <= row.needed + row.effects && replayWrites === 0 && count(replay.results) === 0;
      rows.push(row);
    } finally {
      await scene.emulator.close();
    }
  }
  const columns = (cells) => `  ${cells[0].padEnd(38)}${cells.slice(1, 7).map((cell, index) => String(cell).padStart([6, 7, 7, 8, 6, 7][index])).join('')}  ${cells[7]}`;
  return [
    'API requests per event (in process against the emulator; default playbooks; incident declared from the form)',
    '  reads needed = issue + comment pages + event pages + one permission lookup per person to judge (command authors, the declarer of a new incident, closers)',
    '                 (+ the open-incident list pages for dispatch to all; + one comment list before each comment posted,',
    '                 since a scheduled run may be posting it too); pages hold 100, so long threads add pages',
    '  goal per row: requests <= reads needed + one write per effect applied; a replay of the same event writes nothing',
    columns(['event', 'reads', 'needed', 'writes', 'effects', 'total', 'budget', 'ok   replay writes']),
    ...rows.map((row) => columns([row.name, row.reads, row.needed, row.writes, row.effects, row.reads + row.writes, row.needed + row.effects, `${row.ok ? 'yes' : 'NO '}  ${row.replayWrites}`])),
    `  rows within the goal: ${rows.filter((row) => row.ok).length}/${rows.length}  (goal: all)`,
  ];
}

/** A loopback server standing in for api.github.com: notes when the first request arrives, answers 500. */
async function firstRequestServer() {
  let waiting = null;
  const server = createServer((request, response) => {
    const at = process.hrtime.bigint();
    if (waiting !== null) {
      waiting({ at, what: `${request.method} ${request.url}` });
      waiting = null;
    }
    response.writeHead(500, { 'content-type': 'application/json' });
    response.end('{"message":"benchmark stand-in"}');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    next: () => new Promise((resolve) => { waiting = resolve; }),
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

/** Spawns the bundled action as a runner does; returns the child, its output so far and its exit. */
function spawnAction(env) {
  const child = spawn(process.execPath, [join(root, 'action/dist/index.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const result = { child, output: '' };
  child.stdout.on('data', (chunk) => { result.output += chunk; });
  child.stderr.on('data', (chunk) => { result.output += chunk; });
  result.exited = new Promise((resolve) => child.on('exit', resolve));
  return result;
}

/** Milliseconds from spawning the action to its first request (then it is killed), and the request. */
async function actionToFirstRequest(server, env) {
  const first = server.next();
  const start = process.hrtime.bigint();
  const action = spawnAction(env);
  const outcome = await Promise.race([first, action.exited.then(() => null)]);
  if (outcome === null) throw new Error(`action/dist/index.js exited before its first request:\n${action.output}`);
  action.child.kill('SIGKILL');
  await action.exited;
  return { ms: Number(outcome.at - start) / 1e6, what: outcome.what };
}

/** Milliseconds from spawning the action to its exit; it must succeed. */
async function actionToExit(env) {
  const start = process.hrtime.bigint();
  const action = spawnAction(env);
  const code = await action.exited;
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (code !== 0 || action.output.includes('::error')) throw new Error(`action/dist/index.js failed (exit ${code}):\n${action.output}`);
  return ms;
}

async function bareNode() {
  const start = process.hrtime.bigint();
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  const code = await new Promise((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`node -e 0 exited ${code}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Runs `measure` and bare `node -e 0` alternately, RUNS times each after a warm-up; their medians. */
async function alternate(measure) {
  await measure();
  await bareNode();
  const measured = [];
  const bare = [];
  for (let run = 0; run < RUNS; run += 1) {
    measured.push(await measure());
    bare.push(await bareNode());
  }
  return { measured: median(measured), bare: median(bare) };
}

/** The environment a runner gives the action for `payload` (an `issues` event), in `dir`. */
function runnerEnv(dir, payload, apiUrl, token) {
  writeFileSync(join(dir, 'event.json'), JSON.stringify(payload));
  return {
    PATH: process.env.PATH,
    GITHUB_EVENT_NAME: 'issues',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: payload.repository.full_name,
    GITHUB_API_URL: apiUrl,
    GITHUB_WORKSPACE: root,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    'INPUT_GITHUB-TOKEN': token,
    INPUT_PLAYBOOKS: 'playbooks',
    'INPUT_BOT-LOGIN': BOT,
    'INPUT_DRY-RUN': 'false',
  };
}

async function coldStart(lib) {
  const dir = mkdtempSync(join(tmpdir(), 'playbook-ops-bench-'));
  const server = await firstRequestServer();
  const emulator = await lib.createEmulator();
  try {
    const payload = examplePayload('issues', 'opened');
    writeFileSync(join(dir, 'output'), '');
    writeFileSync(join(dir, 'summary'), '');
    const env = runnerEnv(dir, payload, server.url, 'ghs_benchmark');
    const { what } = await actionToFirstRequest(server, env);
    const first = await alternate(async () => (await actionToFirstRequest(server, env)).ms);

    // The whole run: the same event against the emulator holding that issue as an incident. The
    // first run reconciles it; the timed ones are replays (reads only), as most event runs are.
    const [owner, name] = payload.repository.full_name.split('/');
    emulator.seed.repo(owner, name, { collaborators: { ...PEOPLE }, labels: [lib.set.incidentLabel] });
    emulator.seed.issue(payload.repository.full_name, { title: '[Incident] Checkout payments failing', body: formBody(SEV2, SUMMARY), labels: [lib.set.incidentLabel], author: 'alice' });
    const wholeEnv = { ...env, GITHUB_API_URL: emulator.url, 'INPUT_GITHUB-TOKEN': lib.BOT_TOKEN };
    await actionToExit(wholeEnv);
    if (!emulator.requests.some(isWrite)) throw new Error('the action made no writes reconciling a new incident');
    const from = emulator.requests.length;
    await actionToExit(wholeEnv);
    const replay = emulator.requests.slice(from);
    const whole = await alternate(() => actionToExit(wholeEnv));
    if (emulator.requests.slice(from).some(isWrite)) throw new Error('a replay of the action wrote to the issue');
    emulator.assertNoValidationErrors();
    return [
      `cold start of action/dist/index.js, spawned as a runner spawns it (issues.opened from @octokit/webhooks-examples;`,
      `median of ${RUNS} runs each, alternating with bare node -e 0)`,
      `  spawn to first request (${what}): ${first.measured.toFixed(0)} ms; bare node -e 0 spawn to exit: ${first.bare.toFixed(0)} ms`,
      `  ratio first request/bare node: ${(first.measured / first.bare).toFixed(2)}  (goal: at most 2.00; well-known JavaScript actions: 3.2 to 7.7)`,
      `  the whole run on a quiet event against the emulator (a replay: ${replay.length} reads, no writes):`,
      `  spawn to exit ${whole.measured.toFixed(0)} ms, ratio to bare node ${(whole.measured / whole.bare).toFixed(2)}  (goal: at most 3.00)`,
    ];
  } finally {
    await emulator.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A flooded thread: an incident with 6,000 comments, then 50 malformed commands from a read-only
 * user. Before the thread was read once per run, that run cost 3,164 requests and every quiet run
 * 63 (measured on the earlier main by an outside review).
 */
async function floodedThread(lib) {
  const scene = await createScene(lib);
  try {
    scene.at('03:12');
    const number = await scene.declare();
    await scene.run(issuePayload('opened', number));
    for (let index = 0; index < 6000; index += 1) scene.emulator.seed.comment(`${OWNER}/${REPO}`, number, { body: `chatter ${index}`, author: 'dave', at: '2026-11-27T03:13:00Z' });
    scene.at('03:14');
    for (let index = 0; index < 50; index += 1) scene.emulator.seed.comment(`${OWNER}/${REPO}`, number, { body: `/sev banana ${index}`, author: 'dave', at: '2026-11-27T03:14:00Z' });
    const flood = await scene.run(issuePayload('edited', number));
    const quiet = await scene.run(issuePayload('edited', number));
    scene.emulator.assertNoValidationErrors();
    const replies = flood.results.flatMap((result) => result.effects).filter((effect) => effect.startsWith('comment reply:')).length;
    const pages = Math.ceil(scene.commentCount(number) / PAGE);
    return [
      `a flooded thread: ${scene.commentCount(number)} comments (${pages} pages), 50 new malformed commands from a read-only user`,
      `  the run answering them: ${flood.requests.length} requests (${replies} replies; was 3,164): ratio ${(flood.requests.length / 3164).toFixed(3)}`,
      `  a quiet run after it: ${quiet.requests.length} requests (was 63): ratio ${(quiet.requests.length / 63).toFixed(2)}`,
      `  goal: the check before each reply reads only what is new (1 page), so the flood costs about pages + 2 per reply;`,
      `  a quiet run still reads the whole thread once (${pages} pages): reads grow with the thread only there`,
    ];
  } finally {
    await scene.emulator.close();
  }
}

/** Runs the benchmarks and returns their printed lines. */
export async function benchAction() {
  const lib = await loadLibrary();
  return [...(await requestsPerEvent(lib)), ...(await floodedThread(lib)), ...(await coldStart(lib))];
}
