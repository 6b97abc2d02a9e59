/**
 * Durations for people reading a playbook at 3 a.m.: `15 min`, `2 h`, `48 h`, `90 days`, not the
 * `15m` / `2d` of the YAML. Hours are kept up to three days because that is how response times and
 * post-mortem deadlines are spoken of ("48 hours after resolution").
 */

const HOUR = 60;
const DAY = 24 * HOUR;
const DAYS_FROM = 3 * DAY;

/** `minutes` in words: 15 → `15 min`, 90 → `1 h 30 min`, 2880 → `48 h`, 129600 → `90 days`. */
export function describeDuration(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0) throw new RangeError(`describeDuration: ${minutes} is not a whole number of minutes`);
  if (minutes === 0) return '0 min';
  const days = minutes >= DAYS_FROM ? Math.floor(minutes / DAY) : 0;
  const hours = Math.floor((minutes - days * DAY) / HOUR);
  const rest = minutes - days * DAY - hours * HOUR;
  const parts: string[] = [];
  if (days > 0) parts.push(`${days} days`);
  if (hours > 0) parts.push(`${hours} h`);
  if (rest > 0) parts.push(`${rest} min`);
  return parts.join(' ');
}
