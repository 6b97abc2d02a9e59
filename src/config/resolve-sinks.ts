/** Sinks as the engine uses them: one id per endpoint, a name for the card, the default endpoints filled in. */
import type { SinkDoc } from './documents.js';
import type { Sink } from './model.js';

/** PagerDuty's Events API v2 endpoint (US service region). */
export const PAGERDUTY_EVENTS_URL = 'https://events.pagerduty.com/v2/enqueue';

/** The resolved sink of `doc`. */
export function resolveSink(doc: SinkDoc): Sink {
  // Here rather than a module constant, so that mutation testing can switch its names.
  const typeNames: Record<Sink['type'], string> = { slack: 'Slack', teams: 'Teams', pagerduty: 'PagerDuty', webhook: 'Webhook' };
  return {
    id: `${doc.type}:${doc.secret}`,
    type: doc.type,
    secret: doc.secret,
    name: doc.name ?? `${typeNames[doc.type]} ${doc.secret}`,
    url: doc.type === 'pagerduty' ? (doc.url ?? PAGERDUTY_EVENTS_URL) : doc.type === 'webhook' ? (doc.url ?? null) : null,
  };
}

/**
 * `{ sinks }` resolved, to spread into a contact, level or severity; nothing when the YAML names
 * none, so a set without sinks resolves (and its cards digest) exactly as before sinks existed.
 */
export function resolveSinks(docs: readonly SinkDoc[] | undefined): { sinks?: Sink[] } {
  return docs === undefined ? {} : { sinks: docs.map(resolveSink) };
}
