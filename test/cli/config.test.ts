import { describe, expect, test } from 'vitest';
import { TINY_SET } from '../config/tiny-set.js';
import { BROKEN_ROLES, brokenRolesDiagnostic, freshSet, run, tempDir, today, usage } from './cli-run.js';

describe('config', () => {
  test('prints a summary of the resolved set: counts, names, durations, escalation and the next review', async () => {
    const { code, stdout, stderr } = await run(['config'], await freshSet());
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const next = new Date(Date.parse(today()) + 7 * 86_400_000).toISOString().slice(0, 10);
    expect(stdout).toBe(
      [
        'Tiny: 11 files, incident label "incident", commands need "triage" permission',
        'Roles (2): Lead (lead), Helper (helper)',
        'Severities (2):',
        '  sev-1 Critical: respond within 15m, updates every 20m, post-mortem required within 2d of resolution',
        '  sev-2 High: respond within 1h, no regular updates, post-mortem optional',
        'Phases (1): detect',
        'Scenarios (2): bare, outage',
        'Technical escalation (2):',
        '  L1 First after 0m: oncall',
        '  L2 Second after 45m: boss, oncall',
        'Management escalation (2):',
        '  sev-2 Tell the boss: boss',
        '  sev-1 Tell the boss now within 10m: boss',
        'Contacts (2): oncall, boss',
        'Channels (2), audiences (2), post-mortem elements (2), tool categories (1)',
        `Reviews every 30d; next due ${next}`,
        '',
      ].join('\n'),
    );
  });

  test('a required post-mortem without a deadline says only required', async () => {
    const cwd = await freshSet({ 'severities.yaml': TINY_SET['severities.yaml'].replace('      due_after_resolution: 2d\n', '') });
    const { stdout } = await run(['config', 'playbooks'], cwd);
    expect(stdout).toContain('\n  sev-1 Critical: respond within 15m, updates every 20m, post-mortem required\n');
  });

  test('--json prints the whole resolved model', async () => {
    const { code, stdout } = await run(['config', '--json'], await freshSet());
    expect(code).toBe(0);
    expect(stdout.endsWith('}\n')).toBe(true);
    const set = JSON.parse(stdout) as { name: string; severities: { label: string; responseMinutes: number }[] };
    expect(set.name).toBe('Tiny');
    expect(set.severities.map((severity) => [severity.label, severity.responseMinutes])).toEqual([['sev-1', 15], ['sev-2', 60]]);
    expect(stdout).toContain('\n  "name": "Tiny",\n');
  });

  test('warnings are counted on stderr with the command that lists them', async () => {
    const cwd = await freshSet({ 'contacts.yaml': TINY_SET['contacts.yaml'].replace('"@boss"', '"[GitHub Handle]"') });
    const { code, stderr } = await run(['config'], cwd);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '0 errors, 1 warning in 11 files; run `playbook-ops validate playbooks` to list them\n' });
  });

  test('a set with errors prints them on stderr, nothing on stdout, and exits 1', async () => {
    expect(await run(['config'], await freshSet(BROKEN_ROLES))).toEqual({ code: 1, stdout: '', stderr: `${brokenRolesDiagnostic('playbooks')}1 error, 0 warnings in 11 files\n` });
  });

  test('a directory that does not exist is a usage error', async () => {
    expect(await run(['config', 'nope'], await tempDir())).toEqual(usage('config', 'the playbook directory "nope" does not exist'));
    expect(await run(['config', 'playbooks/roles.yaml'], await freshSet())).toEqual(usage('config', 'the playbook directory "playbooks/roles.yaml" is not a directory'));
  });
});
