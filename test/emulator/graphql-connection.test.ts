/**
 * GraphQL connections page as GitHub's do: `first` or `last` is required and at most 100, cursors
 * are opaque positions that `after` and `before` take back, and pageInfo tells a client whether to
 * ask again. The sweep pages through open incidents this way; a page boundary off by one would lose
 * or repeat an incident.
 */
import { describe, expect, it } from 'vitest';
import { connection } from '../../src/emulator/graphql/connection.js';

const items = ['a', 'b', 'c', 'd', 'e'];
const cursorOf = (index: number) => Buffer.from(`cursor:v2:${index}`).toString('base64');

describe('a connection', () => {
  it('gives the first page with its cursors and says there is more', () => {
    expect(connection(items, { first: 2 }, 'issues')).toEqual({
      totalCount: 5,
      nodes: ['a', 'b'],
      edges: [
        { cursor: cursorOf(0), node: 'a' },
        { cursor: cursorOf(1), node: 'b' },
      ],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: cursorOf(0), endCursor: cursorOf(1) },
    });
  });

  it('goes on after a cursor to the end, and says there is nothing after', () => {
    expect(connection(items, { first: 10, after: cursorOf(2) }, 'issues')).toMatchObject({
      nodes: ['d', 'e'],
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: cursorOf(3), endCursor: cursorOf(4) },
    });
  });

  it('gives the last items, and the ones before a cursor', () => {
    expect(connection(items, { last: 2 }, 'issues')).toMatchObject({ nodes: ['d', 'e'], pageInfo: { hasNextPage: false, hasPreviousPage: true } });
    expect(connection(items, { last: 2, before: cursorOf(3) }, 'issues')).toMatchObject({
      nodes: ['b', 'c'],
      pageInfo: { hasNextPage: true, hasPreviousPage: true, startCursor: cursorOf(1), endCursor: cursorOf(2) },
    });
    expect(connection(items, { first: 5, after: cursorOf(0), before: cursorOf(3) }, 'issues').nodes).toEqual(['b', 'c']);
  });

  it('gives an empty page with null cursors past the end or for first: 0', () => {
    const empty = { totalCount: 5, nodes: [], edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null } };
    expect(connection(items, { first: 3, after: cursorOf(4) }, 'issues')).toEqual(empty);
    expect(connection(items, { first: 0 }, 'issues')).toEqual({ ...empty, pageInfo: { ...empty.pageInfo, hasNextPage: true, hasPreviousPage: false } });
    expect(connection([], { first: 100 }, 'issues')).toEqual({ totalCount: 0, nodes: [], edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } });
  });

  it('refuses a page without first or last, or over 100 either way, naming the connection as GitHub does', () => {
    expect(() => connection(items, {}, 'labels')).toThrow('You must provide a `first` or `last` value to properly paginate the `labels` connection.');
    expect(() => connection(items, { first: null, last: null }, 'labels')).toThrow('You must provide a `first` or `last` value');
    expect(() => connection(items, { first: 101 }, 'comments')).toThrow('Requesting 101 records on the `comments` connection exceeds the `first` limit of 100 records.');
    expect(() => connection(items, { last: 101 }, 'comments')).toThrow('Requesting 101 records on the `comments` connection exceeds the `last` limit of 100 records.');
    expect(() => connection(items, { first: -1 }, 'comments')).toThrow('Requesting -1 records on the `comments` connection exceeds the `first` limit of 100 records.');
    expect(connection(items, { first: 100 }, 'comments').nodes).toEqual(items);
    expect(connection(items, { last: 100 }, 'comments').nodes).toEqual(items);
  });

  it('refuses a cursor it did not give, naming the argument', () => {
    for (const [name, value] of [
      ['after', 'bm90IGEgY3Vyc29y'],
      ['before', Buffer.from('cursor:v2:x').toString('base64')],
      ['after', Buffer.from('cursor:v2:1 ').toString('base64')],
    ] as const) {
      let caught: unknown;
      try {
        connection(items, { first: 1, [name]: value }, 'issues');
      } catch (error) {
        caught = error;
      }
      expect(caught).toMatchObject({ message: `\`${value}\` does not appear to be a valid cursor.`, extensions: { argument: name } });
    }
  });
});
