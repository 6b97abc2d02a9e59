/**
 * Workflows (`/actions/workflows/{id}`): a file under .github/workflows/ on the default branch, by
 * file name or id, with GitHub's states. Enable and disable answer 204 whatever the state was; a
 * bot's token without `actions: write` gets GitHub's 403. Every answer is checked against GitHub's
 * OpenAPI description (assertNoValidationErrors).
 */
import { RequestError } from '@octokit/request-error';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { clientFor, startEmulator } from './helpers.js';

const repo = { owner: 'acme', repo: 'shop' };
let emulator: Emulator;

beforeEach(async () => {
  emulator = await startEmulator();
  emulator.seed.commit('acme/shop', 'main', { '.github/workflows/incident-sweep.yml': 'name: incident-sweep\non:\n  schedule:\n    - cron: "*/5 * * * *"\n' });
});
afterEach(async () => {
  emulator.assertNoValidationErrors();
  await emulator.close();
});

async function status(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 0;
  } catch (error) {
    if (error instanceof RequestError) return error.status;
    throw error;
  }
}

describe('workflows', () => {
  test('a workflow file on the default branch is active; disable and enable switch it, by file name or id, idempotently', async () => {
    const octokit = clientFor(emulator);
    const got = await octokit.rest.actions.getWorkflow({ ...repo, workflow_id: 'incident-sweep.yml' });
    expect(got.data).toMatchObject({ name: 'incident-sweep', path: '.github/workflows/incident-sweep.yml', state: 'active' });
    const disabled = await octokit.rest.actions.disableWorkflow({ ...repo, workflow_id: 'incident-sweep.yml' });
    expect(disabled.status).toBe(204);
    expect((await octokit.rest.actions.disableWorkflow({ ...repo, workflow_id: got.data.id })).status).toBe(204);
    expect((await octokit.rest.actions.getWorkflow({ ...repo, workflow_id: got.data.id })).data.state).toBe('disabled_manually');
    expect((await octokit.rest.actions.enableWorkflow({ ...repo, workflow_id: 'incident-sweep.yml' })).status).toBe(204);
    expect((await octokit.rest.actions.enableWorkflow({ ...repo, workflow_id: 'incident-sweep.yml' })).status).toBe(204);
    expect((await octokit.rest.actions.getWorkflow({ ...repo, workflow_id: 'incident-sweep.yml' })).data.state).toBe('active');
  });

  test('a file that is not on the default branch is no workflow: 404', async () => {
    const octokit = clientFor(emulator);
    emulator.seed.commit('acme/shop', 'feature', { '.github/workflows/other.yml': 'name: other\n' });
    expect(await status(octokit.rest.actions.getWorkflow({ ...repo, workflow_id: 'other.yml' }))).toBe(404);
    expect(await status(octokit.rest.actions.disableWorkflow({ ...repo, workflow_id: 'missing.yml' }))).toBe(404);
  });

  test('only YAML files directly in .github/workflows are workflows; each keeps its own id', async () => {
    const octokit = clientFor(emulator);
    emulator.seed.commit('acme/shop', 'main', {
      '.github/workflows/deploy.yaml': 'name: deploy\n',
      '.github/workflows/README.md': '# workflows\n',
      '.github/workflows/old.yml.bak': 'name: old\n',
      '.github/workflows/nested/inner.yml': 'name: inner\n',
    });
    const sweep = (await octokit.rest.actions.getWorkflow({ ...repo, workflow_id: 'incident-sweep.yml' })).data;
    const deploy = (await octokit.rest.actions.getWorkflow({ ...repo, workflow_id: 'deploy.yaml' })).data;
    expect(deploy).toMatchObject({ name: 'deploy', path: '.github/workflows/deploy.yaml' });
    expect(deploy.id).not.toBe(sweep.id);
    expect((await octokit.rest.actions.getWorkflow({ ...repo, workflow_id: deploy.id })).data.path).toBe('.github/workflows/deploy.yaml');
    expect((await octokit.rest.actions.getWorkflow({ ...repo, workflow_id: sweep.id })).data.path).toBe('.github/workflows/incident-sweep.yml');
    for (const name of ['README.md', 'old.yml.bak', 'nested', 'inner.yml', 'nested/inner.yml']) {
      expect(await status(octokit.rest.actions.getWorkflow({ ...repo, workflow_id: name })), name).toBe(404);
    }
  });

  test('a repository without a workflows directory, or with a file in its place, has no workflows: 404', async () => {
    const octokit = clientFor(emulator);
    emulator.seed.repo('acme', 'bare', { files: { 'README.md': '# bare\n' } });
    expect(await status(octokit.rest.actions.getWorkflow({ owner: 'acme', repo: 'bare', workflow_id: 'incident-sweep.yml' }))).toBe(404);
    emulator.seed.repo('acme', 'odd', { files: { '.github/workflows': 'not a directory\n' } });
    expect(await status(octokit.rest.actions.getWorkflow({ owner: 'acme', repo: 'odd', workflow_id: 'workflows' }))).toBe(404);
  });

  test("a bot's token without actions: write is refused with GitHub's 403; people with write are not", async () => {
    emulator.state.repos['acme/shop']!.botMayManageWorkflows = false;
    const error = await clientFor(emulator)
      .rest.actions.disableWorkflow({ ...repo, workflow_id: 'incident-sweep.yml' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestError);
    expect((error as RequestError).status).toBe(403);
    expect((error as RequestError).message).toContain('Resource not accessible by integration');
    expect((await clientFor(emulator, 'bob-token').rest.actions.disableWorkflow({ ...repo, workflow_id: 'incident-sweep.yml' })).status).toBe(204);
  });
});
