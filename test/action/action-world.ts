/**
 * What the tests of the Action's runs share: the sweep workflow in the repository, the inputs a run is
 * called with (each test overrides what it is about), the shipped playbooks copied with a review date,
 * and the step outputs read back from the runner's file.
 */
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ActionInputs } from '../../action/inputs.js';
import { BOT_TOKEN } from '../../src/emulator/index.js';
import { packageRoot } from '../../src/package-root.js';
import { BOT, FULL_NAME, type GitHubWorld, OWNER, REPO } from '../github/sweep-world.js';

export const SWEEP = 'incident-sweep.yml';
/** The repository's files that hold the sweep workflow, for `useGitHub({ files })`. */
export const SWEEP_FILES = { [`.github/workflows/${SWEEP}`]: 'name: incident-sweep\non:\n  schedule:\n    - cron: "*/5 * * * *"\n' };
export const ENABLE = `PUT /repos/${FULL_NAME}/actions/workflows/${SWEEP}/enable`;
export const DISABLE = `PUT /repos/${FULL_NAME}/actions/workflows/${SWEEP}/disable`;

/** The inputs of an event run in `dir` on the shipped playbooks, with `more` in their place. */
export function actionInputs(w: GitHubWorld, dir: string, more: Partial<ActionInputs> = {}): ActionInputs {
  return {
    token: BOT_TOKEN,
    playbooksDir: join(packageRoot(), 'playbooks'),
    playbooksInput: 'playbooks',
    botLogin: BOT,
    dryRun: false,
    maxRequests: 500,
    owner: OWNER,
    repo: REPO,
    eventName: 'issues',
    eventPath: join(dir, 'event.json'),
    apiUrl: w.emulator.url,
    serverUrl: 'https://github.com',
    sha: 'c0ffee0000000000000000000000000000000001',
    workspace: join(dir, 'workspace'),
    sweepWorkflow: SWEEP,
    wakeSweep: false,
    workflowFile: 'incidents.yml',
    runId: 4242,
    ...more,
  };
}

/** The shipped playbooks, copied into `dir`'s workspace with every file last reviewed on `date`. */
export async function reviewedOn(dir: string, date: string): Promise<string> {
  const copy = join(dir, 'workspace', 'playbooks');
  await cp(join(packageRoot(), 'playbooks'), copy, { recursive: true });
  for (const name of (await readdir(copy)).filter((file) => file.endsWith('.yaml'))) {
    const path = join(copy, name);
    await writeFile(path, (await readFile(path, 'utf8')).replace(/last_reviewed: "[\d-]+"/, `last_reviewed: "${date}"`));
  }
  return copy;
}

/** The step outputs written to the `GITHUB_OUTPUT` file at `path`, by name (the last value of each). */
export async function outputsOf(path: string): Promise<Record<string, string>> {
  const file = await readFile(path, 'utf8');
  const outputs: Record<string, string> = {};
  for (const match of file.matchAll(/^(\w+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1] ?? ''] = match[3] ?? '';
  return outputs;
}
