/**
 * The JSON Schema validator of each document kind. The schemas in `schemas/` are compiled ahead
 * of time by `scripts/compile-schemas.mjs` into `generated/validators.ts` (ajv standalone code,
 * strict, all errors, verbose): compiling them at run time would cost every CLI and Action run
 * about a quarter of a second, loading the generated module costs about 15 ms. It is imported
 * statically so the Action's bundle stays one file. A test fails when it and the schemas disagree.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { DocKind } from './documents.js';
import { validators } from './generated/validators.js';

/** ajv's errors for `document` checked against the schema of `kind`; empty when it is valid. */
export function schemaErrors(kind: DocKind, document: unknown): ErrorObject[] {
  const validate = validators[kind];
  // Stryker disable next-line ArrayDeclaration: ajv sets errors whenever validation fails
  return validate(document) ? [] : [...(validate.errors ?? [])];
}
