/** What a generic webhook receives: the whole notification as JSON, signed as GitHub signs, stamped and keyed so replays and repeats can be refused. */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { webhookRequest, webhookSignature } from '../../src/sinks/webhook-payload.js';
import { delivery } from './deliveries.js';

const NOW = new Date('2026-11-27T03:10:05.999Z');
const SECONDS = 1_795_749_005;

describe('a webhook delivery', () => {
  it('carries the event, the delivery key, the time in whole seconds, the dedup key and the whole notification', () => {
    const page = delivery('webhook');
    const request = webhookRequest(page, 'shh', NOW);
    expect(request.url).toBe('https://hooks.example.test/incidents');
    expect(JSON.parse(request.body)).toEqual({
      event: 'page',
      delivery: 'd41d8cd98f00b204',
      timestamp: SECONDS,
      dedup_key: 'acme/payments#7/level-1',
      incident: page.notification.incident,
      severity: page.notification.severity,
      headline: 'Paged level 1: payments on-call',
      detail: 'Paged: @wendy (primary)',
      by: 'wendy',
      at: '2026-11-27T03:10:00Z',
    });
  });

  it('is signed over its exact bytes with HMAC-SHA256 of the secret, as a receiver checks X-Hub-Signature-256', () => {
    const request = webhookRequest(delivery('webhook'), 'shh', NOW);
    const expected = `sha256=${createHmac('sha256', 'shh').update(request.body).digest('hex')}`;
    expect(request.headers).toEqual({
      'content-type': 'application/json',
      'user-agent': 'playbook-ops',
      'x-playbook-ops-event': 'page',
      'x-playbook-ops-delivery': 'd41d8cd98f00b204',
      'x-playbook-ops-timestamp': String(SECONDS),
      'x-hub-signature-256': expected,
    });
    expect(webhookSignature('shh', 'é')).toBe(`sha256=${createHmac('sha256', 'shh').update(Buffer.from('é', 'utf8')).digest('hex')}`);
    expect(webhookSignature('other', request.body)).not.toBe(expected);
  });

  it('shows the signature masked with the secret name in a dry run', () => {
    expect(webhookRequest(delivery('webhook'), null, NOW).headers['x-hub-signature-256']).toBe('sha256=***HOOK_SECRET***');
  });

  it('is an error naming the sink when the sink has no url', () => {
    const page = delivery('webhook');
    expect(() => webhookRequest({ ...page, sink: { ...page.sink, url: null } }, 'shh', NOW)).toThrow('the webhook sink Status hook has no url');
  });
});
