import { GitHubError, conflict, notFound, validationFailed } from '../errors.js';
import { pullObject, pullSimpleObject } from '../shapes/pull.js';
import { reviewObject } from '../shapes/review.js';
import { createIssue, rename, setBody, setState } from '../state/issue-writes.js';
import { getObject, storeCommit } from '../state/git-objects.js';
import { isAncestor, signatureOf } from '../state/git-writes.js';
import { findIssue, findUser, nextId } from '../state/store.js';
import type { IssueRecord, PullData, RepoRecord, ReviewRecord } from '../state/types.js';
import { type Handler, type RequestContext, bodyOf, intParam, optionalString, repoOf, requireActor, writerFor } from './context.js';
import { paginate } from './paginate.js';

type Pull = IssueRecord & { pull: PullData };

function isPull(issue: IssueRecord | undefined): issue is Pull {
  return issue !== undefined && issue.pull !== null;
}

function requirePull(ctx: RequestContext): { repo: RepoRecord; pull: Pull } {
  const repo = repoOf(ctx);
  const pull = findIssue(repo, intParam(ctx.params, 'pull_number'));
  if (!isPull(pull)) throw notFound();
  return { repo, pull };
}

/** A branch name from `head`/`base`, which may be written `owner:branch`. */
function branchName(repo: RepoRecord, value: string): string {
  const colon = value.indexOf(':');
  return colon >= 0 && value.slice(0, colon).toLowerCase() === repo.owner.toLowerCase() ? value.slice(colon + 1) : value;
}

/** GitHub's simpler 422 (`errors` as plain strings), as the reviews endpoints send it. */
function unprocessable(...errors: string[]): GitHubError {
  return new GitHubError(422, { message: 'Unprocessable Entity', errors });
}

const REVIEW_STATES: Record<string, ReviewRecord['state']> = {
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  COMMENT: 'COMMENTED',
};

