import type { Clock } from '../clock.js';
import { GitHubError } from '../errors.js';
import type { RateLimitReading } from '../rate-limit.js';
import type { ShapeContext } from '../shapes/context.js';
import type { WriteContext } from '../state/issue-writes.js';
import { requireRepo } from '../state/store.js';
import type { RepoRecord, UserRecord } from '../state/types.js';

/** Everything a handler gets: the world, the caller, and the request with typed parameters. */
export interface RequestContext extends ShapeContext {
  operationId: string;
  /** The account the token acts as; null when the request carried no token. */
  actor: UserRecord | null;
  clock: Clock;
  /** The rate-limit reading after counting this request. */
  rateLimit: RateLimitReading;
  /** Path parameters, converted to their declared types. */
  params: Record<string, unknown>;
  /** Query parameters, converted to their declared types, declared defaults filled in. */
  query: Record<string, unknown>;
  /** The parsed JSON body (undefined when there was none). */
  body: unknown;
  /** The raw request path (no query), for building `Link` headers. */
  path: string;
  /** The raw query, for building `Link` headers. */
  rawQuery: URLSearchParams;
}

/** A handler's answer. */
export interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Serves one operation. Throws a `GitHubError` for an error answer. */
export type Handler = (ctx: RequestContext) => HandlerResult;

/** A path or query parameter as a string. */
export function stringParam(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string') throw new Error(`emulator: parameter ${name} is not a string`);
  return value;
}

/** A path or query parameter as an integer. */
export function intParam(values: Record<string, unknown>, name: string): number {
  const value = values[name];
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new Error(`emulator: parameter ${name} is not an integer`);
  return value;
}

/** An optional query parameter as a string. */
export function optionalString(values: Record<string, unknown>, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** The repository named by the `owner` and `repo` path parameters, or a 404. */
export function repoOf(ctx: RequestContext): RepoRecord {
  return requireRepo(ctx.state, stringParam(ctx.params, 'owner'), stringParam(ctx.params, 'repo'));
}

/** The caller, who must be authenticated to write (GitHub's 401 otherwise). */
export function requireActor(ctx: RequestContext): UserRecord {
  if (ctx.actor === null) throw new GitHubError(401, { message: 'Requires authentication' });
  return ctx.actor;
}

/** A write context for `repo` as the caller, now. */
export function writerFor(ctx: RequestContext, repo: RepoRecord): WriteContext {
  return { state: ctx.state, repo, actor: requireActor(ctx).login, at: ctx.clock.timestamp() };
}

/** The request body as an object (validation has checked its shape). */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T names the shape the OpenAPI validation already checked
export function bodyOf<T>(ctx: RequestContext): T {
  return (ctx.body ?? {}) as T;
}
