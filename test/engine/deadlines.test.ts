/**
 * What the clock adds to an incident (src/engine/deadlines.ts), stated through reconcile() at a
 * fixed time: which response times count as missed, where they go on the timeline, when an update
 * is owed and whom the reminder asks, and the next deadline the card records.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import type { Effect, UpdateReminderMessage } from '../../src/engine/effects.js';
import { reconcile } from '../../src/engine/reconcile.js';
import { at, comment, formBody, labeled, observed } from './observed-fixture.js';

let set: PlaybookSet;
beforeAll(async () => {
  set = await loadPlaybooks('playbooks');
});

const applied = { labels: ['incident', 'sev-1', 'scenario:service-outage'], permissions: { priya: 'write' as const } };
/** A declaration by a user below the minimum permission: a report until someone permitted confirms it. */
const byReader = { issue: { ...observed().issue, author: 'dave' }, events: [labeled('dave', 0, 'incident')], permissions: { dave: 'read' as const, priya: 'write' as const } };

function iso(minutes: number): string {
  return new Date(at(minutes)).toISOString();
}

function reminder(effects: Effect[]): UpdateReminderMessage | undefined {
  const found = effects.find((effect) => effect.kind === 'comment' && effect.message.type === 'update-reminder');
  return found?.kind === 'comment' && found.message.type === 'update-reminder' ? found.message : undefined;
}

function slaLabelled(effects: Effect[]): boolean {
  return effects.some((effect) => effect.kind === 'add-labels' && effect.labels.includes(set.slaMissedLabel));
}

describe('a missed response time', () => {
  it('is not counted for an unconfirmed report, nor is an update owed, even with a severity label from its reporter', () => {
    const report = observed({ ...byReader, events: [labeled('dave', 0, 'incident'), labeled('dave', 0, 'sev-1')] });
    const { incident, effects } = reconcile(report, set, new Date(at(40)));
    expect(incident.report?.confirmed).toBeNull();
    // The reporter's label is their proposal: the report has no severity of its own yet.
    expect(incident.severity).toBeNull();
    expect(incident.report?.proposed?.label).toBe('sev-1');
    expect(incident.missedResponses).toEqual([]);
    expect(slaLabelled(effects)).toBe(false);
    expect(reminder(effects)).toBeUndefined();
  });

  it('is counted once a permitted user confirms the report, from the confirmation on; an update is owed too', () => {
    const confirmed = observed({ ...byReader, comments: [comment('priya', 2, '/timeline Looking into it')] });
    const { incident, effects } = reconcile(confirmed, set, new Date(at(40)));
    expect(incident.missedResponses.map((missed) => missed.due)).toEqual([iso(17)]);
    expect(slaLabelled(effects)).toBe(true);
    expect(reminder(effects)?.due).toBe(at(32));
  });

  it('is not counted after the incident was resolved in time', () => {
    const resolved = observed({ ...applied, comments: [comment('priya', 10, '/resolve Rolled back')] });
    const { incident, effects } = reconcile(resolved, set, new Date(at(20)));
    expect(incident.missedResponses).toEqual([]);
    expect(slaLabelled(effects)).toBe(false);
  });

  it('stays counted after a late acknowledgement, on the timeline where it ran out: after an entry of the same instant, before later ones', () => {
    const late = observed({ ...applied, comments: [comment('priya', 15, '/timeline Paged the database vendor'), comment('priya', 20, '/ack')] });
    const { incident, effects } = reconcile(late, set, new Date(at(21)));
    expect(incident.missedResponses.map((missed) => missed.due)).toEqual([iso(15)]);
    expect(slaLabelled(effects)).toBe(true);
    expect(incident.timeline.map((entry) => [entry.at, entry.text])).toEqual([
      [at(0), 'Declared the incident'],
      [at(0), 'Severity set to SEV-1 (Critical)'],
      [at(15), 'Paged the database vendor'],
      [iso(15), 'Response time missed: nobody acknowledged SEV-1 (Critical) within 15 min'],
      [at(20), 'Acknowledged'],
    ]);
  });

  it('counts each window once: one closed by a lowered severity and the running one that ran out since', () => {
    const lowered = observed({ ...applied, comments: [comment('priya', 20, '/sev 2')] });
    const { incident } = reconcile(lowered, set, new Date(at(60)));
    expect(incident.missedResponses.map((missed) => [missed.severity.label, missed.due])).toEqual([
      ['sev-1', iso(15)],
      ['sev-2', iso(50)],
    ]);
  });

  it('counts a window once when the next one (a 0m response time, resolved and reopened at once) ends at the same instant', () => {
    const instant = { ...set, severities: set.severities.map((severity) => (severity.label === 'sev-1' ? { ...severity, responseMinutes: 0 } : severity)) };
    const reopened = observed({ ...applied, comments: [comment('priya', 0, '/resolve'), comment('priya', 0, '/reopen')] });
    const { incident } = reconcile(reopened, instant, new Date(at(5)));
    expect(incident.resolution).toBeNull();
    expect(incident.missedResponses.map((missed) => missed.due)).toEqual([iso(0)]);
    expect(incident.timeline.filter((entry) => entry.text.startsWith('Response time missed'))).toHaveLength(1);
  });
});

