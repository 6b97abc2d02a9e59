import { randomBytes } from 'node:crypto';
import type { GitHubErrorBody } from './errors.js';

/** What to inject, and on which requests. */
export interface FaultSpec {
  /** HTTP method to match (any when omitted). */
  method?: string;
  /** The request path (no query) to match: exactly, or by a RegExp (any when omitted). */
  path?: string | RegExp;
  /**
   * Status to answer. Defaults: 403 for a rate limit, 500 for `afterWrite`. Omit it with only
   * `latencyMs` to delay a normal answer.
   */
  status?: number;
  /** How many matching requests it hits (default 1). */
  times?: number;
  /**
   * Seconds. With a secondary rate limit or a plain error: the `retry-after` header (none when
   * omitted). With a primary rate limit: when `x-ratelimit-reset` falls (default 1).
   */
  retryAfter?: number;
  /** Answer as GitHub's secondary (abuse) or primary (quota) rate limit does. */
  rateLimit?: 'secondary' | 'primary';
  /** Perform the request (the write happens) and then answer with the error status. */
  afterWrite?: boolean;
  /** Delay the answer by this many milliseconds. */
  latencyMs?: number;
  /** Only requests made with this login's token (any when omitted): e.g. the bot's, not the people's around it. */
  actor?: string;
  /** Let this many matching requests through before hitting (default 0): the n-th request of a kind. */
  skip?: number;
}

/** A registered fault and how it has fired so far. */
export interface Fault {
  readonly id: number;
  readonly spec: Readonly<FaultSpec>;
  /** How many more matching requests it lets through first. */
  skipping: number;
  /** How many more requests it hits. */
  remaining: number;
  /** How many requests it has hit. */
  fired: number;
}

/** An injected answer. */
export interface FaultAnswer {
  status: number;
  body: GitHubErrorBody;
  headers: Record<string, string>;
}

const SECONDARY_DOCS = 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';
const PRIMARY_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';

const MESSAGES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Bad credentials',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Validation Failed',
  429: 'Too Many Requests',
  500: 'Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

function check(spec: FaultSpec): void {
  const where = `emulator fault ${JSON.stringify({ ...spec, path: spec.path?.toString() })}`;
  if (spec.status === undefined && spec.rateLimit === undefined && spec.afterWrite !== true && spec.latencyMs === undefined) {
    throw new Error(`${where}: give a status, a rateLimit, afterWrite or latencyMs`);
  }
  if (spec.status !== undefined && (spec.status < 400 || spec.status > 599)) throw new Error(`${where}: status must be 400..599`);
  if (spec.rateLimit !== undefined && spec.status !== undefined && spec.status !== 403 && spec.status !== 429) {
    throw new Error(`${where}: a rate limit answers 403 or 429`);
  }
  if (spec.times !== undefined && (!Number.isInteger(spec.times) || spec.times < 1)) throw new Error(`${where}: times must be a positive integer`);
  if (spec.skip !== undefined && (!Number.isInteger(spec.skip) || spec.skip < 0)) throw new Error(`${where}: skip must be a whole number`);
}

/** The status a fault answers with, or undefined when it only delays. */
function statusOf(spec: FaultSpec): number | undefined {
  if (spec.status !== undefined) return spec.status;
  if (spec.rateLimit !== undefined) return 403;
  if (spec.afterWrite === true) return 500;
  return undefined;
}

/** Injected failures: registered by tests, consumed by matching requests in order of registration. */
export class Faults {
  readonly #faults: Fault[] = [];
  #nextId = 1;

  /** Registers a fault; it hits the next `times` matching requests. */
  add(spec: FaultSpec): Fault {
    check(spec);
    const fault: Fault = { id: this.#nextId, spec: { ...spec }, skipping: spec.skip ?? 0, remaining: spec.times ?? 1, fired: 0 };
    this.#nextId += 1;
    this.#faults.push(fault);
    return fault;
  }

  /** Removes every fault. */
  clear(): void {
    this.#faults.length = 0;
  }

  /** Faults that will still fire. */
  get pending(): Fault[] {
    return this.#faults.filter((fault) => fault.remaining > 0);
  }

  /** The first pending fault matching the request (by `actor`, the login of its token), counted as fired. */
  take(method: string, path: string, actor: string | null): Fault | undefined {
    const matching = this.#faults.filter(
      (candidate) =>
        candidate.remaining > 0 &&
        (candidate.spec.method === undefined || candidate.spec.method.toUpperCase() === method) &&
        (candidate.spec.path === undefined || (typeof candidate.spec.path === 'string' ? candidate.spec.path === path : candidate.spec.path.test(path))) &&
        (candidate.spec.actor === undefined || candidate.spec.actor === actor),
    );
    // Every matching fault still letting requests through counts this one; the first other one hits it.
    let fault: Fault | undefined;
    for (const candidate of matching) {
      if (candidate.skipping > 0) candidate.skipping -= 1;
      else fault ??= candidate;
    }
    if (fault === undefined) return undefined;
    fault.remaining -= 1;
    fault.fired += 1;
    return fault;
  }
}

/**
 * The answer a fault injects, as GitHub sends it: a secondary rate limit says so in its message
 * (that is how Octokit's throttling plugin tells it apart) with `retry-after` when given; a
 * primary one has `x-ratelimit-remaining: 0` and `x-ratelimit-reset`; others are GitHub's plain
 * error body. Undefined when the fault only delays.
 */
export function faultAnswer(spec: FaultSpec): FaultAnswer | undefined {
  const status = statusOf(spec);
  if (status === undefined) return undefined;
  const requestId = randomBytes(8).toString('hex').toUpperCase();
  const retryAfter: Record<string, string> = spec.retryAfter === undefined ? {} : { 'retry-after': String(spec.retryAfter) };
  if (spec.rateLimit === 'secondary') {
    return {
      status,
      body: {
        message: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
        documentation_url: SECONDARY_DOCS,
        status: String(status),
      },
      headers: retryAfter,
    };
  }
  if (spec.rateLimit === 'primary') {
    const reset = Math.floor(Date.now() / 1000) + (spec.retryAfter ?? 1);
    return {
      status,
      body: {
        message: `API rate limit exceeded for installation ID 1. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
        documentation_url: PRIMARY_DOCS,
        status: String(status),
      },
      headers: {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '5000',
        'x-ratelimit-reset': String(reset),
        'x-ratelimit-resource': 'core',
      },
    };
  }
  return {
    status,
    body: { message: MESSAGES[status] ?? 'Error', documentation_url: 'https://docs.github.com/rest', status: String(status) },
    headers: retryAfter,
  };
}
