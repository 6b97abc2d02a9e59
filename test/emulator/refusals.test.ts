import { RequestError } from '@octokit/request-error';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { clientFor, startEmulator } from './helpers.js';

/** Writes GitHub refuses with 422 "Validation Failed", and that the emulator must refuse alike. */

const repo = { owner: 'acme', repo: 'shop' };
const tooLong = 'x'.repeat(51);
let emulator: Emulator;

beforeEach(async () => {
  emulator = await startEmulator();
  emulator.seed.issue('acme/shop', { title: 'Outage' });
});
afterEach(async () => {
  // These are refusals by GitHub's rules, not by the OpenAPI check: nothing is recorded.
  emulator.assertNoValidationErrors();
  await emulator.close();
});

/** The `errors` of the 422 `promise` fails with; anything else fails the test. */
async function refusal(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof RequestError)) throw new Error(`expected a RequestError, got ${String(error)}`);
  expect(error.status).toBe(422);
  expect(error.response?.data).toMatchObject({ message: 'Validation Failed', status: '422' });
  return (error.response?.data as { errors: unknown }).errors;
}

function shop() {
  const found = emulator.state.repos['acme/shop'];
  if (found === undefined) throw new Error('no acme/shop');
  return found;
}

describe('label names', () => {
  test('create-label refuses a name over 50 characters and an empty one; 50 is fine', async () => {
    const octokit = clientFor(emulator);
    expect(await refusal(octokit.rest.issues.createLabel({ ...repo, name: tooLong }))).toEqual([
      { resource: 'Label', code: 'custom', field: 'name', message: 'name is too long (maximum is 50 characters)' },
    ]);
    expect(await refusal(octokit.rest.issues.createLabel({ ...repo, name: '' }))).toEqual([{ resource: 'Label', code: 'missing_field', field: 'name' }]);
    expect((await octokit.rest.issues.createLabel({ ...repo, name: 'y'.repeat(50) })).status).toBe(201);
    expect(shop().labels.map((label) => label.name)).toEqual(['incident', 'sev-1', 'y'.repeat(50)]);
  });

  test('adding, setting or creating an issue with such a label is refused and changes nothing', async () => {
    emulator.seed.addLabels('acme/shop', 1, ['incident']);
    const before = structuredClone(shop());
    const octokit = clientFor(emulator);
    expect(await refusal(octokit.rest.issues.addLabels({ ...repo, issue_number: 1, labels: ['sev-1', tooLong] }))).toMatchObject([{ field: 'name' }]);
    expect(await refusal(octokit.rest.issues.addLabels({ ...repo, issue_number: 1, labels: [''] }))).toEqual([
      { resource: 'Label', code: 'missing_field', field: 'name' },
    ]);
    expect(await refusal(octokit.rest.issues.setLabels({ ...repo, issue_number: 1, labels: [tooLong] }))).toMatchObject([{ field: 'name' }]);
    expect(await refusal(octokit.rest.issues.update({ ...repo, issue_number: 1, title: 'Renamed', labels: [''] }))).toMatchObject([{ field: 'name' }]);
    expect(await refusal(octokit.rest.issues.create({ ...repo, title: 'x', labels: [tooLong] }))).toMatchObject([{ field: 'name' }]);
    expect(shop()).toEqual(before);
  });
});

describe('comment bodies', () => {
  test('creating or editing a comment with an empty or blank body is refused', async () => {
    const octokit = clientFor(emulator);
    const missing = [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }];
    expect(await refusal(octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: '' }))).toEqual(missing);
    expect(await refusal(octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: ' \n' }))).toEqual(missing);
    const comment = await octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'Paging on-call' });
    expect(await refusal(octokit.rest.issues.updateComment({ ...repo, comment_id: comment.data.id, body: '' }))).toEqual(missing);
    expect(shop().comments.map((stored) => stored.body)).toEqual(['Paging on-call']);
  });
});

describe('state_reason', () => {
  test('a reason that contradicts the state is refused, before any other change', async () => {
    const octokit = clientFor(emulator);
    const invalid = [{ resource: 'Issue', code: 'invalid', field: 'state_reason' }];
    expect(await refusal(octokit.rest.issues.update({ ...repo, issue_number: 1, title: 'Renamed', state: 'closed', state_reason: 'reopened' }))).toEqual(invalid);
    expect(await refusal(octokit.rest.issues.update({ ...repo, issue_number: 1, state: 'open', state_reason: 'not_planned' }))).toEqual(invalid);
    expect(await refusal(octokit.rest.issues.update({ ...repo, issue_number: 1, state: 'open', state_reason: 'completed' }))).toEqual(invalid);
    expect(shop().issues[0]).toMatchObject({ title: 'Outage', state: 'open', stateReason: null });

    await octokit.rest.issues.update({ ...repo, issue_number: 1, state: 'closed', state_reason: 'not_planned' });
    // Alone, a reason applies to a closed issue, so it must still be a closing one.
    expect(await refusal(octokit.rest.issues.update({ ...repo, issue_number: 1, state_reason: 'reopened' }))).toEqual(invalid);
    const reopened = await octokit.rest.issues.update({ ...repo, issue_number: 1, state: 'open', state_reason: 'reopened' });
    expect(reopened.data).toMatchObject({ state: 'open', state_reason: 'reopened' });
  });

  test('duplicate needs duplicate_issue_id naming an existing issue by id', async () => {
    const octokit = clientFor(emulator);
    const original = emulator.seed.issue('acme/shop', { title: 'Outage (first report)' });
    expect(await refusal(octokit.rest.issues.update({ ...repo, issue_number: 1, state: 'closed', state_reason: 'duplicate' }))).toEqual([
      { resource: 'Issue', code: 'missing_field', field: 'duplicate_issue_id' },
    ]);
    expect(await refusal(octokit.rest.issues.update({ ...repo, issue_number: 1, state: 'closed', state_reason: 'duplicate', duplicate_issue_id: 999_999 }))).toEqual([
      { resource: 'Issue', code: 'invalid', field: 'duplicate_issue_id' },
    ]);
    expect(shop().issues[0]?.state).toBe('open');
    const closed = await octokit.rest.issues.update({ ...repo, issue_number: 1, state: 'closed', state_reason: 'duplicate', duplicate_issue_id: original.id });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'duplicate' });
  });

  test('the original may be in another repository; a null reason is no reason', async () => {
    const octokit = clientFor(emulator);
    emulator.seed.repo('acme', 'web');
    const elsewhere = emulator.seed.issue('acme/web', { title: 'Outage (reported on web)' });
    const closed = await octokit.rest.issues.update({ ...repo, issue_number: 1, state: 'closed', state_reason: 'duplicate', duplicate_issue_id: elsewhere.id });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'duplicate' });
    const reopened = await octokit.rest.issues.update({ ...repo, issue_number: 1, state: 'open', state_reason: null });
    expect(reopened.data).toMatchObject({ state: 'open', state_reason: 'reopened' });
    const closedAgain = await octokit.rest.issues.update({ ...repo, issue_number: 1, state: 'closed', state_reason: null });
    expect(closedAgain.data).toMatchObject({ state: 'closed', state_reason: 'completed' });
  });
});
