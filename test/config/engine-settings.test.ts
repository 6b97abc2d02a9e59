/** Settings the engine runs on: each resolves from settings.yaml, and one that names nothing is an error. */
import { describe, expect, test } from 'vitest';
import { loadPlaybooks, validatePlaybooks } from '../../src/index.js';
import { copyDefaultSet, edit } from './fixture.js';

describe('settings the engine runs on', () => {
  test('default_severity names a severity of the set', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'settings.yaml', 'trust_reporters: false', 'trust_reporters: false\ndefault_severity: sev-3');
    expect((await loadPlaybooks(dir)).defaultSeverity?.label).toBe('sev-3');
    await edit(dir, 'settings.yaml', 'default_severity: sev-3', 'default_severity: sev-7');
    const { diagnostics } = await validatePlaybooks(dir);
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => [diagnostic.rule, diagnostic.message])).toEqual([
      ['unknown-reference', 'unknown severity "sev-7"'],
    ]);
  });

  test('the default set asks for a severity instead of assuming one, and does not trust reporters', async () => {
    const set = await loadPlaybooks('playbooks');
    expect(set.defaultSeverity).toBeNull();
    expect(set.trustReporters).toBe(false);
  });

  test('two roles cannot both lead the incident', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'roles.yaml', '    name: Technical Lead\n', '    name: Technical Lead\n    commander: true\n');
    const { diagnostics } = await validatePlaybooks(dir);
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => diagnostic.rule)).toEqual(['duplicate-commander']);
  });
});
