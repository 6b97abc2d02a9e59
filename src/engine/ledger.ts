/**
 * What the bot has done on an incident so far, read from its own comments: which records exist,
 * when each page went out, and the card with what it recorded. Only comments the bot wrote count,
 * and only the first card among them (later ones could come from another workflow posting as the
 * same identity; they neither grant commands nor change the pin).
 */
import type { Observed } from './observed.js';
import { type CardRecord, type JudgedMark, type Marker, markerKey, parseRecordLine, readStepBoxes, replyVersion } from './records.js';

/** The incident card the bot keeps. */
export interface LedgerCard {
  commentId: number;
  record: CardRecord;
  /** The boxes of its task lists, by step key: whether each is ticked now. */
  boxes: Map<string, boolean>;
  /** When the card last changed (a person ticking a box changes it). */
  updatedAt: string;
}

/** The bot's records on one incident. */
export interface Ledger {
  /** The card, or null before the bot has posted one. */
  card: LedgerCard | null;
  /** The keys ({@link markerKey}) of every record the bot has posted. */
  posted: Set<string>;
  /** Pages the bot has posted, oldest first, with when. */
  pages: { marker: Extract<Marker, { kind: 'severity-page' | 'level-page' }>; at: string }[];
  /** How far people's comments were judged (from the card). */
  judged: JudgedMark | null;
  /** Comments whose commands were accepted, listed by a card from before the judged mark. */
  accepted: Set<number>;
  /** Comment versions ({@link replyVersion}) whose commands were refused for lack of permission (from the replies' markers). */
  denied: Set<string>;
}

/** The ledger of `observed`, from the comments its bot wrote. */
export function readLedger(observed: Pick<Observed, 'comments' | 'botLogin'>): Ledger {
  const ledger: Ledger = { card: null, posted: new Set(), pages: [], judged: null, accepted: new Set(), denied: new Set() };
  for (const comment of observed.comments) {
    if (comment.author !== observed.botLogin) continue;
    const read = parseRecordLine(comment.body);
    if (read === null) continue;
    const { marker } = read;
    ledger.posted.add(markerKey(marker));
    // Only a card marker reads with a card record; the first card is the one that counts.
    if (read.card !== null && ledger.card === null) {
      ledger.card = { commentId: comment.id, record: read.card, boxes: readStepBoxes(comment.body), updatedAt: comment.updatedAt };
      ledger.judged = read.card.judged;
      for (const id of read.card.accepted) ledger.accepted.add(id);
    }
    if (marker.kind === 'severity-page' || marker.kind === 'level-page') ledger.pages.push({ marker, at: comment.createdAt });
    if (marker.kind === 'reply' && marker.denied) ledger.denied.add(replyVersion(marker.commentId, marker.edited));
  }
  return ledger;
}
