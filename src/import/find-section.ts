import type { Ledger } from './ledger.js';
import { descendants, type Section } from './sections.js';

/**
 * Heading text reduced to lower-case words separated by single spaces, so matching tolerates
 * case, punctuation, hyphens and `&`: `Post-Incident Process` → `post incident process`.
 */
export function normalizeWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Decides from a section's normalized title whether it is the section a mapper looks for. */
export type TitleMatcher = (words: string) => boolean;

/**
 * The section a mapper should read: among sections no other mapper has taken, the shallowest one
 * whose title matches, the first in the document on a tie. Preferring the shallowest makes a
 * top-level `## Communication Plan` win over a `### Communication` inside `## Tools`, and a wrapper
 * such as `## Incident Response Team` bring its `### Roles and Responsibilities` along.
 */
export function findSection(root: Section, matches: TitleMatcher, ledger: Ledger): Section | null {
  let best: Section | null = null;
  for (const section of descendants(root)) {
    if (ledger.isClaimed(section) || !matches(normalizeWords(section.title))) continue;
    if (best === null || section.depth < best.depth) best = section;
  }
  return best;
}
