/**
 * Whose repository permission a run looks up before it folds an incident: each lookup is a REST
 * request, so only people whose standing can change the outcome are asked about, once each.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { readLedger } from '../../src/engine/ledger.js';
import type { Observed } from '../../src/engine/observed.js';
import { permissionsNeeded } from '../../src/engine/permissions-needed.js';
import { permits } from '../../src/engine/permissions.js';
import { reconcile } from '../../src/engine/reconcile.js';
import { createCommentRenderer } from '../../src/render/comments.js';
import { at, BOT, botComment, comment, event, labeled, observed } from './observed-fixture.js';

let set: PlaybookSet;
beforeAll(async () => {
  set = await loadPlaybooks('playbooks');
});

function needed(state: Observed, playbooks: PlaybookSet = set): string[] {
  return permissionsNeeded(state, readLedger(state), playbooks);
}

/** `state` with the card a run at `minute` posts on it. */
function withCard(state: Observed, minute: number): Observed {
  const card = reconcile(state, set, new Date(at(minute))).effects.find((effect) => effect.kind === 'card');
  if (card?.kind !== 'card') throw new Error('no card');
  return { ...state, comments: [...state.comments, comment(BOT, minute, createCommentRenderer().card(card.card, card.record))] };
}

describe('permission lookups', () => {
  it('ask about each author of a command once, the declarer of a new incident, and nobody for plain talk, /help or the bot', () => {
    const state = observed({
      comments: [
        comment('priya', 2, '/ack'),
        comment('sam', 3, 'Looking into it'),
        comment('lee', 4, '/help'),
        comment('priya', 5, '/update Still down'),
        // A near miss of a command is answered (with the command meant), so its author's standing matters.
        comment('mallory', 6, '/resolv'),
        comment('kim', 7, '/frobnicate the cache'),
        botComment('page:sev-1', 1),
      ],
    });
    expect(needed(state)).toEqual(['priya', 'mallory', 'alice']);
  });

  it('ask about whoever labelled an existing issue as an incident, rather than its author', () => {
    const state = observed({ events: [labeled('bob', 5, 'incident')] });
    expect(needed(state)).toEqual(['bob']);
  });

  it('ask about whoever closed the issue, but never about the bot', () => {
    const state = observed({ events: [labeled('alice', 0, 'incident'), event('closed', 'carol', 10), event('closed', BOT, 11)] });
    expect(needed(state)).toEqual(['alice', 'carol']);
  });

  it('once the card judged the commands before it, ask only about newer ones and no longer about the declarer', () => {
    const judged = withCard(observed({ comments: [comment('priya', 2, '/ack')], permissions: { priya: 'write' } }), 3);
    expect(needed(judged)).toEqual([]);
    const later = { ...judged, comments: [...judged.comments, comment('sam', 10, '/update Mitigated')] };
    expect(needed(later)).toEqual(['sam']);
  });

  it('ask about no declarer or closer when the playbooks trust every reporter', () => {
    const state = observed({ events: [labeled('alice', 0, 'incident'), event('closed', 'carol', 10)], comments: [comment('priya', 2, '/ack')] });
    expect(needed(state, { ...set, trustReporters: true })).toEqual(['priya']);
  });
});

describe('a permission meets a minimum', () => {
  it('when it ranks at least as high; a failed or missing lookup never does', () => {
    const ranks = ['none', 'read', 'triage', 'write', 'maintain', 'admin'] as const;
    for (const [index, minimum] of ranks.entries()) {
      expect(ranks.map((actual) => permits(actual, minimum))).toEqual(ranks.map((_, rank) => rank >= index));
      expect(permits('error', minimum)).toBe(false);
      expect(permits(undefined, minimum)).toBe(false);
    }
  });
});
