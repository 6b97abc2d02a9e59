import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Clock, createClock } from './clock.js';
import { Faults } from './faults.js';
import { type Pipeline, handleRequest } from './handle-request.js';
import { sendJson } from './http/send.js';
import { openApi } from './openapi/spec.js';
import { OpenApiValidator } from './openapi/validator.js';
import { loadState, saveState } from './persistence.js';
import { RateLimitCounter } from './rate-limit.js';
import type { RecordedRequest, ValidationIssue } from './recording.js';
import { Router } from './router.js';
import { handlers } from './routes/index.js';
import { type Seeder, createSeeder } from './seed.js';
import { createState } from './state/store.js';
import type { EmulatorState } from './state/types.js';

/** How to start an emulator. */
export interface EmulatorOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** The clock for every timestamp the emulator writes (default: real time). */
  now?: () => Date;
  /** Load the state from this JSON file when it exists, and save it there after every write. */
  persistPath?: string;
  /** Check every request and response against GitHub's OpenAPI description (default true). */
  validate?: boolean;
  /**
   * Answer a response of the emulator's own that does not match the description with a 500 whose
   * message starts "emulator produced a response that does not match GitHub's OpenAPI
   * description" and names what is wrong (default true), so the calling test fails there. False
   * sends the response as made. Either way it is recorded in `validationErrors`.
   */
  failOnInvalidResponse?: boolean;
  /** Base of web links (`html_url`); default `https://github.com`. */
  htmlUrl?: string;
  /** Called after each request is answered (the CLI prints a line per request). */
  onRequest?: (request: RecordedRequest) => void;
  /** Called for each validation issue as it is recorded (the CLI prints invalid responses). */
  onValidationIssue?: (issue: ValidationIssue) => void;
}

/** A running GitHub REST emulator. */
export interface Emulator {
  /** Base URL to give Octokit as `baseUrl` (`http://127.0.0.1:PORT`, no trailing slash). */
  readonly url: string;
  readonly port: number;
  /** The emulated world; tests may read it, and change it between requests. */
  readonly state: EmulatorState;
  /** Every request answered, in order. */
  readonly requests: RecordedRequest[];
  /** Requests refused by the OpenAPI check, and responses (emulator bugs) that failed it. */
  readonly validationErrors: ValidationIssue[];
  readonly faults: Faults;
  readonly clock: Clock;
  /** Set the scene without HTTP. */
  readonly seed: Seeder;
  /**
   * Throws, listing them, if any validation issue was recorded (of `kind` only, when given):
   * a test driving the engine asserts that neither side strayed from GitHub's description.
   */
  assertNoValidationErrors(kind?: ValidationIssue['kind']): void;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/** Compiled validators are kept per process: every emulator serves the same description. */
let sharedValidator: OpenApiValidator | undefined;

/** Starts a GitHub REST emulator on 127.0.0.1. */
export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const clock = createClock(options.now);
  const persistPath = options.persistPath;
  const state = (persistPath === undefined ? undefined : loadState(persistPath)) ?? createState();
  const persist = persistPath === undefined ? () => undefined : () => saveState(persistPath, state);
  sharedValidator ??= new OpenApiValidator(openApi);
  const coercer = sharedValidator;
  const requests: RecordedRequest[] = [];
  const validationErrors: ValidationIssue[] = [];
  const faults = new Faults();
  const pipeline: Pipeline = {
    state,
    clock,
    router: new Router(openApi.operations),
    operations: openApi.operations,
    handlers,
    validator: options.validate === false ? null : coercer,
    failOnInvalidResponse: options.failOnInvalidResponse ?? true,
    coercer,
    faults,
    rateLimit: new RateLimitCounter(),
    requests,
    validationErrors,
    onValidationIssue: options.onValidationIssue ?? (() => undefined),
    api: '',
    html: options.htmlUrl ?? 'https://github.com',
    persist,
    onRequest: options.onRequest ?? (() => undefined),
  };

  const server = createServer((request, response) => {
    handleRequest(pipeline, request, response).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      sendJson(response, 500, { message: `emulator error: ${message}`, documentation_url: 'https://docs.github.com/rest' }, {});
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  pipeline.api = url;
  persist();

  return {
    url,
    port,
    state,
    requests,
    validationErrors,
    faults,
    clock,
    seed: createSeeder(state, clock, persist),
    assertNoValidationErrors(kind) {
      const found = validationErrors.filter((issue) => kind === undefined || issue.kind === kind);
      if (found.length === 0) return;
      const report = found.map((issue) => `${issue.kind} ${issue.method} ${issue.path} (${issue.operationId}, ${issue.status}):\n    ${issue.errors.join('\n    ')}`);
      throw new Error(`GitHub emulator: ${found.length} OpenAPI validation issue(s):\n  ${report.join('\n  ')}`);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeAllConnections();
      }),
  };
}
