/** The operation id recorded for a GraphQL request (GitHub's REST description has none for it). */
export const GRAPHQL_OPERATION = 'graphql';
