/** The wording of one schema error: message, hint and place. */
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Diagnostic } from './diagnostic.js';
import { kindOf, nounPhrase, quote, typeList } from './describe-value.js';
import { DURATION_HINT } from './duration.js';
import { childPointer, readablePath } from './json-pointer.js';
import { type ParsedDocument, diagnosticAt } from './located.js';
import { closestMatch, didYouMean } from './suggest.js';

interface SchemaNode {
  title?: string;
  description?: string;
  properties?: Record<string, { description?: string }>;
}

/** Missing properties that have a rule of their own, by document kind. */
const MISSING_RULES: Record<string, Record<string, { rule: string; hint: string }>> = {
  severities: {
    response_time: { rule: 'missing-response-time', hint: 'add response_time: how soon someone must acknowledge the incident, e.g. 15m' },
  },
};

function prefix(pointer: string, message: string): string {
  const path = readablePath(pointer);
  return path === '' ? message : `${path}: ${message}`;
}

// The duration's own hint is the one the parser uses, so the two never disagree.
function hintOf(schema: SchemaNode): string | null {
  if (schema.title === 'Duration') return DURATION_HINT;
  return schema.description ?? null;
}

const TYPE_HINTS: Record<string, string> = {
  string: 'write text here; quote it when it contains ": " or " #" or starts with one of [ ] { } & * ! | > \' " % @ `',
  array: 'write a list: one "- item" per line below the key, or [a, b] on the line',
  object: 'write a mapping: "key: value" lines indented below the key',
  integer: 'write a whole number such as 1',
  number: 'write a number',
  boolean: 'write true or false',
};

// How to write a value of the expected type(s), unless the schema knows better.
function typeHint(types: readonly string[], schema: SchemaNode): string | null {
  if (schema.title === 'Duration') return DURATION_HINT;
  if (types.length === 1) return TYPE_HINTS[types[0] as string] ?? null;
  return `write ${typeList(types)} here`;
}

/** One diagnostic for one (already collapsed) ajv error on `document`. */
export function describeSchemaError(document: ParsedDocument, kind: string, error: ErrorObject): Diagnostic {
  const path = error.instancePath;
  // The validators are compiled verbose (scripts/compile-schemas.mjs): every error carries the schema that failed.
  const schema = error.parentSchema as SchemaNode;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const property = String(params.missingProperty);
      const special = MISSING_RULES[kind]?.[property];
      // Stryker disable next-line OptionalChaining: the schemas are compiled strict (strictRequired), so a required property is always in properties
      const description = schema.properties?.[property]?.description;
      return diagnosticAt(
        document,
        childPointer(path, property),
        {
          rule: special?.rule ?? 'schema',
          message: prefix(path, `missing required property "${property}"`),
          hint: special?.hint ?? (description === undefined ? `add ${property}` : `add ${property}: ${description}`),
        },
        'key',
      );
    }
    case 'additionalProperties': {
      const property = String(params.additionalProperty);
      const allowed = Object.keys(schema.properties ?? {});
      const meant = closestMatch(property, allowed);
      const finding =
        meant === null
          ? { rule: 'schema', message: prefix(path, `unknown property ${JSON.stringify(property)}`), hint: didYouMean(property, allowed, 'allowed properties') }
          : {
              rule: 'schema',
              message: prefix(path, `unknown property ${JSON.stringify(property)}; did you mean ${JSON.stringify(meant)}?`),
              hint: `rename ${JSON.stringify(property)} to ${JSON.stringify(meant)}`,
            };
      return diagnosticAt(document, childPointer(path, property), finding, 'key');
    }
    case 'type': {
      const expected = params.type as string | string[];
      const types = Array.isArray(expected) ? expected : [expected];
      const message = `expected ${typeList(types)}, found ${kindOf(error.data)}`;
      return diagnosticAt(document, path, { rule: 'schema', message: prefix(path, message), hint: typeHint(types, schema) });
    }
    case 'pattern': {
      const what = schema.title === undefined ? `in the form ${String(params.pattern)}` : nounPhrase(schema.title);
      return diagnosticAt(document, path, { rule: 'schema', message: prefix(path, `${quote(error.data)} is not ${what}`), hint: hintOf(schema) });
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const message = `${quote(error.data)} is not one of ${allowed.map((value) => `"${value}"`).join(', ')}`;
      return diagnosticAt(document, path, { rule: 'schema', message: prefix(path, message), hint: didYouMean(String(error.data), allowed, 'allowed values') });
    }
    case 'const':
      return diagnosticAt(document, path, {
        rule: 'schema',
        message: prefix(path, `${quote(error.data)} must be ${quote(params.allowedValue)}`),
        hint: hintOf(schema),
      });
    case 'minItems':
      return diagnosticAt(document, path, {
        rule: 'schema',
        message: prefix(path, `needs at least ${String(params.limit)} ${params.limit === 1 ? 'item' : 'items'}`),
        hint: 'add items as "- item" lines below the key',
      });
    case 'minLength':
      return diagnosticAt(document, path, {
        rule: 'schema',
        message: prefix(path, params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters long`),
        hint: 'write the text, or remove the entry if it is optional',
      });
    case 'maxLength':
      return diagnosticAt(document, path, {
        rule: 'schema',
        message: prefix(path, `is longer than ${String(params.limit)} characters`),
        hint: `shorten it to at most ${String(params.limit)} characters`,
      });
    case 'minimum':
    case 'maximum':
      return diagnosticAt(document, path, {
        rule: 'schema',
        message: prefix(path, `${quote(error.data)} is ${error.keyword === 'minimum' ? 'below the minimum' : 'above the maximum'} of ${String(params.limit)}`),
        hint: hintOf(schema),
      });
    case 'uniqueItems': {
      const [first, second] = [Number(params.j), Number(params.i)].sort((a, b) => a - b) as [number, number];
      return diagnosticAt(document, childPointer(path, second), {
        rule: 'schema',
        message: prefix(childPointer(path, second), `repeats item ${first}`),
        hint: 'remove the repeated item',
      });
    }
    default:
      // Stryker disable next-line StringLiteral: ajv gives every error a message unless told not to, which the validators are not
      return diagnosticAt(document, path, { rule: 'schema', message: prefix(path, error.message ?? `fails "${error.keyword}"`), hint: hintOf(schema) });
  }
}