describe('an overdue status update', () => {
  it('is not asked for when the cadence is 0m', () => {
    const never = { ...set, severities: set.severities.map((severity) => (severity.label === 'sev-1' ? { ...severity, updateEveryMinutes: 0 } : severity)) };
    const { effects } = reconcile(observed(applied), never, new Date(at(90)));
    expect(reminder(effects)).toBeUndefined();
  });

  it('is asked of the commander when the playbooks name no role for updates', () => {
    const unnamed = { ...set, communication: { ...set.communication, updatesBy: null } };
    const withIc = observed({ ...applied, comments: [comment('priya', 1, '/ic @bob')] });
    const { effects } = reconcile(withIc, unnamed, new Date(at(31)));
    expect(reminder(effects)?.to).toEqual({ kind: 'role', name: 'Incident Commander', logins: ['bob'] });
  });

  it('is asked of the first technical level with its contacts when nobody gives updates and there is no commander; a placeholder handle is never mentioned', () => {
    const [first, ...rest] = set.escalation.technical;
    if (first === undefined) throw new Error('no technical level');
    const [primary, ...others] = first.contacts;
    if (primary === undefined) throw new Error('no contact at level 1');
    const named = { ...set, escalation: { ...set.escalation, technical: [{ ...first, contacts: [{ ...primary, github: '@jo' }, ...others] }, ...rest] } };
    const { effects } = reconcile(observed(applied), named, new Date(at(31)));
    expect(reminder(effects)?.to).toEqual({
      kind: 'level',
      name: 'On-call engineer',
      level: 1,
      contacts: [
        { id: 'primary-on-call', name: 'Primary On-Call', handle: '@jo' },
        { id: 'secondary-on-call', name: 'Secondary On-Call', handle: null },
      ],
    });
  });

  it('is asked of the holders of the role that gives updates, when someone holds it', () => {
    const withComms = observed({ ...applied, comments: [comment('priya', 1, '/ic @bob\n/role comms @carol')] });
    const { effects } = reconcile(withComms, set, new Date(at(31)));
    expect(reminder(effects)?.to).toEqual({ kind: 'role', name: 'Communication Lead', logins: ['carol'] });
  });

  it('is one comment per missed window, marked with the window’s end, naming the severity and when the last update came', () => {
    const updates = [comment('priya', 5, '/update Paging'), comment('priya', 10, '/update Found it'), comment('priya', 20, '/update Rolling back')];
    const { effects } = reconcile(observed({ ...applied, comments: updates }), set, new Date(at(55)));
    const found = effects.find((effect) => effect.kind === 'comment' && effect.message.type === 'update-reminder');
    expect(found).toMatchObject({
      kind: 'comment',
      marker: { kind: 'update-reminder', due: Date.parse(at(50)) / 1000 },
      message: { type: 'update-reminder', severity: { label: 'sev-1', name: 'Critical' }, everyMinutes: 30, due: at(50), missed: 1, lastUpdate: at(20), to: { kind: 'level', level: 1 } },
    });
    expect(found?.kind === 'comment' && found.message.type === 'update-reminder' && found.message.severity).toEqual({ label: 'sev-1', name: 'Critical' });
  });

  it('names no last update when none ever came', () => {
    const { effects } = reconcile(observed(applied), set, new Date(at(31)));
    expect(reminder(effects)?.lastUpdate).toBeNull();
  });

  it('names the first technical level by the number the playbooks give it', () => {
    const renumbered = { ...set, escalation: { ...set.escalation, technical: set.escalation.technical.map((level) => ({ ...level, level: level.level + 1 })) } };
    const { effects } = reconcile(observed(applied), renumbered, new Date(at(31)));
    expect(reminder(effects)?.to).toMatchObject({ kind: 'level', name: 'On-call engineer', level: 2 });
  });
});

describe('the next deadline', () => {
  it('is the next escalation level’s time when that comes first', () => {
    // SEV-3: 2 h to respond, no update cadence; level 2 at 2 h, level 3 half an hour after it.
    const sev3 = observed({ body: formBody({ severity: 'SEV-3 (Medium)' }), labels: ['incident', 'sev-3', 'scenario:service-outage'] });
    expect(reconcile(sev3, set, new Date(at(121))).due).toBe(at(150));
  });

  it('is the next update, not the response time, once someone acknowledged in time', () => {
    const acked = observed({ ...applied, comments: [comment('priya', 5, '/ack')] });
    const plan = reconcile(acked, set, new Date(at(10)));
    expect(plan.due).toBe(at(30));
    expect(reconcile(acked, set, new Date(at(60))).incident.missedResponses).toEqual([]);
  });
});
