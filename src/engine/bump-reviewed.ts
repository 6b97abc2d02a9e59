/**
 * Bumping a playbook file's `last_reviewed` as a person would: the one line changes, comments,
 * quoting style and everything else stay as written.
 */

const LAST_REVIEWED = /^([ \t]+last_reviewed:[ \t]*)(["']?)(\d{4}-\d{2}-\d{2})\2([ \t]*(?:#.*)?)$/mu;

/**
 * `text` with the `last_reviewed` date of its `review` block set to `date`, or null when the file
 * has no such line in the form the schema writes (the shell then leaves the file out of the round).
 */
export function bumpLastReviewed(text: string, date: string): string | null {
  if (!LAST_REVIEWED.test(text)) return null;
  return text.replace(LAST_REVIEWED, (_line, head: string, quote: string, _old: string, tail: string) => `${head}${quote === '' ? '"' : quote}${date}${quote === '' ? '"' : quote}${tail}`);
}

/** The `last_reviewed` date `text` says, or null. */
export function lastReviewedIn(text: string): string | null {
  return LAST_REVIEWED.exec(text)?.[3] ?? null;
}
