/** The simulation's report as the terminal shows it: the schedule's ticks, a row per step fired, what is left pending. */
import { describe, expect, it } from 'vitest';
import { formatSimulation } from '../../src/simulate/format-simulation.js';
import type { FiredStep, SimulationReport } from '../../src/simulate/run-simulation.js';

const FIRED: FiredStep[] = [
  {
    issue: 1,
    kind: 'page',
    what: 'page sev-1 to level 1 (On-call engineer)',
    due: '2026-11-27T03:03:00.000Z',
    done: 'commented',
    firedAt: '2026-11-27T03:03:00.000Z',
    lateMinutes: 0,
    run: { kind: 'event', event: 'issues', what: 'alice opens #1 from the incident form' },
  },
  {
    issue: 1,
    kind: 'delivery',
    what: 'PagerDuty payments: trigger alert',
    due: '2026-11-27T03:33:00.000Z',
    done: 'PagerDuty payments: failed (no-secret)',
    firedAt: '2026-11-27T03:42:00.000Z',
    lateMinutes: 9,
    run: { kind: 'schedule', scheduled: '2026-11-27T03:35:00.000Z' },
  },
  {
    issue: 2,
    kind: 'follow-ups',
    what: 'follow-ups',
    due: null,
    // Only a failure at the end of what the applier reported marks the row.
    done: 'deliver follow-ups to #incidents: failed (no-secret), then retried',
    firedAt: '2026-11-28T00:05:00.000Z',
    lateMinutes: null,
    run: { kind: 'schedule', scheduled: '2026-11-28T00:05:00.000Z' },
  },
  {
    issue: 2,
    kind: 'postmortem-overdue',
    what: 'post-mortem overdue: reminder to its owners',
    due: '2026-11-27T23:50:00.000Z',
    done: 'commented',
    firedAt: '2026-11-28T00:05:00.000Z',
    lateMinutes: 15,
    run: { kind: 'schedule', scheduled: '2026-11-28T00:05:00.000Z' },
  },
];

const REPORT: SimulationReport = {
  repo: 'acme/payments',
  everyMinutes: 5,
  ticks: { scheduled: 10, onTime: 6, late: 1, dropped: 3, off: 2, first: '2026-11-27T03:05:00.000Z', last: '2026-11-28T00:05:00.000Z' },
  outages: [
    ['2026-11-27T03:30:00.000Z', '2026-11-27T03:40:00.000Z'],
    ['2026-11-27T04:00:00.000Z', '2026-11-27T04:00:00.000Z'],
  ],
  fired: FIRED,
  pending: '2026-11-29T05:30:00.000Z',
  requests: 1234,
};

const INTRO = "A late or dropped tick is GitHub running the scheduled workflow late or not at all; every other run is the event of a person's step.";

describe('formatSimulation', () => {
  it('prints the ticks and outages, a row per step with its due time short on the day it fired, and the deadline left pending', () => {
    expect(formatSimulation(REPORT)).toBe(
      [
        "playbook-ops simulate: an incident on acme/payments (times UTC), against the GitHub emulator, the Action's runs and the engine's deadlines.",
        'Schedule */5 * * * *: 10 ticks from 2026-11-27 03:05 to 2026-11-28 00:05: 6 on time, 1 late, 3 dropped (2026-11-27 03:30-03:40, 15 min; 2026-11-27 04:00-04:00, 5 min), 2 while the sweep had turned itself off.',
        INTRO,
        '',
        'fired             due               late     what                                                      run',
        '2026-11-27 03:03  03:03             on time  #1 page sev-1 to level 1 (On-call engineer)               alice opens #1 from the incident form',
        '2026-11-27 03:42  03:33             9 min    #1 PagerDuty payments: trigger alert [failed: no-secret]  sweep of 03:35 (ran 7 min late)',
        '2026-11-28 00:05  -                 -        #2 follow-ups                                             sweep of 00:05',
        '2026-11-28 00:05  2026-11-27 23:50  15 min   #2 post-mortem overdue: reminder to its owners            sweep of 00:05',
        '',
        'Stopped with a deadline still pending at 2026-11-29 05:30.',
        "1234 GitHub API requests, every one checked against GitHub's OpenAPI description.",
        '',
      ].join('\n'),
    );
  });

  it('prints a run with no ticks, no outage and nothing fired: the header row alone, nothing pending', () => {
    const report: SimulationReport = {
      repo: 'octo/shop',
      everyMinutes: 15,
      ticks: { scheduled: 0, onTime: 0, late: 0, dropped: 0, off: 0, first: null, last: null },
      outages: [],
      fired: [],
      pending: null,
      requests: 7,
    };
    expect(formatSimulation(report)).toBe(
      [
        "playbook-ops simulate: an incident on octo/shop (times UTC), against the GitHub emulator, the Action's runs and the engine's deadlines.",
        'Schedule */15 * * * *: 0 ticks from - to -: 0 on time, 0 late, 0 dropped.',
        INTRO,
        '',
        'fired  due  late  what  run',
        '',
        'Nothing is pending: the schedule has no more to do on this incident.',
        "7 GitHub API requests, every one checked against GitHub's OpenAPI description.",
        '',
      ].join('\n'),
    );
  });
});
