import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { EVENT_VARIANTS, byEvent } from './event-variants.js';
import { addFormats } from './formats.js';
import type { OpenApiExtract, OpenApiSchema, OperationSpec } from './spec.js';
import { toJsonSchema } from './to-json-schema.js';

/** Where the converted description lives for ajv; every `$ref` points into it. */
const DOCUMENT_ID = 'https://playbook-ops.invalid/github-openapi.json';

/** One thing a request or response got wrong against the description. */
export interface SchemaFailure {
  /** Where, e.g. `body/labels/0`, `query/per_page`, `path/issue_number`. */
  where: string;
  /** What, in ajv's words. */
  message: string;
  /** The same as GitHub words it in a 422 "Invalid request." message. */
  detail: string;
}

/** The part of an exchange a validator checks. */
type Part = 'path' | 'query' | 'body' | `response:${string}`;

function describe(error: ErrorObject, root: string): SchemaFailure {
  const inner = error.instancePath.slice(1);
  const where = inner === '' ? root : `${root}/${inner}`;
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty: string }).missingProperty;
    return { where: `${where}/${missing}`, message: `must have required property '${missing}'`, detail: `"${missing}" wasn't supplied.` };
  }
  const message = error.message ?? 'is invalid';
  return { where, message, detail: `For '${inner === '' ? root : inner}', ${JSON.stringify(error.data)} ${message}.` };
}

/**
 * Checks requests and responses of the served operations against GitHub's OpenAPI description.
 * Each (operation, part) validator is compiled on first use: most runs touch a few operations.
 */
export class OpenApiValidator {
  readonly #operations: Record<string, OperationSpec>;
  /** For bodies and responses: values are checked as they are. */
  readonly #strict: Ajv;
  /** For path and query parameters, which arrive as strings: coerced to their types, defaults filled in. */
  readonly #coercing: Ajv;
  readonly #compiled = new Map<string, ValidateFunction>();

  constructor(extract: OpenApiExtract) {
    this.#operations = extract.operations;
    const schemas = Object.fromEntries(Object.entries(extract.components.schemas).map(([name, schema]) => [name, toJsonSchema(schema, DOCUMENT_ID)]));
    // Issue events and timeline items are checked against the variant their `event` names.
    for (const name of Object.keys(EVENT_VARIANTS)) schemas[name] = byEvent(name, DOCUMENT_ID);
    const document = { $id: DOCUMENT_ID, components: { schemas } };
    // strict off: OpenAPI keywords (discriminator, x-*) are not JSON Schema. First error only and
    // no inlined refs: compiling GitHub's large schemas (issue events: an anyOf of twenty) takes a
    // third of the time, and GitHub itself reports one problem per 422.
    const options = { strict: false, allErrors: false, verbose: true, validateSchema: false, inlineRefs: false } as const;
    this.#strict = new Ajv({ ...options });
    this.#coercing = new Ajv({ ...options, coerceTypes: true, useDefaults: true });
    for (const ajv of [this.#strict, this.#coercing]) {
      addFormats(ajv);
      ajv.addSchema(document);
    }
  }

  #operation(operationId: string): OperationSpec {
    const operation = this.#operations[operationId];
    if (operation === undefined) throw new Error(`emulator: no OpenAPI operation ${operationId}`);
    return operation;
  }

  #validator(operationId: string, part: Part, build: () => { ajv: Ajv; schema: OpenApiSchema }): ValidateFunction {
    const key = `${operationId} ${part}`;
    let validate = this.#compiled.get(key);
    if (validate === undefined) {
      const { ajv, schema } = build();
      validate = ajv.compile(toJsonSchema(schema, DOCUMENT_ID));
      this.#compiled.set(key, validate);
    }
    return validate;
  }

  #run(validate: ValidateFunction, value: unknown, root: string): SchemaFailure[] {
    if (validate(value)) return [];
    // An `if` error only repeats, at the object, the `then` error reported before it.
    return (validate.errors ?? []).filter((error) => error.keyword !== 'if').map((error) => describe(error, root));
  }

  /**
   * Checks path or query parameters, converting `values` in place to the declared types and filling
   * in declared defaults (so `per_page` arrives as a number, `state` as `open` when absent).
   */
  parameters(operationId: string, location: 'path' | 'query', values: Record<string, unknown>): SchemaFailure[] {
    const validate = this.#validator(operationId, location, () => {
      const parameters = this.#operation(operationId).parameters.filter((parameter) => parameter.in === location);
      return {
        ajv: this.#coercing,
        schema: {
          type: 'object',
          properties: Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter.schema])),
          required: parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name),
        },
      };
    });
    return this.#run(validate, values, location);
  }

  /** Checks a request body; a missing body is checked as `{}`, as GitHub treats it. */
  body(operationId: string, body: unknown): SchemaFailure[] {
    const requestBody = this.#operation(operationId).requestBody;
    if (requestBody === null || requestBody.schema === null) return [];
    const schema = requestBody.schema;
    const validate = this.#validator(operationId, 'body', () => ({ ajv: this.#strict, schema }));
    return this.#run(validate, body ?? {}, 'body');
  }

  /**
   * Checks a response. A documented status is checked against its schema; a success documented
   * without one (204) must have no body. An error status the description leaves without a schema,
   * or does not list, must still be GitHub's error shape (every GitHub error has a JSON body, even
   * where the description omits it). An undocumented success is a failure in itself.
   */
  response(operationId: string, status: number, body: unknown): SchemaFailure[] {
    const documented = this.#operation(operationId).responses[String(status)];
    const where = `response ${status}`;
    if (documented === undefined && status < 400) {
      return [{ where, message: `status ${status} is not documented for ${operationId}`, detail: '' }];
    }
    if (status < 400 && documented?.schema === null) {
      return body === undefined ? [] : [{ where, message: 'must have no body', detail: '' }];
    }
    const schema = documented?.schema ?? null;
    const validate =
      schema === null
        ? this.#validator(operationId, 'response:error', () => ({ ajv: this.#strict, schema: { $ref: '#/components/schemas/basic-error' } }))
        : this.#validator(operationId, `response:${status}`, () => ({ ajv: this.#strict, schema }));
    return this.#run(validate, body, where);
  }
}
