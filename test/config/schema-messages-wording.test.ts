import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { DURATION_HINT } from '../../src/config/duration.js';
import { parseYaml } from '../../src/config/parse-yaml.js';
import { describeSchemaError } from '../../src/config/schema-messages.js';
import { DEFAULT_YAML_LIMITS } from '../../src/config/yaml-limits.js';
import { checkTexts, defaultText, positionIn, replaced } from './in-memory.js';

/** The diagnostics of `file` of the default set with `from` replaced by `to`, and the edited text. */
function editedFile(file: string, from: string, to: string) {
  const text = replaced(defaultText(file), from, to);
  const { diagnostics } = checkTexts({ [file]: text });
  return { text, found: diagnostics.map(({ rule, line, column, message, hint, pointer }) => ({ rule, line, column, message, hint, pointer })) };
}

/**
 * The wording of each ajv error of `yaml` against `schema`, validated as the shipped validators are
 * (all errors, verbose: the failing schema and value come with each error).
 */
function worded(schema: object, yaml: string) {
  const parsed = parseYaml(yaml, DEFAULT_YAML_LIMITS);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const validate = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true }).compile(schema);
  expect(validate(parsed.value)).toBe(false);
  const document = { file: 'x.yaml', value: parsed.value, locator: parsed.locator };
  return (validate.errors ?? []).map((error) => {
    const { rule, line, column, message, hint } = describeSchemaError(document, 'tools', error);
    return { rule, line, column, message, hint };
  });
}

describe('schema messages of the shipped schemas', () => {
  test('each wrong type says how to write the expected one', () => {
    const cases = [
      { file: 'severities.yaml', from: 'level: 1', to: 'level: one', at: 'one', message: 'severities[0].level: expected a whole number, found text', hint: 'write a whole number such as 1', pointer: '/severities/0/level' },
      { file: 'severities.yaml', from: 'required: true', to: 'required: yes please', at: 'yes please', message: 'severities[0].postmortem.required: expected true or false, found text', hint: 'write true or false', pointer: '/severities/0/postmortem/required' },
      {
        file: 'severities.yaml',
        from: 'criteria:\n      - Platform-wide outage\n      - Security breach or data compromise\n      - Financial transaction failures',
        to: 'criteria: Platform-wide outage',
        at: 'Platform-wide outage',
        message: 'severities[0].criteria: expected a list, found text',
        hint: 'write a list: one "- item" per line below the key, or [a, b] on the line',
        pointer: '/severities/0/criteria',
      },
      {
        file: 'severities.yaml',
        from: 'postmortem:\n      required: true\n      due_after_resolution: 48h',
        to: 'postmortem: true',
        at: 'true',
        message: 'severities[0].postmortem: expected a mapping, found true',
        hint: 'write a mapping: "key: value" lines indented below the key',
        pointer: '/severities/0/postmortem',
      },
      {
        file: 'roles.yaml',
        from: 'name: Incident Commander',
        to: 'name: [Incident, Commander]',
        at: '[Incident',
        message: 'roles[0].name: expected text, found a list',
        hint: 'write text here; quote it when it contains ": " or " #" or starts with one of [ ] { } & * ! | > \' " % @ `',
        pointer: '/roles/0/name',
      },
      // A duration written as a bare number: the duration's own hint, not the generic one for text.
      { file: 'severities.yaml', from: 'response_time: 15m', to: 'response_time: 15', at: '15\n', message: 'severities[0].response_time: expected text, found a whole number', hint: DURATION_HINT, pointer: '/severities/0/response_time' },
    ];
    for (const { file, from, to, at, message, hint, pointer } of cases) {
      const { text, found } = editedFile(file, from, to);
      expect(found).toEqual([{ rule: 'schema', ...positionIn(text, at, to), message, hint, pointer }]);
    }
  });

  test('a number below its minimum names the minimum, with the field description as hint', () => {
    const { text, found } = editedFile('escalation.yaml', 'level: 1', 'level: 0');
    expect(found).toEqual([
      { rule: 'schema', ...positionIn(text, '0', 'level: 0'), message: 'technical[0].level: 0 is below the minimum of 1', hint: 'The level number: 1, 2, 3, ...', pointer: '/technical/0/level' },
    ]);
  });

  test('an empty list that needs an item says so, at the list', () => {
    const { text, found } = editedFile('escalation.yaml', 'contacts: [primary-on-call, secondary-on-call]', 'contacts: []');
    expect(found).toEqual([
      { rule: 'schema', ...positionIn(text, '[]'), message: 'technical[0].contacts: needs at least 1 item', hint: 'add items as "- item" lines below the key', pointer: '/technical/0/contacts' },
    ]);
  });

  test('a label longer than GitHub allows says the limit and how to fix it', () => {
    const long = 'x'.repeat(51);
    const { text, found } = editedFile('severities.yaml', 'label: sev-1', `label: ${long}`);
    expect(found).toEqual([
      { rule: 'schema', ...positionIn(text, long), message: 'severities[0].label: is longer than 50 characters', hint: 'shorten it to at most 50 characters', pointer: '/severities/0/label' },
    ]);
  });

  test('an enum value with nothing close lists the allowed values', () => {
    const { text, found } = editedFile('settings.yaml', 'minimum_permission: triage', 'minimum_permission: owner');
    expect(found).toEqual([
      {
        rule: 'schema',
        ...positionIn(text, 'owner'),
        message: 'minimum_permission: "owner" is not one of "read", "triage", "write", "maintain", "admin"',
        hint: 'allowed values: "read", "triage", "write", "maintain", "admin"',
        pointer: '/minimum_permission',
      },
    ]);
  });

  test('a missing property inside a mapping is reported at the key that holds the mapping, hinted by its description', () => {
    const { text, found } = editedFile('severities.yaml', 'postmortem:\n      required: true\n', 'postmortem:\n');
    expect(found).toEqual([
      {
        rule: 'schema',
        ...positionIn(text, 'postmortem:'),
        message: 'severities[0].postmortem: missing required property "required"',
        hint: 'add required: Whether every incident of this severity needs a post-mortem.',
        pointer: '/severities/0/postmortem/required',
      },
    ]);
  });

  test('a missing role name is hinted with what the name is', () => {
    const { text, found } = editedFile('roles.yaml', '    name: Incident Commander\n', '');
    expect(found).toEqual([
      { rule: 'schema', ...positionIn(text, 'id: ic'), message: 'roles[0]: missing required property "name"', hint: "add name: The role's name, e.g. Incident Commander.", pointer: '/roles/0/name' },
    ]);
  });

  test('a missing response time has a rule of its own; other missing severity fields do not', () => {
    const { found } = editedFile('severities.yaml', '    response_time: 15m\n', '');
    expect(found.map(({ rule, message, hint }) => ({ rule, message, hint }))).toEqual([
      { rule: 'missing-response-time', message: 'severities[0]: missing required property "response_time"', hint: 'add response_time: how soon someone must acknowledge the incident, e.g. 15m' },
    ]);
    const { found: name } = editedFile('severities.yaml', '    name: Critical\n', '');
    expect(name.map(({ rule, message }) => ({ rule, message }))).toEqual([{ rule: 'schema', message: 'severities[0]: missing required property "name"' }]);
  });
});

