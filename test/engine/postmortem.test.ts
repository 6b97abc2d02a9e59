/**
 * The post-mortem of a resolved incident, as the engine plans it: whether one is owed (the peak
 * severity decides), its pull request and the facts it starts from, its deadline (label, reminder to
 * its owners, management escalation), and its completion once merged (follow-up issues).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import type { Effect } from '../../src/engine/effects.js';
import type { ObservedComment, ObservedPostmortem } from '../../src/engine/observed.js';
import { readLedger } from '../../src/engine/ledger.js';
import { postmortemStatus } from '../../src/engine/postmortem.js';
import { type Plan, reconcile } from '../../src/engine/reconcile.js';
import { at, botComment, comment, formBody, observed } from './observed-fixture.js';

let set: PlaybookSet;
beforeAll(async () => {
  set = await loadPlaybooks('playbooks');
});

const PENDING = 'postmortem-pending';
const OVERDUE = 'postmortem-overdue';
/** 48 hours after the resolution at minute 30, when a SEV-1's post-mortem is due. */
const DUE = 30 + 48 * 60;
const BRANCH = 'playbook-ops/postmortem-7';
const PULLS = 'https://github.com/acme/payments/pulls?q=is%3Apr%20head%3Aplaybook-ops%2Fpostmortem-7';

/** A SEV-1 paged at minute 1 and resolved by priya at minute 30, observed with `more` comments and `labels`. */
function resolved(more: ObservedComment[] = [], labels: string[] = [], postmortem?: ObservedPostmortem | null): ReturnType<typeof observed> {
  return observed({
    labels: ['incident', 'sev-1', 'scenario:service-outage', ...labels],
    state: 'closed',
    comments: [botComment('page:sev-1', 1), comment('priya', 5, '/ack'), comment('priya', 30, '/resolve Rolled back'), ...more],
    permissions: { priya: 'write' },
    ...(postmortem === undefined ? {} : { postmortem }),
  });
}

/** The post-mortem's effects, in order, as `add LABEL`, `remove LABEL`, `comment STEP` or the effect's kind. */
function steps(plan: Plan): string[] {
  const ours = (label: string): boolean => label === PENDING || label === OVERDUE;
  return plan.effects.flatMap((effect) => {
    if (effect.kind === 'comment') return effect.marker.kind === 'postmortem' ? [`comment ${effect.marker.step}`] : [];
    if (effect.kind === 'add-labels') return effect.labels.filter(ours).map((label) => `add ${label}`);
    if (effect.kind === 'remove-label') return ours(effect.label) ? [`remove ${effect.label}`] : [];
    return effect.kind === 'postmortem-pr' || effect.kind === 'follow-ups' ? [effect.kind] : [];
  });
}

/** The effect of `kind` in `plan`. */
function find<K extends Effect['kind']>(plan: Plan, kind: K, marker?: string): Extract<Effect, { kind: K }> {
  const found = plan.effects.find((effect) => effect.kind === kind && (marker === undefined || (effect.kind === 'comment' && effect.marker.kind === 'postmortem' && effect.marker.step === marker)));
  if (found === undefined) throw new Error(`no ${kind} ${marker ?? ''} in the plan`);
  return found as Extract<Effect, { kind: K }>;
}

function cardOf(plan: Plan) {
  return find(plan, 'card').card;
}

describe('a resolved SEV-1', () => {
  it('gets the pending label and its post-mortem pull request, due 48 hours after the resolution', () => {
    const plan = reconcile(resolved(), set, new Date(at(31)));
    expect(steps(plan)).toEqual([`add ${PENDING}`, 'postmortem-pr']);
    expect(cardOf(plan).postmortem).toEqual({ state: 'pending', dueAt: new Date(at(DUE)).toISOString(), branch: BRANCH, pullsUrl: PULLS });
    // The sweep must read the incident when the post-mortem falls due.
    expect(plan.due).toBe(at(DUE));
  });

  it('opens its pull request once: not again once the bot recorded it, nor once it pushed the branch instead', () => {
    for (const step of ['pr', 'branch']) {
      const plan = reconcile(resolved([botComment(`postmortem:${step}`, 31)], [PENDING]), set, new Date(at(40)));
      expect(steps(plan)).toEqual([]);
    }
  });

  it('is still pending a minute before its due time', () => {
    const plan = reconcile(resolved([botComment('postmortem:pr', 31)], [PENDING]), set, new Date(at(DUE - 1)));
    expect(steps(plan)).toEqual([]);
    expect(cardOf(plan).postmortem?.state).toBe('pending');
  });
});

