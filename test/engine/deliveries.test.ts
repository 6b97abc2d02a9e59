/**
 * Deliveries to sinks outside GitHub, as the engine plans them: which sinks a page reaches and on
 * which PagerDuty dedup key, what follows it (acknowledgement, status updates, resolution), in which
 * order, and what the card shows and records of them as runs send, fail and give up.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { Contact, PlaybookSet, Sink } from '../../src/config/model.js';
import { cardRecord } from '../../src/engine/card-effect.js';
import { MAX_DELIVERY_RUNS, owedDeliveries, type PageRef, planDeliveries, settleDeliveries } from '../../src/engine/deliveries.js';
import type { Delivery } from '../../src/engine/delivery-types.js';
import type { IncidentState } from '../../src/engine/incident-state.js';
import { reconcile } from '../../src/engine/reconcile.js';
import { createCommentRenderer } from '../../src/render/comments.js';
import { at, BOT, botComment, comment, formBody, observed } from './observed-fixture.js';

function sink(type: Sink['type'], secret: string, name: string): Sink {
  return { id: `${type}:${secret}`, type, secret, name, url: type === 'slack' || type === 'teams' ? null : `https://example.test/${secret}` };
}

const PAGERDUTY = sink('pagerduty', 'PD_PAYMENTS', 'PagerDuty payments');
const INCIDENTS = sink('slack', 'SLACK_INCIDENTS', '#incidents');
const OPS = sink('slack', 'SLACK_OPS', '#ops');
const EXECS = sink('teams', 'TEAMS_EXECS', 'Execs channel');
const HOOK = sink('webhook', 'HOOK_STATUS', 'Status hook');
const REPO = { owner: 'acme', repo: 'payments' };
const KEY = 'acme/payments#7';

let set: PlaybookSet;
beforeAll(async () => {
  const loaded = await loadPlaybooks('playbooks');
  // Sinks on every kind of holder: levels 1 and 2 (PagerDuty), the primary on-call and SEV-1 (both
  // name #incidents: one sink), a management contact (a Teams channel, and PagerDuty again) and a
  // level-2 contact (a webhook).
  const contactSinks: Record<string, Partial<Contact>> = {
    'primary-on-call': { github: '@priya', sinks: [INCIDENTS] },
    'secondary-on-call': { github: null },
    'senior-engineers': { github: null, sinks: [HOOK] },
    'team-leads': { github: null },
    cto: { github: null, sinks: [EXECS, PAGERDUTY] },
    'vp-engineering': { github: null },
  };
  const withSinks = (contact: Contact): Contact => ({ ...contact, ...contactSinks[contact.id] });
  set = {
    ...loaded,
    severities: loaded.severities.map((severity) => (severity.label === 'sev-1' ? { ...severity, sinks: [INCIDENTS, OPS] } : severity)),
    escalation: {
      ...loaded.escalation,
      technical: loaded.escalation.technical.map((level) => ({
        ...level,
        contacts: level.contacts.map(withSinks),
        ...(level.level <= 2 ? { sinks: [PAGERDUTY] } : {}),
      })),
      management: loaded.escalation.management.map((rule) => ({ ...rule, notify: rule.notify.map(withSinks) })),
    },
  };
});

const SEV1_PAGE: PageRef = { marker: { kind: 'severity-page', severity: 'sev-1' }, at: at(1) };
const LEVEL2_PAGE: PageRef = { marker: { kind: 'level-page', level: 2 }, at: at(31) };

/** The incident after `commands`, each `[minute, text]` by priya (write access). */
function incident(commands: [number, string][] = []): IncidentState {
  const state = observed({
    labels: ['incident', 'sev-1', 'scenario:service-outage'],
    comments: commands.map(([minute, text]) => comment('priya', minute, text)),
    permissions: { priya: 'write' },
  });
  return reconcile(state, set, new Date(at(60))).incident;
}

/** Each delivery as `sink action dedupKey: what`. */
function summary(deliveries: Pick<Delivery, 'sink' | 'action' | 'dedupKey' | 'what'>[]): string[] {
  return deliveries.map((delivery) => `${delivery.sink.name} ${delivery.action} ${delivery.dedupKey}: ${delivery.what}`);
}

