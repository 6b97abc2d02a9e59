/**
 * The Action: read inputs and the event, load the playbooks, reconcile the incidents the event
 * points at, and report outputs and a job summary. The only place with the runner's globals.
 */
import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { formatDiagnostics } from '../src/config/format-diagnostics.js';
import { PlaybookError, loadPlaybooks } from '../src/config/load-playbooks.js';
import { eventTarget } from '../src/engine/event-target.js';
import { createOctokit } from '../src/github/octokit.js';
import { type IncidentResult, runIncidents } from '../src/github/run-incidents.js';
import { packageRoot } from '../src/package-root.js';
import { createCommentRenderer } from '../src/render/comments.js';
import { readInputs } from './inputs.js';
import { writeSummary } from './summary.js';

async function loadSet(dir: string | null, input: string) {
  if (dir === null) {
    core.warning(`The playbook directory "${input}" does not exist in the workspace; using the bundled default set. Check out your repository first (actions/checkout) or set the playbooks input.`);
  }
  try {
    return await loadPlaybooks(dir ?? `${packageRoot()}/playbooks`);
  } catch (error) {
    if (error instanceof PlaybookError) {
      process.stdout.write(formatDiagnostics(error.diagnostics, 'github'));
      throw new Error(`The playbooks in "${input}" have errors; nothing was changed. Run \`npx playbook-ops validate ${input}\` to see them.`, { cause: error });
    }
    throw error;
  }
}

function setOutputs(results: IncidentResult[]): void {
  const only = results.length === 1 ? results[0] : undefined;
  core.setOutput('incident', only?.incident ?? '');
  core.setOutput('severity', only?.severity ?? '');
  core.setOutput('status', only?.status ?? '');
  core.setOutput('effects', JSON.stringify(results.flatMap((result) => result.effects.map((effect) => ({ incident: result.incident, effect })))));
}

/** Runs the Action; a failure sets the step failed with a message that says what to do. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs(process.env);
    const payload = JSON.parse(await readFile(inputs.eventPath, 'utf8')) as Parameters<typeof eventTarget>[1];
    const target = eventTarget(inputs.eventName, payload, inputs.botLogin);
    const set = await loadSet(inputs.playbooksDir, inputs.playbooksInput);
    const log = { info: core.info, warning: core.warning };
    const octokit = createOctokit({ token: inputs.token, baseUrl: inputs.apiUrl, log });
    const results = await runIncidents(
      { octokit, log, now: () => new Date() },
      {
        owner: inputs.owner,
        repo: inputs.repo,
        botLogin: inputs.botLogin,
        set,
        playbookRef: { sha: inputs.sha, path: inputs.playbooksInput, serverUrl: inputs.serverUrl },
        render: createCommentRenderer(),
        dryRun: inputs.dryRun,
      },
      target,
    );
    for (const result of results) {
      core.info(`#${result.incident}: ${result.severity ?? 'no severity'}, ${result.status}`);
      for (const effect of result.effects) core.info(`  ${effect}`);
    }
    setOutputs(results);
    if (process.env.GITHUB_STEP_SUMMARY) await writeSummary(results, target, inputs.dryRun);
    else core.info('GITHUB_STEP_SUMMARY is not set, so no job summary was written.');
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
    if (error instanceof Error && error.cause instanceof Error) core.info(`Cause: ${error.cause.message}`);
  }
}