describe('an overdue post-mortem', () => {
  it('at its due time gets the overdue label, one reminder to its reviewers and the peak severity’s management escalation', () => {
    const roles = comment('priya', 6, '/ic @priya\n/role tech @tom');
    const plan = reconcile(resolved([roles, botComment('postmortem:pr', 31)], [PENDING]), set, new Date(at(DUE)));
    expect(steps(plan)).toEqual([`add ${OVERDUE}`, 'comment overdue', 'comment escalation']);
    expect(plan.effects.map((effect) => effect.kind)).toEqual(['add-assignees', 'card', 'add-labels', 'comment', 'comment']);
    const dueAt = new Date(at(DUE)).toISOString();
    expect(find(plan, 'comment', 'overdue').message).toEqual({ type: 'postmortem-overdue', owners: ['priya', 'tom'], dueAt, branch: BRANCH, pullsUrl: PULLS });
    expect(find(plan, 'comment', 'escalation').message).toEqual({
      type: 'postmortem-escalation',
      severity: { label: 'sev-1', name: 'Critical' },
      management: {
        name: 'CTO/VP Engineering notification',
        contacts: [
          { id: 'cto', name: 'CTO', handle: null },
          { id: 'vp-engineering', name: 'VP of Engineering', handle: null },
        ],
      },
      dueAt,
    });
    expect(cardOf(plan).postmortem?.state).toBe('overdue');
  });

  it('reminds who resolved it when no reviewer role is held, and names the management contacts’ handles that are filled in', () => {
    const withHandle = {
      ...set,
      escalation: {
        ...set.escalation,
        management: set.escalation.management.map((rule) => ({ ...rule, notify: rule.notify.map((contact) => (contact.id === 'cto' ? { ...contact, github: '@cto-login' } : contact)) })),
      },
    };
    const plan = reconcile(resolved([botComment('postmortem:pr', 31)], [PENDING]), withHandle, new Date(at(DUE + 60)));
    expect(find(plan, 'comment', 'overdue').message).toMatchObject({ owners: ['priya'] });
    expect(find(plan, 'comment', 'escalation').message).toMatchObject({ management: { contacts: [{ id: 'cto', handle: '@cto-login' }, { id: 'vp-engineering', handle: null }] } });
  });

  it('reminds someone holding both reviewer roles once', () => {
    const roles = comment('priya', 6, '/ic @sam\n/role tech @sam');
    const plan = reconcile(resolved([roles, botComment('postmortem:pr', 31)], [PENDING]), set, new Date(at(DUE)));
    expect(find(plan, 'comment', 'overdue').message).toMatchObject({ owners: ['sam'] });
  });

  it('is reminded and escalated once, and labelled once', () => {
    const done = [botComment('postmortem:pr', 31), botComment('postmortem:overdue', DUE), botComment('postmortem:escalation', DUE)];
    expect(steps(reconcile(resolved(done, [PENDING, OVERDUE]), set, new Date(at(DUE + 60))))).toEqual([]);
    expect(steps(reconcile(resolved(done, [PENDING]), set, new Date(at(DUE + 60))))).toEqual([`add ${OVERDUE}`]);
    expect(steps(reconcile(resolved(done.slice(0, 2), [PENDING, OVERDUE]), set, new Date(at(DUE + 60))))).toEqual(['comment escalation']);
  });

  it('of a severity without a management escalation only reminds its owners', () => {
    const noRule = { ...set, escalation: { ...set.escalation, management: set.escalation.management.filter((rule) => rule.severity !== 'sev-1') } };
    const plan = reconcile(resolved([botComment('postmortem:pr', 31)], [PENDING]), noRule, new Date(at(DUE)));
    expect(steps(plan)).toEqual([`add ${OVERDUE}`, 'comment overdue']);
  });

  it('never falls due when the severity sets no deadline', () => {
    const noDeadline = {
      ...set,
      severities: set.severities.map((severity) => (severity.label === 'sev-1' ? { ...severity, postmortem: { required: true, dueMinutesAfterResolution: null } } : severity)),
    };
    const plan = reconcile(resolved([botComment('postmortem:pr', 31)], [PENDING]), noDeadline, new Date(at(DUE * 10)));
    expect(steps(plan)).toEqual([]);
    const first = reconcile(resolved(), noDeadline, new Date(at(31)));
    expect(cardOf(first).postmortem).toEqual({ state: 'pending', dueAt: null, branch: BRANCH, pullsUrl: PULLS });
    expect(find(first, 'postmortem-pr').draft.dueAt).toBeNull();
  });
});

