/**
 * What a post-mortem pull request starts from: the incident's facts as the engine hands them to the
 * renderer (impact, timeline with the pages, roles, reviewers, deadline) and where the file goes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import type { Observed, ObservedComment } from '../../src/engine/observed.js';
import { type PostmortemDraft, postmortemDraft, postmortemDueAt } from '../../src/engine/postmortem-draft.js';
import { reconcile } from '../../src/engine/reconcile.js';
import { at, botComment, comment, observed } from './observed-fixture.js';

let set: PlaybookSet;
beforeAll(async () => {
  set = await loadPlaybooks('playbooks');
});

/** A SEV-1 paged at minute 1, observed with `comments` by priya (write access), or null. */
function incident(comments: [number, string][], title = 'Checkout down'): Observed {
  const state = observed({
    labels: ['incident', 'sev-1', 'scenario:service-outage'],
    comments: [botComment('page:sev-1', 1), ...comments.map(([minute, text]): ObservedComment => comment('priya', minute, text))],
    permissions: { priya: 'write' },
  });
  return { ...state, issue: { ...state.issue, title } };
}

function draftOf(state: Observed, minute: number): PostmortemDraft | null {
  const effect = reconcile(state, set, new Date(at(minute))).effects.find((candidate) => candidate.kind === 'postmortem-pr');
  return effect?.kind === 'postmortem-pr' ? effect.draft : null;
}

describe('the post-mortem draft', () => {
  it('carries the incident’s facts: severity now and at its peak, times, duration, form, roles held, reviewers and due time', () => {
    const draft = draftOf(
      incident([
        [5, '/ack'],
        [6, '/ic @priya\n/role tech @tom\n/role comms @priya'],
        [8, '/sev 2'],
        [10, '/sev 1'],
        [12, '/sev 3'],
        [14, '/status mitigation'],
        [20, '/update Rolled back'],
        [95, '/resolve Rolled back deploy'],
      ]),
      96,
    );
    expect(draft).toMatchObject({
      incident: { number: 7, title: 'Checkout down', url: 'https://github.com/acme/payments/issues/7' },
      repo: { owner: 'acme', repo: 'payments', serverUrl: 'https://github.com' },
      branch: 'playbook-ops/postmortem-7',
      path: 'postmortems/2026-11-27-7-checkout-down.md',
      severity: { label: 'sev-3', name: 'Medium' },
      peak: { label: 'sev-1', name: 'Critical' },
      declared: { at: at(0), by: 'alice' },
      resolved: { at: at(95), by: 'priya', summary: 'Rolled back deploy' },
      acknowledged: { at: at(5), by: 'priya' },
      durationMinutes: 95,
      services: ['payments-api'],
      summary: 'Payments fail',
      scenario: 'Service Outage',
      roles: [
        { name: 'Incident Commander', holders: ['priya'] },
        { name: 'Communication Lead', holders: ['priya'] },
        { name: 'Technical Lead', holders: ['tom'] },
      ],
      elements: set.postmortem.elements.map(({ id, title, description }) => ({ id, title, description })),
      reviewers: ['priya', 'tom'],
      dueAt: new Date(at(95 + 48 * 60)).toISOString(),
    });
    expect(draft?.elements.map((element) => element.id)).toContain('action-items');
  });

  it('lays the timeline out in time order with the pages sent, each entry with its kind for the diagram', () => {
    const draft = draftOf(
      incident([
        [5, '/ack'],
        [6, '/ic @priya'],
        [8, '/sev 2'],
        [10, '/sev 1'],
        [14, '/status mitigation'],
        [20, '/update Rolled back'],
        [30, '/resolve'],
        [32, '/reopen'],
        [40, '/resolve Fixed'],
      ]),
      41,
    );
    expect(draft?.timeline.map(({ at: when, actor, kind }) => `${when} ${actor} ${kind}`)).toEqual([
      `${at(0)} alice declared`,
      `${at(0)} alice severity`,
      `${at(0)} playbook-ops page`,
      `${at(5)} priya ack`,
      `${at(6)} priya role`,
      `${at(8)} priya severity`,
      `${at(10)} priya severity`,
      `${at(14)} priya phase`,
      `${at(20)} priya update`,
      `${at(30)} priya resolved`,
      `${at(32)} priya other`,
      `${at(40)} priya resolved`,
    ]);
    expect(draft?.timeline[2]?.text).toBe('SEV-1 (Critical): paged On-call engineer and CTO/VP Engineering notification');
    expect(draft?.timeline.find((entry) => entry.kind === 'update')?.text).toBe('Status update: Rolled back');
  });

  it('tells a status update from other moments by how it starts, whatever people wrote in it', () => {
    const draft = draftOf(incident([[20, '/update Declared the incident over: Raised to SEV-1 (Critical) by mistake'], [30, '/resolve']]), 31);
    expect(draft?.timeline.filter((entry) => entry.actor === 'priya').map((entry) => entry.kind)).toEqual(['update', 'resolved']);
  });

  it('names its file after the title without an [Incident] prefix, cut to 50 characters without a trailing hyphen', () => {
    const path = (title: string): string | undefined => draftOf(incident([[30, '/resolve']], title), 31)?.path;
    expect(path('[Incident] Checkout down!')).toBe('postmortems/2026-11-27-7-checkout-down.md');
    expect(path('[Incident]Checkout down')).toBe('postmortems/2026-11-27-7-checkout-down.md');
    // Only a prefix is left out: brackets later in the title are part of it.
    expect(path('Checkout [EU] down')).toBe('postmortems/2026-11-27-7-checkout-eu-down.md');
    expect(path('  [SEV-1]  Payments: timeouts')).toBe('postmortems/2026-11-27-7-payments-timeouts.md');
    // The 50th character is the hyphen between "ab" and "cd".
    expect(path('Payments are failing in every region since the ab cd')).toBe('postmortems/2026-11-27-7-payments-are-failing-in-every-region-since-the-ab.md');
  });

  it('is not drafted before the incident is resolved, nor for one that never had a severity', () => {
    const open = incident([[5, '/ack']]);
    const plan = reconcile(open, set, new Date(at(31)));
    expect(postmortemDraft(plan.incident, open, set, [])).toBeNull();
    expect(postmortemDueAt(plan.incident)).toBeNull();
    const unset = observed({ body: 'Something is off', comments: [comment('priya', 30, '/resolve')], permissions: { priya: 'write' } });
    const resolvedUnset = reconcile(unset, set, new Date(at(31))).incident;
    expect(resolvedUnset.resolution).not.toBeNull();
    expect(postmortemDraft(resolvedUnset, unset, set, [])).toBeNull();
    expect(postmortemDueAt(resolvedUnset)).toBeNull();
  });

  it('of an incident whose scenario the playbooks do not have names none', () => {
    const state = incident([[30, '/resolve']]);
    const noScenarios = { ...set, scenarios: [] };
    const plan = reconcile(state, noScenarios, new Date(at(31)));
    expect(plan.incident.scenario).toBeNull();
    expect(postmortemDraft(plan.incident, state, noScenarios, [])?.scenario).toBeNull();
  });
});