describe('a page', () => {
  it('goes once to each sink its first level, contacts, severity and management name; PagerDuty is triggered on the level’s dedup key', () => {
    const owed = owedDeliveries(incident(), set, [SEV1_PAGE], REPO);
    expect(summary(owed)).toEqual([
      `PagerDuty payments trigger ${KEY}/level-1: page sev-1`,
      `#incidents message ${KEY}/level-1: page sev-1`,
      `#ops message ${KEY}/level-1: page sev-1`,
      `Execs channel message ${KEY}/management: page sev-1`,
    ]);
  });

  it('tells every sink the incident, the severity, who is paged and by when to respond', () => {
    const owed = owedDeliveries(incident(), set, [SEV1_PAGE], REPO);
    const expected = {
      event: 'page',
      incident: { repo: 'acme/payments', number: 7, title: 'Checkout down', url: 'https://github.com/acme/payments/issues/7' },
      severity: { label: 'sev-1', name: 'Critical', level: 1 },
      headline: 'SEV-1 (Critical): paging level 1, On-call engineer',
      detail: 'Paged: Primary On-Call (@priya), Secondary On-Call. CTO/VP Engineering notification: CTO, VP of Engineering. Respond by 03:16 UTC with /ack on the issue.',
      by: null,
      at: at(1),
    };
    expect(owed.map((delivery) => delivery.notification)).toEqual(owed.map(() => expected));
  });

  it('of a severity without sinks or a management rule goes to the first level’s sinks and names only its contacts', () => {
    const sev4: PageRef = { marker: { kind: 'severity-page', severity: 'sev-4' }, at: at(1) };
    const owed = owedDeliveries(incident(), set, [sev4], REPO);
    expect(summary(owed)).toEqual([`PagerDuty payments trigger ${KEY}/level-1: page sev-4`, `#incidents message ${KEY}/level-1: page sev-4`]);
    expect(owed[0]?.notification).toMatchObject({
      severity: { label: 'sev-4', name: 'Low', level: 4 },
      headline: 'SEV-4 (Low): paging level 1, On-call engineer',
      // SEV-4's response time is 24 hours.
      detail: 'Paged: Primary On-Call (@priya), Secondary On-Call. Respond by 03:01 UTC with /ack on the issue.',
    });
  });

  it('of an escalation level goes to the level’s own sinks, its contacts’ and the severity’s, on that level’s dedup key', () => {
    const owed = owedDeliveries(incident(), set, [LEVEL2_PAGE], REPO);
    expect(summary(owed)).toEqual([
      `PagerDuty payments trigger ${KEY}/level-2: page level 2`,
      `Status hook message ${KEY}/level-2: page level 2`,
      `#incidents message ${KEY}/level-2: page level 2`,
      `#ops message ${KEY}/level-2: page level 2`,
    ]);
    expect(owed[0]?.notification).toMatchObject({
      event: 'page',
      severity: { label: 'sev-1', name: 'Critical', level: 1 },
      headline: 'Unacknowledged: paging level 2, Senior engineers and team leads',
      detail: 'Paged: Senior engineers, Team leads. Acknowledge with /ack on the issue.',
      by: null,
      at: at(31),
    });
  });

  it('of a level without sinks of its own goes to its contacts’ and the severity’s', () => {
    const level3: PageRef = { marker: { kind: 'level-page', level: 3 }, at: at(61) };
    expect(summary(owedDeliveries(incident(), set, [level3], REPO))).toEqual([`#incidents message ${KEY}/level-3: page level 3`, `#ops message ${KEY}/level-3: page level 3`]);
  });

  it('of an incident without a severity tells the sinks none, and its acknowledgement too', () => {
    const state = observed({ body: 'Something is off', comments: [comment('priya', 40, '/ack')], permissions: { priya: 'write' } });
    const unset = reconcile(state, set, new Date(at(41))).incident;
    expect(unset.severity).toBeNull();
    const owed = owedDeliveries(unset, set, [LEVEL2_PAGE], REPO);
    expect(summary(owed)).toEqual([
      `PagerDuty payments trigger ${KEY}/level-2: page level 2`,
      `Status hook message ${KEY}/level-2: page level 2`,
      `PagerDuty payments acknowledge ${KEY}/level-2: acknowledge 03:40 UTC`,
      `Status hook message ${KEY}/level-2: acknowledge 03:40 UTC`,
    ]);
    expect(owed.map((delivery) => delivery.notification.severity)).toEqual([null, null, null, null]);
  });

  it('for a level or severity the playbooks no longer have goes nowhere', () => {
    const gone: PageRef[] = [
      { marker: { kind: 'level-page', level: 9 }, at: at(1) },
      { marker: { kind: 'severity-page', severity: 'sev-9' }, at: at(1) },
    ];
    expect(owedDeliveries(incident(), set, gone, REPO)).toEqual([]);
    const noLevels = { ...set, escalation: { ...set.escalation, technical: [] } };
    expect(owedDeliveries(incident(), noLevels, [SEV1_PAGE], REPO)).toEqual([]);
  });
});

