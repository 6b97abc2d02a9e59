/** The settings' `alerts` section: checked references, unfinished rules, and what it resolves to. */
import { describe, expect, test } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import { validatePlaybooks } from '../../src/config/validate-playbooks.js';
import { copyDefaultSet, edit } from './fixture.js';

async function errors(dir: string): Promise<{ rule: string; message: string; hint: string | null; pointer: string }[]> {
  const result = await validatePlaybooks(dir);
  return result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map(({ rule, message, hint, pointer }) => ({ rule, message, hint, pointer }));
}

describe('the alerts section', () => {
  test('of the default set resolves to its rules, default severity, resolve choice and window', async () => {
    const set = await loadPlaybooks(await copyDefaultSet());
    expect(set.alerts?.defaultSeverity.label).toBe('sev-3');
    expect(set.alerts?.rules.map((rule) => [rule.match, rule.severity?.label ?? null, rule.scenario?.id ?? null])).toEqual([
      [{ severity: 'critical' }, 'sev-1', null],
      [{ severity: 'error' }, 'sev-2', null],
      [{ severity: 'warning' }, 'sev-3', null],
      [{ alertname: '*Down' }, null, 'service-outage'],
      [{ alertname: '*Latency*' }, null, 'performance-degradation'],
    ]);
    expect(set.alerts?.resolve).toBe(false);
    expect(set.alerts?.reopenWithinMinutes).toBe(60);
  });

  test('names unknown severities and scenarios, with a did-you-mean', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'settings.yaml', 'default_severity: sev-3\n  rules:', 'default_severity: sev-9\n  rules:');
    await edit(dir, 'settings.yaml', 'scenario: service-outage', 'scenario: service-outgae');
    expect(await errors(dir)).toEqual([
      { rule: 'unknown-reference', message: 'unknown severity "sev-9"', pointer: '/alerts/default_severity', hint: 'did you mean "sev-1"? (severities are defined in severities.yaml)' },
      { rule: 'unknown-reference', message: 'unknown scenario "service-outgae"', pointer: '/alerts/rules/3/scenario', hint: 'did you mean "service-outage"? (scenarios are defined in the scenario documents)' },
    ]);
  });

  test('refuses a rule that names neither a severity nor a scenario', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'settings.yaml', '    - match: { severity: error }\n      severity: sev-2\n', '    - match: { severity: error }\n');
    expect(await errors(dir)).toEqual([expect.objectContaining({ rule: 'alert-rule-empty', pointer: '/alerts/rules/1' })]);
  });

  test('leaves the section out of a set without one', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'settings.yaml', 'alerts:\n  default_severity: sev-3\n', 'unused:\n  default_severity: sev-3\n');
    expect((await errors(dir)).map((error) => error.rule)).toContain('schema');
  });
});
