import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ErrorObject } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_SHAPES, ENUM_SHAPES } from './document-shapes.js';
import {
  KINDS,
  SCHEMA_BASE,
  createAjv,
  playbookFiles,
  playbooksDir,
  readPlaybook,
  readSchemas,
  schemasDir,
  validateWith,
} from './schema-set.js';

type Node = Record<string, unknown>;

const schemas = readSchemas();
const { ajv, messages } = createAjv();

/** Keywords whose value is a map of name to subschema. */
const SCHEMA_MAPS = ['properties', '$defs', 'patternProperties', 'dependentSchemas'];
/** Keywords whose value is one subschema. */
const SCHEMA_VALUES = ['items', 'if', 'then', 'else', 'not', 'contains', 'additionalProperties', 'propertyNames'];
/** Keywords whose value is a list of subschemas. */
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];

const isText = (value: unknown): boolean => typeof value === 'string' && /\S/.test(value);

const escape = (key: string): string => key.replaceAll('~', '~0').replaceAll('/', '~1');

/** Every (sub)schema object in `schema`, with its JSON Pointer. */
function subschemas(schema: unknown, pointer = ''): { node: Node; pointer: string }[] {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return [];
  const node = schema as Node;
  const found = [{ node, pointer }];
  for (const [keyword, value] of Object.entries(node)) {
    if (SCHEMA_MAPS.includes(keyword)) {
      for (const [name, child] of Object.entries(value as Node)) {
        found.push(...subschemas(child, `${pointer}/${keyword}/${escape(name)}`));
      }
    } else if (SCHEMA_VALUES.includes(keyword)) {
      found.push(...subschemas(value, `${pointer}/${keyword}`));
    } else if (SCHEMA_LISTS.includes(keyword)) {
      (value as unknown[]).forEach((child, index) => found.push(...subschemas(child, `${pointer}/${keyword}/${index}`)));
    }
  }
  return found;
}

/** The value at JSON Pointer `pointer` inside `root`. */
function at(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((value, key) => (value as Node | undefined)?.[key], root);
}

/** A copy of `doc` with the value at `pointer` replaced, or removed when `value` is undefined. */
function changed(doc: unknown, pointer: string, value: unknown): unknown {
  const copy = structuredClone(doc);
  const slash = pointer.lastIndexOf('/');
  const parent = at(copy, pointer.slice(0, slash)) as Node;
  const key = pointer.slice(slash + 1);
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the key comes from a JSON Pointer, known only at run time
  if (value === undefined) delete parent[key];
  else parent[key] = value;
  return copy;
}

/** Errors as `keyword instancePath`, the shape the expectations are written in. */
const summary = (errors: ErrorObject[]): string[] => errors.map((error) => `${error.keyword} ${error.instancePath}`);

const schemaFiles = [...schemas.keys()];
const kindSchemaFiles = KINDS.map((kind) => `${kind}.schema.json`);

