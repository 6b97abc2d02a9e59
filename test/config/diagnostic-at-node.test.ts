import { describe, expect, test } from 'vitest';
import { diagnosticAt } from '../../src/config/located.js';
import { parseYaml } from '../../src/config/parse-yaml.js';
import { DEFAULT_YAML_LIMITS } from '../../src/config/yaml-limits.js';

describe('a diagnostic about a node of a playbook file', () => {
  const parsed = parseYaml('kind: roles\nroles:\n  - id: tech\n    nmae: Technical Lead\n', DEFAULT_YAML_LIMITS);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const document = { file: 'roles.yaml', value: parsed.value, locator: parsed.locator };

  test('is an error at the value unless it says otherwise, and at the key when asked', () => {
    const finding = { rule: 'schema', message: 'unknown property "nmae"', hint: 'did you mean "name"?' };
    expect(diagnosticAt(document, '/roles/0/nmae', finding)).toEqual({ file: 'roles.yaml', line: 4, column: 11, severity: 'error', ...finding, pointer: '/roles/0/nmae' });
    expect(diagnosticAt(document, '/roles/0/nmae', finding, 'value')).toMatchObject({ line: 4, column: 11 });
    expect(diagnosticAt(document, '/roles/0/nmae', { ...finding, severity: 'warning' }, 'key')).toEqual({ file: 'roles.yaml', line: 4, column: 5, severity: 'warning', ...finding, pointer: '/roles/0/nmae' });
  });
});
