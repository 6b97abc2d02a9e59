/**
 * The incident's facts: the commands people may run (and the replies to those they may not), the
 * events people caused, and the alerts the bot noted, in the order they happened.
 */
import { describe, expect, it } from 'vitest';
import { alertFacts, byTime, commandFacts, eventFacts, type Fact } from '../../src/engine/facts.js';
import { readLedger } from '../../src/engine/ledger.js';
import type { ObservedComment, Permission } from '../../src/engine/observed.js';
import { defaultLikeSet } from '../render/fixture-set.js';
import { at, BOT, botComment, comment, event, labeled, observed } from './observed-fixture.js';

const set = defaultLikeSet();
const emptyLedger = readLedger({ botLogin: BOT, comments: [] });

function run(comments: ObservedComment[], permissions: Record<string, Permission | 'error'> = {}, ledger = emptyLedger) {
  return commandFacts(observed({ comments, permissions }), ledger, set);
}

describe('commands in comments', () => {
  it('run for permitted people, at the time their comment last changed, and move the judged mark over the thread', () => {
    const chatter = comment('wendy', 1, 'Seeing errors too');
    const ack = { ...comment('priya', 2, '/ack\n/sev 2'), updatedAt: at(3) };
    const { facts, refusals, judged } = run([chatter, ack, botComment('page:sev-1', 4)], { priya: 'triage' });
    expect(facts).toEqual([
      { at: at(3), actor: 'priya', type: 'command', command: { name: 'ack' }, commentId: ack.id },
      { at: at(3), actor: 'priya', type: 'command', command: { name: 'sev', level: 2 }, commentId: ack.id },
    ]);
    expect(refusals).toEqual([]);
    expect(judged).toEqual({ through: ack.id, at: at(3) });
  });

  it('never come from the bot’s own comments', () => {
    expect(run([comment(BOT, 1, '/resolve')], { [BOT]: 'admin' })).toEqual({ facts: [], refusals: [], judged: null });
  });

  it('refused for lack of permission get a reply saying what access they need and what the author has', () => {
    const reader = comment('dave', 1, '/ack\n/resolve');
    const failed = { ...comment('erin', 2, '/ack'), updatedAt: at(5) };
    const unknown = comment('frank', 3, '/ack');
    const { facts, refusals, judged } = run([reader, failed, unknown], { dave: 'read', erin: 'error' });
    expect(facts).toEqual([]);
    expect(judged).toBeNull();
    expect(refusals).toEqual([
      {
        commentId: reader.id,
        edited: null,
        author: 'dave',
        problems: ['/ack needs triage access to this repository; you have read.', '/resolve needs triage access to this repository; you have read.'],
        help: false,
        denied: true,
      },
      {
        commentId: failed.id,
        edited: Date.parse(at(5)) / 1000,
        author: 'erin',
        problems: ['/ack needs triage access to this repository; your permission could not be checked. Write the command again in a new comment to try once more.'],
        help: false,
        denied: true,
      },
      { commentId: unknown.id, edited: null, author: 'frank', problems: ['/ack needs triage access to this repository; an earlier check refused it.'], help: false, denied: true },
    ]);
  });

  it('that are malformed, or /help, are answered to anyone; an unknown word only to permitted people', () => {
    const outsider = comment('dave', 1, '/sev critical\n/acknowledge\n/help');
    const typo = comment('priya', 2, '/acknowledge');
    const { refusals } = run([outsider, typo, comment('dave', 3, '/acknowledge')], { dave: 'read', priya: 'write' });
    expect(refusals).toEqual([
      { commentId: outsider.id, edited: null, author: 'dave', problems: ['/sev: give the severity level as a number (usage: /sev N)'], help: true, denied: false },
      { commentId: typo.id, edited: null, author: 'priya', problems: ['/acknowledge: unknown command; did you mean /ack? (usage: /ack)'], help: false, denied: false },
    ]);
  });

  it('that the playbook cannot carry out are refused with what it has instead', () => {
    const bad = comment('priya', 1, '/sev 7\n/status mitigaton\n/role scribe @sam\n/role tehc @sam\n/sev 4');
    const { facts, refusals } = run([bad], { priya: 'write' });
    expect(refusals.map((refusal) => refusal.problems)).toEqual([
      [
        '/sev 7: there is no SEV-7; this playbook has levels 1, 2, 3, 4.',
        '/status mitigaton: unknown phase; use one of detection, initial-response.',
        '/role scribe: unknown role; use one of ic, comms, tech, sme.',
        '/role tehc: unknown role; did you mean tech? use one of ic, comms, tech, sme.',
      ],
    ]);
    expect(facts.map((fact) => fact.type === 'command' && fact.command)).toEqual([{ name: 'sev', level: 4 }]);
    const phases = run([comment('priya', 1, '/status detecton\n/status initial-response')], { priya: 'write' });
    expect(phases.refusals[0]?.problems).toEqual(['/status detecton: unknown phase; did you mean detection? use one of detection, initial-response.']);
    expect(phases.facts).toHaveLength(1);
  });

  it('/ic is refused when no role of the playbook leads the incident', () => {
    const leaderless = { ...set, roles: set.roles.map((role) => ({ ...role, commander: false })) };
    const { refusals, facts } = commandFacts(observed({ comments: [comment('priya', 1, '/ic @sam\n/role ic @sam')], permissions: { priya: 'write' } }), emptyLedger, leaderless);
    expect(refusals[0]?.problems).toEqual(['/ic: this playbook has no role that leads the incident; give one role `commander: true` in roles.yaml, or use /role ID @user.']);
    expect(facts).toHaveLength(1);
  });

  it('judged before keep their verdict without a new permission check, and leave the judged mark where it was', () => {
    const ack = comment('priya', 1, '/ack');
    const mark = `${ack.id}-${Date.parse(at(2)) / 1000}`;
    const ledger = readLedger({ botLogin: BOT, comments: [botComment(`card judged=${mark}`, 2), botComment(`reply:${ack.id + 5} denied`, 3)] });
    const accepted = run([ack], { priya: 'error' }, ledger);
    expect(accepted.facts).toHaveLength(1);
    expect(accepted.judged).toEqual(ledger.judged);
    const refused = { ...comment('priya', 4, '/ack'), id: ack.id + 5 };
    const again = run([refused], { priya: 'write' }, ledger);
    expect(again.facts).toEqual([]);
    expect(again.refusals[0]).toMatchObject({ denied: true, problems: ['/ack needs triage access to this repository; you have write.'] });
    expect(again.judged).toEqual(ledger.judged);
  });
});

