/**
 * `npm start`: the whole product on one machine. Starts the GitHub emulator, plays the demo script
 * on a virtual clock (people act over HTTP with their own tokens; after each action a workflow run
 * reconciles, exactly as the Action does), prints what was paged and posted when, and writes the
 * final issue thread as Markdown.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { loadPlaybooks } from '../config/load-playbooks.js';
import { BOT_TOKEN, createEmulator } from '../emulator/index.js';
import { eventTarget } from '../engine/event-target.js';
import { createOctokit } from '../github/octokit.js';
import { runFailure, runIncidents } from '../github/run-incidents.js';
import { githubAppliers } from '../github/appliers/github.js';
import { sourceFor } from '../github/incident-source.js';
import { createCommentRenderer } from '../render/comments.js';
import { writeDemoPlaybooks } from './demo-playbooks.js';
import { DEMO_PEOPLE, DEMO_SCRIPT, type DemoStep } from './script.js';
import { threadMarkdown } from './thread-markdown.js';

const DAY = '2026-11-27';
const OWNER = 'acme';
const REPO = 'payments';
const BOT = 'github-actions[bot]';

/** Where the demo writes, and where its lines go. */
export interface DemoOptions {
  outDir: string;
  print: (line: string) => void;
}

function formBody(form: Record<string, string>): string {
  return Object.entries(form)
    .map(([label, answer]) => `### ${label}\n\n${answer === '' ? '_No response_' : answer}`)
    .join('\n\n');
}

/** Runs the demo; returns the path of the Markdown thread it wrote. */
export async function runDemo(options: DemoOptions): Promise<string> {
  let now = new Date(`${DAY}T03:00:00Z`);
  const emulator = await createEmulator({ now: () => now });
  const work = await mkdtemp(join(tmpdir(), 'playbook-ops-demo-'));
  try {
    const set = await loadPlaybooks(await writeDemoPlaybooks(join(work, 'playbooks')));
    emulator.seed.repo(OWNER, REPO, { collaborators: { ...DEMO_PEOPLE }, labels: [set.incidentLabel] });
    const people = Object.fromEntries(
      Object.keys(DEMO_PEOPLE).map((login) => {
        emulator.seed.token(`${login}-token`, login);
        return [login, new Octokit({ baseUrl: emulator.url, auth: `${login}-token` })];
      }),
    );
    const log = { info: () => {}, warning: (message: string) => options.print(`  warning: ${message}`) };
    const octokit = createOctokit({ token: BOT_TOKEN, baseUrl: emulator.url, log, pace: false });
    const repo = { owner: OWNER, repo: REPO };
    const reader = { octokit, repo, botLogin: BOT, log, playbookRef: { sha: 'd3m0c0ffee', path: 'playbooks', serverUrl: 'https://github.com' } };
    const deps = { octokit, log, now: () => now, appliers: githubAppliers };
    const runOptions = { repo, botLogin: BOT, set, render: createCommentRenderer() };
    let issueNumber = 0;

    const act = async (step: DemoStep): Promise<{ event: string; payload: object; what: string }> => {
      if (step.action === 'schedule') return { event: 'schedule', payload: { schedule: '*/5 * * * *' }, what: 'scheduled run' };
      const client = people[step.actor]!;
      if (step.action === 'open') {
        const { data: issue } = await client.rest.issues.create({ ...repo, title: step.title, body: formBody(step.form), labels: [set.incidentLabel] });
        issueNumber = issue.number;
        return { event: 'issues', payload: { action: 'opened', issue }, what: `${step.actor} opens #${issue.number} from the incident form` };
      }
      const { data: issue } = await client.rest.issues.get({ ...repo, issue_number: issueNumber });
      if (step.action === 'label') {
        await client.rest.issues.addLabels({ ...repo, issue_number: issueNumber, labels: [step.label] });
        return { event: 'issues', payload: { action: 'labeled', issue, label: { name: step.label } }, what: `${step.actor} adds label ${step.label}` };
      }
      const { data: comment } = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body: step.body });
      return { event: 'issue_comment', payload: { action: 'created', issue, comment }, what: `${step.actor}: ${step.body.replace(/\n/g, ' | ')}` };
    };

    options.print(`playbook-ops demo: a SEV-1 on ${OWNER}/${REPO}, ${DAY} (UTC), against the GitHub emulator at ${emulator.url}\n`);
    for (const step of DEMO_SCRIPT) {
      now = new Date(`${DAY}T${step.at}:00Z`);
      const { event, payload, what } = await act(step);
      options.print(`${step.at}  ${what}`);
      const outcomes = await runIncidents(deps, runOptions, sourceFor(eventTarget(event, payload, BOT), reader, set.incidentLabel));
      const failure = runFailure(outcomes);
      if (failure !== null) throw failure;
      for (const outcome of outcomes) {
        const effects = outcome.kind === 'reconciled' ? outcome.effects : [];
        for (const effect of effects) options.print(`         → ${effect}`);
        if (effects.length === 0) options.print('         → nothing to do');
      }
    }
    emulator.assertNoValidationErrors();

    const [{ data: issue }, comments] = await Promise.all([
      octokit.rest.issues.get({ owner: OWNER, repo: REPO, issue_number: issueNumber }),
      octokit.paginate(octokit.rest.issues.listComments, { owner: OWNER, repo: REPO, issue_number: issueNumber, per_page: 100 }),
    ]);
    const thread = threadMarkdown(`${OWNER}/${REPO}`, issue, comments);
    await mkdir(options.outDir, { recursive: true });
    const path = join(options.outDir, `incident-${issueNumber}.md`);
    await writeFile(path, thread);
    options.print(`\n${DEMO_SCRIPT.length} steps, ${emulator.requests.length} API requests, every one checked against GitHub's OpenAPI description.`);
    options.print(`The final issue thread: ${path}`);
    return path;
  } finally {
    await emulator.close();
    await rm(work, { recursive: true, force: true });
  }
}
