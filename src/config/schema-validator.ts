/**
 * The JSON Schema validators of the document kinds. The schemas in `schemas/` are compiled once
 * per process, on first use, because compiling costs far more than validating.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { packageRoot } from '../package-root.js';
import type { DocKind } from './documents.js';
import { DOC_KINDS } from './kinds.js';

/** The base of every schema `$id`. */
export const SCHEMA_BASE_URL = 'https://playbook-ops.github.io/schemas/v1/';

/** Checks one document of a known kind; returns ajv's errors, empty when it is valid. */
export type KindValidator = (document: unknown) => ErrorObject[];

let validators: Promise<Map<DocKind, KindValidator>> | undefined;

/** Reads every `*.schema.json` of `dir`. */
export async function readSchemas(dir: string): Promise<Record<string, unknown>[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.schema.json')).sort();
  return Promise.all(names.map(async (name) => JSON.parse(await readFile(join(dir, name), 'utf8')) as Record<string, unknown>));
}

/**
 * An ajv instance holding `schemas`, configured as the validator needs: strict (a typo in a
 * schema is a bug, not a silently ignored keyword), every error (one run reports all problems)
 * and verbose (errors carry the failing sub-schema, used to word messages and suggestions).
 */
export function createAjv(schemas: Record<string, unknown>[]): Ajv2020 {
  return new Ajv2020({ strict: true, allErrors: true, verbose: true, schemas });
}

function wrap(validate: ValidateFunction): KindValidator {
  return (document) => (validate(document) ? [] : [...(validate.errors ?? [])]);
}

async function compile(): Promise<Map<DocKind, KindValidator>> {
  const ajv = createAjv(await readSchemas(join(packageRoot(), 'schemas')));
  const map = new Map<DocKind, KindValidator>();
  for (const kind of DOC_KINDS) {
    const validate = ajv.getSchema(`${SCHEMA_BASE_URL}${kind}.schema.json`);
    if (validate === undefined) throw new Error(`playbook-ops: schemas/${kind}.schema.json is missing from ${packageRoot()}`);
    map.set(kind, wrap(validate));
  }
  return map;
}

/** The validator of each document kind, compiled on the first call and shared afterwards. */
export function kindValidators(): Promise<Map<DocKind, KindValidator>> {
  validators ??= compile().catch((error: unknown) => {
    validators = undefined;
    throw error;
  });
  return validators;
}
