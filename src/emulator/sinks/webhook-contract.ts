/**
 * What a receiver of playbook-ops' signed webhooks checks, as a GitHub webhook receiver does:
 * `X-Hub-Signature-256` is `sha256=` and the HMAC-SHA256 of the raw body with the shared secret,
 * compared in constant time, and the body's timestamp is recent.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** How old a delivery may be before it counts as a replay. */
const MAX_AGE_SECONDS = 300;

/** Why the receiver would refuse the request, or null. `now` is the receiver's clock. */
export function webhookProblem(secret: string, raw: string, signature: string | undefined, now: Date): string | null {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(raw, 'utf8').digest('hex')}`);
  const given = Buffer.from(signature ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'bad signature';
  const timestamp = (JSON.parse(raw) as { timestamp?: unknown }).timestamp;
  if (typeof timestamp !== 'number' || Math.abs(now.getTime() / 1000 - timestamp) > MAX_AGE_SECONDS) return 'stale timestamp';
  return null;
}
