import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { parseYaml } from '../../src/config/parse-yaml.js';
import { schemaDiagnostics } from '../../src/config/schema-errors.js';
import { DEFAULT_YAML_LIMITS } from '../../src/config/yaml-limits.js';
import { checkTexts, defaultText, positionIn, replaced } from './in-memory.js';

/** The schema diagnostics of `file` of the default set after `edits`, and its text. */
function schemaProblems(file: string, ...edits: [string, string][]) {
  const text = edits.reduce((edited, [from, to]) => replaced(edited, from, to), defaultText(file));
  const { diagnostics } = checkTexts({ [file]: text });
  return { text, found: diagnostics.map(({ line, column, message, pointer }) => ({ line, column, message, pointer })) };
}

/** The diagnostics of `yaml` against `schema`, compiled as the shipped validators are. */
function diagnosticsOf(schema: object, yaml: string) {
  const parsed = parseYaml(yaml, DEFAULT_YAML_LIMITS);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const validate = new Ajv2020({ allErrors: true, verbose: true, strict: true }).compile(schema);
  expect(validate(parsed.value)).toBe(false);
  const document = { file: 'x.yaml', value: parsed.value, locator: parsed.locator };
  return schemaDiagnostics(document, 'tools', validate.errors ?? []).map(({ line, column, message, hint }) => ({ line, column, message, hint }));
}

describe('one diagnostic per problem, whatever ajv reports', () => {
  test('a problem inside a titled step is reported once, and an earlier problem elsewhere is kept', () => {
    const { text, found } = schemaProblems(
      'process.yaml',
      ['name: Detection and Alerting', 'name: [Detection, Alerting]'],
      ['      - title: Acknowledge the Alert\n', '      - { title: Page the on-call, tasks: [42] }\n      - title: Acknowledge the Alert\n'],
    );
    expect(found).toEqual([
      { ...positionIn(text, '[Detection, Alerting]'), message: 'phases[0].name: expected text, found a list', pointer: '/phases/0/name' },
      { ...positionIn(text, '42'), message: 'phases[1].steps[0].tasks[0]: expected text, found a whole number', pointer: '/phases/1/steps/0/tasks/0' },
    ]);
  });

  test('a step of no accepted type is reported beside an earlier problem elsewhere', () => {
    const { text, found } = schemaProblems(
      'process.yaml',
      ['name: Detection and Alerting', 'name: [Detection, Alerting]'],
      ['      - title: Acknowledge the Alert\n', '      - 42\n      - title: Acknowledge the Alert\n'],
    );
    expect(found).toEqual([
      { ...positionIn(text, '[Detection, Alerting]'), message: 'phases[0].name: expected text, found a list', pointer: '/phases/0/name' },
      { ...positionIn(text, '42'), message: 'phases[1].steps[0]: expected text or a mapping, found a whole number', pointer: '/phases/1/steps/0' },
    ]);
  });

  test('a misspelt key beside the missing property it meant is one mistake, reported at the key', () => {
    const { text, found } = schemaProblems('roles.yaml', ['    name: Incident Commander', '    nmae: Incident Commander']);
    expect(found).toEqual([{ ...positionIn(text, 'nmae'), message: 'roles[0]: unknown property "nmae"; did you mean "name"?', pointer: '/roles/0/nmae' }]);
  });

  test('the same problem found by two alternatives of an anyOf is reported once', () => {
    const schema = {
      anyOf: [
        { type: 'object', required: ['id'], properties: { id: { type: 'string' }, name: { type: 'string' } } },
        { type: 'object', required: ['id'], properties: { id: { type: 'string' }, title: { type: 'string' } } },
      ],
    };
    expect(diagnosticsOf(schema, 'name: x\n')).toEqual([{ line: 1, column: 1, message: 'missing required property "id"', hint: 'add id' }]);
  });

  test('the failed condition of an if/then is not a problem of its own, only what the then asks for', () => {
    const schema = {
      type: 'object',
      properties: { type: { enum: ['slack', 'webhook'] }, url: { type: 'string' } },
      if: { properties: { type: { const: 'webhook' } } },
      then: { required: ['url'], properties: { url: { type: 'string' } } },
    };
    expect(diagnosticsOf(schema, 'type: webhook\n')).toEqual([{ line: 1, column: 1, message: 'missing required property "url"', hint: 'add url' }]);
  });

  test('a value that fits two alternatives of a oneOf at once says it must fit exactly one', () => {
    const schema = { type: 'object', properties: { id: { description: 'An id.', oneOf: [{ type: 'string' }, { type: 'string', minLength: 2 }] } } };
    expect(diagnosticsOf(schema, 'id: ab\n')).toEqual([{ line: 1, column: 5, message: 'id: must match exactly one schema in oneOf', hint: 'An id.' }]);
  });
});
