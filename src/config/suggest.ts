/** "Did you mean …?" for misspelt keys, ids and labels. */
import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `word`, if it is close enough to be a likely typo: at most a third of
 * the word's length in edits (and at least one edit), ignoring case. Null when nothing is close.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | null {
  const lower = word.toLowerCase();
  const allowed = Math.max(1, Math.floor(word.length / 3));
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
  if (match !== null) return `did you mean "${match}"?`;
  if (candidates.length === 0) return `there are no ${what}`;
  return `${what}: ${candidates.map((candidate) => `"${candidate}"`).join(', ')}`;
}
