/** The built-in SEV-1 `simulate` replays: its times, actors and the form it opens the incident with. */
import { describe, expect, it } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import { SEV1_DAY_START, SIMULATION_PEOPLE, sev1Script } from '../../src/simulate/sev1-script.js';

const set = await loadPlaybooks('playbooks');

describe('sev1Script', () => {
  it('declares the set\'s most severe severity at 03:03 with its first scenario, acknowledged at 04:12, one update, resolved at 05:30', () => {
    expect(sev1Script(set)).toEqual([
      {
        at: '2026-11-27 03:03',
        actor: 'alice',
        action: 'open',
        title: '[Incident] Checkout payments failing',
        form: {
          Severity: 'SEV-1 (Critical): Platform-wide outage, Security breach or data compromise, Financial transaction failures',
          Scenario: 'Data Integrity Issue',
          'Affected services': 'payments-api',
          Summary: 'Card payments fail with HTTP 503.',
          'Start time': '2026-11-27 03:00 UTC',
        },
      },
      { at: '2026-11-27 04:12', actor: 'priya', action: 'comment', body: '/ack\n/ic @priya' },
      { at: '2026-11-27 04:20', actor: 'carol', action: 'comment', body: '/update Rolling back deploy 4512.' },
      { at: '2026-11-27 05:30', actor: 'priya', action: 'comment', body: '/resolve Rolled back deploy 4512.' },
    ]);
  });

  it('acts only as the people it gives the repository, from the start of its day', () => {
    expect(SIMULATION_PEOPLE).toEqual({ alice: 'write', priya: 'maintain', carol: 'triage' });
    expect(new Set(sev1Script(set).map((step) => ('actor' in step ? step.actor : null)))).toEqual(new Set(Object.keys(SIMULATION_PEOPLE)));
    expect(sev1Script(set).every((step) => step.at.startsWith(SEV1_DAY_START.slice(0, 11)) && step.at > SEV1_DAY_START)).toBe(true);
  });

  it('leaves the scenario unanswered on a set without scenarios, and refuses a set without severities', () => {
    expect(sev1Script({ ...set, scenarios: [] })[0]).toMatchObject({ form: { Scenario: '' } });
    expect(() => sev1Script({ ...set, severities: [] })).toThrow('the playbook set has no severities to declare an incident with');
  });
});
