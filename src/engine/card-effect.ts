/**
 * Whether the incident card needs writing. The card records a digest of everything it shows and
 * records; a run whose card would be the same plans nothing, so a quiet incident's plan is empty
 * (a dry run says so) and the shell never needs to compare rendered bodies.
 */
import { createHash } from 'node:crypto';
import type { Card } from './card.js';
import { recordDeclared } from './declared-severity.js';
import type { Effect } from './effects.js';
import type { Ledger } from './ledger.js';
import { pinToRecord } from './pin.js';
import type { CardRecord } from './records.js';

/**
 * Bump when the card's template or view changes what a card with the same data looks like, so that
 * every card is rewritten once in the new form.
 */
const CARD_FORMAT = 3;

/**
 * The digest of what the card shows and records. Refusals are left out: the card does not show
 * them (each has its reply), so an outsider's refused command costs no card rewrite.
 */
function digest(card: Card, record: Omit<CardRecord, 'digest' | 'seen'>): string {
  const { refusals: _shownInReplies, ...incident } = card.incident;
  const shown = { ...card, incident };
  return createHash('sha256').update(JSON.stringify({ format: CARD_FORMAT, shown, record })).digest('hex').slice(0, 16);
}

/**
 * What the card records when it shows `card`, its digest included. `due` is the incident's next
 * deadline and `seen` what the bot saw of the issue (seen.ts), which the card records for the sweep.
 * What the bot saw is not part of the digest: a comment that changes nothing else costs an event's
 * run no write.
 */
export function cardRecord(card: Card, due: string | null, seen: string | null): CardRecord {
  const { incident } = card;
  const deliveries = card.deliveries;
  const content = {
    pin: pinToRecord(card.playbook.sha),
    declared: recordDeclared(incident.declaredSeverity),
    judged: incident.judged,
    accepted: [],
    reporter: incident.report === null ? ('trusted' as const) : ('report' as const),
    ticks: card.ticks,
    due,
    phase: incident.resolution === null ? incident.phase.id : null,
    ...(deliveries === undefined || deliveries.sent.length === 0 ? {} : { sent: deliveries.sent }),
    ...(deliveries === undefined || deliveries.failed.length === 0 ? {} : { failed: deliveries.failed }),
  };
  return { ...content, seen, digest: digest(card, content) };
}

/**
 * The card effect for `card`, or none when the card on the issue already shows and records exactly
 * this. `due` and `seen` as in {@link cardRecord}; with `seen.refresh` (a sweep) a card whose record
 * of the issue is out of date is rewritten too, so the incident the sweep had to read because of
 * that change is quiet again for the next sweep.
 */
export function cardEffect(card: Card, ledger: Ledger, due: string | null, seen: { fingerprint: string; refresh: boolean }): Effect[] {
  const record = cardRecord(card, due, seen.fingerprint);
  const stale = seen.refresh && ledger.card?.record.seen !== seen.fingerprint;
  if (ledger.card?.record.digest === record.digest && !stale) return [];
  return [{ kind: 'card', card, record, commentId: ledger.card?.commentId ?? null }];
}
