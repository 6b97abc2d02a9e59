/**
 * The one Octokit factory: REST methods plus GitHub's recommended pacing (throttling plugin) and
 * retries of transient failures (retry plugin). Everything that talks to GitHub gets its client here.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck';

/** The plugins add behaviour, not methods, so the client is typed as the plain REST client. */
const PacedOctokit: typeof Octokit = Octokit.plugin(throttling, retry);

/** A client made by {@link createOctokit}. */
export type GitHubClient = Octokit;

/** Where log lines go; the Action passes its workflow commands, the CLI the console, tests a list. */
export interface Log {
  info: (message: string) => void;
  warning: (message: string) => void;
}

/** How to build a client. */
export interface OctokitOptions {
  token: string;
  /** `GITHUB_API_URL`, or the emulator's URL. */
  baseUrl: string;
  log: Log;
  /** How many times a rate-limited request is tried again before it fails. Default 2. */
  rateLimitRetries?: number;
  /**
   * Space writes as GitHub asks integrations to (1 s between writes, 3 s between content-creating
   * requests). Default true; the demo and tests against the emulator turn it off.
   */
  pace?: boolean;
  /**
   * Milliseconds per second of waiting: of a rate limit's `retry-after`, and of the retry plugin's
   * back-off after a server error (1 s, 4 s, 9 s). Default 1000; tests shrink it.
   */
  retryAfterUnitMs?: number;
  /**
   * Milliseconds a request may take before it is given up and retried like a server error. Default
   * 30,000: GitHub ends a REST request itself after 10 s, so only a stalled connection waits this long
   * (Node's own limit is five minutes per try, twenty with the retries). Tests shrink it.
   */
  requestTimeoutMs?: number;
}

/**
 * `fetch` that tells `listeners` of every try and gives up after `timeoutMs`. The timeout's error is
 * not an abort by the caller, so Octokit reports it as a status-500 request error, which the retry
 * plugin retries.
 */
function fetchWithTimeout(timeoutMs: number, listeners: ReadonlySet<() => void>): typeof fetch {
  return (input, init) => {
    for (const listener of listeners) listener();
    const timeout = AbortSignal.timeout(timeoutMs);
    // Stryker disable next-line OptionalChaining: Octokit's request always passes its init object.
    return fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
  };
}

/** Who is told of each try a client made by {@link createOctokit} sends. */
const tryListeners = new WeakMap<GitHubClient, Set<() => void>>();

/**
 * Calls `listener` on every request `octokit` sends from now on, each retry its plugins make
 * included (GitHub counts those against the token's hourly limit too), until the returned function
 * is called. A client made elsewhere has no such hook: its requests are counted once each.
 */
export function onEveryTry(octokit: GitHubClient, listener: () => void): () => void {
  const listeners = tryListeners.get(octokit);
  if (listeners === undefined) {
    octokit.hook.before('request', listener);
    return () => octokit.hook.remove('request', listener);
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Groups with Bottleneck's defaults (no spacing, no cap) in place of the plugin's paced ones. The
 * plugin only schedules an empty job in them before each write, so a cap would change nothing.
 */
function unpacedGroups(): { write: Bottleneck.Group; notifications: Bottleneck.Group } {
  return { write: new Bottleneck.Group(), notifications: new Bottleneck.Group() };
}

/** A request as the throttling plugin reports it: the route template and its parameters. */
interface RouteOptions {
  method: string;
  url: string;
  [parameter: string]: unknown;
}

/** `GET /repos/acme/shop/issues/7` from the route `/repos/{owner}/{repo}/issues/{issue_number}` and its parameters. */
function describeRequest(request: RouteOptions): string {
  return `${request.method} ${request.url.replace(/\{(\w+)\}/g, (template, name: string) => {
    const value = request[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : template;
  })}`;
}

/** Milliseconds per second of back-off, per client (see {@link OctokitOptions.retryAfterUnitMs}). */
const backoffUnits = new WeakMap<GitHubClient, number>();

/**
 * Waits before attempt `attempt + 1` of a request the caller retries itself, as long as the retry
 * plugin would (1 s, 4 s, 9 s, ...): a write that failed may still become visible to reads.
 */
export function backOff(octokit: GitHubClient, attempt: number): Promise<void> {
  return delay(attempt * attempt * (backoffUnits.get(octokit) ?? 1000));
}

/** A REST client with throttling and retries that reports waits through `log`. */
export function createOctokit(options: OctokitOptions): GitHubClient {
  const retries = options.rateLimitRetries ?? 2;
  const unitMs = options.retryAfterUnitMs ?? 1000;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: RouteOptions, _octokit: unknown, retryCount: number): boolean => {
      const where = describeRequest(request);
      if (retryCount >= retries) {
        options.log.warning(`${kind} rate limit on ${where}: giving up after ${retryCount + 1} tries`);
        return false;
      }
      options.log.info(`${kind} rate limit on ${where}: retrying after ${retryAfter} s`);
      return true;
    };
  const listeners = new Set<() => void>();
  const client = new PacedOctokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: 'playbook-ops',
    // Octokit logs every failed request, even those we expect and handle (a 404 for a label already
    // removed); our own warnings and errors say what matters, so Octokit's lines go to the info log.
    log: { debug: () => {}, info: () => {}, warn: options.log.info, error: options.log.info },
    throttle: {
      onRateLimit: onLimit('Primary'),
      onSecondaryRateLimit: onLimit('Secondary'),
      retryAfterBaseValue: unitMs,
      ...(options.pace === false ? unpacedGroups() : {}),
    },
    retry: { retryAfterBaseValue: unitMs },
    request: { fetch: fetchWithTimeout(options.requestTimeoutMs ?? 30_000, listeners) },
  });
  backoffUnits.set(client, unitMs);
  tryListeners.set(client, listeners);
  return client;
}