describe('schema files', () => {
  it('are the common definitions, the dispatcher and one schema per kind', () => {
    expect(schemaFiles).toEqual(['common.schema.json', 'playbook.schema.json', ...kindSchemaFiles].sort());
  });

  it.each(schemaFiles)('%s declares draft 2020-12, its stable $id, a title and a description', (file) => {
    const schema = schemas.get(file);
    expect(schema?.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema?.$id).toBe(`${SCHEMA_BASE}${file}`);
    expect(schema?.title).toMatch(/^playbook-ops /);
    expect(typeof schema?.description).toBe('string');
  });

  it('all compile in Ajv2020 strict mode without a warning', () => {
    for (const file of schemaFiles) expect(ajv.getSchema(SCHEMA_BASE + file), file).toBeTypeOf('function');
    expect(messages).toEqual([]);
  });

  it('refer to other files by $id only, and every reference resolves', () => {
    const refs = schemaFiles.flatMap((file) =>
      subschemas(schemas.get(file))
        .map(({ node }) => node.$ref)
        .filter((ref): ref is string => typeof ref === 'string')
        .map((ref) => new URL(ref, SCHEMA_BASE + file)),
    );
    expect(refs.length).toBeGreaterThan(50);
    for (const url of refs) {
      const file = url.href.slice(SCHEMA_BASE.length).split('#')[0] ?? '';
      expect(url.href.startsWith(SCHEMA_BASE), url.href).toBe(true);
      expect(schemas.has(file), url.href).toBe(true);
      expect(at(schemas.get(file), decodeURIComponent(url.hash.slice(1))), url.href).toBeTypeOf('object');
    }
  });

  it('close every object, describe every property and title every definition', () => {
    for (const file of schemaFiles) {
      for (const { node, pointer } of subschemas(schemas.get(file))) {
        const where = `${file}#${pointer}`;
        // The dispatcher only selects a kind schema; closing the object is that schema's job.
        const dispatcher = file === 'playbook.schema.json';
        if ((node.type === 'object' || 'properties' in node) && !dispatcher) {
          expect(node.additionalProperties, where).toBe(false);
        }
        // Properties inside an `if` are conditions, not definitions an editor shows help for.
        const condition = pointer.split('/').includes('if');
        for (const [name, property] of Object.entries((node.properties ?? {}) as Record<string, Node>)) {
          if (!condition) expect(isText(property.description), `${where}/properties/${name} has no description`).toBe(true);
        }
        for (const [name, definition] of Object.entries((node.$defs ?? {}) as Record<string, Node>)) {
          expect(isText(definition.title), `${where}/$defs/${name} has no title`).toBe(true);
          expect(isText(definition.description), `${where}/$defs/${name} has no description`).toBe(true);
        }
        expect('format' in node, `${where} uses format (ajv-formats is not loaded)`).toBe(false);
      }
    }
  });

  it('mirror every property of src/config/documents.ts, required exactly where the type requires it', () => {
    const objects = new Set<string>();
    for (const file of schemaFiles.filter((name) => name !== 'playbook.schema.json')) {
      for (const { node, pointer } of subschemas(schemas.get(file))) {
        if ('properties' in node) objects.add(`${file}#${pointer}`);
      }
    }
    expect([...objects].sort()).toEqual(DOCUMENT_SHAPES.map((shape) => `${shape.file}#${shape.pointer}`).sort());
    for (const shape of DOCUMENT_SHAPES) {
      const node = at(schemas.get(shape.file), shape.pointer) as Node;
      const where = `${shape.file}#${shape.pointer}`;
      const required = Object.keys(shape.presence).filter((name) => shape.presence[name] === 'required');
      expect(Object.keys(node.properties as Node).sort(), where).toEqual(Object.keys(shape.presence).sort());
      expect([...(node.required as string[])].sort(), where).toEqual(required.sort());
    }
  });

  it('list exactly the values of every string union in documents.ts', () => {
    for (const shape of ENUM_SHAPES) {
      expect((at(schemas.get(shape.file), shape.pointer) as Node).enum, `${shape.file}#${shape.pointer}`).toEqual(shape.values);
    }
  });

  it.each(KINDS)('the %s schema fixes kind with a const', (kind) => {
    expect(at(schemas.get(`${kind}.schema.json`), '/properties/kind/const')).toBe(kind);
  });

  it('the dispatcher lists every kind and sends each to its own schema', () => {
    const dispatcher = schemas.get('playbook.schema.json');
    expect(at(dispatcher, '/properties/kind/enum')).toEqual([...KINDS]);
    expect(dispatcher?.allOf).toEqual(
      KINDS.map((kind) => ({
        if: { type: 'object', properties: { kind: { const: kind } }, required: ['kind'] },
        then: { $ref: `${kind}.schema.json` },
      })),
    );
  });
});