describe('what follows the pages', () => {
  const commands: [number, string][] = [
    [35, '/update Rolled back deploy 4512'],
    [40, '/ack'],
    [50, '/resolve Error rate back to normal'],
  ];

  it('PagerDuty acknowledges and resolves each alert it triggered; chat sinks and webhooks hear each update once; all in the order things happened', () => {
    // The engine lists severity pages before level pages no longer due: the order of `pages` need not be time's.
    const owed = owedDeliveries(incident(commands), set, [LEVEL2_PAGE, SEV1_PAGE], REPO);
    const chat = (what: string): string[] => [
      `#incidents message ${KEY}/level-1: ${what}`,
      `#ops message ${KEY}/level-1: ${what}`,
      `Execs channel message ${KEY}/management: ${what}`,
      `Status hook message ${KEY}/level-2: ${what}`,
    ];
    expect(summary(owed)).toEqual([
      `PagerDuty payments trigger ${KEY}/level-1: page sev-1`,
      `#incidents message ${KEY}/level-1: page sev-1`,
      `#ops message ${KEY}/level-1: page sev-1`,
      `Execs channel message ${KEY}/management: page sev-1`,
      `PagerDuty payments trigger ${KEY}/level-2: page level 2`,
      `Status hook message ${KEY}/level-2: page level 2`,
      `#incidents message ${KEY}/level-2: page level 2`,
      `#ops message ${KEY}/level-2: page level 2`,
      ...chat('update 03:35 UTC'),
      `PagerDuty payments acknowledge ${KEY}/level-1: acknowledge 03:40 UTC`,
      `PagerDuty payments acknowledge ${KEY}/level-2: acknowledge 03:40 UTC`,
      ...chat('acknowledge 03:40 UTC'),
      `PagerDuty payments resolve ${KEY}/level-1: resolve 03:50 UTC`,
      `PagerDuty payments resolve ${KEY}/level-2: resolve 03:50 UTC`,
      ...chat('resolve 03:50 UTC'),
    ]);
  });

  it('tells each sink who acknowledged, updated and resolved, with the update’s text and the resolution’s summary', () => {
    const owed = owedDeliveries(incident(commands), set, [SEV1_PAGE], REPO);
    const severity = { label: 'sev-1', name: 'Critical', level: 1 };
    const told = (event: string) => [...new Set(owed.filter((delivery) => delivery.notification.event === event).map((delivery) => JSON.stringify(delivery.notification)))].map((text) => JSON.parse(text) as unknown);
    const incidentRef = { repo: 'acme/payments', number: 7, title: 'Checkout down', url: 'https://github.com/acme/payments/issues/7' };
    expect(told('update')).toEqual([{ event: 'update', incident: incidentRef, severity, headline: 'Status update by priya', detail: 'Rolled back deploy 4512', by: 'priya', at: at(35) }]);
    expect(told('acknowledge')).toEqual([{ event: 'acknowledge', incident: incidentRef, severity, headline: 'Acknowledged by priya', detail: null, by: 'priya', at: at(40) }]);
    expect(told('resolve')).toEqual([{ event: 'resolve', incident: incidentRef, severity, headline: 'Resolved by priya', detail: 'Error rate back to normal', by: 'priya', at: at(50) }]);
  });

  it('reaches nothing when no page went out', () => {
    expect(owedDeliveries(incident(commands), set, [], REPO)).toEqual([]);
  });
});

describe('delivery keys', () => {
  it('are short digests, the same in every run, and differ between any two deliveries', () => {
    const commands: [number, string][] = [[20, '/update Investigating'], [25, '/update Still investigating'], [40, '/ack'], [50, '/resolve']];
    // Raised from SEV-2: both severity pages reach the same sinks on the same dedup key.
    const raised: PageRef[] = [{ marker: { kind: 'severity-page', severity: 'sev-2' }, at: at(0) }, SEV1_PAGE, LEVEL2_PAGE];
    const keys = owedDeliveries(incident(commands), set, raised, REPO).map((delivery) => delivery.key);
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.every((key) => /^[0-9a-f]{8}$/.test(key))).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
    expect(owedDeliveries(incident(commands), set, raised, REPO).map((delivery) => delivery.key)).toEqual(keys);
  });

  it('of what followed a page stay the same when a later page reaches the same sinks', () => {
    const commands: [number, string][] = [[35, '/update Investigating']];
    const updates = (pages: PageRef[]) => owedDeliveries(incident(commands), set, pages, REPO).filter((delivery) => delivery.notification.event === 'update');
    const before = updates([SEV1_PAGE]);
    // A later page listed first, as a severity page is listed before a level page no longer due.
    const after = updates([LEVEL2_PAGE, SEV1_PAGE]);
    expect(after.filter((delivery) => !before.some((known) => known.key === delivery.key)).map((delivery) => delivery.sink.name)).toEqual(['Status hook']);
  });

  it('differ between incidents and repositories', () => {
    const keys = (repo: { owner: string; repo: string }) => owedDeliveries(incident(), set, [SEV1_PAGE], repo).map((delivery) => delivery.key);
    const here = keys(REPO);
    expect(keys({ owner: 'acme', repo: 'billing' }).filter((key) => here.includes(key))).toEqual([]);
  });
});

