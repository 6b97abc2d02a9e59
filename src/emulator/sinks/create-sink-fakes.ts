/**
 * Local fakes of the services playbook-ops delivers to, over HTTP on loopback: Slack incoming
 * webhooks, Teams Workflows webhooks, PagerDuty's Events API v2 and signed JSON webhooks. Each
 * checks what it receives against the service's documented limits and shapes and refuses what the
 * service would refuse, records every request, and can be told to fail (429 with `Retry-After`,
 * 5xx, a 500 after the delivery was taken), so tests and the demo run without the internet.
 */
import { randomBytes } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from '../http/read-body.js';
import { type FakeAlert, applyPagerDutyEvent, pagerDutyProblems } from './pagerduty-contract.js';
import { slackProblem } from './slack-contract.js';
import { teamsProblem } from './teams-contract.js';
import { webhookProblem } from './webhook-contract.js';

/** A kind of fake endpoint. */
export type SinkKind = 'slack' | 'teams' | 'pagerduty' | 'webhook';

/** One request a fake received. */
export interface SinkRequestRecord {
  kind: SinkKind;
  /** The endpoint's name: the last part of its path (`pagerduty` for the Events API). */
  endpoint: string;
  headers: Record<string, string>;
  /** The raw body. */
  raw: string;
  /** The body parsed as JSON, or null when it is not JSON. */
  body: unknown;
  status: number;
  /** Taken: the service acted on it (posted the message, changed the alert), whatever it answered. */
  taken: boolean;
  /** Why it was refused, when it was. */
  problem: string | null;
}

/** A failure to inject into the next matching requests. */
export interface SinkFault {
  kind: SinkKind;
  status: number;
  /** How many requests it hits (default 1). */
  times?: number;
  /** Seconds, sent as `Retry-After`. */
  retryAfter?: number;
  /** Take the delivery, then answer with the error. */
  afterWrite?: boolean;
}

/** The running fakes. */
export interface SinkFakes {
  /** Base URL, `http://127.0.0.1:<port>`. */
  url: string;
  /** A Slack incoming-webhook URL for channel `name`. */
  slackUrl(name: string): string;
  /** A Teams Workflows webhook URL for channel `name`. */
  teamsUrl(name: string): string;
  /** The Events API v2 endpoint (the sink's `url` in the YAML). */
  pagerDutyUrl: string;
  /** A webhook endpoint `name` that checks signatures with `secret`. */
  webhookUrl(name: string, secret: string): string;
  /** Every request, in order. */
  requests: SinkRequestRecord[];
  /** The requests each service took, by kind and endpoint. */
  taken(kind: SinkKind, endpoint?: string): SinkRequestRecord[];
  /** PagerDuty's alerts. */
  alerts: FakeAlert[];
  /** Injects failures. */
  fail(fault: SinkFault): void;
  close(): Promise<void>;
}

function answer(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': body.startsWith('{') ? 'application/json' : 'text/plain', ...headers });
  response.end(body);
}

function parse(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

/** Starts the fakes on a free port; `now` is their clock (a webhook receiver checks timestamps with it). */
export async function createSinkFakes(options: { now?: () => Date } = {}): Promise<SinkFakes> {
  const now = options.now ?? (() => new Date());
  const requests: SinkRequestRecord[] = [];
  const alerts: FakeAlert[] = [];
  const faults: (SinkFault & { remaining: number })[] = [];
  const webhookSecrets = new Map<string, string>();

  /** Acts on a request the service accepts; returns the success answer. */
  function take(kind: SinkKind, body: unknown): { status: number; text: string } {
    switch (kind) {
      case 'slack':
        return { status: 200, text: 'ok' };
      case 'teams':
        return { status: 202, text: '' };
      case 'webhook':
        return { status: 204, text: '' };
      case 'pagerduty': {
        const dedupKey = applyPagerDutyEvent(alerts, body as Parameters<typeof applyPagerDutyEvent>[1], () => randomBytes(16).toString('hex'));
        return { status: 202, text: JSON.stringify({ status: 'success', message: 'Event processed', dedup_key: dedupKey }) };
      }
    }
  }

  function refusal(kind: SinkKind, endpoint: string, request: IncomingMessage, raw: string, body: unknown): { status: number; text: string; problem: string } | null {
    switch (kind) {
      case 'slack': {
        const problem = body === null ? 'invalid_payload' : slackProblem(body);
        return problem === null ? null : { status: 400, text: problem, problem };
      }
      case 'teams': {
        const problem = teamsProblem(raw, body);
        return problem === null ? null : { status: raw.length > 28 * 1024 ? 413 : 400, text: JSON.stringify({ error: { code: 'BadRequest', message: problem } }), problem };
      }
      case 'pagerduty': {
        const problems = pagerDutyProblems(body);
        return problems.length === 0 ? null : { status: 400, text: JSON.stringify({ status: 'invalid event', message: 'Event object is invalid', errors: problems }), problem: problems.join('; ') };
      }
      case 'webhook': {
        const secret = webhookSecrets.get(endpoint);
        const signature = request.headers['x-hub-signature-256'];
        const problem = secret === undefined ? 'no such webhook' : webhookProblem(secret, raw, typeof signature === 'string' ? signature : undefined, now());
        return problem === null ? null : { status: secret === undefined ? 404 : 401, text: problem, problem };
      }
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '').split('?')[0] ?? '';
    const match = /^\/(slack|teams|pagerduty|webhook)\/([A-Za-z0-9._-]+)$/.exec(path);
    if (request.method !== 'POST' || match === null) {
      answer(response, 404, 'not found');
      return;
    }
    const kind = match[1] as SinkKind;
    const endpoint = match[2] ?? '';
    const raw = (await readBody(request)).toString('utf8');
    const body = parse(raw);
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
    const record = (status: number, taken: boolean, problem: string | null): void => {
      requests.push({ kind, endpoint, headers, raw, body, status, taken, problem });
    };
    const fault = faults.find((candidate) => candidate.kind === kind && candidate.remaining > 0);
    if (fault !== undefined) {
      fault.remaining -= 1;
      const refused = fault.afterWrite === true ? refusal(kind, endpoint, request, raw, body) : null;
      if (fault.afterWrite === true && refused === null) take(kind, body);
      record(fault.status, fault.afterWrite === true && refused === null, null);
      answer(response, fault.status, fault.status === 429 ? 'rate_limited' : 'service unavailable', fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) });
      return;
    }
    const refused = refusal(kind, endpoint, request, raw, body);
    if (refused !== null) {
      record(refused.status, false, refused.problem);
      answer(response, refused.status, refused.text);
      return;
    }
    const ok = take(kind, body);
    record(ok.status, true, null);
    answer(response, ok.status, ok.text);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => answer(response, 500, error instanceof Error ? error.message : String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    slackUrl: (name) => `${url}/slack/${name}`,
    teamsUrl: (name) => `${url}/teams/${name}`,
    pagerDutyUrl: `${url}/pagerduty/enqueue`,
    webhookUrl: (name, secret) => {
      webhookSecrets.set(name, secret);
      return `${url}/webhook/${name}`;
    },
    requests,
    taken: (kind, endpoint) => requests.filter((request) => request.kind === kind && request.taken && (endpoint === undefined || request.endpoint === endpoint)),
    alerts,
    fail: (fault) => {
      faults.push({ ...fault, remaining: fault.times ?? 1 });
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}
