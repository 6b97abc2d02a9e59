import { findDuration, type WordDuration } from './duration-words.js';

/** What a severity level's statements say: its times, and the rest as criteria. */
export interface LevelStatements {
  /** How soon it must be acknowledged. */
  response: WordDuration | null;
  /** How often status updates go out. */
  update: WordDuration | null;
  /** The statements that state no time: what makes an incident this severe. */
  criteria: string[];
}

/** How many durations one clause is searched for. */
const MAX_TIMES = 8;

const RESPONSE = /\b(respon[ds]\w*|acknowledg\w*|ack(ed)?|sla|pick(ed)? up|answer(ed)?|engage[ds]?|triage[ds]?)\b/i;
const UPDATE = /\b(updates?|updated|reports?|status|cadence|every|inform\w*)\b/i;

/** Where the last match of `pattern` in `text` starts, or -1. */
function lastMatch(pattern: RegExp, text: string): number {
  let last = -1;
  for (const match of text.matchAll(new RegExp(pattern.source, 'gi'))) last = match.index;
  return last;
}

/** Sentences and `;`-separated clauses: `Total outage. Respond within 5 minutes.` → two. */
export function clauses(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9])|\s*;\s*/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * Every duration in `clause` with the words between it and the one before, which say what the
 * duration is for: `acknowledge within 10 minutes, status update every 20 minutes`.
 */
function timesOf(clause: string): { duration: WordDuration; before: string }[] {
  const found: { duration: WordDuration; before: string }[] = [];
  let offset = 0;
  // A clause states a handful of times; the cap keeps a pathological one linear.
  while (found.length < MAX_TIMES) {
    const duration = findDuration(clause.slice(offset));
    if (duration === null) return found;
    const at = offset + duration.index;
    found.push({ duration: { ...duration, index: at }, before: clause.slice(offset, at + duration.length) });
    offset = at + duration.length;
  }
  return found;
}

/**
 * Reads a level's statements (bullets, sentences, table cells): a duration after words of
 * acknowledging is the response time, one after words of updating the update cadence. A clause
 * with such a time is not a criterion; one whose duration says neither (`Delays over an hour`) is.
 */
export function readLevelStatements(statements: readonly string[]): LevelStatements {
  const result: LevelStatements = { response: null, update: null, criteria: [] };
  for (const clause of statements.flatMap(clauses)) {
    let timed = false;
    let lastKind: 'response' | 'update' | null = null;
    for (const { duration, before } of timesOf(clause)) {
      const response = lastMatch(RESPONSE, before);
      const update = lastMatch(UPDATE, before);
      const kind: 'response' | 'update' | null = response < 0 && update < 0 ? lastKind : update > response ? 'update' : 'response';
      if (kind === 'response' && result.response === null) result.response = duration;
      else if (kind === 'update' && result.update === null) result.update = duration;
      if (kind !== null) timed = true;
      lastKind = kind;
    }
    if (!timed) result.criteria.push(clause);
  }
  return result;
}
