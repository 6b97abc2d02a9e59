import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { Clock } from './clock.js';
import { GitHubError, type GitHubErrorBody, invalidRequest, notFound } from './errors.js';
import { type Fault, type Faults, faultAnswer } from './faults.js';
import { GRAPHQL_OPERATION } from './graphql/operation.js';
import { actorOf } from './http/actor.js';
import { readBody } from './http/read-body.js';
import { sendJson } from './http/send.js';
import type { OperationSpec } from './openapi/spec.js';
import type { OpenApiValidator, SchemaFailure } from './openapi/validator.js';
import { type RateLimitCounter, rateLimitHeaders } from './rate-limit.js';
import { INVALID_RESPONSE, type RecordedRequest, type ValidationIssue } from './recording.js';
import type { Router } from './router.js';
import type { Handler, HandlerResult, RequestContext } from './routes/context.js';
import type { EmulatorState, UserRecord } from './state/types.js';

/** Everything the request pipeline works with; one per emulator. */
export interface Pipeline {
  state: EmulatorState;
  clock: Clock;
  router: Router;
  operations: Record<string, OperationSpec>;
  handlers: Record<string, Handler>;
  /** Null when validation is off. */
  validator: OpenApiValidator | null;
  /** Answer a response that fails validation with a 500 instead of sending it. */
  failOnInvalidResponse: boolean;
  /** Converts path and query parameters even when validation is off (handlers need typed values). */
  coercer: OpenApiValidator;
  faults: Faults;
  rateLimit: RateLimitCounter;
  requests: RecordedRequest[];
  validationErrors: ValidationIssue[];
  /** Told of each validation issue as it is recorded. */
  onValidationIssue: (issue: ValidationIssue) => void;
  /** Base of API links: the emulator's URL. */
  api: string;
  html: string;
  /** Saves the state after a successful write (no-op without a state file). */
  persist: () => void;
  /** Told of each request once answered. */
  onRequest: (request: RecordedRequest) => void;
}

interface Exchange {
  method: string;
  path: string;
  rawQuery: URLSearchParams;
  body: unknown;
  actor: UserRecord | null;
  operationId: string | null;
}

interface Answer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

const NO_ROUTE_DOCS = 'https://docs.github.com/rest';

function lines(failures: SchemaFailure[]): string[] {
  return failures.map((failure) => `${failure.where}: ${failure.message}`);
}

/** GitHub's error body: the message plus `documentation_url` and `status` filled in as GitHub does. */
function errorAnswer(error: GitHubError, documentationUrl: string): Answer {
  const body: GitHubErrorBody = { ...error.body, documentation_url: error.body.documentation_url ?? documentationUrl, status: String(error.status) };
  return { status: error.status, body, headers: error.headers };
}

function recordIssue(pipeline: Pipeline, exchange: Exchange, kind: ValidationIssue['kind'], status: number, errors: string[]): void {
  const issue: ValidationIssue = { kind, operationId: exchange.operationId ?? '', method: exchange.method, path: exchange.path, status, errors };
  pipeline.validationErrors.push(issue);
  pipeline.onValidationIssue(issue);
}

