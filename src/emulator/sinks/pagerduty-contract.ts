/**
 * What PagerDuty's Events API v2 accepts, and the alerts it keeps: an event has a 32-character
 * `routing_key`, an `event_action` of trigger, acknowledge or resolve, and a `dedup_key` of at most
 * 255 characters (required to acknowledge or resolve); a trigger has a `payload` with `summary` (at
 * most 1,024 characters), `source` and `severity` (critical, error, warning, info). A trigger with
 * the dedup key of an open alert joins it rather than opening another.
 */

/** One alert, by routing key and dedup key. */
export interface FakeAlert {
  routingKey: string;
  dedupKey: string;
  status: 'triggered' | 'acknowledged' | 'resolved';
  summary: string;
  /** How many trigger events reached it. */
  triggers: number;
  /** Every event action it received, in order. */
  actions: string[];
}

const SEVERITIES = ['critical', 'error', 'warning', 'info'];

/** Why PagerDuty would refuse `body` (its `errors` list), or an empty list. */
export function pagerDutyProblems(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return ['Event object is invalid'];
  const event = body as { routing_key?: unknown; event_action?: unknown; dedup_key?: unknown; payload?: { summary?: unknown; source?: unknown; severity?: unknown } };
  const problems: string[] = [];
  if (typeof event.routing_key !== 'string' || event.routing_key.length !== 32) problems.push("'routing_key' must be a 32 character integration key");
  if (!['trigger', 'acknowledge', 'resolve'].includes(String(event.event_action))) problems.push("'event_action' must be trigger, acknowledge or resolve");
  if (event.dedup_key !== undefined && (typeof event.dedup_key !== 'string' || event.dedup_key.length > 255)) problems.push("'dedup_key' must be at most 255 characters");
  if (event.event_action !== 'trigger' && typeof event.dedup_key !== 'string') problems.push("'dedup_key' is required for acknowledge and resolve");
  if (event.event_action === 'trigger') {
    const payload = event.payload;
    if (typeof payload?.summary !== 'string' || payload.summary.length === 0 || payload.summary.length > 1024) problems.push("'payload.summary' must be 1 to 1024 characters");
    if (typeof payload?.source !== 'string' || payload.source.length === 0) problems.push("'payload.source' is required");
    if (!SEVERITIES.includes(String(payload?.severity))) problems.push("'payload.severity' must be critical, error, warning or info");
  }
  return problems;
}

/** Applies a valid event to `alerts`; returns its dedup key. */
export function applyPagerDutyEvent(alerts: FakeAlert[], body: { routing_key: string; event_action: string; dedup_key?: string; payload?: { summary: string } }, newKey: () => string): string {
  const dedupKey = body.dedup_key ?? newKey();
  let alert = alerts.find((candidate) => candidate.routingKey === body.routing_key && candidate.dedupKey === dedupKey && candidate.status !== 'resolved');
  if (body.event_action === 'trigger') {
    if (alert === undefined) {
      alert = { routingKey: body.routing_key, dedupKey, status: 'triggered', summary: body.payload?.summary ?? '', triggers: 0, actions: [] };
      alerts.push(alert);
    }
    alert.triggers += 1;
  } else if (alert !== undefined) {
    alert.status = body.event_action === 'acknowledge' ? 'acknowledged' : 'resolved';
  }
  alert?.actions.push(body.event_action);
  return dedupKey;
}
