/**
 * The bundled Action (`action/dist/index.js`) run as a runner runs it: `node action/dist/index.js`
 * in a child process with `GITHUB_EVENT_NAME`, `GITHUB_EVENT_PATH` (a webhooks-examples payload in
 * a file), `INPUT_*`, `GITHUB_API_URL` at the emulator, and `GITHUB_OUTPUT`/`GITHUB_STEP_SUMMARY`
 * files. The child's clock is real, so the emulator's clock starts at the real time too.
 */
import { execFile, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeDemoPlaybooks } from '../../src/demo/demo-playbooks.js';
import { packageRoot } from '../../src/package-root.js';
import { FULL_NAME, PEOPLE, PLAYBOOK_SHA, type World, startWorld, writesOf } from './harness.js';
import type { Delivery } from './payloads.js';

const BUNDLE = join(packageRoot(), 'action/dist/index.js');
let workspace: string;
let w: World;

beforeAll(async () => {
  // CI builds before testing; a checkout without a build gets one here.
  if (!existsSync(BUNDLE)) execSync('npm run build', { cwd: packageRoot(), stdio: 'ignore' });
  workspace = await mkdtemp(join(tmpdir(), 'playbook-ops-action-'));
  await writeDemoPlaybooks(join(workspace, 'playbooks'));
}, 180_000);
afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});
beforeEach(async () => {
  w = await startWorld({ at: new Date(Date.now() - 10 * 60_000) });
});
afterEach(async () => {
  try {
    w.emulator.assertNoValidationErrors();
  } finally {
    await w.stop();
  }
});

interface ActionRun {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  /** The requests the Action made that change something. */
  writes: { method: string; path: string }[];
}

