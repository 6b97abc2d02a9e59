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
 */
export function toJsonSchema(schema: OpenApiSchema, refBase: string): OpenApiSchema {
  if (typeof schema.$ref === 'string') return { $ref: `${refBase}${schema.$ref}` };
  const out: OpenApiSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'nullable') continue;
    if (SCHEMA_MAPS.includes(key) && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, isObject(sub) ? toJsonSchema(sub, refBase) : sub]));
    } else if (SCHEMA_LISTS.includes(key) && Array.isArray(value)) {
      out[key] = value.map((sub: unknown) => (isObject(sub) ? toJsonSchema(sub, refBase) : sub));
    } else if (SCHEMA_SINGLES.includes(key) && isObject(value)) {
      out[key] = toJsonSchema(value, refBase);
    } else {
      out[key] = value;
    }
  }
  if (schema.nullable !== true) return out;
  if (typeof out.type === 'string' && out.enum === undefined && SCHEMA_LISTS.every((key) => out[key] === undefined)) {
    return { ...out, type: [out.type, 'null'] };
  }
  return { anyOf: [out, { type: 'null' }] };
}
