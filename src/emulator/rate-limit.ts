/** The hourly request budget of an installation token (what GitHub reports for a workflow's token). */
export const RATE_LIMIT = 5000;
const WINDOW_SECONDS = 3600;

/** The numbers GitHub reports in `x-ratelimit-*` headers and `GET /rate_limit`. */
export interface RateLimitReading {
  limit: number;
  remaining: number;
  used: number;
  /** Epoch seconds when the window resets. */
  reset: number;
}

/**
 * Counts requests in an hourly window, to report them as GitHub does; it never refuses (refusals
 * are injected with faults). The window runs on real time, not the emulator's clock, because
 * Octokit's throttling plugin compares `x-ratelimit-reset` with its own `Date.now()`.
 */
export class RateLimitCounter {
  #windowStart = 0;
  #used = 0;

  /** Counts one request and returns the reading after it. */
  count(): RateLimitReading {
    this.#roll();
    this.#used += 1;
    return this.read();
  }

  /** The reading, without counting. */
  read(): RateLimitReading {
    this.#roll();
    return {
      limit: RATE_LIMIT,
      remaining: Math.max(RATE_LIMIT - this.#used, 0),
      used: this.#used,
      reset: this.#windowStart + WINDOW_SECONDS,
    };
  }

  #roll(): void {
    const now = Math.floor(Date.now() / 1000);
    if (now >= this.#windowStart + WINDOW_SECONDS) {
      this.#windowStart = now;
      this.#used = 0;
    }
  }
}

/** The `x-ratelimit-*` headers for a reading. */
export function rateLimitHeaders(reading: RateLimitReading): Record<string, string> {
  return {
    'x-ratelimit-limit': String(reading.limit),
    'x-ratelimit-remaining': String(reading.remaining),
    'x-ratelimit-reset': String(reading.reset),
    'x-ratelimit-used': String(reading.used),
    'x-ratelimit-resource': 'core',
  };
}
