import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BROKEN_ROLES, brokenRolesDiagnostic, freshSet, run, usage } from './cli-run.js';

/** A schedule that never ticks before the incident ends, and a script of two steps: short runs. */
const TRACE = 'every: 60m\n';
const SCRIPT = [
  'people: { alice: write }',
  'steps:',
  '  - { at: "2026-11-27 03:03", actor: alice, action: open, title: Down, form: { Severity: "SEV-2 (High)" } }',
  '  - { at: "2026-11-27 03:10", actor: alice, action: comment, body: /resolve }',
  '',
].join('\n');

/** The tiny set in ./playbooks with the trace and script beside it. */
async function withInputs(changes: Record<string, string> = {}): Promise<string> {
  const cwd = await freshSet(changes);
  await writeFile(join(cwd, 'trace.yml'), TRACE);
  await writeFile(join(cwd, 'script.yml'), SCRIPT);
  return cwd;
}

const SHORT = ['--trace', 'trace.yml', '--script', 'script.yml'];
const warning = (what: string) => `warning: #1: could not deliver ${what} to Slack SLACK_URL: the secret SLACK_URL is not set: pass it to the step as env SLACK_URL: \${{ secrets.SLACK_URL }}; the next run retries it.\n`;

describe('simulate', () => {
  test('runs the script on the set against the trace, prints what fired when, and each warning once', async () => {
    const { code, stdout, stderr } = await run(['simulate', '--playbooks', 'playbooks', ...SHORT], await withInputs());
    expect(code).toBe(0);
    expect(stdout).toMatch(/^playbook-ops simulate: an incident on \S+ \(times UTC\)/);
    expect(stdout).toContain('\nSchedule */60 * * * *: 0 ticks from - to -: 0 on time, 0 late, 0 dropped.\n');
    expect(stdout).toMatch(/\n2026-11-27 03:03 {2}03:03 {2}on time {2}#1 page sev-2 to level 1 \(First\) +alice opens #1 from the incident form\n/);
    expect(stdout).toContain('\nNothing is pending: the schedule has no more to do on this incident.\n');
    // The page's delivery is retried, and warned about, by the second run too: printed once.
    expect(stderr).toBe(`${warning('page sev-2')}${warning('resolve 03:10 UTC')}`);
  }, 60_000);

  test('--json prints the report as JSON', async () => {
    const { code, stdout } = await run(['simulate', '--playbooks=playbooks', ...SHORT, '--json'], await withInputs());
    expect(code).toBe(0);
    expect(stdout.endsWith('\n}\n')).toBe(true);
    const report = JSON.parse(stdout) as Record<string, unknown>;
    expect(report.ticks).toMatchObject({ scheduled: 0, onTime: 0 });
    expect(JSON.stringify(report)).toContain('page sev-2');
    expect(stdout).toContain('\n  "ticks": {\n    "scheduled": 0,\n');
  }, 60_000);

  test('without --trace it runs the built-in schedule, every five minutes', async () => {
    const { code, stdout } = await run(['simulate', '--playbooks', 'playbooks', '--script', 'script.yml'], await withInputs());
    expect(code).toBe(0);
    expect(stdout).toContain('\nSchedule */5 * * * *: 2 ticks from 2026-11-27 03:05 to 2026-11-27 03:10: 2 on time, 0 late, 0 dropped.\n');
  }, 60_000);

  test('without --playbooks it runs the bundled set', async () => {
    const { code, stdout } = await run(['simulate', ...SHORT], await withInputs(BROKEN_ROLES));
    expect(code).toBe(0);
    expect(stdout).toMatch(/#1 page sev-2 to level 1 /);
  }, 60_000);

  test('a set with errors is printed as validate prints it, and exits 1', async () => {
    expect(await run(['simulate', '--playbooks', 'playbooks', ...SHORT], await withInputs(BROKEN_ROLES))).toEqual({
      code: 1,
      stdout: '',
      stderr: `${brokenRolesDiagnostic('playbooks')}1 error, 0 warnings in 11 files\n`,
    });
  });

  test('a trace or script that cannot be read or does not parse is a usage error', async () => {
    const cwd = await withInputs();
    expect(await run(['simulate', '--trace', 'none.yml'], cwd)).toEqual(usage('simulate', 'cannot read the trace "none.yml": ENOENT'));
    expect(await run(['simulate', '--trace', 'trace.yml', '--script', 'none.yml'], cwd)).toEqual(usage('simulate', 'cannot read the script "none.yml": ENOENT'));
    await writeFile(join(cwd, 'bad.yml'), 'every: 7m\n');
    expect(await run(['simulate', '--trace', 'bad.yml'], cwd)).toEqual(
      usage('simulate', 'bad.yml: every: 7m does not divide an hour; cron */N fires evenly only when N divides 60: use 1m, 5m, 10m, 15m, 30m or 60m'),
    );
    expect(await run(['simulate', '--script', 'bad.yml'], cwd)).toEqual(usage('simulate', 'bad.yml: unknown key "every"; a script has people and steps'));
    expect(await run(['simulate', ...SHORT, '--playbooks', 'nope'], cwd)).toEqual(usage('simulate', 'the playbook directory "nope" does not exist'));
  });
});