function create(ctx: RequestContext): ReturnType<Handler> {
  const repo = repoOf(ctx);
  if (repo.actionsMayCreatePulls === false && findUser(ctx.state, requireActor(ctx).login)?.type === 'Bot') {
    throw new GitHubError(403, { message: 'GitHub Actions is not permitted to create or approve pull requests.', documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request' });
  }
  const body = bodyOf<{ title?: string; head: string; base: string; body?: string; draft?: boolean; maintainer_can_modify?: boolean }>(ctx);
  const head = branchName(repo, body.head);
  const base = branchName(repo, body.base);
  if (repo.refs[`refs/heads/${head}`] === undefined) throw validationFailed({ resource: 'PullRequest', field: 'head', code: 'invalid' });
  if (repo.refs[`refs/heads/${base}`] === undefined) throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
  if (body.title === undefined) throw validationFailed({ resource: 'PullRequest', field: 'title', code: 'missing_field' });
  if (repo.refs[`refs/heads/${head}`] === repo.refs[`refs/heads/${base}`]) {
    throw validationFailed({ resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${head}` });
  }
  const duplicate = repo.issues.some((issue) => issue.state === 'open' && issue.pull?.head === head && issue.pull.base === base);
  if (duplicate) throw validationFailed({ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${repo.owner}:${head}.` });
  const issue = createIssue(writerFor(ctx, repo), {
    title: body.title,
    body: body.body ?? null,
    labels: [],
    assignees: [],
    pull: { head, base, draft: body.draft ?? false, maintainerCanModify: body.maintainer_can_modify ?? false, requestedReviewers: [], merged: false, mergedAt: null },
  });
  const shape = pullObject(ctx, repo, issue as Pull);
  return { status: 201, body: shape, headers: { location: String(shape.url) } };
}

function list(ctx: RequestContext): ReturnType<Handler> {
  const repo = repoOf(ctx);
  const state = optionalString(ctx.query, 'state') ?? 'open';
  const head = optionalString(ctx.query, 'head');
  const base = optionalString(ctx.query, 'base');
  const sort = optionalString(ctx.query, 'sort') ?? 'created';
  const direction = optionalString(ctx.query, 'direction') ?? (sort === 'created' ? 'desc' : 'asc');
  const key = (pull: Pull): number => Date.parse(sort === 'updated' ? pull.updatedAt : pull.createdAt);
  const pulls = repo.issues
    .filter(isPull)
    .filter((pull) => state === 'all' || pull.state === state)
    .filter((pull) => head === undefined || pull.pull.head === branchName(repo, head))
    .filter((pull) => base === undefined || pull.pull.base === base)
    .sort((a, b) => ((key(a) - key(b)) || a.number - b.number) * (direction === 'asc' ? 1 : -1));
  return paginate(
    ctx,
    pulls.map((pull) => pullSimpleObject(ctx, repo, pull)),
  );
}

/**
 * Merges with a merge commit whose tree is the head's. The emulator does not merge contents, so a
 * head that does not contain the base's latest commit is refused as GitHub refuses a conflict.
 */
function merge(ctx: RequestContext): ReturnType<Handler> {
  const { repo, pull } = requirePull(ctx);
  const w = writerFor(ctx, repo);
  const body = bodyOf<{ commit_title?: string; commit_message?: string; sha?: string; merge_method?: string }>(ctx);
  const head = repo.refs[`refs/heads/${pull.pull.head}`];
  const base = repo.refs[`refs/heads/${pull.pull.base}`];
  if (pull.state !== 'open' || head === undefined || base === undefined) throw new GitHubError(405, { message: 'Pull Request is not mergeable' });
  if (body.sha !== undefined && body.sha !== head) throw conflict('Head branch was modified. Review and try the merge again.');
  if (!isAncestor(repo, base, head)) throw new GitHubError(405, { message: 'Pull Request is not mergeable' });
  const tree = getObject(repo, head, 'commit')?.tree ?? '';
  const signature = signatureOf(ctx.state, w.actor, w.at);
  const message = `${body.commit_title ?? `Merge pull request #${pull.number} from ${repo.owner}/${pull.pull.head}`}${body.commit_message === undefined ? '' : `\n\n${body.commit_message}`}`;
  const sha = storeCommit(repo, { tree, parents: [base, head], message, author: signature, committer: signature });
  repo.refs[`refs/heads/${pull.pull.base}`] = sha;
  pull.pull.merged = true;
  pull.pull.mergedAt = w.at;
  pull.pull.mergeCommitSha = sha;
  setState(w, pull, 'closed');
  return { status: 200, body: { sha, merged: true, message: 'Pull Request successfully merged' } };
}

/** Handlers of pull requests, their reviews and requested reviewers. */
export const pullHandlers: Record<string, Handler> = {
  'pulls/list': list,
  'pulls/create': create,
  'pulls/merge': merge,

  'pulls/get': (ctx) => {
    const { repo, pull } = requirePull(ctx);
    return { status: 200, body: pullObject(ctx, repo, pull) };
  },

  'pulls/update': (ctx) => {
    const { repo, pull } = requirePull(ctx);
    const w = writerFor(ctx, repo);
    const body = bodyOf<{ title?: string; body?: string; state?: 'open' | 'closed'; base?: string; maintainer_can_modify?: boolean }>(ctx);
    if (body.base !== undefined) {
      const base = branchName(repo, body.base);
      if (repo.refs[`refs/heads/${base}`] === undefined) throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
      pull.pull.base = base;
    }
    if (body.title !== undefined) rename(w, pull, body.title);
    if (body.body !== undefined) setBody(w, pull, body.body);
    if (body.maintainer_can_modify !== undefined) pull.pull.maintainerCanModify = body.maintainer_can_modify;
    if (body.state !== undefined) setState(w, pull, body.state);
    return { status: 200, body: pullObject(ctx, repo, pull) };
  },

  'pulls/list-reviews': (ctx) => {
    const { repo, pull } = requirePull(ctx);
    const reviews = repo.reviews.filter((review) => review.pullNumber === pull.number).sort((a, b) => a.id - b.id);
    return paginate(
      ctx,
      reviews.map((review) => reviewObject(ctx, repo, review)),
    );
  },

  'pulls/create-review': (ctx) => {
    const { repo, pull } = requirePull(ctx);
    const w = writerFor(ctx, repo);
    const body = bodyOf<{ body?: string; event?: string; commit_id?: string }>(ctx);
    const state = body.event === undefined ? 'PENDING' : (REVIEW_STATES[body.event] ?? 'PENDING');
    if ((state === 'CHANGES_REQUESTED' || state === 'COMMENTED') && (body.body ?? '') === '') {
      throw unprocessable(`Review Body is required when using ${body.event ?? ''}`);
    }
    if (state !== 'PENDING' && state !== 'COMMENTED' && w.actor.toLowerCase() === pull.author.toLowerCase()) {
      throw unprocessable(state === 'APPROVED' ? 'Can not approve your own pull request' : 'Can not request changes on your own pull request');
    }
    const review: ReviewRecord = {
      id: nextId(ctx.state),
      pullNumber: pull.number,
      author: w.actor,
      body: body.body ?? '',
      state,
      commitId: body.commit_id ?? repo.refs[`refs/heads/${pull.pull.head}`] ?? '',
      submittedAt: state === 'PENDING' ? null : w.at,
    };
    repo.reviews.push(review);
    pull.pull.requestedReviewers = pull.pull.requestedReviewers.filter((login) => login.toLowerCase() !== w.actor.toLowerCase());
    return { status: 200, body: reviewObject(ctx, repo, review) };
  },

  'pulls/request-reviewers': (ctx) => {
    const { repo, pull } = requirePull(ctx);
    const w = writerFor(ctx, repo);
    const reviewers = bodyOf<{ reviewers?: string[] }>(ctx).reviewers ?? [];
    if (reviewers.some((login) => login.toLowerCase() === pull.author.toLowerCase())) {
      throw unprocessable('Review cannot be requested from pull request author.');
    }
    const strangers = reviewers.filter((login) => !Object.keys(repo.collaborators).some((name) => name.toLowerCase() === login.toLowerCase()));
    if (strangers.length > 0) {
      throw unprocessable(
        `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${repo.owner}/${repo.name} repository.`,
      );
    }
    for (const login of reviewers) {
      const user = findUser(ctx.state, login);
      if (user === undefined || pull.pull.requestedReviewers.some((present) => present.toLowerCase() === login.toLowerCase())) continue;
      pull.pull.requestedReviewers.push(user.login);
      w.repo.events.push({ id: nextId(ctx.state), issueNumber: pull.number, event: 'review_requested', actor: w.actor, createdAt: w.at, requestedReviewer: user.login });
    }
    pull.updatedAt = w.at;
    return { status: 201, body: pullSimpleObject(ctx, repo, pull) };
  },
};
