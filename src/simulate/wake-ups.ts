/** The daily wake-up (`17 6 * * *`): the scheduled run that turns the sweep workflow on when it has work. */

/** Its time, in minutes after midnight UTC. */
const WAKE_MINUTE = 6 * 60 + 17;
const DAY = 24 * 60 * 60_000;

/** The wake-ups after `from` up to `until` (inclusive): every day at 06:17 UTC. */
export function wakeUps(from: Date, until: Date): string[] {
  const times: string[] = [];
  for (let at = Math.floor(from.getTime() / DAY) * DAY + WAKE_MINUTE * 60_000; at <= until.getTime(); at += DAY) {
    if (at > from.getTime()) times.push(new Date(at).toISOString());
  }
  return times;
}
