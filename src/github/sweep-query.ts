/**
 * The sweep's one bulk read: a GraphQL query that returns, 100 issues a page, every open incident
 * and every issue awaiting its post-mortem (closed ones too), each with its state, labels, comment
 * count and first comments (where the bot's card is), so the sweep can tell which incidents need
 * their full read without reading them. One request per page of each list; a list that is done
 * is left out of the next page's query (`@include`).
 */
import type { RepoRef } from '../engine/observed.js';
import type { GitHubClient } from './octokit.js';

/** How many of an issue's first comments the bulk read looks through for the card. */
export const CARD_SEARCH = 5;

const QUERY = `query Sweep($owner: String!, $repo: String!, $incident: [String!], $pending: [String!], $openAfter: String, $pendingAfter: String, $withOpen: Boolean!, $withPending: Boolean!) {
  repository(owner: $owner, name: $repo) {
    open: issues(first: 100, after: $openAfter, labels: $incident, states: [OPEN], orderBy: { field: CREATED_AT, direction: ASC }) @include(if: $withOpen) {
      ...SweepPage
    }
    pending: issues(first: 100, after: $pendingAfter, labels: $pending, orderBy: { field: CREATED_AT, direction: ASC }) @include(if: $withPending) {
      ...SweepPage
    }
  }
}

fragment SweepPage on IssueConnection {
  pageInfo { hasNextPage endCursor }
  nodes {
    number
    state
    labels(first: 100) { totalCount nodes { name } }
    comments(first: ${CARD_SEARCH}) { totalCount nodes { databaseId body author { login } } }
  }
}`;

/** One issue as the bulk read returns it. */
export interface BulkIssue {
  number: number;
  state: 'open' | 'closed';
  /** Every label, or null when the issue has more than a page of them (then it is read in full). */
  labels: string[] | null;
  comments: number;
  /** The first comments, oldest first. */
  firstComments: { id: number; author: string; body: string }[];
}

interface Page {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: {
    number: number;
    state: 'OPEN' | 'CLOSED';
    labels: { totalCount: number; nodes: { name: string }[] };
    comments: { totalCount: number; nodes: { databaseId: number | null; body: string; author: { login: string } | null }[] };
  }[];
}

interface Answer {
  repository: { open?: Page; pending?: Page } | null;
}

function bulkIssue(node: Page['nodes'][number]): BulkIssue {
  return {
    number: node.number,
    state: node.state === 'OPEN' ? 'open' : 'closed',
    labels: node.labels.totalCount > node.labels.nodes.length ? null : node.labels.nodes.map((label) => label.name),
    comments: node.comments.totalCount,
    firstComments: node.comments.nodes.flatMap((comment) => (comment.databaseId === null ? [] : [{ id: comment.databaseId, author: comment.author?.login ?? 'ghost', body: comment.body }])),
  };
}

/**
 * Every open issue labelled `incidentLabel` and every issue labelled `pendingLabel`, each once,
 * open incidents first, oldest first.
 */
export async function readBulk(octokit: GitHubClient, repo: RepoRef, incidentLabel: string, pendingLabel: string): Promise<BulkIssue[]> {
  const found = new Map<number, BulkIssue>();
  let open: { after: string | null } | null = { after: null };
  let pending: { after: string | null } | null = { after: null };
  while (open !== null || pending !== null) {
    const answer: Answer = await octokit.graphql<Answer>(QUERY, {
      owner: repo.owner,
      repo: repo.repo,
      incident: [incidentLabel],
      pending: [pendingLabel],
      openAfter: open === null ? null : open.after,
      pendingAfter: pending === null ? null : pending.after,
      withOpen: open !== null,
      withPending: pending !== null,
    });
    if (answer.repository === null) throw new Error(`the repository ${repo.owner}/${repo.repo} was not found`);
    const next = (page: Page): { after: string | null } | null => {
      // An issue in both lists keeps its first place; its data is the latest read.
      for (const node of page.nodes) found.set(node.number, bulkIssue(node));
      return page.pageInfo.hasNextPage ? { after: page.pageInfo.endCursor } : null;
    };
    // The query includes a list exactly while it is not done (`@include`), so GitHub answers it then.
    open = open === null ? null : next(answer.repository.open!);
    pending = pending === null ? null : next(answer.repository.pending!);
  }
  return [...found.values()];
}
