/**
 * The emulator answers GraphQL against GitHub's published schema: a query GitHub would run gets its
 * data; one GitHub would refuse gets GitHub's errors (and the emulator records it, so the test that
 * sent it fails); connections paginate as GitHub's do; bots are named without `[bot]`.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { clientFor, startEmulator } from './helpers.js';

let emulator: Emulator;
beforeEach(async () => {
  emulator = await startEmulator();
});
afterEach(async () => {
  await emulator.close();
});

const ISSUES = `query ($owner: String!, $name: String!, $labels: [String!], $after: String) {
  repository(owner: $owner, name: $name) {
    issues(first: 2, after: $after, labels: $labels, states: [OPEN]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        number state updatedAt
        labels(first: 10) { nodes { name } }
        comments(first: 5) { totalCount nodes { databaseId body author { __typename login } } }
      }
    }
  }
}`;

interface IssuesAnswer {
  repository: {
    issues: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: { number: number; state: string; labels: { nodes: { name: string }[] }; comments: { totalCount: number; nodes: { databaseId: number; body: string; author: { __typename: string; login: string } }[] } }[];
    };
  };
}

describe('GraphQL', () => {
  it('lists issues by label and state, page by page, with labels and comments; a bot is named without [bot]', async () => {
    const alice = clientFor(emulator, 'alice-token');
    const bot = clientFor(emulator);
    for (const title of ['one', 'two', 'three']) await alice.rest.issues.create({ owner: 'acme', repo: 'shop', title, labels: ['incident'] });
    await alice.rest.issues.create({ owner: 'acme', repo: 'shop', title: 'not an incident' });
    await alice.rest.issues.update({ owner: 'acme', repo: 'shop', issue_number: 3, state: 'closed' });
    await bot.rest.issues.createComment({ owner: 'acme', repo: 'shop', issue_number: 1, body: 'the card' });
    const first = await bot.graphql<IssuesAnswer>(ISSUES, { owner: 'acme', name: 'shop', labels: ['incident'] });
    expect(first.repository.issues.totalCount).toBe(2);
    expect(first.repository.issues.nodes.map((issue) => [issue.number, issue.state, issue.labels.nodes.map((label) => label.name)])).toEqual([
      [1, 'OPEN', ['incident']],
      [2, 'OPEN', ['incident']],
    ]);
    const [comment] = first.repository.issues.nodes[0]?.comments.nodes ?? [];
    expect(comment).toMatchObject({ body: 'the card', author: { __typename: 'Bot', login: 'github-actions' } });
    expect(first.repository.issues.pageInfo.hasNextPage).toBe(false);
    const all = await bot.graphql<IssuesAnswer>(ISSUES.replace('states: [OPEN]', 'states: [OPEN, CLOSED]'), { owner: 'acme', name: 'shop', labels: ['incident'] });
    expect(all.repository.issues.pageInfo.hasNextPage).toBe(true);
    const next = await bot.graphql<IssuesAnswer>(ISSUES.replace('states: [OPEN]', 'states: [OPEN, CLOSED]'), { owner: 'acme', name: 'shop', labels: ['incident'], after: all.repository.issues.pageInfo.endCursor });
    expect(next.repository.issues.nodes.map((issue) => [issue.number, issue.state])).toEqual([[3, 'CLOSED']]);
    emulator.assertNoValidationErrors();
  });

  it('refuses a query GitHub would refuse, and records it', async () => {
    const bot = clientFor(emulator);
    await expect(bot.graphql('query { repository(owner: "acme", name: "shop") { issues(first: 1) { nodes { numbr } } } }')).rejects.toThrow(/Cannot query field "numbr" on type "Issue"/);
    await expect(bot.graphql('query { repository(owner: "acme", name: "shop") { issues(first: 101) { nodes { number } } } }')).rejects.toThrow(/exceeds the `first` limit of 100 records/);
    await expect(bot.graphql('query { repository(owner: "acme", name: "shop") { issues { nodes { number } } } }')).rejects.toThrow(/You must provide a `first` or `last` value/);
    expect(emulator.validationErrors.map((issue) => issue.operationId)).toEqual(['graphql', 'graphql', 'graphql']);
    emulator.validationErrors.length = 0;
  });
});