/** The deliveries one run plans for the SEV-1 page and its acknowledgement. */
function owedKeys(): string[] {
  return owedDeliveries(incident([[40, '/ack']]), set, [SEV1_PAGE], REPO).map((delivery) => delivery.key);
}

describe('a run’s deliveries and the card', () => {
  it('with nothing recorded, every owed delivery is sent and shown pending', () => {
    const { deliveries, card } = planDeliveries(incident([[40, '/ack']]), set, [SEV1_PAGE], REPO, null);
    expect(deliveries.map((delivery) => delivery.key)).toEqual(owedKeys());
    expect(deliveries.every((delivery) => delivery.failedRuns === 0)).toBe(true);
    expect(card.sent).toEqual([]);
    expect(card.failed).toEqual([]);
    expect(card.lines[0]).toEqual({ key: owedKeys()[0], sink: 'PagerDuty payments', what: 'page sev-1', status: 'pending', at: null, reason: null, runs: 0 });
    expect(card.lines.map((line) => line.status)).toEqual(owedKeys().map(() => 'pending'));
  });

  it('sends no delivery the card records as sent, retries a failing one with its count, and gives up after the last run', () => {
    const [sent, failingOnce, failingLast, gaveUp] = owedKeys() as [string, string, string, string];
    const recorded = {
      sent: [{ key: sent, at: '2026-11-27T03:01:05Z' }],
      failed: [
        { key: failingOnce, runs: 1, reason: '503' },
        { key: failingLast, runs: MAX_DELIVERY_RUNS - 1, reason: 'timeout' },
        { key: gaveUp, runs: MAX_DELIVERY_RUNS, reason: 'no-secret' },
      ],
    };
    const { deliveries, card } = planDeliveries(incident([[40, '/ack']]), set, [SEV1_PAGE], REPO, recorded);
    const runs = new Map(deliveries.map((delivery) => [delivery.key, delivery.failedRuns]));
    expect(runs.has(sent)).toBe(false);
    expect(runs.has(gaveUp)).toBe(false);
    expect(runs.get(failingOnce)).toBe(1);
    expect(runs.get(failingLast)).toBe(MAX_DELIVERY_RUNS - 1);
    expect(deliveries).toHaveLength(owedKeys().length - 2);
    expect(card.sent).toEqual(recorded.sent);
    expect(card.failed).toEqual(recorded.failed);
    expect(card.lines.slice(0, 5).map(({ status, at: when, reason, runs: count }) => ({ status, at: when, reason, runs: count }))).toEqual([
      { status: 'sent', at: '2026-11-27T03:01:05Z', reason: null, runs: 0 },
      { status: 'failing', at: null, reason: '503', runs: 1 },
      { status: 'failing', at: null, reason: 'timeout', runs: MAX_DELIVERY_RUNS - 1 },
      { status: 'gave-up', at: null, reason: 'no-secret', runs: MAX_DELIVERY_RUNS },
      { status: 'pending', at: null, reason: null, runs: 0 },
    ]);
  });

  it('a delivery recorded both sent and failing counts as sent', () => {
    const [key] = owedKeys() as [string];
    const recorded = { sent: [{ key, at: '2026-11-27T03:01:05Z' }], failed: [{ key, runs: 2, reason: '503' }] };
    const { deliveries, card } = planDeliveries(incident([[40, '/ack']]), set, [SEV1_PAGE], REPO, recorded);
    expect(deliveries.map((delivery) => delivery.key)).not.toContain(key);
    expect(card.lines[0]).toMatchObject({ status: 'sent', reason: null, runs: 0 });
  });
});

