/**
 * The fold of an incident's history (src/engine/incident-state.ts), stated on the state it gives:
 * the timeline the post-mortem is written from, who acknowledged and when, the response clock, the
 * roles, reports and their confirmation, closes and reopenings, and alert notifications.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet, Severity } from '../../src/config/model.js';
import { foldIncident, type IncidentState } from '../../src/engine/incident-state.js';
import { readLedger } from '../../src/engine/ledger.js';
import type { Observed } from '../../src/engine/observed.js';
import { at, BOT, botComment, comment, event, formBody, labeled, observed } from './observed-fixture.js';

let set: PlaybookSet;
beforeAll(async () => {
  set = await loadPlaybooks('playbooks');
});

function fold(state: Observed, playbooks: PlaybookSet = set): IncidentState {
  return foldIncident(state, readLedger(state), playbooks);
}

function iso(minutes: number): string {
  return new Date(at(minutes)).toISOString();
}

function severity(label: string): Severity {
  const found = set.severities.find((candidate) => candidate.label === label);
  if (found === undefined) throw new Error(`no ${label}`);
  return found;
}

function texts(state: IncidentState): string[] {
  return state.timeline.map((entry) => entry.text);
}

const permitted = { permissions: { priya: 'write' as const, bob: 'write' as const } };

describe('the timeline the post-mortem is written from', () => {
  it('names every step of an incident’s life in words, with who took it and when', () => {
    const life = observed({
      ...permitted,
      comments: [
        comment('priya', 5, '/ack\n/ic @priya\n/role comms @carol\n/role sme @sam'),
        comment('priya', 10, '/status investigation\n/update Rolling back the deploy\n/timeline Paged the database vendor'),
        comment('bob', 20, '/sev 2'),
        comment('bob', 25, '/sev 1'),
        comment('priya', 40, '/resolve Rolled back'),
        comment('priya', 50, '/reopen'),
      ],
      events: [labeled('alice', 0, 'incident'), event('closed', 'bob', 60)],
    });
    const state = fold(life);
    expect(state.timeline).toEqual([
      { at: at(0), actor: 'alice', text: 'Declared the incident' },
      { at: at(0), actor: 'alice', text: 'Severity set to SEV-1 (Critical)' },
      { at: at(5), actor: 'priya', text: 'Acknowledged' },
      { at: at(5), actor: 'priya', text: 'Incident Commander: priya' },
      { at: at(5), actor: 'priya', text: 'Communication Lead: carol' },
      { at: at(5), actor: 'priya', text: 'Subject Matter Experts: sam' },
      { at: at(10), actor: 'priya', text: 'Phase: Investigation and Diagnosis' },
      { at: at(10), actor: 'priya', text: 'Status update: Rolling back the deploy' },
      { at: at(10), actor: 'priya', text: 'Paged the database vendor' },
      { at: at(20), actor: 'bob', text: 'Lowered to SEV-2 (High)' },
      { at: at(25), actor: 'bob', text: 'Raised to SEV-1 (Critical)' },
      { at: at(40), actor: 'priya', text: 'Resolved: Rolled back' },
      { at: at(50), actor: 'priya', text: 'Reopened' },
      { at: at(60), actor: 'bob', text: 'Resolved (issue closed)' },
    ]);
    expect(state.updates).toEqual([{ at: at(10), by: 'priya', text: 'Rolling back the deploy' }]);
    expect(state.resolution).toEqual({ at: at(60), by: 'bob', summary: null });
    expect(state.phase.id).toBe('investigation');
    expect(state.commander).toBe('priya');
  });

  it('notes a /resolve without a summary as resolved, and a second /resolve or a /status to the current phase adds nothing', () => {
    const state = fold(
      observed({
        ...permitted,
        comments: [comment('priya', 5, '/status detection'), comment('priya', 10, '/resolve'), comment('bob', 12, '/resolve Too late'), comment('bob', 13, '/reopen\n/reopen')],
      }),
    );
    expect(texts(state)).toEqual(['Declared the incident', 'Severity set to SEV-1 (Critical)', 'Resolved', 'Reopened']);
    expect(state.resolution).toBeNull();
  });

  it('keeps the first resolution when the issue is closed after a /resolve', () => {
    const state = fold(observed({ ...permitted, comments: [comment('priya', 10, '/resolve Rolled back')], events: [labeled('alice', 0, 'incident'), event('closed', 'bob', 12)] }));
    expect(state.resolution).toEqual({ at: at(10), by: 'priya', summary: 'Rolled back' });
    expect(texts(state)).not.toContain('Resolved (issue closed)');
  });

  it('carries the issue’s number, title and address', () => {
    const state = fold(observed());
    expect([state.number, state.title, state.url]).toEqual([7, 'Checkout down', 'https://github.com/acme/payments/issues/7']);
    expect(state.scenario?.id).toBe('service-outage');
    expect(state.declaredSeverity).toBe('sev-1');
  });

  it('fails loudly for a playbook set without phases', () => {
    expect(() => fold(observed(), { ...set, phases: [] })).toThrow(/no phases/);
  });
});

describe('the declaration', () => {
  it('dates an incident whose label reads earlier than the issue from the issue’s opening, by its author', () => {
    const state = fold(observed({ events: [labeled('bob', -5, 'incident')] }));
    expect(state.declared).toEqual({ at: at(0), by: 'alice' });
    expect(state.clockStart).toBe(at(0));
    expect(fold(observed({ events: [] })).declared).toEqual({ at: at(0), by: 'alice' });
  });

  it('dates the declaration from the incident label being added, not from an earlier removal of it', () => {
    const removed = { ...event('unlabeled', 'bob', 30), label: 'incident' };
    const state = fold(observed({ events: [removed, labeled('carol', 60, 'incident')] }));
    expect(state.declared).toEqual({ at: at(60), by: 'carol' });
  });

  it('takes the form’s severity at the declaration', () => {
    expect(fold(observed()).severityHistory).toEqual([{ severity: severity('sev-1'), at: at(0), by: 'alice', via: 'form', eventId: null, whileResolved: false }]);
  });

  it('counts at once when the bot opened the incident (from an alert), whoever else may look', () => {
    const fromAlert = observed({ issue: { ...observed().issue, author: BOT }, events: [labeled(BOT, 0, 'incident')], permissions: {} });
    const state = fold(fromAlert);
    expect(state.report).toBeNull();
    expect(state.severity?.label).toBe('sev-1');
  });

  it('starts without a severity when the form names none and the playbook has no default', () => {
    const state = fold(observed({ body: 'Something is off' }));
    expect(state.severity).toBeNull();
    expect(state.respondBy).toBeNull();
    expect(state.declaredSeverity).toBeNull();
    expect(texts(state)).toEqual(['Declared the incident']);
  });
});

describe('the response clock', () => {
  it('runs the severity’s response time from when it was set', () => {
    expect(fold(observed()).respondBy).toBe(iso(15));
    const state = fold(observed({ ...permitted, comments: [comment('bob', 10, '/sev 2')] }));
    expect(state.respondBy).toBe(iso(40));
  });

  it('keeps running when /sev names the severity the incident already has', () => {
    const state = fold(observed({ ...permitted, comments: [comment('bob', 10, '/sev 1')] }));
    expect(state.respondBy).toBe(iso(15));
    expect(state.severityHistory).toHaveLength(1);
  });

  it('counts an acknowledgement before the deadline as in time, and one at the deadline as late', () => {
    const inTime = fold(observed({ ...permitted, comments: [comment('priya', 14, '/ack')] }));
    expect(inTime.missedResponses).toEqual([]);
    const late = fold(observed({ ...permitted, comments: [comment('priya', 15, '/ack')] }));
    expect(late.missedResponses).toEqual([{ severity: { label: 'sev-1', name: 'Critical', responseMinutes: 15 }, due: iso(15) }]);
  });

  it('closes the window at a resolution or a change of severity, and no later acknowledgement opens it again', () => {
    const resolvedLate = fold(observed({ ...permitted, comments: [comment('priya', 20, '/resolve'), comment('priya', 25, '/ack')] }));
    expect(resolvedLate.missedResponses.map((missed) => missed.due)).toEqual([iso(15)]);
    const closedLate = fold(observed({ ...permitted, events: [labeled('alice', 0, 'incident'), event('closed', 'bob', 20)] }));
    expect(closedLate.missedResponses.map((missed) => missed.due)).toEqual([iso(15)]);
    const lowered = fold(observed({ ...permitted, comments: [comment('bob', 20, '/sev 3'), comment('priya', 30, '/ack')] }));
    expect(lowered.missedResponses.map((missed) => [missed.severity.label, missed.due])).toEqual([['sev-1', iso(15)]]);
    const twice = fold(observed({ ...permitted, comments: [comment('bob', 20, '/sev 2'), comment('priya', 60, '/resolve')] }));
    expect(twice.missedResponses.map((missed) => [missed.severity.label, missed.due])).toEqual([
      ['sev-1', iso(15)],
      ['sev-2', iso(50)],
    ]);
    const acked = fold(observed({ ...permitted, comments: [comment('priya', 5, '/ack'), comment('bob', 20, '/sev 2'), comment('priya', 30, '/resolve')] }));
    expect(acked.missedResponses).toEqual([]);
    const reclassified = fold(observed({ ...permitted, comments: [comment('priya', 10, '/resolve'), comment('bob', 30, '/sev 2')] }));
    expect(reclassified.missedResponses).toEqual([]);
  });

  it('keeps the first acknowledgement: a second /ack changes nothing', () => {
    const state = fold(observed({ ...permitted, comments: [comment('priya', 5, '/ack'), comment('bob', 30, '/ack')] }));
    expect(state.acknowledged).toEqual({ at: at(5), by: 'priya' });
    expect(state.missedResponses).toEqual([]);
    expect(texts(state).filter((text) => text === 'Acknowledged')).toHaveLength(1);
  });

  it('counts a window once when a reopening at the same instant restarts a 0-minute response time', () => {
    const instant = { ...set, severities: set.severities.map((candidate) => (candidate.label === 'sev-1' ? { ...candidate, responseMinutes: 0 } : candidate)) };
    const state = fold(observed({ ...permitted, comments: [comment('priya', 0, '/resolve'), comment('priya', 0, '/reopen'), comment('bob', 3, '/ack')] }), instant);
    expect(state.missedResponses.map((missed) => missed.due)).toEqual([iso(0)]);
  });

  it('judges nothing missed while no severity is set', () => {
    const state = fold(observed({ ...permitted, body: 'Something is off', comments: [comment('priya', 500, '/ack')] }));
    expect(state.missedResponses).toEqual([]);
  });

  it('starts again from a reopening, with the current severity’s response time', () => {
    const state = fold(observed({ ...permitted, comments: [comment('priya', 10, '/resolve'), comment('bob', 100, '/reopen')] }));
    expect(state.clockStart).toBe(at(100));
    expect(state.respondBy).toBe(iso(115));
  });

  it('starts a reopened incident without a severity with no deadline', () => {
    const state = fold(observed({ ...permitted, body: 'Something is off', comments: [comment('priya', 10, '/resolve'), comment('bob', 100, '/reopen')] }));
    expect(state.clockStart).toBe(at(100));
    expect(state.respondBy).toBeNull();
  });
});

describe('acknowledgement across changes of severity', () => {
  it('is needed again after a raise to a new high, but not after a raise back to a level the incident had', () => {
    const sev3 = { body: formBody({ severity: 'SEV-3 (Medium)' }) };
    const newHigh = fold(observed({ ...sev3, ...permitted, comments: [comment('priya', 5, '/ack'), comment('bob', 10, '/sev 2')] }));
    expect(newHigh.acknowledged).toBeNull();
    const back = fold(observed({ ...permitted, comments: [comment('priya', 5, '/ack'), comment('bob', 10, '/sev 3'), comment('bob', 20, '/sev 1')] }));
    expect(back.acknowledged).toEqual({ at: at(5), by: 'priya' });
    const below = fold(observed({ ...permitted, comments: [comment('priya', 5, '/ack'), comment('bob', 10, '/sev 3'), comment('bob', 20, '/sev 2')] }));
    expect(below.acknowledged).toEqual({ at: at(5), by: 'priya' });
  });

  it('stands after a raise made while the incident was resolved, which is recorded as such', () => {
    const sev3 = { body: formBody({ severity: 'SEV-3 (Medium)' }) };
    const state = fold(observed({ ...sev3, ...permitted, comments: [comment('priya', 5, '/ack'), comment('priya', 10, '/resolve'), comment('bob', 20, '/sev 1')] }));
    expect(state.acknowledged).toEqual({ at: at(5), by: 'priya' });
    expect(state.severityHistory.map((change) => [change.severity.label, change.whileResolved])).toEqual([
      ['sev-3', false],
      ['sev-1', true],
    ]);
  });

  it('keeps the peak severity through a lowering', () => {
    const state = fold(observed({ ...permitted, body: formBody({ severity: 'SEV-2 (High)' }), comments: [comment('bob', 10, '/sev 1'), comment('bob', 20, '/sev 3')] }));
    expect(state.severity?.label).toBe('sev-3');
    expect(state.peakSeverity?.label).toBe('sev-1');
    const lowered = fold(observed({ ...permitted, body: formBody({ severity: 'SEV-2 (High)' }), comments: [comment('bob', 10, '/sev 4')] }));
    expect(lowered.peakSeverity?.label).toBe('sev-2');
  });
});

describe('roles', () => {
  it('gives a single role to the last person named, adds to a role for several people, and remembers the comment naming the commander', () => {
    const naming = comment('priya', 8, '/ic @bob');
    const state = fold(observed({ ...permitted, comments: [comment('priya', 5, '/ic @sam\n/role comms @carol\n/role sme @lee'), naming, comment('priya', 9, '/role comms @dan\n/role sme @kim')] }));
    expect(state.roles).toEqual({ ic: ['bob'], comms: ['dan'], sme: ['lee', 'kim'] });
    expect(state.commander).toBe('bob');
    expect(state.icCommentId).toBe(naming.id);
  });

  it('does not make the holder of another role the commander', () => {
    const state = fold(observed({ ...permitted, comments: [comment('priya', 5, '/role tech @sam')] }));
    expect(state.commander).toBeNull();
    expect(state.icCommentId).toBeNull();
    expect(texts(state)).toContain('Technical Lead: sam');
  });
});

describe('a close by someone below the minimum permission', () => {
  const byReader = { events: [labeled('alice', 0, 'incident'), event('closed', 'dave', 20)], permissions: { dave: 'read' as const } };

  it('does not resolve the incident, and is kept to be answered', () => {
    const state = fold(observed(byReader));
    expect(state.resolution).toBeNull();
    expect(state.refusedCloses).toEqual([{ eventId: byReader.events[1]?.id, by: 'dave', at: at(20) }]);
  });

  it('resolves it when the playbooks trust every reporter', () => {
    const state = fold(observed(byReader), { ...set, trustReporters: true });
    expect(state.resolution).toEqual({ at: at(20), by: 'dave', summary: null });
    expect(state.refusedCloses).toEqual([]);
  });
});

describe('a report (a declaration by someone below the minimum permission)', () => {
  const byReader = { issue: { ...observed().issue, author: 'dave' }, events: [labeled('dave', 0, 'incident')], permissions: { dave: 'read' as const, priya: 'write' as const } };

  it('is noted as reported, and is confirmed by a permitted user’s command: the clock starts then, with the proposed severity', () => {
    const state = fold(observed({ ...byReader, comments: [comment('priya', 30, '/ack')] }));
    expect(state.report).toMatchObject({ by: 'dave', confirmed: { at: at(30), by: 'priya' } });
    expect(state.clockStart).toBe(at(30));
    expect(state.respondBy).toBe(iso(45));
    expect(state.severityHistory).toEqual([{ severity: severity('sev-1'), at: at(30), by: 'priya', via: 'form', eventId: null, whileResolved: false }]);
    expect(state.timeline).toEqual([
      { at: at(0), actor: 'dave', text: 'Reported the incident' },
      { at: at(30), actor: 'priya', text: 'Confirmed the report by dave' },
      { at: at(30), actor: 'priya', text: 'Severity set to SEV-1 (Critical)' },
      { at: at(30), actor: 'priya', text: 'Acknowledged' },
    ]);
  });

  it('takes the severity a confirming /sev or label names, not the proposed one', () => {
    const bySev = fold(observed({ ...byReader, comments: [comment('priya', 30, '/sev 3')] }));
    expect(bySev.severityHistory.map((change) => [change.severity.label, change.via])).toEqual([['sev-3', 'command']]);
    const sev2 = labeled('priya', 30, 'sev-2');
    const byLabel = fold(observed({ ...byReader, events: [...byReader.events, sev2] }));
    expect(byLabel.report?.confirmed).toEqual({ at: at(30), by: 'priya' });
    expect(byLabel.severityHistory.map((change) => [change.severity.label, change.via, change.eventId])).toEqual([['sev-2', 'label', sev2.id]]);
  });

  it('without a proposal takes the playbook’s default severity when confirmed, else none', () => {
    const unnamed = { ...byReader, issue: { ...byReader.issue, body: 'Something is off' }, comments: [comment('priya', 30, '/timeline Looking')] };
    const withDefault = fold(observed(unnamed), { ...set, defaultSeverity: severity('sev-3') });
    expect(withDefault.severityHistory.map((change) => [change.severity.label, change.via, change.at])).toEqual([['sev-3', 'default', at(30)]]);
    expect(texts(withDefault)).toContain('Severity set to SEV-3 (Medium) (the playbook’s default: the form named none)');
    const without = fold(observed(unnamed));
    expect(without.report?.confirmed).toEqual({ at: at(30), by: 'priya' });
    expect(without.severity).toBeNull();
  });

  it('stays a report when its card recorded the declarer as a reporter, even if they have the permission now', () => {
    const card = comment(BOT, 1, '<!-- playbook-ops:card declared=sev-1,reporter=report -->\ncard');
    const state = fold(observed({ ...byReader, comments: [card], permissions: { dave: 'admin' } }));
    expect(state.report).toMatchObject({ by: 'dave', confirmed: null });
    const trusted = comment(BOT, 1, '<!-- playbook-ops:card declared=sev-1,reporter=trusted -->\ncard');
    expect(fold(observed({ ...byReader, comments: [trusted] })).report).toBeNull();
  });

  it('is confirmed by the reporter’s own command once they have the permission', () => {
    const card = comment(BOT, 1, '<!-- playbook-ops:card declared=sev-1,reporter=report -->\ncard');
    const state = fold(observed({ ...byReader, comments: [card, comment('dave', 30, '/ack')], permissions: { dave: 'write' } }));
    expect(state.report?.confirmed).toEqual({ at: at(30), by: 'dave' });
    expect(state.acknowledged).toEqual({ at: at(30), by: 'dave' });
  });

  it('takes a severity label added after the confirmation as the incident’s severity', () => {
    const state = fold(observed({ ...byReader, comments: [comment('priya', 30, '/ack')], events: [...byReader.events, labeled('dave', 40, 'sev-2')] }));
    expect(state.severity?.label).toBe('sev-2');
    expect(state.report?.proposed?.label).toBe('sev-1');
  });

  it('is confirmed once: a later command neither confirms again nor resets the severity', () => {
    const state = fold(observed({ ...byReader, comments: [comment('priya', 30, '/sev 2'), comment('priya', 40, '/ack')] }));
    expect(state.report?.confirmed).toEqual({ at: at(30), by: 'priya' });
    expect(state.clockStart).toBe(at(30));
    expect(state.severity?.label).toBe('sev-2');
    expect(texts(state).filter((text) => text.startsWith('Confirmed'))).toHaveLength(1);
  });

  it('is not confirmed by a close or a reopening, nor by the reporter’s own label', () => {
    const closed = fold(observed({ ...byReader, events: [...byReader.events, labeled('dave', 5, 'sev-2'), event('closed', 'priya', 20), event('reopened', 'priya', 25)] }));
    expect(closed.report?.confirmed).toBeNull();
    expect(closed.report?.proposed?.label).toBe('sev-2');
    expect(closed.severity).toBeNull();
    expect(texts(closed)).toEqual(['Reported the incident', 'Resolved (issue closed)', 'Reopened']);
  });
});

describe('alert notifications', () => {
  const firing = (minutes: number) => botComment('alert:5 status=firing,source=grafana', minutes);
  const resolved = (minutes: number) => botComment('alert:6 status=resolved,source=alertmanager', minutes);

  it('a firing alert reopens a resolved incident, by the monitoring system', () => {
    const state = fold(observed({ ...permitted, comments: [comment('priya', 10, '/resolve'), firing(30)] }));
    expect(state.resolution).toBeNull();
    expect(state.clockStart).toBe(at(30));
    expect(state.timeline.slice(-2)).toEqual([
      { at: at(30), actor: 'grafana', text: 'The alert fired again' },
      { at: at(30), actor: 'grafana', text: 'Reopened' },
    ]);
  });

  it('a resolved alert resolves the incident when the playbooks say so, once, and is otherwise only noted', () => {
    const alerts = set.alerts;
    if (alerts === undefined) throw new Error('the default playbooks have an alerts section');
    const history = observed({ ...permitted, comments: [resolved(20), resolved(25)] });
    const resolving = fold(history, { ...set, alerts: { ...alerts, resolve: true } });
    expect(resolving.resolution).toEqual({ at: at(20), by: 'alertmanager', summary: 'every alert of the group resolved' });
    expect(resolving.missedResponses.map((missed) => missed.due)).toEqual([iso(15)]);
    expect(texts(resolving).slice(2)).toEqual(['The alert resolved', 'Resolved: every alert of the group resolved', 'The alert resolved']);
    const noting = fold(history, { ...set, alerts: { ...alerts, resolve: false } });
    expect(noting.resolution).toBeNull();
    expect(texts(noting).slice(2)).toEqual(['The alert resolved', 'The alert resolved']);
    const { alerts: _none, ...withoutAlerts } = set;
    expect(fold(history, withoutAlerts).resolution).toBeNull();
  });
});

describe('the next status update', () => {
  it('is due a cadence after the latest of the last update, the (re)start and the last change of severity', () => {
    expect(fold(observed()).nextUpdateDue).toBe(iso(30));
    const updated = fold(observed({ ...permitted, comments: [comment('priya', 10, '/update Paging'), comment('priya', 15, '/update Found it'), comment('priya', 20, '/update Rolling back')] }));
    expect(updated.nextUpdateDue).toBe(iso(50));
    const changed = fold(observed({ ...permitted, comments: [comment('bob', 10, '/sev 2'), comment('bob', 15, '/sev 1'), comment('bob', 20, '/sev 2')] }));
    expect(changed.nextUpdateDue).toBe(iso(80));
    const raised = fold(observed({ ...permitted, comments: [comment('priya', 20, '/update Rolling back'), comment('bob', 25, '/sev 2')] }));
    expect(raised.nextUpdateDue).toBe(iso(85));
    const reopened = fold(observed({ ...permitted, comments: [comment('priya', 20, '/update x'), comment('priya', 30, '/resolve'), comment('bob', 40, '/reopen')] }));
    expect(reopened.nextUpdateDue).toBe(iso(70));
  });

  it('is not owed by a resolved incident, nor by a severity without a cadence', () => {
    expect(fold(observed({ ...permitted, comments: [comment('priya', 10, '/resolve')] })).nextUpdateDue).toBeNull();
    expect(fold(observed({ body: formBody({ severity: 'SEV-3 (Medium)' }) })).nextUpdateDue).toBeNull();
  });
});
