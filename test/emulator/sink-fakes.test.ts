/**
 * The fake services over HTTP, as a delivery sees them: each service's success answer, its refusal
 * with the status and body the real one sends, injected failures (a 429 with Retry-After, a 5xx, a
 * 500 after the delivery was taken), and the record of every request a test reads afterwards.
 */
import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SinkFakes, createSinkFakes } from '../../src/emulator/sinks/create-sink-fakes.js';

const KEY = 'K'.repeat(32);
const TRIGGER = { routing_key: KEY, event_action: 'trigger', payload: { summary: 'Checkout down', source: 'playbook-ops', severity: 'critical' } };
const CARD = { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.4', body: [] } }] };
const NOW = new Date('2026-12-01T03:00:00Z');

let fakes: SinkFakes;
beforeEach(async () => {
  fakes = await createSinkFakes({ now: () => NOW });
});
afterEach(async () => {
  await fakes.close();
});

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
  return { status: response.status, type: response.headers.get('content-type'), retryAfter: response.headers.get('retry-after'), text: await response.text() };
}

describe('each service takes what it accepts and answers as it does', () => {
  it('Slack answers 200 "ok", Teams 202 and a webhook 204, each with an empty or plain body', async () => {
    expect(await post(fakes.slackUrl('T1-B1-incidents'), { text: 'Checkout down' })).toEqual({ status: 200, type: 'text/plain', retryAfter: null, text: 'ok' });
    expect(await post(fakes.teamsUrl('ops'), CARD)).toMatchObject({ status: 202, text: '' });
    const raw = JSON.stringify({ timestamp: NOW.getTime() / 1000 });
    const signature = `sha256=${createHmac('sha256', 'hush').update(raw).digest('hex')}`;
    expect(await post(fakes.webhookUrl('audit', 'hush'), raw, { 'x-hub-signature-256': signature })).toMatchObject({ status: 204, text: '' });
    expect(fakes.requests.map(({ kind, endpoint, status, taken, problem }) => ({ kind, endpoint, status, taken, problem }))).toEqual([
      { kind: 'slack', endpoint: 'T1-B1-incidents', status: 200, taken: true, problem: null },
      { kind: 'teams', endpoint: 'ops', status: 202, taken: true, problem: null },
      { kind: 'webhook', endpoint: 'audit', status: 204, taken: true, problem: null },
    ]);
  });

  it('PagerDuty answers 202 with the dedup key of the alert it opened', async () => {
    const answer = await post(fakes.pagerDutyUrl, TRIGGER);
    expect(answer).toMatchObject({ status: 202, type: 'application/json' });
    const dedupKey = fakes.alerts[0]?.dedupKey;
    expect(dedupKey).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.parse(answer.text)).toEqual({ status: 'success', message: 'Event processed', dedup_key: dedupKey });
    expect(fakes.pagerDutyUrl).toBe(`${fakes.url}/pagerduty/enqueue`);
  });

  it('records the headers, the raw body and its JSON, and lists what each endpoint took', async () => {
    await post(fakes.slackUrl('a'), { text: 'one' }, { 'x-trace': 'first' });
    await post(fakes.slackUrl('b'), { text: 'two' });
    await post(fakes.slackUrl('a'), { text: '' });
    await post(fakes.teamsUrl('a'), CARD);
    expect(fakes.requests[0]).toMatchObject({ raw: '{"text":"one"}', body: { text: 'one' } });
    expect(fakes.requests[0]?.headers['x-trace']).toBe('first');
    expect(fakes.taken('slack').map((request) => request.raw)).toEqual(['{"text":"one"}', '{"text":"two"}']);
    expect(fakes.taken('slack', 'a').map((request) => request.raw)).toEqual(['{"text":"one"}']);
    expect(fakes.taken('teams').map((request) => request.endpoint)).toEqual(['a']);
  });
});

