/**
 * The words of a semantic diff: each change is one sentence about one thing of the playbooks, in
 * the area a reviewer looks for it. Plain text: the renderer escapes it (playbook text is written by
 * whoever opened the pull request).
 */

/** The areas of a playbook set a change can be in, in the order a reviewer reads them. */
export const CHANGE_AREAS = ['settings', 'severities', 'escalation', 'management', 'contacts', 'scenarios', 'process', 'roles', 'reviews', 'other'] as const;

/** One of {@link CHANGE_AREAS}. */
export type ChangeArea = (typeof CHANGE_AREAS)[number];

/** One change, in words. */
export interface Change {
  area: ChangeArea;
  text: string;
}

/** `"text"`, quoted for a sentence. */
export function quote(text: string): string {
  return `“${text.replace(/\s+/g, ' ').trim()}”`;
}

/** `a → b`, or null when both are the same. */
export function changed<T>(before: T, after: T, show: (value: T) => string): string | null {
  const a = show(before);
  const b = show(after);
  return a === b ? null : `${a} → ${b}`;
}

/** The items only in `before` and only in `after`, each once, in their order. */
export function listDelta(before: readonly string[], after: readonly string[]): { removed: string[]; added: string[] } {
  const had = new Set(before);
  const has = new Set(after);
  return { removed: [...new Set(before.filter((item) => !has.has(item)))], added: [...new Set(after.filter((item) => !had.has(item)))] };
}

/**
 * The things of two keyed lists: those removed, those added, and the pairs present on both sides,
 * in the order of `after` (then the removed ones in the order of `before`).
 */
export function pairByKey<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): { removed: T[]; added: T[]; both: [T, T][] } {
  const old = new Map(before.map((item) => [key(item), item]));
  const now = new Set(after.map(key));
  const both: [T, T][] = [];
  const added: T[] = [];
  for (const item of after) {
    const previous = old.get(key(item));
    if (previous === undefined) added.push(item);
    else both.push([previous, item]);
  }
  return { removed: before.filter((item) => !now.has(key(item))), added, both };
}

/**
 * Sentences for a list of texts (criteria, symptoms, responsibilities): what was added and what
 * was removed; for lists whose order matters (steps), a same-length list is compared place by
 * place, and a reordering with nothing added or removed says so.
 */
export function describeList(what: string, before: readonly string[], after: readonly string[], ordered: boolean): string[] {
  if (before.length === after.length && before.every((item, index) => item === after[index])) return [];
  if (ordered && before.length === after.length) {
    const moved = listDelta(before, after);
    if (moved.added.length === 0 && moved.removed.length === 0) return [`${what} reordered`];
    return before.flatMap((item, index) => (item === after[index] ? [] : [`${what} ${index + 1}: ${quote(item)} → ${quote(after[index] ?? '')}`]));
  }
  const { removed, added } = listDelta(before, after);
  const texts = [...added.map((item) => `${what} added: ${quote(item)}`), ...removed.map((item) => `${what} removed: ${quote(item)}`)];
  return texts.length === 0 ? [`${what} reordered`] : texts;
}
