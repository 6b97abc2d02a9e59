import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { EVENT_VARIANTS } from '../../src/emulator/openapi/event-variants.js';
import { openApi } from '../../src/emulator/openapi/spec.js';
import { OpenApiValidator } from '../../src/emulator/openapi/validator.js';
import { clientFor, startEmulator } from './helpers.js';

const repo = { owner: 'acme', repo: 'shop' };
const validator = new OpenApiValidator(openApi);

function refsOf(union: string): string[] {
  const anyOf = openApi.components.schemas[union]?.anyOf;
  if (!Array.isArray(anyOf)) throw new Error(`${union} is not an anyOf`);
  return anyOf.map((variant) => (variant as { $ref: string }).$ref.replace('#/components/schemas/', ''));
}

test('every variant of the event unions is reached by an event, and every event names a known schema', () => {
  for (const [union, variants] of Object.entries(EVENT_VARIANTS)) {
    const named = new Set(Object.values(variants));
    expect(refsOf(union).filter((ref) => !named.has(ref)), union).toEqual([]);
    expect([...named].filter((schema) => openApi.components.schemas[schema] === undefined), union).toEqual([]);
  }
});

describe('issue events and timeline items are checked against the variant their event names', () => {
  let emulator: Emulator;
  let events: Array<Record<string, unknown>>;
  let timeline: Array<Record<string, unknown>>;
  beforeAll(async () => {
    emulator = await startEmulator();
    emulator.seed.issue('acme/shop', { title: 'Outage', labels: ['sev-1'], assignees: ['bob'] });
    emulator.seed.comment('acme/shop', 1, { body: 'Paging on-call' });
    emulator.seed.close('acme/shop', 1);
    const octokit = clientFor(emulator);
    events = (await octokit.rest.issues.listEvents({ ...repo, issue_number: 1 })).data;
    timeline = (await octokit.rest.issues.listEventsForTimeline({ ...repo, issue_number: 1 })).data;
  });
  afterAll(async () => {
    emulator.assertNoValidationErrors();
    await emulator.close();
  });

  const operations = [
    ['issues/list-events', () => events],
    ['issues/list-events-for-timeline', () => timeline],
  ] as const;

  test.each(operations)('%s: what the emulator answers passes', (operation, items) => {
    expect(items().map((item) => item.event)).toEqual(operation === 'issues/list-events' ? ['labeled', 'assigned', 'closed'] : ['labeled', 'assigned', 'commented', 'closed']);
    expect(validator.response(operation, 200, items())).toEqual([]);
  });

  test.each(operations)('%s: an item without event, with an unknown event, or off its variant fails', (operation, items) => {
    const labeled = items()[0];
    const where = (body: unknown): string[] => validator.response(operation, 200, body).map((failure) => `${failure.where}: ${failure.message}`);
    expect(where([{}])).toEqual(["response 200/0/event: must have required property 'event'"]);
    expect(where([{ ...labeled, event: 'bogus_event' }])).toEqual(['response 200/0/event: must be equal to one of the allowed values']);
    expect(where([{ ...labeled, label: 42 }])).toEqual(['response 200/0/label: must be object']);
    expect(where([{ ...labeled, label: undefined }])).toEqual(["response 200/0/label: must have required property 'label'"]);
    // An assigned event without its assignee would match the labeled variant's fields no more.
    expect(where([{ ...items()[1], assignee: undefined, label: { name: 'x', color: 'ffffff' } }])).toEqual([
      "response 200/0/assignee: must have required property 'assignee'",
    ]);
  });
});
