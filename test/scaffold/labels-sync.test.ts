import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandArgs } from '../../src/cli/command.js';
import { labelsCommandWith } from '../../src/cli/commands/labels.js';
import { main } from '../../src/cli/main.js';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { Emulator } from '../../src/emulator/index.js';
import { packageRoot } from '../../src/package-root.js';
import { labelSpecs } from '../../src/scaffold/label-specs.js';
import { copyDefaultSet, edit } from '../config/fixture.js';
import { startEmulator } from '../emulator/helpers.js';

let emulator: Emulator;

beforeEach(async () => {
  emulator = await startEmulator();
});
afterEach(async () => {
  try {
    emulator.assertNoValidationErrors();
  } finally {
    await emulator.close();
  }
});

/** `playbook-ops labels …` run as the CLI runs it, with the token in the environment and pacing off. */
async function labels(argv: string[], env: Record<string, string | undefined> = { GITHUB_TOKEN: 'alice-token' }) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (text: string) => (stdout += text), stderr: (text: string) => (stderr += text), cwd: packageRoot() };
  const command = labelsCommandWith(env, { pace: false, retryAfterUnitMs: 1 });
  const { parseArgs } = await import('node:util');
  const parsed = parseArgs({ args: argv, options: command.options, allowPositionals: true, strict: true }) as CommandArgs;
  let code: number;
  try {
    code = await command.run(parsed, io);
  } catch (error) {
    stderr += (error as Error).message;
    code = 2;
  }
  return { code, stdout, stderr };
}

const repoLabels = () => emulator.state.repos['acme/shop']?.labels.map(({ name, color, description }) => ({ name, color, description })) ?? [];
const writes = (from: number) => emulator.requests.slice(from).filter((request) => request.method !== 'GET');

describe('playbook-ops labels sync against the emulator', () => {
  it('creates and updates every label the playbooks use, and a second run changes nothing', async () => {
    const set = await loadPlaybooks(join(packageRoot(), 'playbooks'));
    const specs = labelSpecs(set);
    expect(specs.map((spec) => spec.name)).toEqual([
      'incident', 'sev-1', 'sev-2', 'sev-3', 'sev-4',
      'scenario:data-integrity', 'scenario:performance-degradation', 'scenario:security-incident', 'scenario:service-outage',
      'sla-missed', 'postmortem-overdue',
    ]);
    expect(specs.find((spec) => spec.name === 'sev-1')).toEqual({ name: 'sev-1', color: 'b60205', description: 'Critical: respond within 15 min, updates every 30 min' });
    // acme/shop starts with `incident` (grey, no description) and `sev-1` described "Critical".
    const first = await labels(['sync', 'playbooks', '--repo', 'acme/shop', '--api-url', emulator.url]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('updated sev-1: description "Critical" → "Critical: respond within 15 min, updates every 30 min"\n');
    expect(first.stdout).toContain('created scenario:service-outage (#5319e7: Scenario: Service Outage)\n');
    expect(first.stdout).toMatch(/acme\/shop: 9 created, 2 updated, 0 unchanged\n$/);
    expect(repoLabels()).toEqual(expect.arrayContaining(specs));
    expect(repoLabels()).toHaveLength(specs.length);

    const before = emulator.requests.length;
    const second = await labels(['sync', 'playbooks', '--repo', 'acme/shop', '--api-url', emulator.url]);
    expect(second).toEqual({ code: 0, stdout: `acme/shop: 0 created, 0 updated, ${specs.length} unchanged\n`, stderr: '' });
    expect(writes(before)).toEqual([]);
    expect(emulator.requests.slice(before).map((request) => `${request.method} ${request.path}`)).toEqual(['GET /repos/acme/shop/labels']);
  });

  it('renames a label that differs only in case, leaves labels the playbooks do not name, and a dry run writes nothing', async () => {
    emulator.seed.repo('acme', 'ops', { labels: [{ name: 'SEV-2', color: 'D93F0B', description: 'High' }, { name: 'SEV-3', color: 'fbca04', description: 'Medium: respond within 2 h' }, { name: 'bug', color: 'd73a4a', description: 'Something is broken' }] });
    const before = emulator.requests.length;
    const dry = await labels(['sync', '--repo', 'acme/ops', '--api-url', emulator.url, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('would update sev-2: name "SEV-2" → "sev-2", description "High" → "High: respond within 30 min, updates every 1 h"\n');
    expect(dry.stdout).toContain('would update sev-3: name "SEV-3" → "sev-3"\n');
    expect(dry.stdout).toMatch(/acme\/ops: 9 to create, 2 to update, 0 unchanged\n$/);
    expect(writes(before)).toEqual([]);

    expect((await labels(['sync', '--repo', 'acme/ops', '--api-url', emulator.url])).code).toBe(0);
    const ops = emulator.state.repos['acme/ops']?.labels.map((label) => label.name);
    expect(ops).toContain('sev-2');
    expect(ops).not.toContain('SEV-2');
    expect(ops).toContain('sev-3');
    expect(ops).not.toContain('SEV-3');
    expect(ops).toContain('bug');
  });

  it('names the labels the playbooks name, and cuts descriptions to GitHub\'s 100 characters', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'settings.yaml', 'incident_label: incident', 'incident_label: outage');
    await edit(dir, 'severities.yaml', 'name: Critical', `name: ${'Very '.repeat(30)}critical`);
    const specs = labelSpecs(await loadPlaybooks(dir));
    expect(specs[0]?.name).toBe('outage');
    const sev1 = specs.find((spec) => spec.name === 'sev-1');
    expect(Array.from(sev1?.description ?? '')).toHaveLength(100);
    expect(sev1?.description.endsWith('…')).toBe(true);
  });

  it('a create GitHub applied but answered with a 500 is not made twice', async () => {
    emulator.faults.add({ method: 'POST', path: '/repos/acme/shop/labels', afterWrite: true });
    const run = await labels(['sync', '--repo', 'acme/shop', '--api-url', emulator.url]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(emulator.faults.pending).toEqual([]);
    const names = repoLabels().map((label) => label.name);
    expect(new Set(names).size).toBe(names.length);
    expect(repoLabels()).toEqual(expect.arrayContaining(labelSpecs(await loadPlaybooks(join(packageRoot(), 'playbooks')))));
  });

  it('says what is missing: the subcommand, --repo, the token; and what a refused token needs', async () => {
    expect((await labels(['--repo', 'acme/shop'])).stderr).toContain('missing subcommand');
    expect((await labels(['sync'])).stderr).toContain('missing --repo OWNER/NAME');
    expect((await labels(['sync', '--repo', 'acme/shop'], {})).stderr).toContain('GITHUB_TOKEN is not set');
    const refused = await labels(['sync', '--repo', 'acme/nope', '--api-url', emulator.url]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('check --repo');
  });

  it('is listed by the CLI', async () => {
    let out = '';
    expect(await main(['labels', '--help'], { stdout: (text) => (out += text), stderr: () => undefined, cwd: packageRoot() })).toBe(0);
    expect(out).toMatch(/^Usage: playbook-ops labels sync \[dir\] --repo OWNER\/NAME/);
  });
});
