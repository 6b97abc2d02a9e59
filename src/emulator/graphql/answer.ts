/**
 * Answers `POST /graphql` as GitHub does: a query is parsed and validated against GitHub's
 * published schema (a query GitHub would reject gets GitHub's `errors` answer, and is recorded as a
 * validation issue so the test that sent it fails), then executed over the emulator's state.
 */
import { execute, parse, validate } from 'graphql';
import type { EmulatorState } from '../state/types.js';
import { rootValue } from './resolvers.js';
import { githubSchema } from './schema.js';

/** What the pipeline sends back, and the problems to record. */
export interface GraphqlAnswer {
  status: number;
  body: unknown;
  /** Why GitHub would refuse the query; empty for a query it accepts. */
  refused: string[];
}

interface GraphqlRequest {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

function refusal(status: number, messages: string[]): GraphqlAnswer {
  return { status, body: { errors: messages.map((message) => ({ message })) }, refused: messages };
}

/** The answer to a GraphQL request with `body`, acting on `state`. */
export async function graphqlAnswer(state: EmulatorState, html: string, body: unknown): Promise<GraphqlAnswer> {
  const request = (typeof body === 'object' && body !== null ? body : {}) as GraphqlRequest;
  if (typeof request.query !== 'string') return refusal(400, ['A query attribute must be specified and must be a string.']);
  let document;
  try {
    document = parse(request.query);
  } catch (error) {
    return refusal(200, [error instanceof Error ? error.message : String(error)]);
  }
  const schema = githubSchema();
  const invalid = validate(schema, document);
  if (invalid.length > 0) return refusal(200, invalid.map((error) => error.message));
  const variables = typeof request.variables === 'object' && request.variables !== null ? (request.variables as Record<string, unknown>) : {};
  const result = await execute({
    schema,
    document,
    rootValue: rootValue(state, html),
    variableValues: variables,
    operationName: typeof request.operationName === 'string' ? request.operationName : null,
  });
  const errors = (result.errors ?? []).map((error) => error.message);
  return { status: 200, body: errors.length === 0 ? { data: result.data } : { data: result.data ?? null, errors: result.errors?.map((error) => error.toJSON()) }, refused: errors };
}
