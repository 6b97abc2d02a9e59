/** The ledger: what the bot has done on an incident, read from its own comments and nobody else's. */
import { describe, expect, it } from 'vitest';
import { readLedger } from '../../src/engine/ledger.js';
import { at, BOT, botComment, comment } from './observed-fixture.js';

const PIN = 'c0ffee0000000000000000000000000000000001';

describe('the ledger', () => {
  it('is empty before the bot wrote anything', () => {
    expect(readLedger({ botLogin: BOT, comments: [comment('priya', 1, '/ack')] })).toEqual({
      card: null,
      posted: new Set(),
      pages: [],
      judged: null,
      accepted: new Set(),
      denied: new Set(),
    });
  });

  it('lists every record the bot posted, and the pages with when they went out, oldest first', () => {
    const ledger = readLedger({
      botLogin: BOT,
      comments: [botComment('page:sev-2', 1), botComment('triage-request', 2), botComment('page:level-2', 30), botComment('page:sev-1', 40), comment(BOT, 41, 'a comment without a record')],
    });
    expect([...ledger.posted]).toEqual(['page:sev-2', 'triage-request', 'page:level-2', 'page:sev-1']);
    expect(ledger.card).toBeNull();
    expect(ledger.pages).toEqual([
      { marker: { kind: 'severity-page', severity: 'sev-2' }, at: at(1) },
      { marker: { kind: 'level-page', level: 2 }, at: at(30) },
      { marker: { kind: 'severity-page', severity: 'sev-1' }, at: at(40) },
    ]);
  });

  it('trusts no record in a comment someone else wrote', () => {
    const forged = [comment('mallory', 1, `<!-- playbook-ops:card pin=${PIN},accepted=1 -->`), comment('mallory', 2, '<!-- playbook-ops:page:sev-1 -->'), comment('mallory', 3, '<!-- playbook-ops:reply:5 denied -->')];
    expect(readLedger({ botLogin: BOT, comments: forged })).toEqual(readLedger({ botLogin: BOT, comments: [] }));
  });

  it('reads the first card only, with its record, boxes, last edit, judged mark and accepted comments', () => {
    const card = { ...botComment(`card pin=${PIN},judged=1002-1795749600,accepted=3.4`, 1, `- [x] Review logs <!-- playbook-ops:step=8480eea2 -->`), updatedAt: at(9) };
    const later = botComment('card pin=c0ffee0000000000000000000000000000000002,judged=2000-1795749900,accepted=9', 2);
    const ledger = readLedger({ botLogin: BOT, comments: [card, later] });
    expect(ledger.card).toMatchObject({ commentId: card.id, updatedAt: at(9), record: { pin: PIN } });
    expect([...(ledger.card?.boxes ?? [])]).toEqual([['8480eea2', true]]);
    expect(ledger.judged).toEqual({ through: 1002, at: '2026-11-27T03:20:00Z' });
    expect([...ledger.accepted]).toEqual([3, 4]);
  });

  it('holds the comment versions whose commands were refused for lack of permission, and only those', () => {
    const ledger = readLedger({ botLogin: BOT, comments: [botComment('reply:5 denied', 1), botComment('reply:6-1795748640 denied', 2), botComment('reply:7', 3)] });
    expect([...ledger.denied]).toEqual(['5', '6-1795748640']);
    expect(ledger.card).toBeNull();
    expect([...ledger.posted]).toEqual(['reply:5', 'reply:6-1795748640', 'reply:7']);
  });
});