describe('settling a run’s deliveries on the card', () => {
  it('records what went out at whole seconds, counts each failure once more with its latest reason, and keeps the rest', () => {
    const [ok, fixed, failsAgain, failsFirst, untouched] = owedKeys() as [string, string, string, string, string];
    const { card } = planDeliveries(incident([[40, '/ack']]), set, [SEV1_PAGE], REPO, {
      sent: [],
      failed: [
        { key: fixed, runs: 2, reason: '503' },
        { key: failsAgain, runs: 3, reason: '503' },
      ],
    });
    const outcomes = new Map([
      [ok, { ok: true, at: '2026-11-27T03:01:02.789Z' } as const],
      [fixed, { ok: true, at: '2026-11-27T03:01:03.000Z' } as const],
      [failsAgain, { ok: false, reason: 'timeout' } as const],
      [failsFirst, { ok: false, reason: 'no-secret' } as const],
    ]);
    const settled = settleDeliveries(card, outcomes);
    expect(settled.sent).toEqual([
      { key: ok, at: '2026-11-27T03:01:02Z' },
      { key: fixed, at: '2026-11-27T03:01:03Z' },
    ]);
    expect(settled.failed).toEqual([
      { key: failsAgain, runs: 4, reason: 'timeout' },
      { key: failsFirst, runs: 1, reason: 'no-secret' },
    ]);
    expect(settled.lines.slice(0, 5).map((line) => line.status)).toEqual(['sent', 'sent', 'failing', 'failing', 'pending']);
    expect(settled.lines.find((line) => line.key === untouched)?.status).toBe('pending');
  });

  it('a delivery failing its last run shows given up; one sent again is recorded once', () => {
    const [sent, last] = owedKeys() as [string, string];
    const { card } = planDeliveries(incident([[40, '/ack']]), set, [SEV1_PAGE], REPO, {
      sent: [{ key: sent, at: '2026-11-27T03:01:05Z' }],
      failed: [{ key: last, runs: MAX_DELIVERY_RUNS - 1, reason: '503' }],
    });
    const settled = settleDeliveries(
      card,
      new Map([
        [sent, { ok: true, at: '2026-11-27T03:09:00Z' } as const],
        [last, { ok: false, reason: '502' } as const],
      ]),
    );
    expect(settled.sent).toEqual([{ key: sent, at: '2026-11-27T03:01:05Z' }]);
    expect(settled.lines[1]).toMatchObject({ key: last, status: 'gave-up', reason: '502', runs: MAX_DELIVERY_RUNS });
  });
});

describe('runs in a row', () => {
  /** Runs reconcile at `minute` and records every delivery it plans as sent, as the shell does; returns the card comment. */
  function sendAll(playbooks: PlaybookSet, state: Parameters<typeof observed>[0], minute: number): { card: ReturnType<typeof comment>; delivered: string[] } {
    const plan = reconcile(observed(state), playbooks, new Date(at(minute)));
    const deliveries = plan.effects.flatMap((effect) => (effect.kind === 'deliver' ? [effect.delivery] : []));
    const planned = plan.effects.find((effect) => effect.kind === 'card');
    if (planned?.kind !== 'card' || planned.card.deliveries === undefined) throw new Error('no card with deliveries');
    const outcomes = new Map(deliveries.map((delivery) => [delivery.key, { ok: true, at: at(minute) } as const]));
    const card = { ...planned.card, deliveries: settleDeliveries(planned.card.deliveries, outcomes) };
    const body = createCommentRenderer().card(card, cardRecord(card, planned.record.due, planned.record.seen));
    return { card: comment(BOT, minute, body), delivered: summary(deliveries) };
  }

  it('a status update is not sent again to a sink that a later severity page also reaches', () => {
    // The webhook is a level-2 contact's and SEV-1's. After the upgrade the engine lists the SEV-1 page
    // before level 2's, which is no longer due (SEV-1's response time restarts the schedule).
    const playbooks = { ...set, severities: set.severities.map((severity) => (severity.label === 'sev-1' ? { ...severity, sinks: [HOOK] } : severity)) };
    const base = { body: formBody({ severity: 'SEV-2 (High)' }), labels: ['incident', 'sev-2', 'scenario:service-outage'], permissions: { priya: 'write' as const } };
    const history = [botComment('page:sev-2', 1), botComment('page:level-2', 31), comment('priya', 35, '/update Failing over')];
    const first = sendAll(playbooks, { ...base, comments: history }, 36);
    expect(first.delivered).toContain(`Status hook message ${KEY}/level-2: update 03:35 UTC`);

    const upgraded = [...history, first.card, comment('priya', 40, '/sev 1')];
    const second = sendAll(playbooks, { ...base, comments: upgraded }, 41);
    expect(second.delivered.filter((line) => line.includes('update'))).toEqual([`Execs channel message ${KEY}/management: update 03:35 UTC`]);
    expect(second.delivered).toContain(`Status hook message ${KEY}/level-1: page sev-1`);
  });
});