describe('schema messages of keywords and shapes the shipped schemas do not use yet', () => {
  test('a constant, a maximum, a minimum length and a minimum count above one are each worded', () => {
    const schema = {
      type: 'object',
      properties: {
        version: { const: 1, description: 'The format version; always 1.' },
        retries: { type: 'integer', maximum: 5, description: 'How often to retry; at most 5.' },
        code: { type: 'string', minLength: 3 },
        steps: { type: 'array', minItems: 2 },
      },
    };
    expect(worded(schema, 'version: 2\nretries: 6\ncode: ab\nsteps: [one]\n')).toEqual([
      { rule: 'schema', line: 1, column: 10, message: 'version: 2 must be 1', hint: 'The format version; always 1.' },
      { rule: 'schema', line: 2, column: 10, message: 'retries: 6 is above the maximum of 5', hint: 'How often to retry; at most 5.' },
      { rule: 'schema', line: 3, column: 7, message: 'code: must be at least 3 characters long', hint: 'write the text, or remove the entry if it is optional' },
      { rule: 'schema', line: 4, column: 8, message: 'steps: needs at least 2 items', hint: 'add items as "- item" lines below the key' },
    ]);
  });

  test('a pattern without a title shows the pattern; a keyword without its own wording keeps ajv\'s message', () => {
    const schema = {
      type: 'object',
      properties: {
        url: { type: 'string', pattern: '^https://' },
        every: { type: 'integer', multipleOf: 5, description: 'Minutes, in steps of 5.' },
      },
    };
    expect(worded(schema, 'url: ftp://host\nevery: 7\n')).toEqual([
      { rule: 'schema', line: 1, column: 6, message: 'url: "ftp://host" is not in the form ^https://', hint: null },
      { rule: 'schema', line: 2, column: 8, message: 'every: must be multiple of 5', hint: 'Minutes, in steps of 5.' },
    ]);
  });

  test('a repeated item is reported at the repeat, naming the first', () => {
    const schema = { type: 'object', properties: { owners: { type: 'array', uniqueItems: true } } };
    expect(worded(schema, 'owners: [a, b, c, b]\n')).toEqual([{ rule: 'schema', line: 1, column: 19, message: 'owners[3]: repeats item 1', hint: 'remove the repeated item' }]);
  });

  test('a type error that allows several types lists them, and a type with no hint of its own has none', () => {
    const schema = { type: 'object', properties: { a: { type: ['string', 'integer'] }, b: { type: 'null' } } };
    expect(worded(schema, 'a: [x]\nb: 1\n')).toEqual([
      { rule: 'schema', line: 1, column: 4, message: 'a: expected text or a whole number, found a list', hint: 'write text or a whole number here' },
      { rule: 'schema', line: 2, column: 4, message: 'b: expected nothing, found a whole number', hint: null },
    ]);
  });

  test('a missing property the schema does not describe is hinted by its name; unknown properties where none are allowed say so', () => {
    const schema = { type: 'object', required: ['name'], properties: { name: { type: 'string' } } };
    expect(worded(schema, 'kind: x\n')).toEqual([{ rule: 'schema', line: 1, column: 1, message: 'missing required property "name"', hint: 'add name' }]);
    expect(worded({ type: 'object', additionalProperties: false }, 'nmae: x\n')).toEqual([
      { rule: 'schema', line: 1, column: 1, message: 'unknown property "nmae"', hint: 'there are no allowed properties' },
    ]);
  });
});
