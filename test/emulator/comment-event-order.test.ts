/**
 * The orders the engine reads a thread in: comments and events in the order they were made (by id,
 * whatever order the state holds them in), only the issue's own, and the timeline interleaving both
 * by time with ids breaking ties. Reading a thread out of order would make the engine see an
 * acknowledgement before the page it answers.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { clientFor, startEmulator } from './helpers.js';

const repo = { owner: 'acme', repo: 'shop' };
let emulator: Emulator;

beforeEach(async () => {
  emulator = await startEmulator();
  emulator.seed.issue('acme/shop', { title: 'one', at: '2026-02-01T00:00:00Z' });
  emulator.seed.issue('acme/shop', { title: 'two', at: '2026-02-01T00:00:00Z' });
});
afterEach(async () => {
  emulator.assertNoValidationErrors();
  await emulator.close();
});

test("comments come in the order they were made, only the issue's own, from since on", async () => {
  emulator.seed.comment('acme/shop', 1, { body: 'first', at: '2026-02-02T00:00:00Z' });
  emulator.seed.comment('acme/shop', 2, { body: 'elsewhere', at: '2026-02-02T00:00:00Z' });
  emulator.seed.comment('acme/shop', 1, { body: 'second', at: '2026-02-03T00:00:00Z' });
  emulator.state.repos['acme/shop']!.comments.reverse();
  const bodies = async (since?: string) =>
    (await clientFor(emulator).request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: 1, ...(since === undefined ? {} : { since }) })).data.map((comment) => comment.body);
  expect(await bodies()).toEqual(['first', 'second']);
  expect(await bodies('2026-02-03T00:00:00Z')).toEqual(['second']);
  expect(await bodies('2026-02-03T00:00:01Z')).toEqual([]);
});

test("events come in the order they were made, only the issue's own", async () => {
  emulator.seed.addLabels('acme/shop', 1, ['sev-1'], { actor: 'alice', at: '2026-02-02T00:00:00Z' });
  emulator.seed.addLabels('acme/shop', 2, ['incident'], { actor: 'alice', at: '2026-02-02T00:00:00Z' });
  emulator.seed.assign('acme/shop', 1, ['bob'], { actor: 'alice', at: '2026-02-03T00:00:00Z' });
  emulator.state.repos['acme/shop']!.events.reverse();
  const events = (await clientFor(emulator).rest.issues.listEvents({ ...repo, issue_number: 1 })).data;
  expect(events.map((event) => event.event)).toEqual(['labeled', 'assigned']);
});

test('the timeline interleaves comments and events by time, and by the order they were made at the same second', async () => {
  emulator.seed.addLabels('acme/shop', 1, ['sev-1'], { actor: 'alice', at: '2026-02-02T00:00:00Z' });
  emulator.seed.comment('acme/shop', 1, { body: 'paged', at: '2026-02-02T00:00:00Z' });
  emulator.seed.comment('acme/shop', 1, { body: 'earlier', at: '2026-02-01T12:00:00Z' });
  emulator.seed.assign('acme/shop', 1, ['bob'], { actor: 'alice', at: '2026-02-02T00:00:00Z' });
  emulator.seed.comment('acme/shop', 2, { body: 'elsewhere', at: '2026-02-01T13:00:00Z' });
  const timeline = (await clientFor(emulator).rest.issues.listEventsForTimeline({ ...repo, issue_number: 1 })).data;
  expect(timeline.map((item) => ('body' in item ? `comment ${String(item.body)}` : item.event))).toEqual(['comment earlier', 'labeled', 'comment paged', 'assigned']);
});
