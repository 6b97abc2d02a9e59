/**
 * Pages that reach people outside GitHub: each page goes to its sinks once, whatever reruns and
 * GitHub's failures do; PagerDuty hears the acknowledgement and the resolution on the same dedup
 * key; a failing sink is shown on the card and retried by the next run, never twice; a dry run
 * shows the requests with the secrets masked. Real HTTP throughout: GitHub's emulator and the
 * services' fakes, which refuse what the services refuse.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PEOPLE, declare } from './harness.js';
import { ROUTING_KEY, type SinksWorld, startSinksWorld } from './sinks-world.js';

let sw: SinksWorld;
beforeEach(async () => {
  sw = await startSinksWorld();
});
afterEach(async () => {
  await sw.stop();
});

/** What PagerDuty took, as `action dedup_key` lines. */
function pagerDutyEvents(): string[] {
  return sw.fakes.taken('pagerduty').map((request) => {
    const event = request.body as { event_action: string; dedup_key: string };
    return `${event.event_action} ${event.dedup_key}`;
  });
}

describe('a page', () => {
  it('reaches PagerDuty and Slack once, and a rerun sends nothing', async () => {
    const number = await declare(sw.world, 1);
    expect(pagerDutyEvents()).toEqual([`trigger acme/payments#${number}/level-1`]);
    expect(sw.fakes.taken('slack')).toHaveLength(1);
    expect(sw.fakes.alerts).toMatchObject([{ routingKey: ROUTING_KEY, status: 'triggered', triggers: 1 }]);
    const card = sw.world.card(number);
    expect(card).toContain('### Notifications');
    expect(card).toMatch(/✅ PagerDuty payments: page sev-1, sent/);
    expect(card).toMatch(/✅ \\#incidents: page sev-1, sent/);

    const rerun = await sw.world.run(sw.world.dispatch(number));
    expect(rerun.writes).toEqual([]);
    expect(sw.fakes.requests).toHaveLength(2);
  });
});

describe('a page and GitHub failing after writes', () => {
  it('a 500 after the page comment and after the card were written: each sink still hears the page once', async () => {
    const opened = await sw.world.open(PEOPLE.write, { severity: 1, scenario: 'Service Outage', summary: 'Payments fail.' });
    const fault = sw.world.emulator.faults.add({ method: 'POST', path: /\/comments$/, status: 500, afterWrite: true, times: 2 });
    await sw.world.run(opened);
    expect(fault.fired).toBe(2);
    await sw.world.run(opened);
    await sw.world.run(sw.world.dispatch(opened.number));
    expect(pagerDutyEvents()).toEqual([`trigger acme/payments#${opened.number}/level-1`]);
    expect(sw.fakes.taken('slack')).toHaveLength(1);
    expect(sw.world.botComments(opened.number).map((comment) => comment.marker)).toEqual(['page:sev-1', 'card']);
  });

  it('a 500 on the card update after it was written: the retried update records the deliveries, none goes twice', async () => {
    const number = await declare(sw.world, 2);
    sw.world.emulator.faults.add({ method: 'PATCH', path: /\/issues\/comments\/\d+$/, status: 500, afterWrite: true });
    const raised = await sw.world.comment(PEOPLE.write, number, '/sev 1');
    await sw.world.run(raised);
    await sw.world.run(raised);
    expect(pagerDutyEvents()).toEqual([`trigger acme/payments#${number}/level-1`, `trigger acme/payments#${number}/level-1`]);
    expect(sw.fakes.alerts).toMatchObject([{ status: 'triggered', triggers: 2 }]);
    expect(sw.fakes.taken('slack')).toHaveLength(1);
  });

  it('PagerDuty answering 500 after taking the trigger: the retry joins the same alert', async () => {
    sw.fakes.fail({ kind: 'pagerduty', status: 500, afterWrite: true });
    const number = await declare(sw.world, 1);
    expect(sw.fakes.requests.filter((request) => request.kind === 'pagerduty').map((request) => request.status)).toEqual([500, 202]);
    expect(sw.fakes.alerts).toMatchObject([{ dedupKey: `acme/payments#${number}/level-1`, status: 'triggered', triggers: 2 }]);
    expect(sw.waits).toEqual([1000]);
  });
});

describe('acknowledgement and resolution', () => {
  it('reach PagerDuty with the dedup key of the trigger, and Slack as messages', async () => {
    const number = await declare(sw.world, 1);
    await sw.world.run(await sw.world.comment(PEOPLE.triage, number, '/ack'));
    await sw.world.run(await sw.world.comment(PEOPLE.write, number, '/resolve Rolled back the deploy'));
    await sw.world.run(sw.world.dispatch(number));
    const key = `acme/payments#${number}/level-1`;
    expect(pagerDutyEvents()).toEqual([`trigger ${key}`, `acknowledge ${key}`, `resolve ${key}`]);
    expect(sw.fakes.alerts).toMatchObject([{ dedupKey: key, status: 'resolved', actions: ['trigger', 'acknowledge', 'resolve'] }]);
    const slack = sw.fakes.taken('slack').map((request) => JSON.stringify(request.body));
    expect(slack).toHaveLength(3);
    expect(slack[1]).toContain('Acknowledged by tom');
    expect(slack[2]).toContain('Resolved by wendy');
    expect(slack[2]).toContain('Rolled back the deploy');
  });

  it('an unacknowledged incident pages level 2 on its own dedup key, and the acknowledgement reaches both alerts', async () => {
    const number = await declare(sw.world, 1);
    sw.world.advance(31);
    await sw.world.run(sw.world.dispatch(number));
    await sw.world.run(await sw.world.comment(PEOPLE.triage, number, '/ack'));
    const base = `acme/payments#${number}`;
    expect(pagerDutyEvents()).toEqual([`trigger ${base}/level-1`, `trigger ${base}/level-2`, `acknowledge ${base}/level-1`, `acknowledge ${base}/level-2`]);
    expect(sw.fakes.alerts.map((alert) => alert.status)).toEqual(['acknowledged', 'acknowledged']);
  });
});

describe('a failing sink', () => {
  it('is shown on the card, does not fail the run, and is retried by the next run once', async () => {
    sw.fakes.fail({ kind: 'slack', status: 503, times: 3 });
    const opened = await sw.world.open(PEOPLE.write, { severity: 1, scenario: 'Service Outage', summary: 'Payments fail.' });
    const first = await sw.world.run(opened);
    expect(first.outcomes.map((outcome) => outcome.kind)).toEqual(['reconciled']);
    expect(first.results[0]?.effects).toContain('deliver page sev-1 to #incidents: failed (503)');
    expect(sw.world.card(opened.number)).toMatch(/⚠️ \\#incidents: page sev-1, failed \(503\) in 1 run; the next run retries/);
    expect(sw.world.log.warning.some((line) => line.includes('could not deliver page sev-1 to #incidents'))).toBe(true);
    expect(sw.waits).toEqual([1000, 2000]);

    const second = await sw.world.run(sw.world.dispatch(opened.number));
    expect(second.results[0]?.effects).toEqual(['deliver page sev-1 to #incidents', 'update the incident card']);
    expect(sw.world.card(opened.number)).toMatch(/✅ \\#incidents: page sev-1, sent/);
    expect((await sw.world.run(sw.world.dispatch(opened.number))).writes).toEqual([]);
    expect(sw.fakes.taken('slack')).toHaveLength(1);
    expect(pagerDutyEvents()).toHaveLength(1);
  });

  it('waits as long as a 429 asks within the run', async () => {
    sw.fakes.fail({ kind: 'slack', status: 429, retryAfter: 2 });
    await declare(sw.world, 1);
    expect(sw.waits).toEqual([2000]);
    expect(sw.fakes.taken('slack')).toHaveLength(1);
  });

  it('without its secret: reported with the variable to set, and sent once the secret is there', async () => {
    delete sw.secrets.SLACK_INCIDENTS;
    const number = await declare(sw.world, 1);
    expect(sw.world.card(number)).toMatch(/failed \(no-secret\) in 1 run/);
    expect(sw.world.log.warning.join('\n')).toContain('env SLACK_INCIDENTS: ${{ secrets.SLACK_INCIDENTS }}');
    sw.secrets.SLACK_INCIDENTS = sw.fakes.slackUrl('T000-B000-incidents');
    await sw.world.run(sw.world.dispatch(number));
    expect(sw.fakes.taken('slack')).toHaveLength(1);
  });

  it('gives up after five runs and says so', async () => {
    sw.fakes.fail({ kind: 'slack', status: 500, times: 15 });
    const number = await declare(sw.world, 1);
    for (let run = 0; run < 5; run += 1) await sw.world.run(sw.world.dispatch(number));
    expect(sw.fakes.requests.filter((request) => request.kind === 'slack')).toHaveLength(15);
    expect(sw.world.card(number)).toMatch(/❌ \\#incidents: page sev-1, failed \(500\) in 5 runs; not retried/);
  });
});

describe('status updates', () => {
  it('a 10 KB update reaches Slack split into sections within its limits, never rejected', async () => {
    const number = await declare(sw.world, 1);
    const words = Array.from({ length: 1700 }, (_, index) => `word${index}`).join(' ');
    expect(words.length).toBeGreaterThan(10_000);
    await sw.world.run(await sw.world.comment(PEOPLE.write, number, `/update ${words}`));
    const requests = sw.fakes.requests.filter((request) => request.kind === 'slack');
    expect(requests.map((request) => request.status)).toEqual([200, 200]);
    const blocks = (requests[1]?.body as { blocks: { type: string; text?: { text: string } }[] }).blocks;
    const sections = blocks.filter((block) => block.type === 'section').map((block) => block.text?.text ?? '');
    expect(sections.length).toBeGreaterThanOrEqual(4);
    for (const section of sections) expect(section.length).toBeLessThanOrEqual(3000);
    expect(sections.join('')).toContain(words.slice(-200));
    expect(sections.join('').replace(/\s+/g, ' ')).toContain(words);
  });
});

describe('a dry run', () => {
  it('prints each request it would send with the secrets masked, and sends nothing', async () => {
    const opened = await sw.world.open(PEOPLE.write, { severity: 1, scenario: 'Service Outage', summary: 'Payments fail.' });
    const { results, writes } = await sw.world.run(opened, { dryRun: true });
    expect(writes).toEqual([]);
    expect(sw.fakes.requests).toEqual([]);
    const lines = results[0]?.effects.filter((line) => line.startsWith('would deliver')) ?? [];
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(`POST ${sw.fakes.pagerDutyUrl} {"routing_key":"***PAGERDUTY_PAYMENTS***","event_action":"trigger","dedup_key":"acme/payments#${opened.number}/level-1"`);
    expect(lines[1]).toContain('POST ***SLACK_INCIDENTS*** {"text":');
    expect(lines.join('\n')).not.toContain(ROUTING_KEY);
    expect(lines.join('\n')).not.toContain(sw.fakes.slackUrl('T000-B000-incidents'));
  });
});