describe('a merged post-mortem', () => {
  const file = ['# Post-mortem', '## Old action items', '- [ ] Stale item', '## Action items for prevention', '- [ ] Alert on checkout errors', '- [x] Retry the payment provider', ''].join('\n');
  const merged: ObservedPostmortem = { number: 42, url: 'https://github.com/acme/payments/pull/42', state: 'closed', merged: true, file: { path: 'postmortems/x.md', text: file } };

  it('completes the incident: a follow-up issue per action item, the post-mortem labels taken off, no reminder even when late', () => {
    const plan = reconcile(resolved([botComment('postmortem:pr', 31)], [PENDING, OVERDUE], merged), set, new Date(at(DUE + 60)));
    expect(steps(plan)).toEqual(['follow-ups', `remove ${PENDING}`, `remove ${OVERDUE}`]);
    expect(find(plan, 'follow-ups')).toEqual({
      kind: 'follow-ups',
      incident: { number: 7, title: 'Checkout down', url: 'https://github.com/acme/payments/issues/7' },
      pull: { number: 42, url: 'https://github.com/acme/payments/pull/42' },
      items: ['Alert on checkout errors', 'Retry the payment provider'],
      label: 'follow-up',
    });
    expect(cardOf(plan).postmortem?.state).toBe('complete');
  });

  it('without a post-mortem file opens no follow-up issue; without an action-items element reads the section titled “Action items”', () => {
    const plan = reconcile(resolved([botComment('postmortem:pr', 31)], [PENDING], { ...merged, file: null }), set, new Date(at(40)));
    expect(find(plan, 'follow-ups').items).toEqual([]);
    const untitled = { ...set, postmortem: { ...set.postmortem, elements: set.postmortem.elements.filter((element) => element.id !== 'action-items') } };
    const text = ['## Old action items', '- [ ] Stale item', '## Action items', '- [ ] Current item'].join('\n');
    const plain = reconcile(resolved([botComment('postmortem:pr', 31)], [PENDING], { ...merged, file: { path: 'postmortems/x.md', text } }), untitled, new Date(at(40)));
    expect(find(plain, 'follow-ups').items).toEqual(['Current item']);
  });

  it('once recorded complete, asks for nothing but the labels’ removal, even when the pull request is not read', () => {
    const complete = [botComment('postmortem:pr', 31), botComment('postmortem:complete', 60)];
    const plan = reconcile(resolved(complete, [PENDING, OVERDUE]), set, new Date(at(DUE + 60)));
    expect(steps(plan)).toEqual([`remove ${PENDING}`, `remove ${OVERDUE}`]);
    expect(steps(reconcile(resolved(complete), set, new Date(at(DUE + 60))))).toEqual([]);
    const state = resolved(complete);
    expect(postmortemStatus(plan.incident, state, readLedger(state), at(DUE + 60))?.state).toBe('complete');
  });

  it('an open pull request is not complete: the post-mortem still falls due', () => {
    const open = { ...merged, state: 'open' as const, merged: false, file: null };
    const plan = reconcile(resolved([botComment('postmortem:pr', 31)], [PENDING], open), set, new Date(at(DUE)));
    expect(steps(plan)).toEqual([`add ${OVERDUE}`, 'comment overdue', 'comment escalation']);
  });
});

describe('an incident that owes no post-mortem', () => {
  it('a resolved SEV-3 gets none, and post-mortem labels left on it are taken off', () => {
    const sev3 = observed({
      body: formBody({ severity: 'SEV-3 (Medium)' }),
      labels: ['incident', 'sev-3', 'scenario:service-outage', PENDING, OVERDUE],
      state: 'closed',
      comments: [botComment('page:sev-3', 1), comment('priya', 30, '/resolve')],
      permissions: { priya: 'write' },
    });
    const plan = reconcile(sev3, set, new Date(at(DUE + 60)));
    expect(steps(plan)).toEqual([`remove ${PENDING}`, `remove ${OVERDUE}`]);
    expect(cardOf(plan).postmortem).toBeUndefined();
  });

  it('a reopened incident awaits none until it is resolved again', () => {
    const reopened = observed({
      labels: ['incident', 'sev-1', 'scenario:service-outage', PENDING],
      comments: [botComment('page:sev-1', 1), comment('priya', 5, '/ack'), comment('priya', 30, '/resolve'), botComment('postmortem:pr', 31), comment('priya', 40, '/reopen')],
      permissions: { priya: 'write' },
    });
    const plan = reconcile(reopened, set, new Date(at(DUE + 60)));
    expect(steps(plan)).toEqual([`remove ${PENDING}`]);
    expect(cardOf(plan).postmortem).toBeUndefined();
  });
});
