/** The one line per effect that dry runs, logs and the Action's `effects` output show. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet, Sink } from '../../src/config/model.js';
import type { Delivery } from '../../src/engine/delivery-types.js';
import { describeEffect } from '../../src/engine/describe.js';
import type { Effect } from '../../src/engine/effects.js';
import { reconcile } from '../../src/engine/reconcile.js';
import { at, botComment, comment, observed } from './observed-fixture.js';

let set: PlaybookSet;
beforeAll(async () => {
  set = await loadPlaybooks('playbooks');
});

function delivery(sink: Sink, action: Delivery['action'], what: string): Delivery {
  const notification = { event: 'page' as const, incident: { repo: 'acme/payments', number: 7, title: 'Checkout down', url: 'https://github.com/acme/payments/issues/7' }, severity: null, headline: 'h', detail: null, by: null, at: at(1) };
  return { key: '0a1b2c3d', sink, action, dedupKey: 'acme/payments#7/level-1', notification, what, failedRuns: 0 };
}

describe('a plan in words', () => {
  it('says what a declaration does: labels, the page comment by its marker, the card', () => {
    const { effects } = reconcile(observed(), set, new Date(at(1)));
    expect(effects.map(describeEffect)).toEqual(['add labels sev-1, scenario:service-outage', 'comment page:sev-1', 'update the incident card']);
  });

  it('says what a resolution does: closing the issue and opening the post-mortem pull request with its file', () => {
    const state = observed({
      labels: ['incident', 'sev-1', 'scenario:service-outage'],
      comments: [botComment('page:sev-1', 1), comment('priya', 5, '/ack'), comment('priya', 30, '/resolve')],
      permissions: { priya: 'write' },
    });
    const lines = reconcile(state, set, new Date(at(31))).effects.map(describeEffect);
    expect(lines.slice(-3)).toEqual(['close the issue (resolved)', 'add labels postmortem-pending', 'open the post-mortem pull request (postmortems/2026-11-27-7-checkout-down.md)']);
  });

  it('names labels removed, people assigned, a reopening and the follow-ups of a merged post-mortem', () => {
    const effects: Effect[] = [
      { kind: 'remove-label', label: 'sev-2' },
      { kind: 'add-assignees', assignees: ['priya', 'sam'] },
      { kind: 'reopen-issue' },
      { kind: 'follow-ups', incident: { number: 7, title: 'Checkout down', url: 'u' }, pull: { number: 42, url: 'p' }, items: ['a', 'b'], label: 'follow-up' },
    ];
    expect(effects.map(describeEffect)).toEqual([
      'remove label sev-2',
      'assign priya, sam',
      'reopen the issue',
      'open 2 follow-up issue(s) from post-mortem #42 and mark the incident complete',
    ]);
  });

  it('names a delivery by what it is and its sink, and PagerDuty’s action when it is not a plain message', () => {
    const pagerDuty: Sink = { id: 'pagerduty:PD', type: 'pagerduty', secret: 'PD', name: 'PagerDuty payments', url: 'https://events.example' };
    const slack: Sink = { id: 'slack:SLACK', type: 'slack', secret: 'SLACK', name: '#incidents', url: null };
    expect(describeEffect({ kind: 'deliver', delivery: delivery(pagerDuty, 'trigger', 'page sev-1') })).toBe('deliver page sev-1 to PagerDuty payments (trigger)');
    expect(describeEffect({ kind: 'deliver', delivery: delivery(slack, 'message', 'update 03:12 UTC') })).toBe('deliver update 03:12 UTC to #incidents');
  });
});
