/** Calendar dates written `YYYY-MM-DD`, computed in UTC so the result never depends on the machine. */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTE_MS = 60_000;

/** Milliseconds since the epoch of midnight UTC of `text`, or null when it is not a real date. */
export function parseCalendarDate(text: string): number | null {
  const match = DATE.exec(text);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2026-02-30 over to March and reads years below 100 as 19xx; a real date reads back as written.
  return new Date(time).toISOString().slice(0, 10) === text ? time : null;
}

/** `YYYY-MM-DD` of the UTC day `minutes` after midnight UTC of `date` (which must be valid). */
export function addMinutesToDate(date: string, minutes: number): string {
  return new Date((parseCalendarDate(date) as number) + minutes * MINUTE_MS).toISOString().slice(0, 10);
}
