import { githubTimestamp } from './time.js';

/** The emulator's sense of time: every `created_at`, `updated_at` and event time comes from it. */
export interface Clock {
  now(): Date;
  /** `now()` as GitHub writes timestamps. */
  timestamp(): string;
}

/** A clock reading `now` (a virtual clock in tests and the demo), or real time when omitted. */
export function createClock(now: () => Date = () => new Date()): Clock {
  return {
    now,
    timestamp: () => githubTimestamp(now()),
  };
}
