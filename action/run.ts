/**
 * The Action's start: read inputs and the event, and send the first reads of the incident at once.
 * The engine, the playbook loader and the templates (most of the code) load once the first read is
 * on the wire, while the answers are on their way. The only place with the runner's globals.
 */
import { readFile } from 'node:fs/promises';
import { alertDispatch } from '../src/alerts/alert-dispatch.js';
import { eventTarget } from '../src/engine/event-target.js';
import { type FetchedIncident, fetchIncident } from '../src/github/fetch-incident.js';
import { type GitHubClient, createOctokit } from '../src/github/octokit.js';
import { pullRequestTarget } from '../src/review/pull-request-target.js';
import { type ActionInputs, readInputs } from './inputs.js';
import { requestSent } from './request-sent.js';
import { info, setFailed, warning } from './workflow-commands.js';

/**
 * Starts the reads of issue `number`; resolves once the first of them is on the wire. Loading the
 * rest of the code blocks the event loop, so starting it earlier would hold the request back.
 */
async function prefetch(octokit: GitHubClient, inputs: ActionInputs, number: number): Promise<{ fetched: Promise<FetchedIncident> }> {
  const fetched: Promise<FetchedIncident> = fetchIncident(octokit, { owner: inputs.owner, repo: inputs.repo, number });
  // A failed read is reported where the run awaits it, after the playbooks have been checked; until
  // then this handler keeps Node from ending the process over an unhandled rejection.
  fetched.catch(() => undefined);
  await requestSent(fetched);
  return { fetched };
}

/** Runs the Action; a failure sets the step failed with a message that says what to do. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs(process.env);
    const payload = JSON.parse(await readFile(inputs.eventPath, 'utf8')) as Parameters<typeof eventTarget>[1] & Parameters<typeof pullRequestTarget>[1] & Parameters<typeof alertDispatch>[1];
    const log = { info, warning };
    const octokit = createOctokit({ token: inputs.token, baseUrl: inputs.apiUrl, log });
    if (inputs.wakeSweep) {
      const { wakeRun } = await import('./wake-run.js');
      await wakeRun({ inputs, octokit, log });
      return;
    }
    // An alert from Alertmanager or Grafana opens or updates the incident of its group first.
    const alert = alertDispatch(inputs.eventName, payload);
    if (alert !== null) {
      const { alertRun } = await import('./alert-run.js');
      await alertRun({ inputs, clientPayload: alert.clientPayload, octokit, log });
      return;
    }
    // A pull request is not an incident: it gets the playbook check (src/review) instead.
    const pull = pullRequestTarget(inputs.eventName, payload);
    if (pull !== null && !('skip' in pull)) {
      const { playbookCheckRun } = await import('./playbook-check-run.js');
      await playbookCheckRun({ inputs, pullRequest: pull, octokit, log });
      return;
    }
    // Other pull_request actions (a merged post-mortem, say) are the incidents' business.
    const target = eventTarget(inputs.eventName, payload, inputs.botLogin);
    // Reads change nothing, so they may start before the playbooks are validated; a run for all
    // open incidents needs the playbooks' incident label to list them, so it waits.
    const prefetched = target.type === 'issue' ? (await prefetch(octokit, inputs, target.number)).fetched : undefined;
    const { reconcileRun } = await import('./reconcile-run.js');
    await reconcileRun({ inputs, target, octokit, log, prefetched });
  } catch (error) {
    setFailed(error instanceof Error ? error.message : String(error));
    if (error instanceof Error && error.cause instanceof Error) info(`Cause: ${error.cause.message}`);
  }
}
