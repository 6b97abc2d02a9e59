/**
 * What each fake service refuses, as the real one does: the documented limits of Slack's Block Kit,
 * Teams' Adaptive Card webhooks, PagerDuty's Events API v2 and a signed webhook receiver. A fake that
 * accepted more than its service would let a delivery bug pass every test.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type FakeAlert, applyPagerDutyEvent, pagerDutyProblems } from '../../src/emulator/sinks/pagerduty-contract.js';
import { slackProblem } from '../../src/emulator/sinks/slack-contract.js';
import { teamsProblem } from '../../src/emulator/sinks/teams-contract.js';
import { webhookProblem } from '../../src/emulator/sinks/webhook-contract.js';

const KEY = 'K'.repeat(32);
const trigger = (extra: object = {}) => ({ routing_key: KEY, event_action: 'trigger', payload: { summary: 'Checkout down', source: 'playbook-ops', severity: 'critical' }, ...extra });

describe("PagerDuty's Events API v2", () => {
  it('accepts a trigger with a 32-character key, a summary, a source and a known severity', () => {
    expect(pagerDutyProblems(trigger())).toEqual([]);
    for (const severity of ['critical', 'error', 'warning', 'info']) expect(pagerDutyProblems(trigger({ payload: { summary: 's', source: 'x', severity } }))).toEqual([]);
  });

  it('refuses what is not an event object', () => {
    expect(pagerDutyProblems(null)).toEqual(['Event object is invalid']);
    expect(pagerDutyProblems('trigger')).toEqual(['Event object is invalid']);
  });

  it('refuses a routing key that is not 32 characters', () => {
    expect(pagerDutyProblems(trigger({ routing_key: 'K'.repeat(31) }))).toEqual(["'routing_key' must be a 32 character integration key"]);
    expect(pagerDutyProblems(trigger({ routing_key: 'K'.repeat(33) }))).toEqual(["'routing_key' must be a 32 character integration key"]);
    expect(pagerDutyProblems(trigger({ routing_key: 32 }))).toEqual(["'routing_key' must be a 32 character integration key"]);
  });

  it('refuses an unknown action, and asks a dedup key of anything but a trigger', () => {
    expect(pagerDutyProblems({ routing_key: KEY, event_action: 'escalate', dedup_key: 'k' })).toEqual(["'event_action' must be trigger, acknowledge or resolve"]);
    expect(pagerDutyProblems({ routing_key: KEY, event_action: 'resolve' })).toEqual(["'dedup_key' is required for acknowledge and resolve"]);
    expect(pagerDutyProblems({ routing_key: KEY, event_action: 'acknowledge', dedup_key: 'k' })).toEqual([]);
  });

  it('takes a dedup key of 255 characters and refuses 256 or a non-string', () => {
    expect(pagerDutyProblems(trigger({ dedup_key: 'd'.repeat(255) }))).toEqual([]);
    expect(pagerDutyProblems(trigger({ dedup_key: 'd'.repeat(256) }))).toEqual(["'dedup_key' must be at most 255 characters"]);
    expect(pagerDutyProblems({ routing_key: KEY, event_action: 'resolve', dedup_key: 7 })).toEqual([
      "'dedup_key' must be at most 255 characters",
      "'dedup_key' is required for acknowledge and resolve",
    ]);
  });

  it("checks a trigger's payload: summary 1 to 1,024 characters, a source, a known severity", () => {
    const payload = (fields: object) => trigger({ payload: { summary: 's', source: 'x', severity: 'info', ...fields } });
    expect(pagerDutyProblems(payload({ summary: 's'.repeat(1024) }))).toEqual([]);
    expect(pagerDutyProblems(payload({ summary: 's'.repeat(1025) }))).toEqual(["'payload.summary' must be 1 to 1024 characters"]);
    expect(pagerDutyProblems(payload({ summary: '' }))).toEqual(["'payload.summary' must be 1 to 1024 characters"]);
    expect(pagerDutyProblems(payload({ source: '' }))).toEqual(["'payload.source' is required"]);
    expect(pagerDutyProblems(payload({ severity: 'major' }))).toEqual(["'payload.severity' must be critical, error, warning or info"]);
    expect(pagerDutyProblems({ routing_key: KEY, event_action: 'trigger' })).toEqual([
      "'payload.summary' must be 1 to 1024 characters",
      "'payload.source' is required",
      "'payload.severity' must be critical, error, warning or info",
    ]);
  });

  it('does not check the payload of an acknowledge or resolve', () => {
    expect(pagerDutyProblems({ routing_key: KEY, event_action: 'resolve', dedup_key: 'k', payload: { summary: '' } })).toEqual([]);
  });

  it('opens an alert on a trigger, joins a second trigger with its key to it, and keeps every action', () => {
    const alerts: FakeAlert[] = [];
    const keys = ['generated-1', 'generated-2'];
    const next = () => keys.shift()!;
    expect(applyPagerDutyEvent(alerts, { routing_key: KEY, event_action: 'trigger', payload: { summary: 'Checkout down' } }, next)).toBe('generated-1');
    expect(applyPagerDutyEvent(alerts, { routing_key: KEY, event_action: 'trigger', dedup_key: 'generated-1', payload: { summary: 'again' } }, next)).toBe('generated-1');
    expect(applyPagerDutyEvent(alerts, { routing_key: KEY, event_action: 'acknowledge', dedup_key: 'generated-1' }, next)).toBe('generated-1');
    expect(alerts).toEqual([{ routingKey: KEY, dedupKey: 'generated-1', status: 'acknowledged', summary: 'Checkout down', triggers: 2, actions: ['trigger', 'trigger', 'acknowledge'] }]);
    applyPagerDutyEvent(alerts, { routing_key: KEY, event_action: 'resolve', dedup_key: 'generated-1' }, next);
    expect(alerts[0]).toMatchObject({ status: 'resolved', actions: ['trigger', 'trigger', 'acknowledge', 'resolve'] });
  });

  it('opens a new alert for a trigger after its key was resolved, or under another routing key', () => {
    const alerts: FakeAlert[] = [];
    const never = () => 'unused';
    applyPagerDutyEvent(alerts, { routing_key: KEY, event_action: 'trigger', dedup_key: 'inc-7' }, never);
    applyPagerDutyEvent(alerts, { routing_key: KEY, event_action: 'resolve', dedup_key: 'inc-7' }, never);
    applyPagerDutyEvent(alerts, { routing_key: KEY, event_action: 'trigger', dedup_key: 'inc-7', payload: { summary: 'back' } }, never);
    applyPagerDutyEvent(alerts, { routing_key: 'L'.repeat(32), event_action: 'trigger', dedup_key: 'inc-7' }, never);
    expect(alerts.map(({ routingKey, status, summary, triggers }) => [routingKey[0], status, summary, triggers])).toEqual([
      ['K', 'resolved', '', 1],
      ['K', 'triggered', 'back', 1],
      ['L', 'triggered', '', 1],
    ]);
  });

  it('ignores an acknowledge or resolve for a key no open alert has', () => {
    const alerts: FakeAlert[] = [];
    expect(applyPagerDutyEvent(alerts, { routing_key: KEY, event_action: 'resolve', dedup_key: 'nothing' }, () => 'unused')).toBe('nothing');
    expect(alerts).toEqual([]);
  });
});

describe("Slack's incoming webhooks", () => {
  const section = (text: string, type = 'mrkdwn') => ({ type: 'section', text: { type, text } });

  it('posts a message with text, or with blocks of every kind the sink sends', () => {
    expect(slackProblem({ text: 'Checkout down' })).toBeNull();
    expect(
      slackProblem({
        blocks: [
          { type: 'header', text: { type: 'plain_text', text: 'h'.repeat(150) } },
          section('s'.repeat(3000)),
          section('plain', 'plain_text'),
          { type: 'context', elements: Array.from({ length: 10 }, () => ({ type: 'mrkdwn', text: 'c' })) },
          { type: 'divider' },
        ],
      }),
    ).toBeNull();
    expect(slackProblem({ blocks: Array.from({ length: 50 }, () => ({ type: 'divider' })) })).toBeNull();
  });

  it('answers invalid_payload to what is not a JSON object and no_text to an empty message', () => {
    expect(slackProblem(null)).toBe('invalid_payload');
    expect(slackProblem([{ text: 'x' }])).toBe('invalid_payload');
    expect(slackProblem('x')).toBe('invalid_payload');
    expect(slackProblem({ text: '' })).toBe('no_text');
    expect(slackProblem({ text: 7 })).toBe('no_text');
  });

  it('answers invalid_blocks past each Block Kit limit', () => {
    const refused = [
      { blocks: [] },
      { blocks: 'section' },
      { blocks: [null] },
      { blocks: ['divider'] },
      { blocks: [section('')] },
      { blocks: [section('s'.repeat(3001))] },
      { blocks: [{ type: 'section', text: { type: 'markdown', text: 'x' } }] },
      { blocks: [{ type: 'section' }] },
      { blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 7 } }] },
      { blocks: [{ type: 'header', text: { type: 'mrkdwn', text: 'h' } }] },
      { blocks: [{ type: 'header', text: { type: 'plain_text', text: '' } }] },
      { blocks: [{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } }] },
      { blocks: [{ type: 'header', text: { type: 'plain_text', text: 7 } }] },
      { blocks: [{ type: 'context', elements: [] }] },
      { blocks: [{ type: 'context', elements: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'c' })) }] },
      { blocks: [{ type: 'context' }] },
      { blocks: [{ type: 'image' }] },
      { blocks: [section('ok'), { type: 'video' }] },
    ];
    for (const message of refused) expect([message, slackProblem(message)]).toEqual([message, 'invalid_blocks']);
  });
});

describe('Teams Workflows webhooks', () => {
  const card = { contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.4', body: [] } };
  const message = (attachments: unknown[]) => ({ type: 'message', attachments });
  const problem = (body: unknown) => teamsProblem(JSON.stringify(body), body);

  it('accepts a message of Adaptive Cards', () => {
    expect(problem(message([card, card]))).toBeNull();
  });

  it('refuses a request over 28 KB, counted in bytes', () => {
    const filler = (length: number) => ({ ...message([card]), filler: 'é'.repeat(length) });
    const fits = filler(0);
    const room = 28 * 1024 - Buffer.byteLength(JSON.stringify(fits));
    expect(problem(filler(Math.floor(room / 2)))).toBeNull();
    expect(problem(filler(Math.floor(room / 2) + 1))).toBe('the message is over 28 KB');
  });

  it('names what is wrong with the message or its cards', () => {
    expect(teamsProblem('null', null)).toBe('the body is not a JSON object');
    expect(teamsProblem('"x"', 'x')).toBe('the body is not a JSON object');
    expect(problem({ type: 'card', attachments: [card] })).toBe('type must be "message"');
    expect(problem(message([]))).toBe('attachments must hold at least one card');
    expect(problem({ type: 'message' })).toBe('attachments must hold at least one card');
    expect(problem(message([card, { ...card, contentType: 'application/vnd.microsoft.card.hero' }]))).toBe('an attachment is not an Adaptive Card');
    for (const content of [undefined, { ...card.content, type: 'HeroCard' }, { ...card.content, version: 1.4 }, { ...card.content, body: {} }]) {
      expect(problem(message([{ ...card, content }]))).toBe('an Adaptive Card needs type, version and body');
    }
  });
});

describe('a signed webhook receiver', () => {
  const secret = 'hush';
  const now = new Date('2026-12-01T03:00:00Z');
  const seconds = now.getTime() / 1000;
  const sign = (raw: string, key = secret) => `sha256=${createHmac('sha256', key).update(raw, 'utf8').digest('hex')}`;

  it('takes a delivery signed with the shared secret and stamped within five minutes either way', () => {
    for (const timestamp of [seconds, seconds - 300, seconds + 300]) {
      const raw = JSON.stringify({ timestamp, event: 'paged' });
      expect(webhookProblem(secret, raw, sign(raw), now)).toBeNull();
    }
  });

  it('refuses a missing, malformed or wrong signature', () => {
    const raw = JSON.stringify({ timestamp: seconds });
    expect(webhookProblem(secret, raw, undefined, now)).toBe('bad signature');
    expect(webhookProblem(secret, raw, sign(raw).slice(0, -1), now)).toBe('bad signature');
    expect(webhookProblem(secret, raw, sign(raw, 'other'), now)).toBe('bad signature');
    expect(webhookProblem(secret, raw, sign(`${raw} `), now)).toBe('bad signature');
  });

  it('refuses a replayed delivery older or newer than five minutes, or one without a timestamp', () => {
    for (const body of [{ timestamp: seconds - 301 }, { timestamp: seconds + 301 }, { timestamp: String(seconds) }, {}]) {
      const raw = JSON.stringify(body);
      expect([body, webhookProblem(secret, raw, sign(raw), now)]).toEqual([body, 'stale timestamp']);
    }
  });
});
