/**
 * GitHub's published GraphQL schema (`@octokit/graphql-schema`), built once per process on first
 * use. It is built from the introspection result the package ships, not from its SDL: the SDL of
 * the version we use defines a field twice, which `buildSchema` rightly refuses.
 */
import { schema as published } from '@octokit/graphql-schema';
import { type GraphQLSchema, type IntrospectionQuery, buildClientSchema } from 'graphql';

let built: GraphQLSchema | undefined;

/** GitHub's GraphQL schema, as GitHub publishes it. */
export function githubSchema(): GraphQLSchema {
  built ??= buildClientSchema(published.json as unknown as IntrospectionQuery);
  return built;
}
