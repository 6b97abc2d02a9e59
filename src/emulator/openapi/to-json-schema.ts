import type { OpenApiSchema } from './spec.js';

const SCHEMA_MAPS = ['properties', 'patternProperties'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'];
const SCHEMA_SINGLES = ['items', 'additionalProperties', 'not'];

function isObject(value: unknown): value is OpenApiSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Turns an OpenAPI 3.0 schema into a JSON Schema (draft-07) that ajv validates as OpenAPI means it.
 *
 * - `nullable: true` becomes "or null". Ajv's own `nullable` support needs a `type` beside it and
 *   ignores `enum` (a nullable enum still refuses null); GitHub's description has both forms.
 * - `$ref` becomes absolute (`refBase#/components/schemas/x`) so any piece compiles on its own;
 *   keywords beside a `$ref` are dropped, as OpenAPI 3.0 ignores them.
 * - `oneOf` is checked as `anyOf`: GitHub's description uses `oneOf` for alternatives that
 *   overlap (a 409 is `basic-error` or `repository-rule-violation-error`, and any basic error is
 *   both), so GitHub's own answers would fail "exactly one".
 */
export function toJsonSchema(schema: OpenApiSchema, refBase: string): OpenApiSchema {
  if (typeof schema.$ref === 'string') return { $ref: `${refBase}${schema.$ref}` };
  const out: OpenApiSchema = {};
  let oneOf: unknown[] | undefined;
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'nullable') continue;
    if (SCHEMA_MAPS.includes(key) && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, isObject(sub) ? toJsonSchema(sub, refBase) : sub]));
    } else if (SCHEMA_LISTS.includes(key) && Array.isArray(value)) {
      const converted = value.map((sub: unknown) => (isObject(sub) ? toJsonSchema(sub, refBase) : sub));
      if (key === 'oneOf') oneOf = converted;
      else out[key] = converted;
    } else if (SCHEMA_SINGLES.includes(key) && isObject(value)) {
      out[key] = toJsonSchema(value, refBase);
    } else {
      out[key] = value;
    }
  }
  if (oneOf !== undefined) {
    if (out.anyOf === undefined) out.anyOf = oneOf;
    else out.allOf = [...(Array.isArray(out.allOf) ? (out.allOf as unknown[]) : []), { anyOf: oneOf }];
  }
  if (schema.nullable !== true) return out;
  if (typeof out.type === 'string' && out.enum === undefined && SCHEMA_LISTS.every((key) => out[key] === undefined)) {
    return { ...out, type: [out.type, 'null'] };
  }
  return { anyOf: [out, { type: 'null' }] };
}
