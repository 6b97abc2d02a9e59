/**
 * Labels on an issue as the engine sets them when severity changes: names or `{ name }` objects,
 * GitHub's 404 "Label does not exist" for removing one the issue lacks, a new label's location, and
 * only labels the repository still has in an issue's answer.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { clientFor, refusal, startEmulator } from './helpers.js';

const repo = { owner: 'acme', repo: 'shop' };
let emulator: Emulator;

beforeEach(async () => {
  emulator = await startEmulator();
  emulator.seed.issue('acme/shop', { title: 'Checkout down', labels: ['incident'] });
});
afterEach(async () => {
  emulator.assertNoValidationErrors();
  await emulator.close();
});

const names = (labels: { name: string }[]) => labels.map((label) => label.name);

test('adds and sets labels given as names or as { name } objects, answering the issue\'s labels', async () => {
  const octokit = clientFor(emulator);
  const added = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { ...repo, issue_number: 1, labels: [{ name: 'sev-1' }, 'triage'] });
  expect(names(added.data as { name: string }[])).toEqual(['incident', 'sev-1', 'triage']);
  const set = await octokit.request('PUT /repos/{owner}/{repo}/issues/{issue_number}/labels', { ...repo, issue_number: 1, labels: [{ name: 'sev-2' }] });
  expect(names(set.data as { name: string }[])).toEqual(['sev-2']);
  expect((await octokit.request('PUT /repos/{owner}/{repo}/issues/{issue_number}/labels', { ...repo, issue_number: 1 })).data).toEqual([]);
});

test("removing a label the issue lacks is GitHub's 404, and removing one answers the labels left", async () => {
  const octokit = clientFor(emulator);
  expect(await refusal(octokit.rest.issues.removeLabel({ ...repo, issue_number: 1, name: 'sev-1' }))).toMatchObject({ status: 404, data: { message: 'Label does not exist' } });
  await octokit.rest.issues.addLabels({ ...repo, issue_number: 1, labels: ['sev-1'] });
  expect(names((await octokit.rest.issues.removeLabel({ ...repo, issue_number: 1, name: 'incident' })).data)).toEqual(['sev-1']);
  expect((await octokit.rest.issues.removeAllLabels({ ...repo, issue_number: 1 })).status).toBe(204);
  expect((await octokit.rest.issues.listLabelsOnIssue({ ...repo, issue_number: 1 })).data).toEqual([]);
});

test('an issue answers only the labels the repository still has', async () => {
  const octokit = clientFor(emulator);
  await octokit.rest.issues.addLabels({ ...repo, issue_number: 1, labels: ['sev-1'] });
  const repoRecord = emulator.state.repos['acme/shop']!;
  repoRecord.labels = repoRecord.labels.filter((label) => label.name !== 'incident');
  expect(names((await octokit.rest.issues.listLabelsOnIssue({ ...repo, issue_number: 1 })).data)).toEqual(['sev-1']);
  expect(names((await octokit.rest.issues.get({ ...repo, issue_number: 1 })).data.labels as { name: string }[])).toEqual(['sev-1']);
});

test('a new label answers its location and description, and a label that does not exist is 404', async () => {
  const octokit = clientFor(emulator);
  const created = await octokit.rest.issues.createLabel({ ...repo, name: 'sev 2', color: 'd93f0b', description: 'High' });
  expect(created.headers.location).toBe(`${emulator.url}/repos/acme/shop/labels/sev%202`);
  expect(created.data).toMatchObject({ name: 'sev 2', description: 'High' });
  expect((await refusal(octokit.rest.issues.getLabel({ ...repo, name: 'sev-9' }))).status).toBe(404);
  expect((await octokit.rest.issues.listLabelsForRepo(repo)).data.map((label) => label.name)).toEqual(['incident', 'sev-1', 'sev 2']);
});
