import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { RequestError } from '@octokit/request-error';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck';
import { type Emulator, type EmulatorOptions, createEmulator } from '../../src/emulator/index.js';

/** The Octokit the project uses (src/github/octokit.ts): REST methods, throttling, then retry. */
const GitHubClient: typeof Octokit = Octokit.plugin(throttling, retry);

/**
 * A client of `GitHubClient` pointed at the emulator, acting with `token`. The throttling plugin's
 * pacing of writes (1 s apart, 3 s for content) is switched off so tests do not wait on it; its
 * rate-limit handling stays on, and `throttle` overrides any of it.
 */
export function clientFor(emulator: Emulator, token = 'bot-token', throttle: Record<string, unknown> = {}): Octokit {
  return new GitHubClient({
    baseUrl: emulator.url,
    auth: token,
    log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
    throttle: {
      onRateLimit: () => true,
      onSecondaryRateLimit: () => true,
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      ...throttle,
    },
    retry: { retries: 2 },
  });
}

/** An emulator on a fixed virtual clock with the repository acme/shop and a few people. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const emulator = await createEmulator({ now: () => new Date('2026-03-01T12:00:00Z'), ...options });
  emulator.seed.repo('acme', 'shop', {
    collaborators: { alice: 'admin', bob: 'write', carol: 'triage', dave: 'read', erin: 'maintain' },
    labels: ['incident', { name: 'sev-1', color: 'b60205', description: 'Critical' }],
    files: { 'README.md': '# shop\n', 'playbooks/settings.yaml': 'kind: settings\n' },
  });
  for (const login of ['alice', 'bob', 'carol', 'dave', 'erin']) emulator.seed.token(`${login}-token`, login);
  return emulator;
}

/** The status and body of the error answer a request got; fails the test when it succeeded. */
export async function refusal(promise: Promise<unknown>): Promise<{ status: number; data: unknown }> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof RequestError)) throw new Error(`expected a RequestError, got ${String(error)}`);
  return { status: error.status, data: error.response?.data };
}
