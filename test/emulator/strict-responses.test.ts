import { RequestError } from '@octokit/request-error';
import { afterEach, expect, test } from 'vitest';
import { type Emulator, INVALID_RESPONSE, type IssueEventKind, type RepoRecord } from '../../src/emulator/index.js';
import { clientFor, startEmulator } from './helpers.js';

/** A response the emulator makes that GitHub's description refuses fails the caller, loudly. */

const repo = { owner: 'acme', repo: 'shop' };
// Octokit retries a 500; once is enough to see it.
const once = { request: { retries: 0 } };
let emulator: Emulator | undefined;

afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

/** An emulator with issue 1 carrying one `labeled` event, and that repository's record. */
async function withLabeledIssue(options: { failOnInvalidResponse?: boolean } = {}): Promise<RepoRecord> {
  emulator = await startEmulator(options);
  emulator.seed.issue('acme/shop', { title: 'Outage', labels: ['sev-1'] });
  const shop = emulator.state.repos['acme/shop'];
  if (shop === undefined) throw new Error('no acme/shop');
  return shop;
}

async function failure(promise: Promise<unknown>): Promise<RequestError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof RequestError)) throw new Error(`expected a RequestError, got ${String(error)}`);
  return error;
}

test('a malformed issue event is answered with a 500 that says what is wrong, and recorded', async () => {
  const shop = await withLabeledIssue();
  // A stored `labeled` event that lost its label: shown as `label: null`, which the labeled variant refuses.
  delete shop.events[0]?.label;
  const error = await failure(clientFor(emulator!).rest.issues.listEvents({ ...repo, issue_number: 1, ...once }));
  expect(error.status).toBe(500);
  expect(error.response?.data).toEqual({
    message: `${INVALID_RESPONSE}: issues/list-events response 200/0/label: must be object`,
    documentation_url: 'https://docs.github.com/rest/issues/events#list-issue-events',
    status: '500',
  });
  expect(emulator!.validationErrors).toEqual([
    {
      kind: 'response',
      operationId: 'issues/list-events',
      method: 'GET',
      path: '/repos/acme/shop/issues/1/events',
      status: 200,
      errors: ['response 200/0/label: must be object'],
    },
  ]);
});

test('a timeline item with an unknown event fails the same way', async () => {
  const shop = await withLabeledIssue();
  const stored = shop.events[0];
  if (stored === undefined) throw new Error('no event');
  stored.event = 'bogus_event' as IssueEventKind;
  const error = await failure(clientFor(emulator!).rest.issues.listEventsForTimeline({ ...repo, issue_number: 1, ...once }));
  expect(error.status).toBe(500);
  expect((error.response?.data as { message: string }).message).toBe(
    `${INVALID_RESPONSE}: issues/list-events-for-timeline response 200/0/event: must be equal to one of the allowed values`,
  );
  expect(emulator!.validationErrors.map((issue) => [issue.kind, issue.operationId])).toEqual([['response', 'issues/list-events-for-timeline']]);
});

test('with failOnInvalidResponse: false the response goes out as made, and is still recorded', async () => {
  const shop = await withLabeledIssue({ failOnInvalidResponse: false });
  delete shop.events[0]?.label;
  const events = await clientFor(emulator!).rest.issues.listEvents({ ...repo, issue_number: 1 });
  expect(events.status).toBe(200);
  expect(events.data).toMatchObject([{ event: 'labeled', label: null }]);
  expect(() => {
    emulator!.assertNoValidationErrors('response');
  }).toThrow(/response 200\/0\/label: must be object/);
});
