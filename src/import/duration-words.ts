/**
 * Durations written in words, as playbooks state them: `15 minutes`, `2 hours`, `within 1 hour`,
 * `hourly`, `every 30 minutes`, `quarterly`. The result keeps the unit the author used (`24 hours`
 * → `24h`, not `1d`) so the YAML reads like the source.
 */

/** A duration found in text. */
export interface WordDuration {
  /** Duration text for the YAML: `15m`, `2h`, `90d`. */
  text: string;
  minutes: number;
  /** Where in the searched text it was found, so callers can cut it out (`… within 1 hour`). */
  index: number;
  length: number;
  /**
   * Whether the source counts business days (`1 business day`): written as calendar days, which
   * the caller reports as assumed, since playbook-ops' clocks do not skip weekends.
   */
  business: boolean;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, every: 1, each: 1, next: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45,
  'forty-eight': 48, sixty: 60, ninety: 90,
};

type Letter = 'm' | 'h' | 'd' | 'w';

// Months and years have no duration unit, so they become days: what a review cadence needs.
const UNITS: Record<string, { letter: Letter; factor: number; minutes: number }> = {
  minute: { letter: 'm', factor: 1, minutes: 1 },
  min: { letter: 'm', factor: 1, minutes: 1 },
  m: { letter: 'm', factor: 1, minutes: 1 },
  hour: { letter: 'h', factor: 1, minutes: 60 },
  hr: { letter: 'h', factor: 1, minutes: 60 },
  h: { letter: 'h', factor: 1, minutes: 60 },
  day: { letter: 'd', factor: 1, minutes: 1440 },
  d: { letter: 'd', factor: 1, minutes: 1440 },
  week: { letter: 'w', factor: 1, minutes: 10080 },
  w: { letter: 'w', factor: 1, minutes: 10080 },
  month: { letter: 'd', factor: 30, minutes: 1440 },
  year: { letter: 'd', factor: 365, minutes: 1440 },
};

const ADVERBS: Record<string, { amount: number; letter: Letter; minutes: number }> = {
  'half-hourly': { amount: 30, letter: 'm', minutes: 1 },
  'half an hour': { amount: 30, letter: 'm', minutes: 1 },
  'half hour': { amount: 30, letter: 'm', minutes: 1 },
  hourly: { amount: 1, letter: 'h', minutes: 60 },
  daily: { amount: 1, letter: 'd', minutes: 1440 },
  weekly: { amount: 1, letter: 'w', minutes: 10080 },
  fortnightly: { amount: 2, letter: 'w', minutes: 10080 },
  monthly: { amount: 30, letter: 'd', minutes: 1440 },
  quarterly: { amount: 90, letter: 'd', minutes: 1440 },
  'semi-annually': { amount: 182, letter: 'd', minutes: 1440 },
  annually: { amount: 365, letter: 'd', minutes: 1440 },
  yearly: { amount: 365, letter: 'd', minutes: 1440 },
};

const AMOUNT = `(\\d+|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
const UNIT = '((?:business |working )?days?|minutes?|mins?|hours?|hrs?|weeks?|months?|years?)';
const AMOUNT_UNIT = new RegExp(`\\b${AMOUNT}[\\s-]+${UNIT}\\b`, 'i');
/** `15m`, `2h`, `4 h`: digits and a unit letter, as engineers abbreviate. */
const COMPACT = /\b(\d+) ?(m|h|d|w)\b(?![-'’])/i;
const ADVERB = new RegExp(`\\b(${Object.keys(ADVERBS).sort((a, b) => b.length - a.length).join('|')})\\b`, 'i');

function fromAmount(amount: number, unitText: string, index: number, length: number): WordDuration | null {
  const business = /^(business|working)/i.test(unitText);
  const unit = UNITS[unitText.toLowerCase().replace(/^(?:business|working) /, '').replace(/s$/, '')];
  if (unit === undefined) return null;
  const written = amount * unit.factor;
  return { text: `${written}${unit.letter}`, minutes: written * unit.minutes, index, length, business };
}

/** The first duration in `text`, or null when it states none. `0 minutes` is a duration (an escalation at once). */
export function findDuration(text: string): WordDuration | null {
  const found: WordDuration[] = [];
  const spelled = AMOUNT_UNIT.exec(text);
  if (spelled !== null) {
    const [whole, amountText = '', unitText = ''] = spelled;
    const amount = /^\d+$/.test(amountText) ? Number(amountText) : NUMBER_WORDS[amountText.toLowerCase()];
    const duration = amount === undefined ? null : fromAmount(amount, unitText, spelled.index, whole.length);
    if (duration !== null) found.push(duration);
  }
  const compact = COMPACT.exec(text);
  if (compact !== null) {
    const duration = fromAmount(Number(compact[1]), compact[2] ?? '', compact.index, compact[0].length);
    if (duration !== null) found.push(duration);
  }
  const adverb = ADVERB.exec(text);
  const word = ADVERBS[(adverb?.[1] ?? '').toLowerCase()];
  if (adverb !== null && word !== undefined) {
    found.push({ text: `${word.amount}${word.letter}`, minutes: word.amount * word.minutes, index: adverb.index, length: adverb[0].length, business: false });
  }
  // The earliest wins; at one place, the longest (`half an hour` over `an hour`).
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  return found[0] ?? null;
}

/** `immediately`, `at once`, `right away`: an escalation with no wait. */
export const IMMEDIATELY = /\b(?:immediately|at once|right away|straight away|instantly)\b/i;

/**
 * Splits `text` around a deadline phrase: `Director notification within 1 hour` → the rest
 * `Director notification` and the duration. Returns null when there is no `within …` phrase.
 */
export function splitWithin(text: string): { rest: string; duration: WordDuration } | null {
  const within = /\s*,?\s*\b(?:within|in under|in less than|no later than)\b\s+/i.exec(text);
  if (within === null) return null;
  const after = text.slice(within.index + within[0].length);
  const duration = findDuration(after);
  if (duration === null || duration.index !== 0) return null;
  const tail = after.slice(duration.length).trim().replace(/^[.;,]\s*/, '');
  const rest = `${text.slice(0, within.index)}${tail === '' ? '' : ` ${tail}`}`.trim();
  return { rest, duration };
}

/** A hundred years, the longest duration validation accepts. */
const MAX_MINUTES = 100 * 365 * 24 * 60;

/**
 * Whether `duration` can be written where validation checks it: at most a hundred years, and not
 * zero where zero means nothing (a response time, an update cadence).
 */
export function isUsable(duration: WordDuration, positive: boolean): boolean {
  return duration.minutes <= MAX_MINUTES && !(positive && duration.minutes === 0);
}
