/**
 * `playbook-ops simulate` over the real thing: the emulator, the Action's runs and the engine's
 * deadlines, driven by a schedule trace. The figures asserted are those the trace and the default
 * playbooks make: SEV-1 declared at 03:03 must be acknowledged within 15 minutes (03:18); level 2 is
 * due 30 minutes after declaration (03:33); the post-mortem is due 48 hours after resolution.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { ScriptStep } from '../../src/demo/script.js';
import { type FiredStep, type SimulationReport, runSimulation } from '../../src/simulate/run-simulation.js';
import { SimulationInputError } from '../../src/simulate/input-file.js';
import { type ScheduleTrace, parseTrace, ticksOf } from '../../src/simulate/trace.js';

async function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd });
  return { code, stdout, stderr };
}

/** A fresh directory holding `files` (name → text): the working directory of a CLI run. */
async function dirWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'playbook-ops-simulate-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

/** Declared at 03:03, acknowledged at 04:12, and nothing else. */
const UNACKNOWLEDGED_HOUR: ScriptStep[] = [
  {
    at: '2026-11-27 03:03',
    actor: 'alice',
    action: 'open',
    title: '[Incident] Checkout payments failing',
    form: { Severity: 'SEV-1 (Critical)', Scenario: 'Service Outage', Summary: 'Card payments fail with HTTP 503.' },
  },
  { at: '2026-11-27 04:12', actor: 'priya', action: 'comment', body: '/ack' },
];

/** `*\/5` with every tick from 03:30 to 04:05 dropped: a 40-minute outage. */
const OUTAGE: ScheduleTrace = { everyMinutes: 5, late: [], dropped: [{ from: '2026-11-27T03:30:00Z', until: '2026-11-27T04:10:00Z' }] };

function of(report: SimulationReport, kind: FiredStep['kind']): FiredStep[] {
  return report.fired.filter((step) => step.kind === kind);
}

describe('simulate under a 40-minute outage of the schedule', () => {
  it('pages level 2 once, at the first tick after the outage, late by the time the outage cost', async () => {
    const report = await runSimulation({ trace: OUTAGE, script: UNACKNOWLEDGED_HOUR, horizonMinutes: 30, warn: () => {} });
    expect(report.ticks).toMatchObject({ dropped: 8, late: 0 });
    expect(report.outages).toEqual([['2026-11-27T03:30:00.000Z', '2026-11-27T04:05:00.000Z']]);

    const levelTwo = of(report, 'escalation').filter((step) => step.what.includes('level 2'));
    expect(levelTwo).toEqual([
      expect.objectContaining({ due: '2026-11-27T03:33:00.000Z', firedAt: '2026-11-27T04:10:00.000Z', lateMinutes: 37, run: { kind: 'schedule', scheduled: '2026-11-27T04:10:00.000Z' } }),
    ]);
    // Its PagerDuty alert is triggered once too, with the engine's due time.
    const triggers = of(report, 'delivery').filter((step) => step.what.includes('trigger alert acme/payments#1/level-2'));
    expect(triggers.map((step) => [step.due, step.firedAt])).toEqual([['2026-11-27T03:33:00.000Z', '2026-11-27T04:10:00.000Z']]);
    // The response time ran out at 03:18, between ticks: the 03:20 tick marks it.
    expect(of(report, 'sla-missed').map((step) => [step.due, step.firedAt, step.lateMinutes])).toEqual([['2026-11-27T03:18:00.000Z', '2026-11-27T03:20:00.000Z', 2]]);
    // Two update windows closed during the outage (03:33, 04:03): one reminder, for the later one;
    // then the next window (04:33), at the tick after it.
    expect(of(report, 'update-reminder').map((step) => [step.due, step.firedAt, step.what])).toEqual([
      ['2026-11-27T04:03:00.000Z', '2026-11-27T04:10:00.000Z', 'update reminder to level 1 (On-call engineer) (2 window(s) missed)'],
      ['2026-11-27T04:33:00.000Z', '2026-11-27T04:35:00.000Z', 'update reminder to level 1 (On-call engineer) (3 window(s) missed)'],
    ]);
  });

  it('without the outage, level 2 fires at the tick after its due time', async () => {
    const report = await runSimulation({ trace: { ...OUTAGE, dropped: [] }, script: UNACKNOWLEDGED_HOUR, horizonMinutes: 30, warn: () => {} });
    const levelTwo = of(report, 'escalation').filter((step) => step.what.includes('level 2'));
    expect(levelTwo.map((step) => [step.firedAt, step.lateMinutes])).toEqual([['2026-11-27T03:35:00.000Z', 2]]);
  });
});