function parseJson(raw: Buffer): { ok: true; value: unknown } | { ok: false } {
  if (raw.length === 0) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(raw.toString('utf8')) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Routes, validates and runs one request; the answer before faults that act after the write. */
function answer(pipeline: Pipeline, exchange: Exchange, rateLimit: RequestContext['rateLimit']): Answer {
  const match = pipeline.router.match(exchange.method, exchange.path);
  if (match === undefined) return { status: 404, body: { message: 'Not Found', documentation_url: NO_ROUTE_DOCS, status: '404' }, headers: {} };
  exchange.operationId = match.operationId;
  const operation = pipeline.operations[match.operationId];
  const handler = pipeline.handlers[match.operationId];
  if (operation === undefined || handler === undefined) throw new Error(`emulator: no handler for ${match.operationId}`);
  const docs = operation.documentationUrl;
  const validating = pipeline.validator !== null;

  const params: Record<string, unknown> = { ...match.params };
  const pathFailures = pipeline.coercer.parameters(match.operationId, 'path', params);
  if (pathFailures.length > 0) {
    // GitHub routes on the path: a malformed parameter (`/issues/abc`) matches nothing.
    if (validating) recordIssue(pipeline, exchange, 'request', 404, lines(pathFailures));
    return errorAnswer(notFound(), docs);
  }
  const query: Record<string, unknown> = Object.fromEntries(exchange.rawQuery);
  const queryFailures = pipeline.coercer.parameters(match.operationId, 'query', query);
  if (queryFailures.length > 0 && validating) {
    recordIssue(pipeline, exchange, 'request', 422, lines(queryFailures));
    return errorAnswer(invalidRequest(queryFailures.map((failure) => failure.detail)), docs);
  }
  const bodyFailures = pipeline.validator?.body(match.operationId, exchange.body) ?? [];
  if (bodyFailures.length > 0) {
    recordIssue(pipeline, exchange, 'request', 422, lines(bodyFailures));
    return errorAnswer(invalidRequest(bodyFailures.map((failure) => failure.detail)), docs);
  }

  const ctx: RequestContext = {
    state: pipeline.state,
    api: pipeline.api,
    html: pipeline.html,
    operationId: match.operationId,
    actor: exchange.actor,
    clock: pipeline.clock,
    rateLimit,
    params,
    query,
    body: exchange.body,
    path: exchange.path,
    rawQuery: exchange.rawQuery,
  };
  let result: HandlerResult;
  try {
    result = handler(ctx);
  } catch (error) {
    if (error instanceof GitHubError) return errorAnswer(error, docs);
    // A handler that throws anything else is a bug of the emulator: answer 500 and record it.
    const message = error instanceof Error ? error.message : String(error);
    recordIssue(pipeline, exchange, 'response', 500, [`handler threw: ${message}`]);
    return { status: 500, body: { message: `emulator error: ${message}`, documentation_url: docs, status: '500' }, headers: {} };
  }
  return { status: result.status, body: result.body, headers: result.headers ?? {} };
}

/**
 * Records a response that does not match the description and, unless told otherwise, replaces it
 * with a 500 that says why: a client must not go on with an answer GitHub would never give, and
 * the test driving it fails at the request that went wrong.
 */
function checkResponse(pipeline: Pipeline, exchange: Exchange, result: Answer): Answer {
  if (pipeline.validator === null || exchange.operationId === null) return result;
  const failures = pipeline.validator.response(exchange.operationId, result.status, result.body);
  if (failures.length === 0) return result;
  recordIssue(pipeline, exchange, 'response', result.status, lines(failures));
  if (!pipeline.failOnInvalidResponse) return result;
  const docs = pipeline.operations[exchange.operationId]?.documentationUrl ?? NO_ROUTE_DOCS;
  const message = `${INVALID_RESPONSE}: ${exchange.operationId} ${lines(failures).join('; ')}`;
  return { status: 500, body: { message, documentation_url: docs, status: '500' }, headers: {} };
}

async function delayFor(fault: Fault | undefined): Promise<void> {
  const latency = fault?.spec.latencyMs;
  if (latency !== undefined && latency > 0) await delay(latency);
}

/** Where GitHub answers GraphQL queries. */
const GRAPHQL_PATH = '/graphql';
const GRAPHQL_DOCS = 'https://docs.github.com/graphql';

/** A GraphQL query: refused without a token, as GitHub does; a query GitHub would refuse is recorded. */
async function answerGraphql(pipeline: Pipeline, exchange: Exchange): Promise<Answer> {
  exchange.operationId = GRAPHQL_OPERATION;
  if (exchange.actor === null) return { status: 401, body: { message: 'This endpoint requires you to be authenticated.', documentation_url: GRAPHQL_DOCS, status: '401' }, headers: {} };
  // Loaded on the first query: GitHub's schema is megabytes that REST-only users never need.
  const { graphqlAnswer } = await import('./graphql/answer.js');
  const answered = await graphqlAnswer(pipeline.state, pipeline.html, exchange.body);
  if (answered.refused.length > 0) recordIssue(pipeline, exchange, 'request', answered.status, answered.refused);
  return { status: answered.status, body: answered.body, headers: {} };
}

/** Serves one HTTP request: faults, routing, validation, the handler, persistence, recording. */
export async function handleRequest(pipeline: Pipeline, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://emulator.invalid');
  const method = (request.method ?? 'GET').toUpperCase();
  const raw = await readBody(request);
  const parsed = parseJson(raw);
  const exchange: Exchange = {
    method,
    path: url.pathname,
    rawQuery: url.searchParams,
    body: parsed.ok ? parsed.value : raw.toString('utf8'),
    actor: actorOf(pipeline.state, request.headers),
    operationId: null,
  };
  const reading = pipeline.rateLimit.count();
  const baseHeaders = {
    'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
    'x-github-media-type': 'github.v3; format=json',
    'x-github-api-version-selected': '2022-11-28',
    ...rateLimitHeaders(reading),
  };

  const fault = pipeline.faults.take(method, url.pathname, exchange.actor?.login ?? null);
  await delayFor(fault);
  const injected = fault === undefined ? undefined : faultAnswer(fault.spec);
  let result: Answer;
  if (injected !== undefined && fault?.spec.afterWrite !== true) {
    exchange.operationId = pipeline.router.match(method, url.pathname)?.operationId ?? null;
    result = injected;
  } else if (!parsed.ok) {
    result = { status: 400, body: { message: 'Problems parsing JSON', documentation_url: NO_ROUTE_DOCS, status: '400' }, headers: {} };
  } else if (method === 'POST' && url.pathname === GRAPHQL_PATH) {
    result = await answerGraphql(pipeline, exchange);
    if (injected !== undefined) result = injected;
  } else {
    result = answer(pipeline, exchange, reading);
    // Saved by what the handler did, even when its answer is then refused.
    if (method !== 'GET' && result.status < 400) pipeline.persist();
    result = checkResponse(pipeline, exchange, result);
    // The write happened; the caller is told it failed (the retried-POST-duplicates case).
    if (injected !== undefined) result = injected;
  }

  sendJson(response, result.status, result.body, { ...baseHeaders, ...result.headers });
  const recorded: RecordedRequest = {
    method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    operationId: exchange.operationId,
    status: result.status,
    requestBody: exchange.body,
    responseBody: result.body,
    user: exchange.actor?.login ?? null,
    fault: injected === undefined ? null : (fault?.id ?? null),
  };
  pipeline.requests.push(recorded);
  pipeline.onRequest(recorded);
}
