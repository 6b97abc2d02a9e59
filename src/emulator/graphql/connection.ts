/**
 * A GraphQL connection over a list, paginated as GitHub paginates: `first` or `last` is required
 * (GitHub refuses a connection without one) and at most 100, cursors are opaque.
 */
import { GraphQLError } from 'graphql';

/** The pagination arguments every GitHub connection takes. */
export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** A page of `items` as a connection: `nodes`, `edges`, `pageInfo` and `totalCount`. */
export interface Connection<T> {
  totalCount: number;
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const cursor = (index: number): string => Buffer.from(`cursor:v2:${index}`).toString('base64');

function position(value: string | null | undefined, name: string): number | null {
  if (value === null || value === undefined) return null;
  const match = /^cursor:v2:(\d+)$/.exec(Buffer.from(value, 'base64').toString('utf8'));
  if (match === null) throw new GraphQLError(`\`${value}\` does not appear to be a valid cursor.`, { extensions: { argument: name } });
  return Number(match[1]);
}

function checkSize(value: number | null | undefined, name: string, connection: string): void {
  if (value === null || value === undefined) return;
  if (value < 0 || value > 100) {
    throw new GraphQLError(`Requesting ${value} records on the \`${connection}\` connection exceeds the \`${name}\` limit of 100 records.`);
  }
}

/** `items` paginated by `args`; `connection` names the field in error messages, as GitHub's do. */
export function connection<T>(items: readonly T[], args: PageArgs, connection: string): Connection<T> {
  const { first, last } = args;
  if ((first === null || first === undefined) && (last === null || last === undefined)) {
    throw new GraphQLError(`You must provide a \`first\` or \`last\` value to properly paginate the \`${connection}\` connection.`);
  }
  checkSize(first, 'first', connection);
  checkSize(last, 'last', connection);
  let start = 0;
  let end = items.length;
  const after = position(args.after, 'after');
  const before = position(args.before, 'before');
  if (after !== null) start = Math.max(start, after + 1);
  if (before !== null) end = Math.min(end, before);
  if (first !== null && first !== undefined) end = Math.min(end, start + first);
  if (last !== null && last !== undefined) start = Math.max(start, end - last);
  const indexes = Array.from({ length: Math.max(0, end - start) }, (_, offset) => start + offset);
  const nodes = indexes.map((index) => items[index] as T);
  return {
    totalCount: items.length,
    nodes,
    edges: indexes.map((index) => ({ cursor: cursor(index), node: items[index] as T })),
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: indexes.length === 0 ? null : cursor(start),
      endCursor: indexes.length === 0 ? null : cursor(end - 1),
    },
  };
}