describe('the default set', () => {
  const files = playbookFiles();

  it('has the fixed file layout', () => {
    expect(files).toEqual(
      [
        'communication.yaml',
        'contacts.yaml',
        'escalation.yaml',
        'postmortem.yaml',
        'process.yaml',
        'roles.yaml',
        'scenarios/data-integrity.yaml',
        'scenarios/performance-degradation.yaml',
        'scenarios/security-incident.yaml',
        'scenarios/service-outage.yaml',
        'settings.yaml',
        'severities.yaml',
        'tools.yaml',
      ].sort(),
    );
  });

  it.each(files)('%s validates against playbook.schema.json and its own kind schema', (file) => {
    const { doc } = readPlaybook(file);
    expect(validateWith(ajv, 'playbook.schema.json', doc)).toEqual([]);
    expect(validateWith(ajv, `${String(doc.kind)}.schema.json`, doc)).toEqual([]);
  });

  it.each(files)('%s starts with the yaml-language-server schema comment and a description line', (file) => {
    const { text, doc } = readPlaybook(file);
    const [first, second] = text.split('\n');
    const schemaPath = /^# yaml-language-server: \$schema=(\S+)$/.exec(first ?? '')?.[1];
    expect(schemaPath, first).toBeDefined();
    expect(resolve(dirname(join(playbooksDir, file)), schemaPath ?? '')).toBe(join(schemasDir, `${String(doc.kind)}.schema.json`));
    expect(existsSync(join(schemasDir, `${String(doc.kind)}.schema.json`))).toBe(true);
    expect(second).toMatch(/^# \S.*\S$/);
  });
});

describe('durations and handles', () => {
  const duration = ajv.getSchema(`${SCHEMA_BASE}common.schema.json#/$defs/duration`);
  const handle = ajv.getSchema(`${SCHEMA_BASE}common.schema.json#/$defs/github-handle`);
  const date = ajv.getSchema(`${SCHEMA_BASE}common.schema.json#/$defs/date`);

  it.each(['0m', '15m', '30m', '2h', '24h', '48h', '90d', '2w', '1h30m', '1d12h'])('accepts the duration %s', (text) => {
    expect(duration?.(text)).toBe(true);
  });

  it.each(['15 mins', '15', 'm', '1.5h', '15M', '-5m', '15s', '', ' 15m', '1h 30m'])('rejects the duration %j', (text) => {
    expect(duration?.(text)).toBe(false);
  });

  it.each(['@alice', '@a', '@alice-smith', '@my-org/sre-team', '@org/Team_1.x', '[GitHub Handle]', `@${'a'.repeat(39)}`])(
    'accepts the handle %s',
    (text) => {
      expect(handle?.(text)).toBe(true);
    },
  );

  it.each(['alice', '@', '@-alice', '@alice-', '@a--b', '@org/', '@org/team/x', '@al ice', '[GitHub Handle', `@${'a'.repeat(40)}`])(
    'rejects the handle %j',
    (text) => {
      expect(handle?.(text)).toBe(false);
    },
  );

  it.each([
    ['2026-11-27', true],
    ['2026-02-29', true],
    ['2026-13-01', false],
    ['27/11/2026', false],
    ['2026-11-27T00:00:00Z', false],
  ])('date %s valid: %s', (text, valid) => {
    expect(date?.(text)).toBe(valid);
  });
});

interface BadCase {
  name: string;
  /** The default-set file the broken document starts from. */
  file: string;
  /** JSON Pointer to change, and the new value (undefined removes it). */
  pointer: string;
  value: unknown;
  /** Expected errors as `keyword instancePath`, against the dispatcher and against the file's kind schema. */
  playbook: string[];
  kind: string[];
  /** Params of the first error. */
  params: Record<string, unknown>;
}

const BAD_CASES: BadCase[] = [
  {
    name: 'an unknown top-level property',
    file: 'settings.yaml',
    pointer: '/colour',
    value: 'blue',
    playbook: ['additionalProperties ', 'if '],
    kind: ['additionalProperties '],
    params: { additionalProperty: 'colour' },
  },
  {
    name: 'an unknown nested property',
    file: 'contacts.yaml',
    pointer: '/contacts/0/pager',
    value: '555',
    playbook: ['additionalProperties /contacts/0', 'if '],
    kind: ['additionalProperties /contacts/0'],
    params: { additionalProperty: 'pager' },
  },
  {
    name: 'a duration written 15 mins',
    file: 'severities.yaml',
    pointer: '/severities/0/response_time',
    value: '15 mins',
    playbook: ['pattern /severities/0/response_time', 'if '],
    kind: ['pattern /severities/0/response_time'],
    params: { pattern: '^(\\d+[wdhm])+$' },
  },
  {
    name: 'a review cadence in words',
    file: 'roles.yaml',
    pointer: '/review/cadence',
    value: 'quarterly',
    playbook: ['pattern /review/cadence', 'if '],
    kind: ['pattern /review/cadence'],
    params: { pattern: '^(\\d+[wdhm])+$' },
  },
  {
    name: 'a GitHub handle without @',
    file: 'contacts.yaml',
    pointer: '/contacts/0/github',
    value: 'alice',
    playbook: ['pattern /contacts/0/github', 'if '],
    kind: ['pattern /contacts/0/github'],
    params: {},
  },
  {
    name: 'an owner without @',
    file: 'process.yaml',
    pointer: '/review/owners/0',
    value: 'alice',
    playbook: ['pattern /review/owners/0', 'if '],
    kind: ['pattern /review/owners/0'],
    params: {},
  },
  {
    name: 'no owners',
    file: 'tools.yaml',
    pointer: '/review/owners',
    value: [],
    playbook: ['minItems /review/owners', 'if '],
    kind: ['minItems /review/owners'],
    params: { limit: 1 },
  },
  {
    name: 'a date that is not YYYY-MM-DD',
    file: 'settings.yaml',
    pointer: '/review/last_reviewed',
    value: '27/11/2026',
    playbook: ['pattern /review/last_reviewed', 'if '],
    kind: ['pattern /review/last_reviewed'],
    params: {},
  },
  {
    name: 'a wrong kind',
    file: 'roles.yaml',
    pointer: '/kind',
    value: 'role',
    playbook: ['enum /kind'],
    kind: ['const /kind'],
    params: { allowedValues: [...KINDS] },
  },
  {
    name: 'no kind',
    file: 'communication.yaml',
    pointer: '/kind',
    value: undefined,
    playbook: ['required '],
    kind: ['required '],
    params: { missingProperty: 'kind' },
  },
  {
    name: 'a missing required field',
    file: 'scenarios/service-outage.yaml',
    pointer: '/steps',
    value: undefined,
    playbook: ['required ', 'if '],
    kind: ['required '],
    params: { missingProperty: 'steps' },
  },
  {
    name: 'a missing required nested field',
    file: 'escalation.yaml',
    pointer: '/technical/0/after',
    value: undefined,
    playbook: ['required /technical/0', 'if '],
    kind: ['required /technical/0'],
    params: { missingProperty: 'after' },
  },
  {
    name: 'no symptoms',
    file: 'scenarios/data-integrity.yaml',
    pointer: '/symptoms',
    value: [],
    playbook: ['minItems /symptoms', 'if '],
    kind: ['minItems /symptoms'],
    params: { limit: 1 },
  },
  {
    name: 'an empty response step',
    file: 'scenarios/security-incident.yaml',
    pointer: '/steps/2',
    value: '',
    playbook: ['minLength /steps/2', 'if '],
    kind: ['minLength /steps/2'],
    params: { limit: 1 },
  },
  {
    name: 'a phase step that is neither text nor a titled step',
    file: 'process.yaml',
    pointer: '/phases/0/steps/0',
    value: 42,
    playbook: ['type /phases/0/steps/0', 'type /phases/0/steps/0', 'oneOf /phases/0/steps/0', 'if '],
    kind: ['type /phases/0/steps/0', 'type /phases/0/steps/0', 'oneOf /phases/0/steps/0'],
    params: { type: 'string' },
  },
  {
    name: 'a contact named twice at one level',
    file: 'escalation.yaml',
    pointer: '/technical/0/contacts',
    value: ['cto', 'cto'],
    playbook: ['uniqueItems /technical/0/contacts', 'if '],
    kind: ['uniqueItems /technical/0/contacts'],
    params: { i: 1, j: 0 },
  },
  {
    name: 'severity level 0',
    file: 'severities.yaml',
    pointer: '/severities/3/level',
    value: 0,
    playbook: ['minimum /severities/3/level', 'if '],
    kind: ['minimum /severities/3/level'],
    params: { comparison: '>=', limit: 1 },
  },
  {
    name: 'a post-mortem flag written as text',
    file: 'severities.yaml',
    pointer: '/severities/0/postmortem/required',
    value: 'yes',
    playbook: ['type /severities/0/postmortem/required', 'if '],
    kind: ['type /severities/0/postmortem/required'],
    params: { type: 'boolean' },
  },
  {
    name: 'an id that is not kebab-case',
    file: 'scenarios/performance-degradation.yaml',
    pointer: '/id',
    value: 'Performance Degradation',
    playbook: ['pattern /id', 'if '],
    kind: ['pattern /id'],
    params: { pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
  },
  {
    name: 'an unknown permission',
    file: 'settings.yaml',
    pointer: '/minimum_permission',
    value: 'owner',
    playbook: ['enum /minimum_permission', 'if '],
    kind: ['enum /minimum_permission'],
    params: { allowedValues: ['read', 'triage', 'write', 'maintain', 'admin'] },
  },
];

describe('invalid documents fail with the right keyword at the right place', () => {
  it.each(BAD_CASES)('$name', (bad) => {
    const original = readPlaybook(bad.file).doc;
    const doc = changed(original, bad.pointer, bad.value);
    const playbookErrors = validateWith(ajv, 'playbook.schema.json', doc);
    const kindErrors = validateWith(ajv, `${String(original.kind)}.schema.json`, doc);
    expect(summary(playbookErrors)).toEqual(bad.playbook);
    expect(summary(kindErrors)).toEqual(bad.kind);
    expect(playbookErrors[0]?.params).toMatchObject(bad.params);
    expect(kindErrors[0]?.params).toMatchObject(bad.kind[0]?.startsWith('const') ? { allowedValue: original.kind } : bad.params);
  });

  it('an unknown kind is one error that lists the kinds', () => {
    const errors = validateWith(ajv, 'playbook.schema.json', { kind: 'runbook', steps: ['x'], extra: true });
    expect(errors).toEqual([
      expect.objectContaining({ keyword: 'enum', instancePath: '/kind', params: { allowedValues: [...KINDS] } }),
    ]);
  });

  it('a document that is not a mapping is one type error', () => {
    expect(summary(validateWith(ajv, 'playbook.schema.json', ['kind', 'settings']))).toEqual(['type ']);
  });
});
