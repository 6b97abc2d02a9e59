/** "Did you mean …?" for misspelt keys, ids and labels. */
import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `word`, if it is close enough to be a likely typo, ignoring case: one
 * edit for words of up to three letters, else two edits or a third of the length, whichever is
 * more (a swapped pair of letters is two edits). Null when nothing is close.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | null {
  const lower = word.toLowerCase();
  const allowed = word.length <= 3 ? 1 : Math.max(2, Math.floor(word.length / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const edits = distance(lower, candidate.toLowerCase());
    if (edits < bestDistance) {
      best = candidate;
      bestDistance = edits;
    }
  }
  return bestDistance <= allowed ? best : null;
}

/** A hint for an unknown `word`: the likely intended candidate, else the list of valid ones. */
export function didYouMean(word: string, candidates: readonly string[], what = 'known values'): string {
  const match = closestMatch(word, candidates);
  if (match !== null) return `did you mean ${JSON.stringify(match)}?`;
  if (candidates.length === 0) return `there are no ${what}`;
  return `${what}: ${candidates.map((candidate) => JSON.stringify(candidate)).join(', ')}`;
}