/** `GITHUB_OUTPUT` as the runner reads it: `name<<DELIMITER`, the value's lines, `DELIMITER`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1] ?? ''] = match[3] ?? '';
  return outputs;
}

/** Runs the bundle for `delivery` with `inputs` (`INPUT_<NAME>` as written, e.g. `DRY-RUN`). */
async function runAction(delivery: Delivery, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'playbook-ops-run-'));
  try {
    const files = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary.md') };
    await writeFile(files.event, JSON.stringify(delivery.payload));
    await writeFile(files.output, '');
    await writeFile(files.summary, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: delivery.name,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_REPOSITORY: FULL_NAME,
      GITHUB_API_URL: w.emulator.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_SHA: PLAYBOOK_SHA,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      'INPUT_GITHUB-TOKEN': 'bot-token',
      INPUT_PLAYBOOKS: 'playbooks',
      'INPUT_BOT-LOGIN': 'github-actions[bot]',
      'INPUT_DRY-RUN': 'false',
      ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name}`, value])),
    };
    const from = w.emulator.requests.length;
    const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(process.execPath, [BUNDLE], { cwd: workspace, env, timeout: 60_000 }, (error, out) => {
        resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout: out });
      });
    });
    return {
      code,
      stdout,
      outputs: parseOutputs(await readFile(files.output, 'utf8')),
      summary: await readFile(files.summary, 'utf8'),
      writes: writesOf(w.emulator.requests.slice(from)).map(({ method, path }) => ({ method, path })),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const FORM = { severity: 1, scenario: 'Service Outage', services: 'payments-api', summary: 'Card payments fail.' } as const;

describe('the bundled Action', () => {
  it('declares an incident from issues.opened: exit 0, outputs, job summary, and the issue on GitHub', async () => {
    const opened = await w.open(PEOPLE.write, FORM);
    const run = await runAction(opened);

    expect(run.stdout).not.toContain('::error');
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({
      incident: String(opened.number),
      severity: 'sev-1',
      status: 'detection',
      effects: JSON.stringify([
        { incident: opened.number, effect: 'add labels sev-1, scenario:service-outage' },
        { incident: opened.number, effect: 'comment page:sev-1' },
        { incident: opened.number, effect: 'update the incident card' },
      ]),
    });
    expect(run.summary).toContain('<h2>playbook-ops</h2>');
    expect(run.summary).toContain(`<td>#${opened.number}</td><td>sev-1</td><td>detection</td><td>add labels sev-1, scenario:service-outage<br>comment page:sev-1<br>update the incident card</td>`);
    expect(run.writes.map((request) => request.method)).toEqual(['POST', 'POST', 'POST']);
    expect(w.snapshot(opened.number).labels).toEqual(['incident', 'scenario:service-outage', 'sev-1']);
    expect(w.botComments(opened.number).map((comment) => comment.marker)).toEqual(['page:sev-1', 'card']);
    expect(w.card(opened.number).startsWith(`<!-- playbook-ops:card pin=${PLAYBOOK_SHA},declared=sev-1,reporter=trusted,digest=`)).toBe(true);
    expect(w.botComments(opened.number)[0]?.body).toContain('**Level 1, On-call engineer:** @priya, @sam');
  });

  it('fails, naming the input and the directory, when the playbooks directory is missing: a typo never runs other rules', async () => {
    const opened = await w.open(PEOPLE.write, FORM);
    const run = await runAction(opened, { PLAYBOOKS: 'ops/playbook' });

    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error::Input playbooks: the directory "ops/playbook" does not exist in the workspace (${workspace}).`);
    expect(run.stdout).toContain('`playbooks: bundled`');
    expect(run.writes).toEqual([]);
    expect(w.botComments(opened.number)).toEqual([]);
  });

  it('runs the bundled default set when asked for by name', async () => {
    const opened = await w.open(PEOPLE.write, FORM);
    const run = await runAction(opened, { PLAYBOOKS: 'bundled' });

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Using the bundled default playbook set (playbooks: bundled).');
    expect(run.outputs.severity).toBe('sev-1');
    // The bundled set has placeholders where this repository's set has handles.
    const page = w.botComments(opened.number).find((comment) => comment.marker === 'page:sev-1')?.body ?? '';
    expect(page).toContain('(no GitHub handle configured)');
    expect(page).not.toContain('@priya');
  });

  it('stops on a broken playbook set with ::error annotations, and writes nothing', async () => {
    const broken = join(workspace, 'broken');
    await writeDemoPlaybooks(broken);
    await writeFile(join(broken, 'severities.yaml'), 'kind: severities\nseverities: high\n');
    const opened = await w.open(PEOPLE.write, FORM);
    const run = await runAction(opened, { PLAYBOOKS: 'broken' });

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=[^\n]*severities\.yaml,line=\d+/m);
    expect(run.stdout).toContain('::error::The playbooks in "broken" have errors; nothing was changed.');
    expect(run.writes).toEqual([]);
    expect(w.botComments(opened.number)).toEqual([]);
    expect(w.snapshot(opened.number).labels).toEqual(['incident']);
  });

  it('with dry-run prints the plan and writes nothing', async () => {
    const opened = await w.open(PEOPLE.write, FORM);
    const run = await runAction(opened, { 'DRY-RUN': 'true' });

    expect(run.code).toBe(0);
    expect(run.writes).toEqual([]);
    for (const line of ['would add labels sev-1, scenario:service-outage', 'would comment page:sev-1', 'would update the incident card']) {
      expect(run.stdout).toContain(line);
    }
    expect(JSON.parse(run.outputs.effects ?? '[]')).toEqual([
      { incident: opened.number, effect: 'would add labels sev-1, scenario:service-outage' },
      { incident: opened.number, effect: 'would comment page:sev-1' },
      { incident: opened.number, effect: 'would update the incident card' },
    ]);
    expect(run.summary).toContain('<h2>playbook-ops plan (dry run)</h2>');
    expect(w.botComments(opened.number)).toEqual([]);
  });

  it('in a run over all incidents, one failing incident fails the step by name; the others are reconciled, in the outputs and the summary', async () => {
    const numbers: number[] = [];
    for (let index = 0; index < 3; index += 1) {
      numbers.push((await w.open(PEOPLE.write, FORM)).number);
    }
    const [first, second, third] = numbers as [number, number, number];
    // GitHub does not retry a 404: the third incident's read fails at once.
    w.emulator.faults.add({ method: 'GET', path: `/repos/acme/payments/issues/${third}/comments`, status: 404 });
    const run = await runAction(w.dispatch());

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^::error::1 of 3 incidents could not be reconciled \\(the next run tries again\\): #${third}: `, 'm'));
    const effects = JSON.parse(run.outputs.effects ?? '[]') as { incident: number; effect: string }[];
    expect(effects.filter((entry) => entry.effect === 'comment page:sev-1').map((entry) => entry.incident).sort()).toEqual([first, second]);
    // A sweep's summary has the next deadline of each incident (from the runner's clock) before what was done.
    const done = 'add labels sev-1, scenario:service-outage<br>comment page:sev-1<br>update the incident card';
    const reconciled = (number: number) => new RegExp(`<td>#${number}</td><td>sev-1</td><td>detection</td><td>\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC</td><td>${done}</td>`);
    expect(run.summary).toMatch(reconciled(first));
    expect(run.summary).toMatch(reconciled(second));
    expect(run.summary).toMatch(new RegExp(`<td>#${third}</td><td></td><td>failed</td><td></td><td>[^<]*Not Found[^<]*\\(the next run tries again\\)</td>`));
    expect(w.botComments(first).map((comment) => comment.marker)).toEqual(['page:sev-1', 'card']);
    expect(w.botComments(third)).toEqual([]);
  });

  it('an input it cannot read fails the step with a message saying how to fix it', async () => {
    const opened = await w.open(PEOPLE.write, FORM);
    const run = await runAction(opened, { 'DRY-RUN': 'maybe' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::Input dry-run must be "true" or "false", not "maybe".');
    expect(run.writes).toEqual([]);
  });
});
