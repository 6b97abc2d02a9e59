/**
 * `npm start`: the demo plays an incident's whole life over HTTP against the emulator and the
 * Slack and PagerDuty fakes, and prints what fired when, with the deadline each timed step had.
 * The figures are the default playbooks' (SEV-1: respond within 15 minutes, level 2 after 30,
 * updates every 30) applied to the script's times (Alertmanager's alert opens and declares the
 * incident at 03:12, sweeps at 03:30 and 03:45; the alert resolves at 04:35).
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDemo } from '../../src/demo/run-demo.js';

let lines: string[] = [];
let thread = '';

beforeAll(async () => {
  const out = await mkdtemp(join(tmpdir(), 'playbook-ops-demo-test-'));
  const printed: string[] = [];
  const path = await runDemo({ outDir: out, print: (line) => printed.push(line) });
  lines = printed.join('\n').split('\n');
  thread = await readFile(path, 'utf8');
}, 120_000);

/** The lines printed for the step at `at` (`HH:MM  what`), up to the next step. */
function step(at: string, what: string): string[] {
  const start = lines.findIndex((line) => line.startsWith(`${at}  ${what}`));
  if (start < 0) throw new Error(`no step ${at} ${what}`);
  const end = lines.findIndex((line, index) => index > start && !line.startsWith('         → '));
  return lines.slice(start + 1, end < 0 ? undefined : end).map((line) => line.slice('         → '.length));
}

describe('the demo', () => {
  it('opens the incident from an Alertmanager alert, declared SEV-1 and paged in the same run, and notes the alert’s resolution', () => {
    expect(step('03:12', 'Alertmanager: PaymentsApiDown firing (repository_dispatch alert)')).toEqual([
      'alert: opened #1 for the alert group',
      'add labels sev-1, scenario:service-outage',
      'comment page:sev-1: page sev-1 to level 1 (On-call engineer)  [due 03:12, on time]',
      'send PagerDuty payments: trigger alert acme/payments#1/level-1 (page sev-1)  [due 03:12, on time]',
      'send #incidents: message (page sev-1)  [due 03:12, on time]',
      'update the incident card',
    ]);
    expect(step('04:35', 'Alertmanager: PaymentsApiDown resolved (repository_dispatch alert)')).toEqual(['alert: #1: noted the alert (resolved, noted)', 'update the incident card']);
    expect(thread).toMatch(/opened by github-actions\[bot\] at 2026-11-27 03:12 UTC/u);
    expect(thread).toContain('### ✅ Alertmanager: the alert group resolved');
  });

  it('marks the missed response time and escalates with the engine’s deadlines, each once', () => {
    expect(step('03:20', 'scheduled run')).toEqual(['#1: nothing due until 2026-11-27 03:27 and nothing changed: left unread', 'the sweep stays on: #1 has a deadline at 2026-11-27 03:27 UTC']);
    expect(step('03:30', 'scheduled run')).toEqual(['add labels sla-missed  [due 03:27, 3 min late]', 'update the incident card', 'the sweep stays on: #1 has a deadline at 2026-11-27 03:42 UTC']);
    expect(step('03:45', 'scheduled run')).toEqual([
      'comment page:level-2: unacknowledged: page level 2 (Senior engineers and team leads)  [due 03:42, 3 min late]',
      'comment update-reminder:1795750920: update reminder to level 1 (On-call engineer) (1 window(s) missed)  [due 03:42, 3 min late]',
      'send PagerDuty payments: trigger alert acme/payments#1/level-2 (page level 2)  [due 03:42, 3 min late]',
      'send #incidents: message (page level 2)  [due 03:42, 3 min late]',
      'update the incident card',
      'the sweep stays on: #1 has a deadline at 2026-11-27 04:12 UTC',
    ]);
    expect(lines.filter((line) => line.includes('update-reminder')).length).toBe(1);
    expect(lines.filter((line) => line.includes('page:level-2')).length).toBe(1);
  });

  it('tells PagerDuty of the acknowledgement and the resolution on the alerts it triggered, and Slack of each update', () => {
    expect(step('03:46', 'priya: On it.').filter((line) => line.startsWith('send '))).toEqual([
      'send PagerDuty payments: acknowledge alert acme/payments#1/level-1 (acknowledge 03:46 UTC)  [due 03:46, on time]',
      'send PagerDuty payments: acknowledge alert acme/payments#1/level-2 (acknowledge 03:46 UTC)  [due 03:46, on time]',
      'send #incidents: message (acknowledge 03:46 UTC)  [due 03:46, on time]',
    ]);
    expect(step('03:55', 'carol: /update')[0]).toBe('send #incidents: message (update 03:55 UTC)  [due 03:55, on time]');
    expect(step('04:25', 'carol: /update')[0]).toBe('send #incidents: message (update 04:25 UTC)  [due 04:25, on time]');
    expect(lines).toContain('PagerDuty took 2 trigger(s), 2 acknowledge(s) and 2 resolve(s); its alerts now: acme/payments#1/level-1 resolved, acme/payments#1/level-2 resolved.');
    expect(lines).toContain('Slack took 6 message(s) in #incidents.');
  });

  it('opens the post-mortem pull request on resolution, follow-up issues on its merge, and the quarterly review round', () => {
    expect(step('04:40', 'priya: /resolve')).toContain('open the post-mortem pull request (postmortems/2026-11-27-1-paymentsapidown.md): #2  [due 04:40, on time]');
    expect(step('10:15', 'priya writes 2 action item(s) into the post-mortem and merges #2')).toEqual([
      'update the incident card',
      'open 2 follow-up issue(s) from post-mortem #2 and mark the incident complete',
      'remove label postmortem-pending',
    ]);
    expect(step('06:20', 'scheduled run')).toEqual([
      expect.stringMatching(/^playbook review: opened review round #5: communication\.yaml, .*; review requested from priya$/u),
      'turned the sweep (incident-sweep.yml) off: no incident has a deadline pending; the next event that sets one turns it on',
    ]);
    expect(lines).toContain('2027-02-25');
  });

  it('turns the sweep off once nothing is pending, and the daily wake-up turns it on for the review round', () => {
    expect(step('10:20', 'scheduled run')).toEqual(['turned the sweep (incident-sweep.yml) off: no incident has a deadline pending; the next event that sets one turns it on']);
    expect(step('10:25', 'scheduled run')).toEqual(['the sweep workflow is off: GitHub starts no run']);
    expect(step('06:17', 'daily wake-up (incident-sweep-wake.yml)')).toEqual(['turned the sweep (incident-sweep.yml) on: 13 playbook files are due for review']);
  });

  it('writes the final thread, complete with its post-mortem', () => {
    expect(thread).toMatch(/^# acme\/payments#1: \[Alert\] PaymentsApiDown\n/u);
    expect(thread).toContain('**Post-mortem complete**');
  });
});
