/**
 * The GraphQL reads the engine makes besides listing incidents: issues in a chosen order, one issue
 * by number, its assignees and fields; and GitHub's errors for a repository that does not exist and
 * a request without a query.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { clientFor, startEmulator } from './helpers.js';

let emulator: Emulator;
beforeEach(async () => {
  emulator = await startEmulator();
  emulator.seed.issue('acme/shop', { title: 'first', at: '2026-02-01T00:00:00Z', labels: ['INCIDENT'] });
  emulator.seed.issue('acme/shop', { title: 'second', at: '2026-02-02T00:00:00Z', labels: ['incident'], assignees: ['alice', 'bob'] });
  emulator.seed.issue('acme/shop', { title: 'third', at: '2026-02-03T00:00:00Z', labels: ['incident'], body: null });
  emulator.seed.comment('acme/shop', 1, { body: 'one', at: '2026-02-05T00:00:00Z' });
  emulator.seed.comment('acme/shop', 1, { body: 'two', at: '2026-02-05T00:00:00Z' });
  emulator.seed.comment('acme/shop', 3, { body: 'one', at: '2026-02-04T00:00:00Z' });
  emulator.seed.close('acme/shop', 3, { actor: 'alice', at: '2026-02-06T00:00:00Z' });
});
afterEach(async () => {
  await emulator.close();
});

async function titlesOrderedBy(field: string, direction: string): Promise<string[]> {
  const answer = await clientFor(emulator).graphql<{ repository: { issues: { nodes: { title: string }[] } } }>(
    `query { repository(owner: "acme", name: "shop") { issues(first: 10, labels: ["incident"], orderBy: { field: ${field}, direction: ${direction} }) { nodes { title } } } }`,
  );
  return answer.repository.issues.nodes.map((issue) => issue.title);
}

it('orders issues by creation, last update or comment count, either way; labels match in any case', async () => {
  expect(await titlesOrderedBy('CREATED_AT', 'ASC')).toEqual(['first', 'second', 'third']);
  expect(await titlesOrderedBy('CREATED_AT', 'DESC')).toEqual(['third', 'second', 'first']);
  expect(await titlesOrderedBy('UPDATED_AT', 'DESC')).toEqual(['third', 'first', 'second']);
  expect(await titlesOrderedBy('COMMENTS', 'DESC')).toEqual(['first', 'third', 'second']);
  expect(await titlesOrderedBy('COMMENTS', 'ASC')).toEqual(['second', 'third', 'first']);
  emulator.assertNoValidationErrors();
});

it('finds one issue by number with its fields and assignees, and null for a pull request or a missing number', async () => {
  emulator.seed.commit('acme/shop', 'fix', { 'a.txt': 'a\n' }, { actor: 'bob' });
  await clientFor(emulator).rest.pulls.create({ owner: 'acme', repo: 'shop', title: 'fix', head: 'fix', base: 'main' });
  const query = `query ($number: Int!) { repository(owner: "acme", name: "shop") {
    nameWithOwner
    issue(number: $number) { number title body state closed closedAt resourcePath url assignees(first: 5) { totalCount nodes { login } } }
  } }`;
  const read = (number: number) => clientFor(emulator).graphql<{ repository: { nameWithOwner: string; issue: unknown } }>(query, { number });
  expect((await read(2)).repository).toEqual({
    nameWithOwner: 'acme/shop',
    issue: {
      number: 2,
      title: 'second',
      body: '',
      state: 'OPEN',
      closed: false,
      closedAt: null,
      resourcePath: '/acme/shop/issues/2',
      url: 'https://github.com/acme/shop/issues/2',
      assignees: { totalCount: 2, nodes: [{ login: 'alice' }, { login: 'bob' }] },
    },
  });
  expect((await read(3)).repository.issue).toMatchObject({ state: 'CLOSED', closed: true, closedAt: '2026-02-06T00:00:00Z' });
  expect((await read(4)).repository.issue).toBeNull();
  expect((await read(99)).repository.issue).toBeNull();
  emulator.assertNoValidationErrors();
});

it("answers GitHub's NOT_FOUND error for a repository that does not exist", async () => {
  await expect(clientFor(emulator).graphql('query { repository(owner: "acme", name: "nope") { name } }')).rejects.toThrow("Could not resolve to a Repository with the name 'acme/nope'.");
  const answer = await fetch(`${emulator.url}/graphql`, {
    method: 'POST',
    headers: { authorization: 'token bot-token', 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query { repository(owner: "acme", name: "nope") { name } }' }),
  });
  expect(await answer.json()).toMatchObject({ data: { repository: null }, errors: [{ message: "Could not resolve to a Repository with the name 'acme/nope'.", extensions: { type: 'NOT_FOUND' } }] });
  emulator.validationErrors.length = 0;
});

it('refuses a request without a query with a 400, as GitHub does', async () => {
  const answer = await fetch(`${emulator.url}/graphql`, { method: 'POST', headers: { authorization: 'token bot-token', 'content-type': 'application/json' }, body: JSON.stringify({ variables: {} }) });
  expect(answer.status).toBe(400);
  expect(await answer.json()).toEqual({ errors: [{ message: 'A query attribute must be specified and must be a string.' }] });
  emulator.validationErrors.length = 0;
});

it("answers every field it serves from the state: ids, times, links and each author's kind", async () => {
  emulator.seed.user('deploy[bot]', { type: 'Bot' });
  emulator.seed.comment('acme/shop', 2, { body: 'from a bot', author: 'deploy[bot]', at: '2026-02-07T00:00:00Z' });
  emulator.seed.comment('acme/shop', 2, { body: 'from the org', author: 'acme', at: '2026-02-08T00:00:00Z' });
  emulator.seed.comment('acme/shop', 2, { body: 'from a person', author: 'alice', at: '2026-02-09T00:00:00Z' });
  const state = emulator.state;
  const repoRecord = state.repos['acme/shop']!;
  const issue = repoRecord.issues.find((candidate) => candidate.number === 2)!;
  const label = repoRecord.labels.find((candidate) => candidate.name === 'incident')!;
  const comments = repoRecord.comments.filter((comment) => comment.issueNumber === 2);
  const b64 = (text: string) => Buffer.from(text).toString('base64').replace(/=+$/, '');
  const actor = (typename: string, login: string, id: number) => ({ __typename: typename, login, url: `https://github.com/${login}`, resourcePath: `/${login}`, avatarUrl: `https://avatars.githubusercontent.com/u/${id}?v=4` });
  const answer = await clientFor(emulator).graphql<unknown>(`query { repository(owner: "ACME", name: "Shop") {
    __typename id databaseId name nameWithOwner url
    issue(number: 2) {
      __typename id databaseId fullDatabaseId createdAt updatedAt
      author { __typename login url resourcePath avatarUrl }
      labels(first: 5) { nodes { __typename id name color description } }
      comments(first: 5) { nodes { __typename id databaseId fullDatabaseId body createdAt updatedAt author { __typename login url resourcePath avatarUrl } } }
    }
  } }`);
  expect(answer).toEqual({
    repository: {
      __typename: 'Repository',
      id: b64(`Repository:${repoRecord.id}`),
      databaseId: repoRecord.id,
      name: 'shop',
      nameWithOwner: 'acme/shop',
      url: 'https://github.com/acme/shop',
      issue: {
        __typename: 'Issue',
        id: b64(`Issue:${issue.id}`),
        databaseId: issue.id,
        fullDatabaseId: String(issue.id),
        createdAt: '2026-02-02T00:00:00Z',
        updatedAt: '2026-02-09T00:00:00Z',
        author: actor('User', 'octocat', state.users.octocat!.id),
        labels: { nodes: [{ __typename: 'Label', id: b64(`Label:${label.id}`), name: 'incident', color: 'ededed', description: null }] },
        comments: {
          nodes: comments.map((comment, index) => ({
            __typename: 'IssueComment',
            id: b64(`IssueComment:${comment.id}`),
            databaseId: comment.id,
            fullDatabaseId: String(comment.id),
            body: ['from a bot', 'from the org', 'from a person'][index],
            createdAt: `2026-02-0${7 + index}T00:00:00Z`,
            updatedAt: `2026-02-0${7 + index}T00:00:00Z`,
            author: [actor('Bot', 'deploy', state.users['deploy[bot]']!.id), actor('Organization', 'acme', state.users.acme!.id), actor('User', 'alice', state.users.alice!.id)][index],
          })),
        },
      },
    },
  });
  emulator.assertNoValidationErrors();
});

it('lists every issue but no pull request when no label or state is given, ties in order of number', async () => {
  emulator.seed.commit('acme/shop', 'fix', { 'a.txt': 'a\n' }, { actor: 'bob' });
  await clientFor(emulator).rest.pulls.create({ owner: 'acme', repo: 'shop', title: 'fix', head: 'fix', base: 'main' });
  emulator.seed.issue('acme/shop', { title: 'fourth', at: '2026-02-03T00:00:00Z' });
  const titles = async (order: string) =>
    (
      await clientFor(emulator).graphql<{ repository: { issues: { nodes: { title: string; comments: { totalCount: number } }[] } } }>(
        `query { repository(owner: "acme", name: "shop") { issues(first: 10${order}) { nodes { title comments(first: 1) { totalCount } } } } }`,
      )
    ).repository.issues.nodes.map((issue) => `${issue.title} ${issue.comments.totalCount}`);
  expect(await titles('')).toEqual(['first 2', 'second 0', 'third 1', 'fourth 0']);
  expect(await titles(', orderBy: { field: CREATED_AT, direction: DESC }')).toEqual(['fourth 0', 'third 1', 'second 0', 'first 2']);
  expect(await titles(', orderBy: { field: COMMENTS, direction: ASC }')).toEqual(['second 0', 'fourth 0', 'third 1', 'first 2']);
  emulator.assertNoValidationErrors();
});

async function post(body: unknown): Promise<{ status: number; json: unknown }> {
  const answer = await fetch(`${emulator.url}/graphql`, { method: 'POST', headers: { authorization: 'token bot-token', 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: answer.status, json: await answer.json() };
}

it("runs the operation a request names, with its variables; without variables a query's own literals serve", async () => {
  const query = `query Names($owner: String!) { repository(owner: $owner, name: "shop") { name } }
    query Full { repository(owner: "acme", name: "shop") { nameWithOwner } }`;
  expect(await post({ query, operationName: 'Full' })).toEqual({ status: 200, json: { data: { repository: { nameWithOwner: 'acme/shop' } } } });
  expect(await post({ query, operationName: 'Names', variables: { owner: 'acme' } })).toEqual({ status: 200, json: { data: { repository: { name: 'shop' } } } });
  expect(await post({ query: 'query { repository(owner: "acme", name: "shop") { name } }', variables: null, operationName: null })).toEqual({ status: 200, json: { data: { repository: { name: 'shop' } } } });
  emulator.assertNoValidationErrors();
});

it('answers a query that does not parse with the parser message, and one whose variables are not an object as without them', async () => {
  expect(await post({ query: 'query { repository(' })).toEqual({ status: 200, json: { errors: [{ message: 'Syntax Error: Expected Name, found <EOF>.' }] } });
  const variables = await post({ query: 'query ($owner: String!) { repository(owner: $owner, name: "shop") { name } }', variables: 'acme' });
  expect(variables.json).toMatchObject({ errors: [{ message: 'Variable "$owner" of required type "String!" was not provided.' }] });
  expect(emulator.validationErrors.map((issue) => issue.operationId)).toEqual(['graphql', 'graphql']);
  emulator.validationErrors.length = 0;
});
