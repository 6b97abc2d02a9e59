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
