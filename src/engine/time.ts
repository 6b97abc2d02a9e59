/** Time arithmetic on ISO 8601 strings, the way GitHub writes timestamps. */

/** `iso` plus `minutes`, as ISO 8601. */
export function addMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}

/** Whether `a` is strictly before `b`. */
export function isBefore(a: string, b: string): boolean {
  return Date.parse(a) < Date.parse(b);
}

/** The later of two instants. */
export function later(a: string, b: string): string {
  return isBefore(a, b) ? b : a;
}

/** `iso` in whole seconds, written as GitHub writes times (`2026-11-27T03:15:00Z`). */
export function wholeSeconds(iso: string): string {
  return new Date(Math.floor(Date.parse(iso) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** The earliest of `instants`, or null when there is none. */
export function earliest(instants: readonly string[]): string | null {
  return instants.reduce<string | null>((first, at) => (first === null || isBefore(at, first) ? at : first), null);
}

/**
 * `entries` sorted by their `at`, entries of the same instant keeping their order: Array.prototype.sort
 * is stable (ES2019), so no tie-break is needed.
 */
export function inTimeOrder<T extends { at: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
