/**
 * Sending one delivery: the request for its sink, retried with back-off when the service is busy or
 * failing (429, 5xx, no answer), and never thrown: how it ended is an outcome the card records,
 * because a sink that is down must not stop the incident on GitHub.
 */
import type { Delivery, DeliveryOutcome } from '../engine/delivery-types.js';
import { sinkRequest } from './sink-request.js';

/** What sending needs from the world, injected. */
export interface SinkDeps {
  /** The secret's value (an environment variable of the Action's step), or undefined when it is not set. */
  secret(name: string): string | undefined;
  fetch: typeof fetch;
  /** Waits `ms` milliseconds (tests pass a clock that does not). */
  sleep(ms: number): Promise<void>;
  now(): Date;
}

/** Attempts in one run before the delivery is left for the next run. */
export const SEND_ATTEMPTS = 3;
/** Longest wait a `Retry-After` may ask for inside one run; a longer one leaves it for the next run. */
const MAX_WAIT_MS = 30_000;
/** How long one request may take. */
const TIMEOUT_MS = 10_000;

/** The wait before attempt `attempt + 1`: the service's `Retry-After` (seconds) when it gives one, else 1 s, 2 s, … */
function waitFor(attempt: number, retryAfter: string | null): number {
  const seconds = retryAfter === null ? Number.NaN : Number(retryAfter);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000 * 2 ** (attempt - 1);
}

function retryable(status: number): boolean {
  return status === 429 || status >= 500;
}

/** Sends `delivery`; resolves to how it ended, with a short reason (`503`, `timeout`, `no-secret`) when it failed. */
export async function sendDelivery(delivery: Delivery, deps: SinkDeps): Promise<{ outcome: DeliveryOutcome; detail: string }> {
  const secret = deps.secret(delivery.sink.secret);
  if (secret === undefined || secret === '') {
    return { outcome: { ok: false, reason: 'no-secret' }, detail: `the secret ${delivery.sink.secret} is not set: pass it to the step as env ${delivery.sink.secret}: \${{ secrets.${delivery.sink.secret} }}` };
  }
  for (let attempt = 1; ; attempt += 1) {
    const request = sinkRequest(delivery, secret, deps.now());
    let status: number | null = null;
    let reason: string;
    let retryAfter: string | null = null;
    try {
      const response = await deps.fetch(request.url, { method: 'POST', headers: request.headers, body: request.body, signal: AbortSignal.timeout(TIMEOUT_MS) });
      status = response.status;
      retryAfter = response.headers.get('retry-after');
      const text = (await response.text()).slice(0, 200);
      if (response.ok) return { outcome: { ok: true, at: deps.now().toISOString() }, detail: `${status}` };
      reason = String(status);
      if (!retryable(status)) return { outcome: { ok: false, reason }, detail: `${status} ${text}` };
    } catch (error) {
      reason = error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'network';
    }
    const wait = waitFor(attempt, retryAfter);
    if (attempt >= SEND_ATTEMPTS) return { outcome: { ok: false, reason }, detail: status === null ? reason : `${status} after ${attempt} attempts` };
    // Only a Retry-After can ask for more: the back-off of the attempts before the last stays far below.
    if (wait > MAX_WAIT_MS) return { outcome: { ok: false, reason }, detail: `${reason} with Retry-After ${wait / 1000} s, longer than one run waits` };
    await deps.sleep(wait);
  }
}