describe('each service refuses what it would refuse', () => {
  it('Slack: 400 with its error code as plain text, invalid_payload for a body that is not JSON', async () => {
    expect(await post(fakes.slackUrl('a'), 'text=hello')).toMatchObject({ status: 400, type: 'text/plain', text: 'invalid_payload' });
    expect(await post(fakes.slackUrl('a'), { blocks: [] })).toMatchObject({ status: 400, text: 'invalid_blocks' });
    expect(fakes.requests.map(({ body, taken, problem }) => ({ body, taken, problem }))).toEqual([
      { body: null, taken: false, problem: 'invalid_payload' },
      { body: { blocks: [] }, taken: false, problem: 'invalid_blocks' },
    ]);
  });

  it('Teams: 400 with a JSON error, 413 when the request is over 28 KB', async () => {
    const refused = await post(fakes.teamsUrl('a'), { type: 'card' });
    expect(refused).toMatchObject({ status: 400, type: 'application/json' });
    expect(JSON.parse(refused.text)).toEqual({ error: { code: 'BadRequest', message: 'type must be "message"' } });
    expect(await post(fakes.teamsUrl('a'), { ...CARD, filler: 'x'.repeat(28 * 1024) })).toMatchObject({ status: 413 });
    expect(fakes.taken('teams')).toEqual([]);
  });

  it('PagerDuty: 400 "invalid event" listing every problem, and no alert', async () => {
    const refused = await post(fakes.pagerDutyUrl, { ...TRIGGER, routing_key: 'short', event_action: 'page' });
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.text)).toEqual({
      status: 'invalid event',
      message: 'Event object is invalid',
      errors: ["'routing_key' must be a 32 character integration key", "'event_action' must be trigger, acknowledge or resolve", "'dedup_key' is required for acknowledge and resolve"],
    });
    expect(fakes.requests[0]?.problem).toBe("'routing_key' must be a 32 character integration key; 'event_action' must be trigger, acknowledge or resolve; 'dedup_key' is required for acknowledge and resolve");
    expect(fakes.alerts).toEqual([]);
  });

  it('a webhook: 404 for an endpoint never handed out, 401 for a bad signature', async () => {
    expect(await post(`${fakes.url}/webhook/unknown`, { timestamp: 0 })).toMatchObject({ status: 404, text: 'no such webhook' });
    expect(await post(fakes.webhookUrl('audit', 'hush'), { timestamp: NOW.getTime() / 1000 }, { 'x-hub-signature-256': 'sha256=00' })).toMatchObject({ status: 401, text: 'bad signature' });
    expect(fakes.requests.map((request) => request.problem)).toEqual(['no such webhook', 'bad signature']);
  });

  it('answers 404 to anything but a POST to a known service, and reads the path without its query', async () => {
    expect((await fetch(fakes.slackUrl('a'))).status).toBe(404);
    expect(await post(`${fakes.url}/discord/a`, { text: 'x' })).toMatchObject({ status: 404, text: 'not found' });
    expect(await post(`${fakes.url}/slack/a/b`, { text: 'x' })).toMatchObject({ status: 404 });
    expect(await post(`${fakes.url}/slack/`, { text: 'x' })).toMatchObject({ status: 404 });
    expect(fakes.requests).toEqual([]);
    expect(await post(`${fakes.slackUrl('a')}?thread=1`, { text: 'x' })).toMatchObject({ status: 200 });
    expect(fakes.requests[0]?.endpoint).toBe('a');
  });
});

describe('injected failures', () => {
  it('a 429 answers rate_limited with its Retry-After, hits one request by default and only its service', async () => {
    fakes.fail({ kind: 'slack', status: 429, retryAfter: 30 });
    expect(await post(fakes.teamsUrl('a'), CARD)).toMatchObject({ status: 202 });
    expect(await post(fakes.slackUrl('a'), { text: 'x' })).toEqual({ status: 429, type: 'text/plain', retryAfter: '30', text: 'rate_limited' });
    expect(await post(fakes.slackUrl('a'), { text: 'x' })).toMatchObject({ status: 200 });
    expect(fakes.requests.map(({ kind, status, taken }) => [kind, status, taken])).toEqual([
      ['teams', 202, true],
      ['slack', 429, false],
      ['slack', 200, true],
    ]);
  });

  it('a 5xx answers "service unavailable" without Retry-After, for as many requests as asked', async () => {
    fakes.fail({ kind: 'pagerduty', status: 503, times: 2 });
    expect(await post(fakes.pagerDutyUrl, TRIGGER)).toEqual({ status: 503, type: 'text/plain', retryAfter: null, text: 'service unavailable' });
    expect(await post(fakes.pagerDutyUrl, TRIGGER)).toMatchObject({ status: 503 });
    expect(fakes.alerts).toEqual([]);
    expect(await post(fakes.pagerDutyUrl, TRIGGER)).toMatchObject({ status: 202 });
    expect(fakes.alerts).toHaveLength(1);
  });

  it('a 500 after the write takes a valid delivery and answers the error; an invalid one is still not taken', async () => {
    fakes.fail({ kind: 'pagerduty', status: 500, afterWrite: true, times: 2 });
    expect(await post(fakes.pagerDutyUrl, { ...TRIGGER, dedup_key: 'inc-7' })).toMatchObject({ status: 500 });
    expect(await post(fakes.pagerDutyUrl, { ...TRIGGER, routing_key: 'short' })).toMatchObject({ status: 500 });
    expect(fakes.alerts.map(({ dedupKey, triggers }) => [dedupKey, triggers])).toEqual([['inc-7', 1]]);
    expect(fakes.requests.map(({ status, taken, problem }) => [status, taken, problem])).toEqual([
      [500, true, null],
      [500, false, null],
    ]);
    expect(fakes.taken('pagerduty')).toHaveLength(1);
  });
});
