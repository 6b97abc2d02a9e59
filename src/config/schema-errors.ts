/**
 * Turning ajv's errors into diagnostics a person can act on. ajv reports every failed keyword,
 * including each failed branch of a `oneOf` and the `if` of an if/then, so one typo can yield
 * four errors; here they collapse into one message at the offending node, worded for YAML
 * authors, with a hint taken from the schema's own descriptions.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Diagnostic } from './diagnostic.js';
import { describeSchemaError } from './schema-messages.js';
import { closestMatch } from './suggest.js';
import type { ParsedDocument } from './located.js';

function isUnder(pointer: string, base: string): boolean {
  return pointer === base || pointer.startsWith(`${base}/`);
}

/**
 * Replaces the branch errors of a failed `oneOf`/`anyOf` at `path` by the errors of the branch
 * the author most likely meant: branches whose type did not even match are dropped, unless no
 * branch matched the type, in which case one type error lists every accepted type.
 */
function collapseBranches(branchErrors: ErrorObject[], choice: ErrorObject): ErrorObject[] {
  const path = choice.instancePath;
  const typeMisses = branchErrors.filter((error) => error.keyword === 'type' && error.instancePath === path);
  const others = branchErrors.filter((error) => !typeMisses.includes(error));
  if (others.length > 0) return others;
  if (typeMisses.length === 0) return [choice];
  const types = typeMisses.flatMap((error) => {
    const type = (error.params as { type: string | string[] }).type;
    return Array.isArray(type) ? type : [type];
  });
  return [{ ...(typeMisses[0] as ErrorObject), params: { type: types } }];
}

/** ajv's errors with the noise of combinators removed, in ajv's order. */
export function essentialErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const kept: ErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf') {
      // With allErrors, ajv lists a combinator's branch errors right before the combinator's own.
      let start = kept.length;
      while (start > 0 && isUnder((kept[start - 1] as ErrorObject).instancePath, error.instancePath)) start -= 1;
      kept.push(...collapseBranches(kept.splice(start), error));
      continue;
    }
    kept.push(error);
  }
  return kept;
}

/** The property that the unknown property of an `additionalProperties` error is closest to, if any. */
function meantProperty(error: ErrorObject): string | null {
  // The validators are compiled verbose (scripts/compile-schemas.mjs): every error carries the schema that failed.
  const schema = error.parentSchema as { properties?: Record<string, unknown> };
  return closestMatch(String((error.params as { additionalProperty: unknown }).additionalProperty), Object.keys(schema.properties ?? {}));
}

/**
 * `errors` without the `required` errors that a misspelt key explains: `nmae: x` beside a missing
 * `name` is one mistake, reported once, at the misspelt key that names the property it meant.
 */
function withoutMisspeltRequired(errors: readonly ErrorObject[]): ErrorObject[] {
  // Stryker disable next-line MethodExpression,ConditionalExpression: another error has no unknown key, and "undefined" is close to no property of the schemas
  const unknownKeys = errors.filter((error) => error.keyword === 'additionalProperties');
  // An unknown key with nothing close (null) joins as "<path>\n", which names no property.
  const meant = new Set(unknownKeys.map((error) => [error.instancePath, meantProperty(error)].join('\n')));
  return errors.filter((error) => {
    // Stryker disable next-line ConditionalExpression: other errors have no missingProperty, and "undefined" is no property a misspelt key is closest to
    if (error.keyword !== 'required') return true;
    return !meant.has([error.instancePath, String((error.params as { missingProperty: unknown }).missingProperty)].join('\n'));
  });
}

/** The diagnostics for ajv's `errors` on `document` of kind `kind`, one per distinct problem. */
export function schemaDiagnostics(document: ParsedDocument, kind: string, errors: readonly ErrorObject[]): Diagnostic[] {
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const error of withoutMisspeltRequired(essentialErrors(errors))) {
    const diagnostic = describeSchemaError(document, kind, error);
    const key = `${diagnostic.pointer}\n${diagnostic.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}
