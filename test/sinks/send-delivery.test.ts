/**
 * How a send ends: sent, refused (no retry), or given up after retries with back-off; never thrown,
 * always with the short reason the card shows.
 */
import { describe, expect, it } from 'vitest';
import { SEND_ATTEMPTS, type SinkDeps, sendDelivery } from '../../src/sinks/send-delivery.js';
import { sinkRequest } from '../../src/sinks/sink-request.js';
import { delivery } from './deliveries.js';

type Answer = { status: number; body?: string; retryAfter?: string } | Error;

/** Deps whose fetch gives `answers` in turn (the last one again when they run out), recording requests and waits. */
function world(answers: Answer[], secrets: Record<string, string> = { HOOK_SECRET: 'shh' }) {
  const calls: { url: string; init: RequestInit }[] = [];
  const waits: number[] = [];
  let clock = Date.parse('2026-11-27T03:10:00Z');
  const deps: SinkDeps = {
    secret: (name) => secrets[name],
    fetch: (input, init) => {
      calls.push({ url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, init: init ?? {} });
      const answer = answers[Math.min(calls.length, answers.length) - 1];
      if (answer === undefined) throw new Error('no answer');
      if (answer instanceof Error) return Promise.reject(answer);
      const headers = answer.retryAfter === undefined ? undefined : { 'retry-after': answer.retryAfter };
      return Promise.resolve(new Response(answer.body ?? '', { status: answer.status, ...(headers && { headers }) }));
    },
    sleep: (ms) => {
      waits.push(ms);
      clock += ms;
      return Promise.resolve();
    },
    now: () => new Date(clock),
  };
  return { deps, calls, waits };
}

function timeout(): Error {
  return new DOMException('The operation was aborted due to timeout', 'TimeoutError');
}

describe('sending a delivery', () => {
  it('POSTs the sink request with a time limit and reports it sent, with when', async () => {
    const { deps, calls, waits } = world([{ status: 202, body: 'accepted' }]);
    const result = await sendDelivery(delivery('webhook'), deps);
    expect(result).toEqual({ outcome: { ok: true, at: '2026-11-27T03:10:00.000Z' }, detail: '202' });
    const request = sinkRequest(delivery('webhook'), 'shh', new Date('2026-11-27T03:10:00Z'));
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(request.url);
    expect(calls[0]?.init).toMatchObject({ method: 'POST', headers: request.headers, body: request.body });
    expect(calls[0]?.init.signal).toBeInstanceOf(AbortSignal);
    expect(waits).toEqual([]);
  });

  it('sends nothing when the secret is missing or empty, and says how to pass it to the step', async () => {
    for (const secrets of [{}, { HOOK_SECRET: '' }]) {
      const { deps, calls } = world([{ status: 200 }], secrets);
      expect(await sendDelivery(delivery('webhook'), deps)).toEqual({
        outcome: { ok: false, reason: 'no-secret' },
        detail: 'the secret HOOK_SECRET is not set: pass it to the step as env HOOK_SECRET: ${{ secrets.HOOK_SECRET }}',
      });
      expect(calls).toEqual([]);
    }
  });

  it('does not retry a refusal (4xx other than 429): the status is the reason, with the start of what the service said', async () => {
    for (const status of [400, 404, 428, 499]) {
      const { deps, calls } = world([{ status, body: `invalid_payload ${'x'.repeat(300)}` }]);
      expect(await sendDelivery(delivery('webhook'), deps)).toEqual({
        outcome: { ok: false, reason: String(status) },
        detail: `${status} ${`invalid_payload ${'x'.repeat(300)}`.slice(0, 200)}`,
      });
      expect(calls).toHaveLength(1);
    }
  });

  it('retries 429 and 5xx three times in all, waiting 1 s then 2 s, and reports the status and the attempts', async () => {
    for (const status of [429, 500, 503]) {
      const { deps, calls, waits } = world([{ status }]);
      expect(await sendDelivery(delivery('webhook'), deps)).toEqual({ outcome: { ok: false, reason: String(status) }, detail: `${status} after ${SEND_ATTEMPTS} attempts` });
      expect(calls).toHaveLength(SEND_ATTEMPTS);
      expect(waits).toEqual([1000, 2000]);
    }
  });

  it('stamps each attempt afresh, so a signed webhook retry carries the time it was sent', async () => {
    const { deps, calls } = world([{ status: 503 }, { status: 200 }]);
    expect(await sendDelivery(delivery('webhook'), deps)).toEqual({ outcome: { ok: true, at: '2026-11-27T03:10:01.000Z' }, detail: '200' });
    const stamps = calls.map((call) => (call.init.headers as Record<string, string>)['x-playbook-ops-timestamp']);
    expect(stamps).toEqual(['1795749000', '1795749001']);
  });

  it('waits as long as Retry-After asks (0 included), and the default back-off when it is not a number of seconds', async () => {
    const cases: [string, number][] = [['5', 5000], ['0', 0], ['30', 30_000], ['-1', 1000], ['soon', 1000]];
    for (const [retryAfter, wait] of cases) {
      const { deps, waits } = world([{ status: 429, retryAfter }, { status: 200 }]);
      expect((await sendDelivery(delivery('webhook'), deps)).outcome.ok).toBe(true);
      expect(waits).toEqual([wait]);
    }
  });

  it('leaves the delivery for the next run when Retry-After asks for more than 30 s, and says so', async () => {
    const { deps, calls, waits } = world([{ status: 429, retryAfter: '31' }]);
    expect(await sendDelivery(delivery('webhook'), deps)).toEqual({ outcome: { ok: false, reason: '429' }, detail: '429 with Retry-After 31 s, longer than one run waits' });
    expect(calls).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('retries a request that timed out or found no server, and says which', async () => {
    const timedOut = world([timeout()]);
    expect(await sendDelivery(delivery('webhook'), timedOut.deps)).toEqual({ outcome: { ok: false, reason: 'timeout' }, detail: 'timeout' });
    expect(timedOut.calls).toHaveLength(SEND_ATTEMPTS);
    expect(timedOut.waits).toEqual([1000, 2000]);
    const refused = world([new TypeError('fetch failed')]);
    expect(await sendDelivery(delivery('webhook'), refused.deps)).toEqual({ outcome: { ok: false, reason: 'network' }, detail: 'network' });
    const named = Object.assign(new Error('odd'), { name: 'AbortError' });
    expect((await sendDelivery(delivery('webhook'), world([named]).deps)).outcome).toEqual({ ok: false, reason: 'network' });
  });

  it('sends after a failed attempt when the service recovers', async () => {
    const { deps, calls } = world([timeout(), { status: 502 }, { status: 200 }]);
    expect((await sendDelivery(delivery('webhook'), deps)).outcome).toEqual({ ok: true, at: '2026-11-27T03:10:03.000Z' });
    expect(calls).toHaveLength(3);
  });
});
