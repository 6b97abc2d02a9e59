import extract from './operations.json' with { type: 'json' };

/** A JSON Schema object as the OpenAPI description writes it (OpenAPI 3.0 dialect). */
export type OpenApiSchema = { [keyword: string]: unknown };

/** One path, query or header parameter of an operation. */
export interface ParameterSpec {
  name: string;
  in: string;
  required: boolean;
  schema: OpenApiSchema;
}

/** One operation of GitHub's REST API, as extracted by `scripts/extract-openapi.mjs`. */
export interface OperationSpec {
  method: string;
  /** Path template, e.g. `/repos/{owner}/{repo}/issues/{issue_number}`. */
  path: string;
  /** The operation's page in GitHub's REST documentation (GitHub's `documentation_url`). */
  documentationUrl: string;
  parameters: ParameterSpec[];
  requestBody: { required: boolean; schema: OpenApiSchema | null } | null;
  /** Status code → JSON body schema (null: no body). */
  responses: Record<string, { schema: OpenApiSchema | null }>;
}

/** The extracted part of GitHub's OpenAPI description that the emulator serves. */
export interface OpenApiExtract {
  source: { package: string; version: string; file: string; openapi: string };
  operations: Record<string, OperationSpec>;
  components: { schemas: Record<string, OpenApiSchema> };
}

/** The operations the emulator serves and the schemas they reach (src/emulator/openapi/operations.json). */
export const openApi: OpenApiExtract = extract;
