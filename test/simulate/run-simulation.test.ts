/**
 * runSimulation on short scripts: which runs happen (a person's step, a tick that ran, the daily
 * wake-up), in what order, when the schedule stops, and each step fired with its due and fired
 * time. Whole simulations of the built-in SEV-1 are in simulate.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { ScriptStep } from '../../src/demo/script.js';
import { type FiredStep, runSimulation } from '../../src/simulate/run-simulation.js';

const ignore = (): void => {};

/** A step of issue #1 (unless said) fired on `day` at `firedAt` (HH:MM) by `run`, due at `due` (its own minute when not given). */
function fired(step: Pick<FiredStep, 'kind' | 'what' | 'done'> & { issue?: number }, firedAt: string, run: FiredStep['run'], due = firedAt, day = '2026-11-27'): FiredStep {
  const [dueAt, firedAtTime] = [`${day}T${due}:00.000Z`, `${day}T${firedAt}:00.000Z`];
  return { issue: 1, ...step, due: dueAt, firedAt: firedAtTime, lateMinutes: (Date.parse(firedAtTime) - Date.parse(dueAt)) / 60_000, run };
}

function event(event: string, what: string): FiredStep['run'] {
  return { kind: 'event', event, what };
}

describe('runSimulation', () => {
  it('runs a person\'s step before the tick of the same minute, skips dropped ticks, runs late ones late, and stops at the horizon with a deadline pending', async () => {
    const report = await runSimulation({
      trace: { everyMinutes: 5, late: [{ from: '2026-11-27T03:05:00Z', until: '2026-11-27T03:10:00Z', byMinutes: 2 }], dropped: [{ from: '2026-11-27T03:10:00Z', until: '2026-11-27T03:20:00Z' }] },
      script: [
        { at: '2026-11-27 03:03', actor: 'alice', action: 'open', title: '[Incident] Checkout payments failing', form: { Severity: 'SEV-1 (Critical)', Scenario: 'Service Outage' } },
        { at: '2026-11-27 03:20', actor: 'priya', action: 'comment', body: '/ack' },
      ],
      horizonMinutes: 10,
      warn: ignore,
    });
    const opens = event('issues', 'alice opens #1 from the incident form');
    const acks = event('issue_comment', 'priya: /ack');
    expect(report).toEqual({
      repo: 'acme/payments',
      everyMinutes: 5,
      ticks: { scheduled: 6, onTime: 3, late: 1, dropped: 2, off: 0, first: '2026-11-27T03:05:00.000Z', last: '2026-11-27T03:30:00.000Z' },
      outages: [['2026-11-27T03:10:00.000Z', '2026-11-27T03:15:00.000Z']],
      fired: [
        fired({ kind: 'page', what: 'page sev-1 to level 1 (On-call engineer)', done: 'comment page:sev-1' }, '03:03', opens),
        fired({ kind: 'delivery', what: 'PagerDuty payments: trigger alert acme/payments#1/level-1 (page sev-1)', done: 'deliver page sev-1 to PagerDuty payments (trigger)' }, '03:03', opens),
        fired({ kind: 'delivery', what: '#incidents: message (page sev-1)', done: 'deliver page sev-1 to #incidents' }, '03:03', opens),
        // The response time (15 minutes) ran out at 03:18: the tick of 03:15 was dropped, and the
        // acknowledgement at 03:20 marks it, before the tick of 03:20 runs.
        fired({ kind: 'sla-missed', what: 'label sla-missed (response time missed)', done: 'add labels sla-missed' }, '03:20', acks, '03:18'),
        fired({ kind: 'delivery', what: 'PagerDuty payments: acknowledge alert acme/payments#1/level-1 (acknowledge 03:20 UTC)', done: 'deliver acknowledge 03:20 UTC to PagerDuty payments (acknowledge)' }, '03:20', acks),
        fired({ kind: 'delivery', what: '#incidents: message (acknowledge 03:20 UTC)', done: 'deliver acknowledge 03:20 UTC to #incidents' }, '03:20', acks),
      ],
      // The first status update, due 30 minutes after the declaration, is past the horizon (03:30).
      pending: '2026-11-27T03:33:00Z',
      requests: expect.any(Number) as unknown,
    });
  });

  it('after the script, runs the schedule only while a deadline is pending; the ticks in between find the sweep off', async () => {
    const report = await runSimulation({
      trace: { everyMinutes: 15, late: [{ from: '2026-11-27T06:15:00Z', until: '2026-11-27T06:16:00Z', byMinutes: 3 }], dropped: [] },
      script: [
        { at: '2026-11-27 06:10', actor: 'alice', action: 'open', title: 'Search slow', form: { Severity: 'SEV-3 (Medium)', Scenario: 'Service Outage' } },
        { at: '2026-11-27 06:11', actor: 'priya', action: 'comment', body: '/resolve Fixed.' },
        { at: '2026-11-27 07:00', actor: 'alice', action: 'comment', body: 'Thanks.' },
      ],
      warn: ignore,
    });
    const opens = event('issues', 'alice opens #1 from the incident form');
    expect(report).toEqual({
      repo: 'acme/payments',
      everyMinutes: 15,
      // The sweep of 06:15 (run at 06:18, after the 06:17 wake-up) finds nothing pending and turns
      // its workflow off: the ticks up to the script's last step (07:00) start nothing, and none after it run.
      ticks: { scheduled: 4, onTime: 0, late: 1, dropped: 0, off: 3, first: '2026-11-27T06:15:00.000Z', last: '2026-11-27T07:00:00.000Z' },
      outages: [],
      fired: [
        fired({ kind: 'page', what: 'page sev-3 to level 1 (On-call engineer)', done: 'comment page:sev-3' }, '06:10', opens),
        fired({ kind: 'delivery', what: 'PagerDuty payments: trigger alert acme/payments#1/level-1 (page sev-3)', done: 'deliver page sev-3 to PagerDuty payments (trigger)' }, '06:10', opens),
        fired(
          { kind: 'delivery', what: 'PagerDuty payments: resolve alert acme/payments#1/level-1 (resolve 06:11 UTC)', done: 'deliver resolve 06:11 UTC to PagerDuty payments (resolve)' },
          '06:11',
          event('issue_comment', 'priya: /resolve Fixed.'),
        ),
      ],
      pending: null,
      requests: expect.any(Number) as unknown,
    });
  });

  it('runs a set from a directory with its own people; a step with no deadline fired is not late; no tick runs when nothing is pending after the script', async () => {
    const report = await runSimulation({
      trace: { everyMinutes: 60, late: [], dropped: [] },
      // The bundled set has no sinks: nothing is delivered.
      playbooks: 'playbooks',
      people: { wendy: 'write', mona: 'maintain' },
      script: [
        { at: '2026-11-27 03:03', actor: 'wendy', action: 'open', title: 'Payments slow', form: { Severity: 'SEV-2 (High)', Scenario: 'Service Outage' } },
        { at: '2026-11-27 03:04', actor: 'mona', action: 'comment', body: '/ack' },
        { at: '2026-11-27 03:05', actor: 'mona', action: 'comment', body: '/resolve Fixed.' },
        { at: '2026-11-27 03:06', actor: 'mona', action: 'merge-postmortem', actionItems: ['Alert earlier'] },
      ],
      warn: ignore,
    });
    expect(report).toEqual({
      repo: 'acme/payments',
      everyMinutes: 60,
      ticks: { scheduled: 0, onTime: 0, late: 0, dropped: 0, off: 0, first: null, last: null },
      outages: [],
      fired: [
        fired({ kind: 'page', what: 'page sev-2 to level 1 (On-call engineer)', done: 'comment page:sev-2' }, '03:03', event('issues', 'wendy opens #1 from the incident form')),
        fired(
          { kind: 'postmortem-pr', what: 'post-mortem pull request (postmortems/2026-11-27-1-payments-slow.md)', done: 'open the post-mortem pull request (postmortems/2026-11-27-1-payments-slow.md): #2' },
          '03:05',
          event('issue_comment', 'mona: /resolve Fixed.'),
        ),
        {
          issue: 1,
          kind: 'follow-ups',
          what: '1 follow-up issue(s) from the merged post-mortem',
          due: null,
          done: 'open 1 follow-up issue(s) from post-mortem #2 and mark the incident complete',
          firedAt: '2026-11-27T03:06:00.000Z',
          lateMinutes: null,
          run: event('pull_request', 'mona writes 1 action item(s) into the post-mortem and merges #2'),
        },
      ],
      pending: null,
      requests: expect.any(Number) as unknown,
    });
  });

  it('starts the clock at the script\'s first step, keeps each incident\'s deadline and stops at the earliest pending', async () => {
    // The SEV-3 is due an acknowledgement at 08:00, the SEV-1 opened after it at 06:16: the earlier
    // deadline is the one left pending at the horizon (06:17).
    const report = await runSimulation({
      trace: { everyMinutes: 15, late: [], dropped: [] },
      script: [
        { at: '2026-11-26 06:00', actor: 'alice', action: 'open', title: 'Search slow', form: { Severity: 'SEV-3 (Medium)', Scenario: 'Service Outage' } },
        { at: '2026-11-26 06:01', actor: 'alice', action: 'open', title: 'Checkout down', form: { Severity: 'SEV-1 (Critical)', Scenario: 'Service Outage' } },
      ],
      horizonMinutes: 16,
      warn: ignore,
    });
    const first = event('issues', 'alice opens #1 from the incident form');
    const second = event('issues', 'alice opens #2 from the incident form');
    expect(report).toEqual({
      repo: 'acme/payments',
      everyMinutes: 15,
      ticks: { scheduled: 1, onTime: 1, late: 0, dropped: 0, off: 0, first: '2026-11-26T06:15:00.000Z', last: '2026-11-26T06:15:00.000Z' },
      outages: [],
      fired: [
        fired({ kind: 'page', what: 'page sev-3 to level 1 (On-call engineer)', done: 'comment page:sev-3' }, '06:00', first, '06:00', '2026-11-26'),
        fired({ kind: 'delivery', what: 'PagerDuty payments: trigger alert acme/payments#1/level-1 (page sev-3)', done: 'deliver page sev-3 to PagerDuty payments (trigger)' }, '06:00', first, '06:00', '2026-11-26'),
        fired({ issue: 2, kind: 'page', what: 'page sev-1 to level 1 (On-call engineer)', done: 'comment page:sev-1' }, '06:01', second, '06:01', '2026-11-26'),
        fired({ issue: 2, kind: 'delivery', what: 'PagerDuty payments: trigger alert acme/payments#2/level-1 (page sev-1)', done: 'deliver page sev-1 to PagerDuty payments (trigger)' }, '06:01', second, '06:01', '2026-11-26'),
        fired({ issue: 2, kind: 'delivery', what: '#incidents: message (page sev-1)', done: 'deliver page sev-1 to #incidents' }, '06:01', second, '06:01', '2026-11-26'),
      ],
      pending: '2026-11-26T06:16:00Z',
      requests: expect.any(Number) as unknown,
    });
  });

  it('refuses a script with no steps', async () => {
    const script: ScriptStep[] = [];
    await expect(runSimulation({ trace: { everyMinutes: 5, late: [], dropped: [] }, script, warn: ignore })).rejects.toThrow('the script has no steps');
  });
});
