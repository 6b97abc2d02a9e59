/**
 * API faults on every request of an incident's life: for each request the bot makes in a scripted
 * life (declare, raise, ack, roles, an update, resolve), a fresh world injects a fault into exactly
 * that request (a 5xx, a secondary rate limit with retry-after, a 429 without, a primary rate limit,
 * a 500 after the write happened, in turn), the life is played again, and the incident is run until
 * quiet. The end state must be the clean run's: the same labels, state, assignees and bot records,
 * and the same card apart from the times of steps GitHub's failure delayed.
 *
 * Each case plays a whole life, so the requests are shared among test files (api-faults-N.test.ts)
 * that vitest runs side by side.
 */
import { describe, expect, test } from 'vitest';
import type { FaultSpec } from '../../src/emulator/faults.js';
import type { RecordedRequest } from '../../src/emulator/recording.js';
import { BOT, startWorld } from '../lifecycle/harness.js';
import { endState, life, untilQuiet } from './life.js';
import { recordCases } from './property.js';

/** The faults injected, one per request, in turn. */
const KINDS: { name: string; spec: FaultSpec }[] = [
  { name: '500', spec: { status: 500 } },
  { name: '403 secondary rate limit, retry-after 1', spec: { rateLimit: 'secondary', retryAfter: 1 } },
  { name: '502', spec: { status: 502 } },
  { name: '429 without retry-after', spec: { status: 429 } },
  { name: '500 after the write', spec: { afterWrite: true } },
  { name: '403 primary rate limit', spec: { rateLimit: 'primary', retryAfter: 1 } },
];

function botRequests(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter((request) => request.user === BOT);
}

/** Tests that a fault on each request numbered `shard` modulo `shards` of the life leaves the clean run's end state. */
export function faultEachRequest(shard: number, shards: number): void {
  describe(`a fault on each request of an incident’s life (requests ${shard + 1}, ${shard + 1 + shards}, ... of every ${shards})`, () => {
    test('ends, after runs until quiet, in the state of the clean run', async () => {
      const clean = await startWorld();
      const number = await life(clean, (delivery) => clean.run(delivery, { keepFailures: true }));
      const expected = endState(clean, number);
      const requests = botRequests(clean.emulator.requests);
      await clean.stop();
      expect(requests.length).toBeGreaterThan(20);

      const failures: string[] = [];
      let cases = 0;
      for (const [index, request] of requests.entries()) {
        if (index % shards !== shard) continue;
        const kind = KINDS[index % KINDS.length]!;
        // A 500 after the write is a fault of writes; a read gets the kind after it.
        const fault = kind.spec.afterWrite === true && request.method === 'GET' ? KINDS[(index + 1) % KINDS.length]! : kind;
        cases += 1;
        const w = await startWorld();
        try {
          const before = requests.slice(0, index).filter((earlier) => earlier.method === request.method && earlier.path === request.path).length;
          const injected = w.emulator.faults.add({ ...fault.spec, method: request.method, path: request.path, actor: BOT, skip: before });
          const faulty = await life(w, (delivery) => w.run(delivery, { keepFailures: true }));
          await untilQuiet(w, faulty);
          if (injected.fired !== 1) failures.push(`${request.method} ${request.path} #${before + 1}: the fault did not fire`);
          const got = endState(w, faulty);
          if (JSON.stringify(got) !== JSON.stringify(expected)) {
            failures.push(`${fault.name} on ${request.method} ${request.path} #${before + 1}: ${JSON.stringify({ expected: { ...expected, card: undefined }, got: { ...got, card: undefined } })}${got.card === expected.card ? '' : ' (card differs)'}`);
          }
          w.emulator.assertNoValidationErrors();
        } finally {
          await w.stop();
        }
      }
      recordCases('API-faults', `every-request-${shard + 1}-of-${shards}`, cases, cases - failures.length);
      expect(failures).toEqual([]);
    }, 300_000);
  });
}
