/** Times as an on-call engineer reads them in a comment: UTC, to the minute. */

/** `2026-11-27 03:12 UTC`. */
export function dateTime(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** `03:12 UTC` when `iso` falls on the same UTC day as `reference`, else the full {@link dateTime}. */
export function timeOfDay(iso: string, reference: string): string {
  const full = dateTime(iso);
  return full.slice(0, 10) === dateTime(reference).slice(0, 10) ? full.slice(11) : full;
}
