/**
 * The part of GitHub's GraphQL API the emulator answers, as a root value over its state: a
 * repository, its issues (filtered by labels and states, ordered, paginated), and each issue's
 * labels, comments and assignees. A field the query asks for that is not here resolves to null,
 * which GitHub's schema refuses for a non-null field: the query fails rather than getting an answer
 * GitHub would not give. Bots are named without the `[bot]` suffix REST shows, as GitHub does.
 */
import { GraphQLError } from 'graphql';
import { nodeId } from '../shapes/context.js';
import { findIssue, findUser } from '../state/store.js';
import type { CommentRecord, EmulatorState, IssueRecord, RepoRecord } from '../state/types.js';
import { type PageArgs, connection } from './connection.js';

type Node = Record<string, unknown>;

/** A login as GraphQL writes it: a bot's without its `[bot]` suffix. */
function graphqlLogin(login: string): string {
  return login.endsWith('[bot]') ? login.slice(0, -'[bot]'.length) : login;
}

function actor(state: EmulatorState, login: string, html: string): Node {
  const user = findUser(state, login);
  const typename = user?.type === 'Bot' ? 'Bot' : user?.type === 'Organization' ? 'Organization' : 'User';
  const shown = graphqlLogin(user?.login ?? login);
  return { __typename: typename, login: shown, url: `${html}/${shown}`, resourcePath: `/${shown}`, avatarUrl: `https://avatars.githubusercontent.com/u/${user?.id ?? 0}?v=4` };
}

function comment(state: EmulatorState, record: CommentRecord, html: string): Node {
  return {
    __typename: 'IssueComment',
    id: nodeId('IssueComment', record.id),
    databaseId: record.id,
    fullDatabaseId: String(record.id),
    body: record.body,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    author: actor(state, record.author, html),
  };
}

interface IssueFilters extends PageArgs {
  labels?: string[] | null;
  states?: ('OPEN' | 'CLOSED')[] | null;
  orderBy?: { field: 'CREATED_AT' | 'UPDATED_AT' | 'COMMENTS'; direction: 'ASC' | 'DESC' } | null;
}

function issueNode(state: EmulatorState, repo: RepoRecord, issue: IssueRecord, html: string): Node {
  const url = `${html}/${repo.owner}/${repo.name}/issues/${issue.number}`;
  const labels = issue.labels.flatMap((name) => {
    const label = repo.labels.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    return label === undefined ? [] : [{ __typename: 'Label', id: nodeId('Label', label.id), name: label.name, color: label.color, description: label.description }];
  });
  const comments = repo.comments.filter((candidate) => candidate.issueNumber === issue.number);
  return {
    __typename: 'Issue',
    id: nodeId('Issue', issue.id),
    databaseId: issue.id,
    fullDatabaseId: String(issue.id),
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    state: issue.state === 'open' ? 'OPEN' : 'CLOSED',
    closed: issue.state === 'closed',
    closedAt: issue.closedAt,
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    url,
    resourcePath: `/${repo.owner}/${repo.name}/issues/${issue.number}`,
    author: actor(state, issue.author, html),
    labels: (args: PageArgs) => connection(labels, args, 'labels'),
    comments: (args: PageArgs) => connection(comments.map((record) => comment(state, record, html)), args, 'comments'),
    assignees: (args: PageArgs) => connection(issue.assignees.map((login) => actor(state, login, html)), args, 'assignees'),
  };
}

function orderKey(issue: IssueRecord, field: NonNullable<IssueFilters['orderBy']>['field'], repo: RepoRecord): number {
  if (field === 'COMMENTS') return repo.comments.filter((candidate) => candidate.issueNumber === issue.number).length;
  return Date.parse(field === 'UPDATED_AT' ? issue.updatedAt : issue.createdAt);
}

function issues(state: EmulatorState, repo: RepoRecord, args: IssueFilters, html: string) {
  const wanted = args.labels?.map((label) => label.toLowerCase()) ?? null;
  const states = args.states ?? null;
  const matching = repo.issues.filter(
    (issue) =>
      issue.pull === null &&
      (states === null || states.includes(issue.state === 'open' ? 'OPEN' : 'CLOSED')) &&
      (wanted === null || issue.labels.some((label) => wanted.includes(label.toLowerCase()))),
  );
  const order = args.orderBy;
  const sorted =
    order === null || order === undefined
      ? matching
      : [...matching].sort((a, b) => (orderKey(a, order.field, repo) - orderKey(b, order.field, repo) || a.number - b.number) * (order.direction === 'DESC' ? -1 : 1));
  return connection(
    sorted.map((issue) => issueNode(state, repo, issue, html)),
    args,
    'issues',
  );
}

/** The root value for a query over `state`; `html` is the base of web links. */
export function rootValue(state: EmulatorState, html: string): Node {
  return {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const repo = state.repos[`${owner}/${name}`.toLowerCase()];
      if (repo === undefined) throw new GraphQLError(`Could not resolve to a Repository with the name '${owner}/${name}'.`, { extensions: { type: 'NOT_FOUND' } });
      return {
        __typename: 'Repository',
        id: nodeId('Repository', repo.id),
        databaseId: repo.id,
        name: repo.name,
        nameWithOwner: `${repo.owner}/${repo.name}`,
        url: `${html}/${repo.owner}/${repo.name}`,
        issues: (args: IssueFilters) => issues(state, repo, args, html),
        issue: ({ number }: { number: number }) => {
          const issue = findIssue(repo, number);
          return issue === undefined || issue.pull !== null ? null : issueNode(state, repo, issue, html);
        },
      };
    },
  };
}