describe('playbook-ops simulate', () => {
  it('runs the built-in SEV-1 through its post-mortem deadline under a trace file, and prints it as JSON', async () => {
    // Half-hourly, to keep the two days to the post-mortem's deadline short; the tick due with it runs 7 minutes late.
    const dir = await dirWith({
      'trace.yaml':
        'every: 30m\nlate:\n  - { from: 2026-11-29T05:30:00Z, until: 2026-11-29T06:00:00Z, by: 7m }\ndropped:\n  - { from: 2026-11-27T03:30:00Z, until: 2026-11-27T04:00:00Z }\n',
    });
    const { code, stdout, stderr } = await cli(['simulate', '--trace', 'trace.yaml', '--json'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as SimulationReport;
    expect(report.ticks).toMatchObject({ dropped: 1, late: 1 });
    const pull = of(report, 'postmortem-pr');
    expect(pull.map((step) => [step.due, step.firedAt, step.run.kind])).toEqual([['2026-11-27T05:30:00.000Z', '2026-11-27T05:30:00.000Z', 'event']]);
    const overdue = [...of(report, 'postmortem-overdue'), ...of(report, 'postmortem-escalation')];
    expect(overdue.map((step) => [step.due, step.firedAt, step.lateMinutes])).toEqual([
      ['2026-11-29T05:30:00.000Z', '2026-11-29T05:37:00.000Z', 7],
      ['2026-11-29T05:30:00.000Z', '2026-11-29T05:37:00.000Z', 7],
    ]);
    // Level 2 (due 03:33) waited for the first tick after the dropped one.
    expect(of(report, 'escalation').find((step) => step.what.includes('level 2'))).toMatchObject({ firedAt: '2026-11-27T04:00:00.000Z', lateMinutes: 27 });
    expect(report.pending).toBeNull();
  });

  it('prints a table of when each step was due and fired', async () => {
    const dir = await dirWith({ 'trace.yaml': 'every: 60m\ndropped:\n  - { from: 2026-11-27T04:00:00Z, until: 2026-11-27T05:00:00Z }\n' });
    const { code, stdout } = await cli(['simulate', '--trace', 'trace.yaml'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('1 dropped (2026-11-27 04:00-04:00, 60 min)');
    expect(stdout).toMatch(/^fired +due +late +what +run$/m);
    // With the 04:00 tick dropped, the acknowledgement's own run marks the response time missed, and nobody is paged at level 2.
    expect(stdout).toMatch(/^2026-11-27 04:12 +03:18 +54 min +#1 label sla-missed \(response time missed\) +priya: \/ack \| \/ic @priya$/m);
    expect(stdout).toMatch(/^2026-11-27 05:00 +04:50 +10 min +#1 update reminder to the Incident Commander \(1 window\(s\) missed\) +sweep of 05:00$/m);
    expect(stdout).not.toContain('page level 2');
    expect(stdout).toMatch(/^2026-11-27 03:03 +03:03 +on time +#1 page sev-1 to level 1 \(On-call engineer\) +alice opens #1 from the incident form$/m);
  });

  it('refuses a trace that does not read, saying how to write it', async () => {
    const dir = await dirWith({ 'trace.yaml': 'every: 7m\n' });
    const { code, stderr } = await cli(['simulate', '--trace', 'trace.yaml'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('trace.yaml: every: 7m does not divide an hour; cron */N fires evenly only when N divides 60');
    const missing = await cli(['simulate', '--trace', 'nowhere.yaml'], dir);
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot read the trace "nowhere.yaml": ENOENT') as unknown });
  });

  it('is suggested for a misspelt command', async () => {
    const { code, stderr } = await cli(['simulat'], tmpdir());
    expect(code).toBe(2);
    expect(stderr).toContain('did you mean "simulate"?');
  });
});

describe('schedule traces', () => {
  it('drop the ticks of an outage and run late ones late', () => {
    const trace = parseTrace(
      'every: 15m\nlate:\n  - { from: "2026-11-27T03:15:00Z", until: "2026-11-27T03:30:00Z", by: 7m }\ndropped:\n  - { from: "2026-11-27T03:30:00Z", until: "2026-11-27T04:00:00Z" }\n',
      'trace.yaml',
    );
    expect(ticksOf(trace, new Date('2026-11-27T03:03:00Z'), new Date('2026-11-27T04:00:00Z'))).toEqual([
      { scheduled: '2026-11-27T03:15:00.000Z', ranAt: '2026-11-27T03:22:00.000Z' },
      { scheduled: '2026-11-27T03:30:00.000Z', ranAt: null },
      { scheduled: '2026-11-27T03:45:00.000Z', ranAt: null },
      { scheduled: '2026-11-27T04:00:00.000Z', ranAt: '2026-11-27T04:00:00.000Z' },
    ]);
  });

  it.each([
    ['every: 5m\nlate: [{ from: 2026-11-27T03:00:00Z, until: 2026-11-27T04:00:00Z }]', 'trace.yaml: late[0].by: undefined is not a duration'],
    ['every: 5m\ndropped: [{ from: 2026-11-27T04:00:00Z, until: 2026-11-27T03:00:00Z }]', 'trace.yaml: dropped[0]: until (2026-11-27T03:00:00.000Z) is not after from'],
    ['every: 5m\ndropped: [{ from: "03:00", until: 2026-11-27T04:00:00Z }]', 'trace.yaml: dropped[0].from: "03:00" is not a UTC time; write it as 2026-11-27T03:30:00Z'],
    ['every: 5m\nskipped: []', 'trace.yaml: unknown key "skipped"; a trace has every, late and dropped'],
  ])('refuses %j', (text, message) => {
    expect(() => parseTrace(text, 'trace.yaml')).toThrow(SimulationInputError);
    expect(() => parseTrace(text, 'trace.yaml')).toThrow(message);
  });
});

describe('simulate --script', () => {
  it('replays a script file: acknowledged within the response time, nothing is marked or escalated', async () => {
    const dir = await dirWith({
      'script.yaml': [
        'people: { wendy: write, mona: maintain }',
        'steps:',
        '  - { at: "2026-11-27 03:03", actor: wendy, action: open, title: Payments down, form: { Severity: "SEV-2 (High)", Scenario: Service Outage } }',
        '  - { at: "2026-11-27 03:20", actor: mona, action: comment, body: "/ack" }',
        '  - { at: "2026-11-27 03:40", actor: mona, action: comment, body: "/resolve Rolled back." }',
        '  - { at: "2026-11-27 05:00", actor: mona, action: merge-postmortem, actionItems: [Alert on the 503 rate] }',
        '  - { at: "2026-11-27 08:00", actor: wendy, action: comment, body: "Thanks all." }',
      ].join('\n'),
      'trace.yaml': 'every: 15m\n',
    });
    const { code, stdout, stderr } = await cli(['simulate', '--script', 'script.yaml', '--trace', 'trace.yaml', '--json'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as SimulationReport;
    // SEV-2 must be acknowledged within 30 minutes: 03:20 is in time.
    expect(report.fired.map((step) => step.kind)).toEqual(['page', 'delivery', 'delivery', 'delivery', 'delivery', 'delivery', 'delivery', 'postmortem-pr', 'follow-ups']);
    expect(of(report, 'follow-ups')).toMatchObject([{ firedAt: '2026-11-27T05:00:00.000Z', due: null, run: { kind: 'event', event: 'pull_request' } }]);
    // Merged before its deadline: nothing is pending. The sweep of 05:00 (after the merge) turns its
    // workflow off, so the ticks from 05:15 to 08:00 start nothing (12): the 06:17 wake-up finds
    // nothing to do, and the comment at 08:00 sets no deadline.
    expect(report.pending).toBeNull();
    expect(report.ticks).toMatchObject({ off: 12, last: '2026-11-27T08:00:00.000Z' });
  });

  it.each([
    ['steps: []', 'script.yaml: steps: is not a list of steps; write at least the step that opens the incident'],
    ['steps:\n  - { at: "2026-11-27 03:03", actor: bob, action: comment, body: hi }', 'script.yaml: steps[0].actor: "bob" is not one of the people; add them to people: (alice, priya, carol so far)'],
    ['steps:\n  - { at: "03:03", actor: alice, action: open, title: T, form: {} }', 'script.yaml: steps[0].at: "03:03" is not a time; write it as "2026-11-27 03:03" (UTC, quoted)'],
    ['steps:\n  - { at: "2026-11-27 03:03", actor: alice, action: close }', 'script.yaml: steps[0].action: "close" is not an action; use one of open, comment, label, merge-postmortem'],
    ['people: { alice: owner }\nsteps: []', 'script.yaml: people.alice: "owner" is not a permission; use one of read, triage, write, maintain, admin'],
    [
      'steps:\n  - { at: "2026-11-27 03:03", actor: alice, action: open, title: T, form: {} }\n  - { at: "2026-11-27 03:01", actor: alice, action: comment, body: hi }',
      'script.yaml: steps[1].at: 2026-11-27 03:01 is before the step before it (2026-11-27 03:03); list the steps in time order',
    ],
  ])('refuses %j', async (text, message) => {
    const dir = await dirWith({ 'script.yaml': text });
    const { code, stderr } = await cli(['simulate', '--script', 'script.yaml'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
