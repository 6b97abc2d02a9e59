/**
 * A lifecycle world whose playbooks page outside GitHub: level 1 and 2 on the PagerDuty service
 * PAGERDUTY_PAYMENTS, every SEV-1 page also in the Slack channel SLACK_INCIDENTS, all served by the
 * local fakes (`src/emulator/sinks`). The YAML names the secrets; the runs read their values from
 * `secrets`, as the Action reads its step's environment.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { writeDemoPlaybooks } from '../../src/demo/demo-playbooks.js';
import { type SinkFakes, createSinkFakes } from '../../src/emulator/sinks/create-sink-fakes.js';
import type { SinkDeps } from '../../src/sinks/send-delivery.js';
import { type World, startWorld } from './harness.js';

/** A PagerDuty integration key: 32 characters, as PagerDuty issues them. */
export const ROUTING_KEY = 'R0ut1ngK3yR0ut1ngK3yR0ut1ngK3y00';

/** A world with sinks, the fakes behind them, and what the runs waited. */
export interface SinksWorld {
  world: World;
  fakes: SinkFakes;
  /** The secrets the runs can read, by name (change them to simulate a missing one). */
  secrets: Record<string, string>;
  /** Every back-off wait a run asked for, in milliseconds (none is really waited). */
  waits: number[];
  stop(): Promise<void>;
}

/** Extra YAML lines for `playbooks/`, given the fakes' URLs. */
export type Patch = (fakes: SinkFakes) => { file: string; after: string; insert: string }[];

const DEFAULT_PATCH: Patch = (fakes) => [
  { file: 'escalation.yaml', after: '    after: 0m\n', insert: `    sinks:\n      - { type: pagerduty, secret: PAGERDUTY_PAYMENTS, name: PagerDuty payments, url: "${fakes.pagerDutyUrl}" }\n` },
  { file: 'escalation.yaml', after: '    after: 30m\n', insert: `    sinks:\n      - { type: pagerduty, secret: PAGERDUTY_PAYMENTS, name: PagerDuty payments, url: "${fakes.pagerDutyUrl}" }\n` },
  { file: 'severities.yaml', after: '    response_time: 15m\n', insert: '    sinks:\n      - { type: slack, secret: SLACK_INCIDENTS, name: "#incidents" }\n' },
];

async function setWithSinks(fakes: SinkFakes, patch: Patch): Promise<PlaybookSet> {
  const dir = await mkdtemp(join(tmpdir(), 'playbook-ops-sinks-'));
  try {
    const playbooks = await writeDemoPlaybooks(join(dir, 'playbooks'));
    for (const { file, after, insert } of patch(fakes)) {
      const path = join(playbooks, file);
      const text = await readFile(path, 'utf8');
      if (!text.includes(after)) throw new Error(`${file} has no line ${JSON.stringify(after)}`);
      await writeFile(path, text.replace(after, `${after}${insert}`));
    }
    return await loadPlaybooks(playbooks);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Starts the fakes and a world whose playbooks name them (`patch` adds other sinks). */
export async function startSinksWorld(patch: Patch = DEFAULT_PATCH): Promise<SinksWorld> {
  let clock: () => Date = () => new Date();
  const fakes = await createSinkFakes({ now: () => clock() });
  const secrets: Record<string, string> = { PAGERDUTY_PAYMENTS: ROUTING_KEY, SLACK_INCIDENTS: fakes.slackUrl('T000-B000-incidents') };
  const waits: number[] = [];
  const set = await setWithSinks(fakes, patch);
  const sinks = (now: () => Date): SinkDeps => {
    clock = now;
    return {
      secret: (name) => secrets[name],
      fetch: (input, init) => fetch(input, init),
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
      now,
    };
  };
  const world = await startWorld({ set, sinks });
  return {
    world,
    fakes,
    secrets,
    waits,
    stop: async () => {
      try {
        world.emulator.assertNoValidationErrors();
      } finally {
        await world.stop();
        await fakes.close();
      }
    },
  };
}
