/** Parsing of durations as people write them: `15m`, `2h`, `48h`, `90d`, `1h30m`, `2w`. */

const UNIT_MINUTES = { w: 7 * 24 * 60, d: 24 * 60, h: 60, m: 1 } as const;
const WHOLE = /^(?:\d+[wdhm])+$/;
const PART = /(\d+)([wdhm])/g;

/** What a duration may look like, for error messages. */
export const DURATION_HINT =
  'write a whole number followed by m (minutes), h (hours), d (days) or w (weeks), e.g. 15m, 2h, 48h, 90d or 1h30m';

/** Minutes in `text`, or null when it is not a duration. */
export function parseDuration(text: string): number | null {
  if (!WHOLE.test(text)) return null;
  let minutes = 0;
  for (const [, amount, unit] of text.matchAll(PART)) {
    minutes += Number(amount) * UNIT_MINUTES[unit as keyof typeof UNIT_MINUTES];
  }
  return minutes;
}

/** The shortest way to write `minutes` back as a duration: 90 → `1h30m`. */
export function formatDuration(minutes: number): string {
  if (minutes === 0) return '0m';
  let rest = minutes;
  let text = '';
  for (const unit of ['d', 'h', 'm'] as const) {
    const amount = Math.floor(rest / UNIT_MINUTES[unit]);
    if (amount > 0) text += `${amount}${unit}`;
    rest -= amount * UNIT_MINUTES[unit];
  }
  return text;
}