describe('events', () => {
  it('are facts when a person labelled a severity, closed or reopened the issue; the bot’s own are not', () => {
    const sev = labeled('priya', 1, 'sev-2');
    const closed = event('closed', 'priya', 2);
    const state = observed({
      events: [labeled('alice', 0, 'incident'), sev, labeled(BOT, 1, 'sev-1'), closed, event('closed', BOT, 2), event('reopened', 'priya', 3), event('reopened', BOT, 3), event('assigned', 'priya', 4), event('labeled', 'priya', 5), { ...labeled('priya', 6, 'sev-1'), event: 'unlabeled' }, labeled('priya', 7, 'needs-triage')],
    });
    expect(eventFacts(state, set)).toEqual([
      { at: at(1), actor: 'priya', type: 'label', label: 'sev-2', eventId: sev.id },
      { at: at(2), actor: 'priya', type: 'closed', eventId: closed.id },
      { at: at(3), actor: 'priya', type: 'reopened' },
    ]);
  });
});

describe('facts in time order', () => {
  it('are sorted by time, and facts of the same second keep the order they came in', () => {
    const fact = (minutes: number, actor: string): Fact => ({ at: at(minutes), actor, type: 'reopened' });
    expect(byTime([fact(3, 'a'), fact(1, 'b'), fact(3, 'c'), fact(2, 'd'), fact(1, 'e')]).map((entry) => entry.actor)).toEqual(['b', 'e', 'd', 'a', 'c']);
  });
});

describe('alerts', () => {
  it('are the bot’s alert notes, at the time each was posted, by the system that sent it', () => {
    const note = botComment('alert:42 status=firing,source=grafana', 5);
    const edited = { ...botComment('alert:44 status=resolved,source=alertmanager', 8), updatedAt: at(9) };
    const state = observed({
      comments: [note, botComment('page:sev-1', 6), comment('mallory', 7, '<!-- playbook-ops:alert:43 status=resolved,source=grafana -->'), edited],
    });
    expect(alertFacts(state)).toEqual([
      { at: at(5), actor: 'grafana', type: 'alert', status: 'firing', commentId: note.id },
      { at: at(8), actor: 'alertmanager', type: 'alert', status: 'resolved', commentId: edited.id },
    ]);
  });
});
