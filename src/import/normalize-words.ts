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
