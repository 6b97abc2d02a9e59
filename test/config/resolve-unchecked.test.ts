/**
 * The resolver is only handed sets that passed every check. One that skipped the semantic checks
 * stops it with an error naming what was not checked, rather than resolving to a model with holes
 * that the engine would act on.
 */
import { describe, expect, test } from 'vitest';
import { checkFiles } from '../../src/config/check-files.js';
import { DocumentSet } from '../../src/config/document-set.js';
import { resolvePlaybookSet } from '../../src/config/resolve.js';
import { DEFAULT_YAML_LIMITS } from '../../src/config/yaml-limits.js';
import { TINY_SET } from './tiny-set.js';

/** The tiny set with `changes` (file name to text, or null to leave the file out), parsed and schema-checked only. */
function schemaCheckedSet(changes: Record<string, string | null>): DocumentSet {
  const texts: Record<string, string | null> = { ...TINY_SET, ...changes };
  const files = Object.entries(texts).flatMap(([file, text]) => (text === null ? [] : [{ file, text }]));
  const { diagnostics, kinded } = checkFiles(files, DEFAULT_YAML_LIMITS);
  expect(diagnostics).toEqual([]);
  return new DocumentSet(kinded);
}

describe('a set that did not pass the semantic checks', () => {
  test('without a settings document is refused', () => {
    expect(() => resolvePlaybookSet(schemaCheckedSet({ 'settings.yaml': null }))).toThrow(
      new Error('playbook-ops: the set reached the resolver without a valid settings document'),
    );
  });

  test('naming a role that does not exist is refused, naming it', () => {
    const outage = TINY_SET['scenarios/outage.yaml'].replace('owner: helper', 'owner: nobody');
    expect(() => resolvePlaybookSet(schemaCheckedSet({ 'scenarios/outage.yaml': outage }))).toThrow(
      new Error('playbook-ops: unchecked reference "nobody" reached the resolver'),
    );
  });

  test('whose alerts name a severity or a scenario that does not exist is refused, naming it', () => {
    const settings = (alerts: string): Record<string, string> => ({ 'settings.yaml': `${TINY_SET['settings.yaml']}alerts:\n${alerts}` });
    expect(() => resolvePlaybookSet(schemaCheckedSet(settings('  default_severity: sev-9\n')))).toThrow(
      new Error('playbook-ops: unchecked severity "sev-9" reached the resolver'),
    );
    const unknownScenario = settings('  default_severity: sev-1\n  rules:\n    - match: { a: b }\n      scenario: nothing\n');
    expect(() => resolvePlaybookSet(schemaCheckedSet(unknownScenario))).toThrow(new Error('playbook-ops: unchecked scenario "nothing" reached the resolver'));
  });
});
