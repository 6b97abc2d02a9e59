/**
 * Who is paged and asked when (src/engine/escalation.ts), stated through reconcile() at a fixed
 * time: severity pages, level pages, the triage request of a report and the request to set a
 * severity, and what each message says.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import type { Effect, PageMessage } from '../../src/engine/effects.js';
import { reconcile } from '../../src/engine/reconcile.js';
import { markerKey } from '../../src/engine/records.js';
import { at, botComment, comment, event, formBody, labeled, observed } from './observed-fixture.js';

let set: PlaybookSet;
beforeAll(async () => {
  set = await loadPlaybooks('playbooks');
});

const applied = { labels: ['incident', 'sev-1', 'scenario:service-outage'], comments: [botComment('page:sev-1', 1)], permissions: { priya: 'write' as const } };
/** A declaration by a user below the minimum permission: a report until someone permitted confirms it. */
const byReader = { issue: { ...observed().issue, author: 'dave' }, events: [labeled('dave', 0, 'incident')], permissions: { dave: 'read' as const, priya: 'write' as const } };
/** Level 1 as every message names it: the default playbooks' handles are placeholders, so none is mentioned. */
const level1 = {
  level: 1,
  name: 'On-call engineer',
  contacts: [
    { id: 'primary-on-call', name: 'Primary On-Call', handle: null },
    { id: 'secondary-on-call', name: 'Secondary On-Call', handle: null },
  ],
};

function iso(minutes: number): string {
  return new Date(at(minutes)).toISOString();
}

function pageMarkers(effects: Effect[]): string[] {
  return effects.flatMap((effect) => (effect.kind === 'comment' && effect.message.type === 'page' ? [markerKey(effect.marker)] : []));
}

function message<T extends Extract<Effect, { kind: 'comment' }>['message']['type']>(effects: Effect[], type: T): Extract<Extract<Effect, { kind: 'comment' }>['message'], { type: T }> | undefined {
  for (const effect of effects) {
    if (effect.kind === 'comment' && effect.message.type === type) return effect.message as Extract<Extract<Effect, { kind: 'comment' }>['message'], { type: T }>;
  }
  return undefined;
}

function page(effects: Effect[], marker: string): PageMessage {
  const found = effects.find((effect) => effect.kind === 'comment' && markerKey(effect.marker) === marker);
  if (found?.kind !== 'comment' || found.message.type !== 'page') throw new Error(`no page ${marker}`);
  return found.message;
}

describe('a severity page', () => {
  it('is sent once for a severity raised back to after a lowering, for the severity', () => {
    const back = observed({ labels: applied.labels, permissions: applied.permissions, comments: [comment('priya', 2, '/sev 2'), comment('priya', 3, '/sev 1')] });
    const { effects } = reconcile(back, set, new Date(at(4)));
    expect(pageMarkers(effects)).toEqual(['page:sev-1']);
    expect(page(effects, 'page:sev-1')).toMatchObject({ reason: 'severity', technical: level1, severity: { label: 'sev-1', name: 'Critical', responseMinutes: 15 } });
  });

  it('names the management rule without a due time when the rule gives none, and no placeholder handle', () => {
    const sev3 = observed({ body: formBody({ severity: 'SEV-3 (Medium)' }) });
    const { effects } = reconcile(sev3, set, new Date(at(1)));
    expect(page(effects, 'page:sev-3').management).toEqual({ name: 'Team Lead notification', contacts: [{ id: 'team-leads', name: 'Team leads', handle: null }], dueAt: null });
  });
});

describe('a level page', () => {
  it('is for the unacknowledged incident and carries the incident’s response deadline, not its own time', () => {
    const { effects } = reconcile(observed(applied), set, new Date(at(30)));
    expect(page(effects, 'page:level-2')).toMatchObject({
      reason: 'unacknowledged',
      severity: { label: 'sev-1', name: 'Critical', responseMinutes: 15 },
      at: iso(30),
      respondBy: iso(15),
      by: null,
      management: null,
    });
  });

  it('is never sent when the playbooks have a single technical level', () => {
    const single = { ...set, escalation: { ...set.escalation, technical: set.escalation.technical.slice(0, 1) } };
    const { effects, due } = reconcile(observed(applied), single, new Date(at(180)));
    expect(pageMarkers(effects)).toEqual([]);
    expect(due).toBe(at(210));
  });
});

describe('the triage request of a report', () => {
  it('asks level 1 to triage, naming the reporter, the proposed severity and who may confirm', () => {
    const { effects } = reconcile(observed(byReader), set, new Date(at(1)));
    expect(message(effects, 'triage-request')).toEqual({
      type: 'triage-request',
      reporter: 'dave',
      proposed: { label: 'sev-1', name: 'Critical' },
      technical: level1,
      minimumPermission: set.minimumPermission,
    });
  });

  it('proposes no severity when the report named none', () => {
    const { effects } = reconcile(observed({ ...byReader, issue: { ...byReader.issue, body: 'Something is off' } }), set, new Date(at(1)));
    expect(message(effects, 'triage-request')?.proposed).toBeNull();
  });

  it('is not made once a permitted user confirmed the report, nor after one closed it', () => {
    const confirmed = observed({ ...byReader, comments: [comment('priya', 2, '/timeline Looking into it')] });
    expect(message(reconcile(confirmed, set, new Date(at(3))).effects, 'triage-request')).toBeUndefined();
    const closed = observed({ ...byReader, events: [...byReader.events, event('closed', 'priya', 2)], state: 'closed' });
    const plan = reconcile(closed, set, new Date(at(3)));
    expect(plan.incident.report?.confirmed).toBeNull();
    expect(message(plan.effects, 'triage-request')).toBeUndefined();
  });
});

describe('the request to set a severity', () => {
  it('asks level 1 to choose among the playbooks’ severities, most severe first', () => {
    const { effects } = reconcile(observed({ body: 'Something is off' }), set, new Date(at(1)));
    expect(message(effects, 'severity-request')).toEqual({
      type: 'severity-request',
      technical: level1,
      severities: [
        { label: 'sev-1', name: 'Critical' },
        { label: 'sev-2', name: 'High' },
        { label: 'sev-3', name: 'Medium' },
        { label: 'sev-4', name: 'Low' },
      ],
    });
  });

  it('is made for a report once confirmed without a severity, not before', () => {
    const report = observed({ ...byReader, issue: { ...byReader.issue, body: 'Something is off' } });
    expect(message(reconcile(report, set, new Date(at(1))).effects, 'severity-request')).toBeUndefined();
    const confirmed = observed({ ...byReader, issue: { ...byReader.issue, body: 'Something is off' }, comments: [comment('priya', 2, '/timeline Looking into it')] });
    expect(message(reconcile(confirmed, set, new Date(at(3))).effects, 'severity-request')?.type).toBe('severity-request');
  });

  it('is not made for a resolved incident', () => {
    const resolved = observed({ body: 'Something is off', permissions: applied.permissions, comments: [comment('priya', 1, '/resolve False alarm')] });
    expect(message(reconcile(resolved, set, new Date(at(2))).effects, 'severity-request')).toBeUndefined();
  });
});
