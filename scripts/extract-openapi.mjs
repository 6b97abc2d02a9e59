#!/usr/bin/env node
/**
 * Extracts, from GitHub's official OpenAPI description, the operations the emulator serves and the
 * component schemas they reach, into src/emulator/openapi/operations.json.
 *
 * `@octokit/openapi` unpacks to about 385 MB (several API versions, dereferenced copies), too much
 * to install on every CI run, so it is installed at a pinned version into a temporary directory,
 * read once, and removed. Run with `npm run openapi:extract` after changing OPERATION_IDS or the
 * version; commit the regenerated file.
 *
 * The output keeps the schemas as GitHub wrote them (OpenAPI 3.0, `nullable` and all), minus
 * annotations that validation never reads (descriptions, examples, titles, x-* extensions).
 * Parameters and responses are inlined; only `#/components/schemas/...` references remain.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Matches the `openapi-version` of the `@octokit/openapi-types` that `@octokit/rest` 22 depends on. */
const OPENAPI_VERSION = '23.0.1';
const DESCRIPTION_FILE = 'generated/api.github.com.json';
const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'emulator', 'openapi', 'operations.json');

/** Every operation the emulator serves; src/emulator/routes/ has exactly one handler for each. */
const OPERATION_IDS = [
  'rate-limit/get',
  'repos/get',
  'repos/get-collaborator-permission-level',
  'repos/get-content',
  'repos/create-or-update-file-contents',
  'issues/list-for-repo',
  'issues/create',
  'issues/get',
  'issues/update',
  'issues/list-labels-for-repo',
  'issues/create-label',
  'issues/get-label',
  'issues/update-label',
  'issues/list-labels-on-issue',
  'issues/add-labels',
  'issues/set-labels',
  'issues/remove-label',
  'issues/remove-all-labels',
  'issues/list-comments',
  'issues/create-comment',
  'issues/get-comment',
  'issues/update-comment',
  'issues/delete-comment',
  'issues/add-assignees',
  'issues/remove-assignees',
  'issues/list-events',
  'issues/list-events-for-timeline',
  'git/create-blob',
  'git/get-blob',
  'git/create-tree',
  'git/get-tree',
  'git/create-commit',
  'git/get-commit',
  'git/get-ref',
  'git/create-ref',
  'git/update-ref',
  'pulls/list',
  'pulls/create',
  'pulls/get',
  'pulls/update',
  'pulls/list-reviews',
  'pulls/create-review',
  'pulls/request-reviewers',
  'pulls/merge',
  'checks/create',
  'checks/update',
  'actions/get-workflow',
  'actions/disable-workflow',
  'actions/enable-workflow',
];

/** Schema keywords that only annotate: validation never reads them, so they are dropped. */
const ANNOTATIONS = new Set(['description', 'example', 'examples', 'title', 'externalDocs', 'deprecated', 'readOnly', 'writeOnly']);
const SCHEMA_MAPS = ['properties', 'patternProperties'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'];
const SCHEMA_SINGLES = ['items', 'additionalProperties', 'not'];

function install() {
  const dir = mkdtempSync(join(tmpdir(), 'playbook-ops-openapi-'));
  execFileSync('npm', ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `@octokit/openapi@${OPENAPI_VERSION}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return dir;
}

function pointer(document, ref) {
  if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((node, key) => {
      if (node === undefined || !(key in node)) throw new Error(`dangling $ref ${ref}`);
      return node[key];
    }, document);
}

/** Follows references that are not schema references (parameters, responses, headers). */
function deref(document, node) {
  let current = node;
  while (current.$ref !== undefined && !current.$ref.startsWith('#/components/schemas/')) current = pointer(document, current.$ref);
  return current;
}

/** A copy of `schema` without annotations; records each component schema it references. */
function cleanSchema(schema, reached) {
  if (typeof schema !== 'object' || schema === null) return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    if (key === '$ref') {
      reached.add(value.replace('#/components/schemas/', ''));
      out.$ref = value;
    } else if (SCHEMA_MAPS.includes(key)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, cleanSchema(sub, reached)]));
    } else if (SCHEMA_LISTS.includes(key)) {
      out[key] = value.map((sub) => cleanSchema(sub, reached));
    } else if (SCHEMA_SINGLES.includes(key) && typeof value === 'object') {
      out[key] = cleanSchema(value, reached);
    } else {
      out[key] = value;
    }
  }
  return out;
}

function jsonSchemaOf(content) {
  const media = content?.['application/json'] ?? content?.['application/scim+json'];
  return media?.schema;
}

function extractOperation(document, method, path, operation, reached) {
  const parameters = (operation.parameters ?? []).map((ref) => {
    const parameter = deref(document, ref);
    return { name: parameter.name, in: parameter.in, required: parameter.required === true, schema: cleanSchema(parameter.schema, reached) };
  });
  let requestBody = null;
  if (operation.requestBody !== undefined) {
    const body = deref(document, operation.requestBody);
    const schema = jsonSchemaOf(body.content);
    requestBody = { required: body.required === true, schema: schema === undefined ? null : cleanSchema(schema, reached) };
  }
  const responses = {};
  for (const [status, ref] of Object.entries(operation.responses)) {
    const response = deref(document, ref);
    const schema = jsonSchemaOf(response.content);
    responses[status] = { schema: schema === undefined ? null : cleanSchema(schema, reached) };
  }
  return {
    method: method.toUpperCase(),
    path,
    documentationUrl: operation.externalDocs?.url ?? 'https://docs.github.com/rest',
    parameters,
    requestBody,
    responses,
  };
}

function extract(document) {
  const reached = new Set();
  const operations = {};
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (typeof operation !== 'object' || !OPERATION_IDS.includes(operation.operationId)) continue;
      operations[operation.operationId] = extractOperation(document, method, path, operation, reached);
    }
  }
  const missing = OPERATION_IDS.filter((id) => operations[id] === undefined);
  if (missing.length > 0) throw new Error(`not in the description: ${missing.join(', ')}`);
  // Close over references: each component schema may reach further ones.
  const schemas = {};
  const pending = [...reached];
  while (pending.length > 0) {
    const name = pending.pop();
    if (schemas[name] !== undefined) continue;
    const found = new Set();
    schemas[name] = cleanSchema(pointer(document, `#/components/schemas/${name}`), found);
    for (const next of found) if (schemas[next] === undefined) pending.push(next);
  }
  const sortedOperations = Object.fromEntries(OPERATION_IDS.map((id) => [id, operations[id]]));
  const sortedSchemas = Object.fromEntries(Object.keys(schemas).sort().map((name) => [name, schemas[name]]));
  return { operations: sortedOperations, components: { schemas: sortedSchemas } };
}

const dir = install();
try {
  const document = JSON.parse(readFileSync(join(dir, 'node_modules', '@octokit', 'openapi', DESCRIPTION_FILE), 'utf8'));
  const output = {
    source: { package: '@octokit/openapi', version: OPENAPI_VERSION, file: DESCRIPTION_FILE, openapi: document.openapi },
    ...extract(document),
  };
  writeFileSync(OUTPUT, `${JSON.stringify(output, null, 1)}\n`);
  const size = Buffer.byteLength(JSON.stringify(output));
  process.stdout.write(
    `wrote ${OUTPUT}: ${Object.keys(output.operations).length} operations, ${Object.keys(output.components.schemas).length} schemas, ${Math.round(size / 1024)} KiB\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
