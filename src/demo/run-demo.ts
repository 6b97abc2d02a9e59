/**
 * `npm start`: the whole product on one machine, through an incident's whole life. Starts the
 * sandbox (the GitHub emulator and the Slack and PagerDuty fakes), plays the demo script on a
 * virtual clock (people act over HTTP with their own tokens; after each step a workflow run
 * reconciles, exactly as the Action does), prints what was paged, posted, delivered and opened when,
 * with the deadline each timed step had, and writes the final issue thread as Markdown.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IncidentOutcome } from '../github/run-incidents.js';
import { act } from './act.js';
import { firedStep, minutesLate } from './fired.js';
import { type SandboxRun, startSandbox } from './sandbox.js';
import { DEMO_PEOPLE, DEMO_SCRIPT, type ScriptStep, stepTime } from './script.js';
import { threadMarkdown } from './thread-markdown.js';
import type { Sandbox } from './sandbox.js';

/** Where the demo writes, and where its lines go. */
export interface DemoOptions {
  outDir: string;
  print: (line: string) => void;
  /** The script to play (default {@link DEMO_SCRIPT}). */
  script?: ScriptStep[];
}

function hhmm(iso: string): string {
  return iso.slice(11, 16);
}

function lateness(due: string, at: string): string {
  const late = minutesLate(due, at);
  const day = due.slice(0, 10) === at.slice(0, 10) ? '' : `${due.slice(0, 10)} `;
  return `due ${day}${hhmm(due)}, ${late === 0 ? 'on time' : `${late} min late`}`;
}

function quietLine(outcome: Extract<IncidentOutcome, { kind: 'quiet' }>): string {
  return `#${outcome.incident}: nothing due${outcome.due === null ? '' : ` until ${outcome.due.slice(0, 16).replace('T', ' ')}`} and nothing changed: left unread`;
}

/**
 * The lines of one run: each effect applied, timed ones with their deadline; quiet incidents; the
 * review round; what the run did to the sweep workflow when it switched it (`wasOn`: before the run)
 * or is the sweep or the wake-up (an event's run keeps it on with one request, every time).
 */
function runLines(run: SandboxRun, sandbox: Sandbox, wasOn: boolean): string[] {
  if (!run.started) return ['the sweep workflow is off: GitHub starts no run'];
  const at = sandbox.now().toISOString();
  const alert = run.alert === null ? [] : [`alert: ${run.alert.action}`];
  const lines = run.applied.map((item) => {
    const fired = firedStep(item, run.applied, sandbox.set);
    if (fired === null) return item.done;
    // A delivery's own words name the alert (PagerDuty keeps one per level); a failed one says why.
    const failed = /: failed \([^)]*\)$/u.exec(item.done)?.[0] ?? '';
    const done = fired.kind === 'delivery' ? `send ${fired.what}${failed}` : item.effect.kind === 'comment' ? `${item.done}: ${fired.what}` : item.done;
    return fired.due === null ? done : `${done}  [${lateness(fired.due, at)}]`;
  });
  for (const outcome of run.outcomes) if (outcome.kind === 'quiet') lines.push(quietLine(outcome));
  if (run.review !== null && run.review.step !== 'nothing') lines.push(`playbook review: ${run.review.done}`);
  const sweep = run.sweep?.done ?? null;
  if (sweep !== null && (run.target.type !== 'issue' || wasOn !== sandbox.sweepOn())) lines.push(sweep);
  const all = [...alert, ...lines];
  return all.length === 0 ? ['nothing to do'] : all;
}

/** What the services outside GitHub took, in a line each. */
function sinkLines(sandbox: Sandbox): string[] {
  const pagerDuty = sandbox.fakes.taken('pagerduty').map((request) => (request.body as { event_action: string }).event_action);
  const count = (action: string): number => pagerDuty.filter((taken) => taken === action).length;
  return [
    `PagerDuty took ${count('trigger')} trigger(s), ${count('acknowledge')} acknowledge(s) and ${count('resolve')} resolve(s); its alerts now: ${sandbox.fakes.alerts.map((alert) => `${alert.dedupKey} ${alert.status}`).join(', ')}.`,
    `Slack took ${sandbox.fakes.taken('slack').length} message(s) in #incidents.`,
  ];
}

/** Runs the demo; returns the path of the Markdown thread it wrote. */
export async function runDemo(options: DemoOptions): Promise<string> {
  const script = options.script ?? DEMO_SCRIPT;
  const first = script[0];
  if (first === undefined) throw new Error('the demo script has no steps');
  const sandbox = await startSandbox({ start: stepTime(first.at), people: { ...DEMO_PEOPLE }, warn: (message) => options.print(`  warning: ${message}`) });
  try {
    const { repo } = sandbox;
    const state = { incident: null as number | null };
    options.print(`playbook-ops demo: a SEV-1 on ${repo.owner}/${repo.repo} (times UTC), against the GitHub emulator at ${sandbox.emulator.url}`);
    options.print(`and the Slack and PagerDuty fakes at ${sandbox.fakes.url}`);
    let day = '';
    for (const step of script) {
      sandbox.setClock(stepTime(step.at));
      const { event, payload, what } = await act(sandbox, step, state);
      if (step.at.slice(0, 10) !== day) {
        day = step.at.slice(0, 10);
        options.print(`\n${day}`);
      }
      options.print(`${step.at.slice(11)}  ${what}`);
      const wasOn = sandbox.sweepOn();
      const run = await sandbox.run(event, payload);
      // The incident the alert opened is the one the people's steps then act on.
      if (run.alert?.incident != null) state.incident = run.alert.incident;
      for (const line of runLines(run, sandbox, wasOn)) options.print(`         → ${line}`);
    }
    sandbox.emulator.assertNoValidationErrors();
    if (state.incident === null) throw new Error('the demo script opened no incident');

    const [{ data: issue }, comments] = await Promise.all([
      sandbox.octokit.rest.issues.get({ ...repo, issue_number: state.incident }),
      sandbox.octokit.paginate(sandbox.octokit.rest.issues.listComments, { ...repo, issue_number: state.incident, per_page: 100 }),
    ]);
    const thread = threadMarkdown(`${repo.owner}/${repo.repo}`, issue, comments);
    await mkdir(options.outDir, { recursive: true });
    const path = join(options.outDir, `incident-${state.incident}.md`);
    await writeFile(path, thread);
    options.print('');
    for (const line of sinkLines(sandbox)) options.print(line);
    options.print(`${script.length} steps, ${sandbox.emulator.requests.length} GitHub API requests, every one checked against GitHub's OpenAPI description.`);
    options.print(`The final issue thread: ${path}`);
    return path;
  } finally {
    await sandbox.close();
  }
}
