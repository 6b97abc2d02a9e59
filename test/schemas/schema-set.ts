/** Loads playbook-ops' JSON Schemas and default playbooks for the schema tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { AnySchemaObject, ErrorObject } from 'ajv/dist/2020.js';
import { load } from 'js-yaml';
import type { DocKind } from '../../src/config/documents.js';
import { packageRoot } from '../../src/package-root.js';

/** Every schema's `$id` is this base plus its file name. */
export const SCHEMA_BASE = 'https://playbook-ops.github.io/schemas/v1/';

/** Every document kind, in the order the dispatcher lists them. */
export const KINDS = [
  'settings',
  'roles',
  'severities',
  'process',
  'scenario',
  'communication',
  'escalation',
  'contacts',
  'postmortem',
  'tools',
] as const satisfies readonly DocKind[];

/** Absolute path of the shipped `schemas/` directory. */
export const schemasDir = join(packageRoot(), 'schemas');
/** Absolute path of the shipped default set. */
export const playbooksDir = join(packageRoot(), 'playbooks');

/** Every `*.schema.json` in `schemas/`, parsed, keyed by file name. */
export function readSchemas(): Map<string, AnySchemaObject> {
  const schemas = new Map<string, AnySchemaObject>();
  for (const file of readdirSync(schemasDir).filter((name) => name.endsWith('.schema.json')).sort()) {
    schemas.set(file, JSON.parse(readFileSync(join(schemasDir, file), 'utf8')) as AnySchemaObject);
  }
  return schemas;
}

/** An Ajv2020 in strict mode holding every schema, and everything it logged. */
export interface StrictAjv {
  ajv: Ajv2020;
  /** Messages Ajv logged (warnings would land here rather than throw). */
  messages: string[];
}

/** A strict, all-errors Ajv2020 with every schema added (not yet compiled). */
export function createAjv(): StrictAjv {
  const messages: string[] = [];
  const record = (...args: unknown[]): void => {
    messages.push(args.map(String).join(' '));
  };
  const ajv = new Ajv2020({ strict: true, allErrors: true, logger: { log: record, warn: record, error: record } });
  for (const schema of readSchemas().values()) ajv.addSchema(schema);
  return { ajv, messages };
}

/** Validates `doc` against the schema in `file` (e.g. `playbook.schema.json`); the errors, `[]` when valid. */
export function validateWith(ajv: Ajv2020, file: string, doc: unknown): ErrorObject[] {
  const validate = ajv.getSchema(SCHEMA_BASE + file);
  if (validate === undefined) throw new Error(`no schema ${file}`);
  return validate(doc) ? [] : [...(validate.errors ?? [])];
}

/** The YAML files of the default set, relative to `playbooks/` with `/` separators, sorted. */
export function playbookFiles(): string[] {
  return readdirSync(playbooksDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.split(sep).join('/'))
    .sort();
}

/** One file of the default set: its text and the parsed document. */
export function readPlaybook(file: string): { text: string; doc: Record<string, unknown> } {
  const text = readFileSync(join(playbooksDir, file), 'utf8');
  return { text, doc: load(text) as Record<string, unknown> };
}

/** Path of `file` (inside `playbooks/`) relative to the package root, for messages. */
export function shown(file: string): string {
  return relative(packageRoot(), join(playbooksDir, file));
}
