import { GitHubError, notFound } from '../errors.js';
import { checkRunObject } from '../shapes/check-run.js';
import { getObject } from '../state/git-objects.js';
import { nextId } from '../state/store.js';
import type { CheckRunRecord } from '../state/types.js';
import { type Handler, type RequestContext, bodyOf, intParam, repoOf, writerFor } from './context.js';

interface CheckRunWrite {
  name?: string;
  head_sha?: string;
  details_url?: string;
  external_id?: string;
  status?: string;
  conclusion?: string;
  started_at?: string;
  completed_at?: string;
  output?: { title?: string; summary?: string; text?: string };
}

/** Applies a create or update body; a conclusion completes the run, as on GitHub. */
function apply(run: CheckRunRecord, body: CheckRunWrite, at: string): void {
  if (body.name !== undefined) run.name = body.name;
  if (body.details_url !== undefined) run.detailsUrl = body.details_url;
  if (body.external_id !== undefined) run.externalId = body.external_id;
  if (body.started_at !== undefined) run.startedAt = body.started_at;
  if (body.status !== undefined) run.status = body.status;
  if (body.conclusion !== undefined) {
    run.conclusion = body.conclusion;
    run.status = 'completed';
  }
  if (run.status === 'completed') run.completedAt = body.completed_at ?? run.completedAt ?? at;
  if (body.output !== undefined) {
    run.output = { title: body.output.title ?? null, summary: body.output.summary ?? null, text: body.output.text ?? null };
  }
}

function find(ctx: RequestContext): CheckRunRecord {
  const id = intParam(ctx.params, 'check_run_id');
  const run = repoOf(ctx).checkRuns.find((candidate) => candidate.id === id);
  if (run === undefined) throw notFound();
  return run;
}

/** Handlers creating and updating check runs. */
export const checkHandlers: Record<string, Handler> = {
  'checks/create': (ctx) => {
    const repo = repoOf(ctx);
    const w = writerFor(ctx, repo);
    const body = bodyOf<CheckRunWrite & { name: string; head_sha: string }>(ctx);
    if (getObject(repo, body.head_sha, 'commit') === undefined) {
      throw new GitHubError(422, { message: `No commit found for SHA: ${body.head_sha}` });
    }
    const run: CheckRunRecord = {
      id: nextId(ctx.state),
      name: body.name,
      headSha: body.head_sha,
      status: 'queued',
      conclusion: null,
      startedAt: w.at,
      completedAt: null,
      detailsUrl: null,
      externalId: null,
      output: { title: null, summary: null, text: null },
    };
    apply(run, body, w.at);
    repo.checkRuns.push(run);
    return { status: 201, body: checkRunObject(ctx, repo, run) };
  },

  'checks/update': (ctx) => {
    const repo = repoOf(ctx);
    const w = writerFor(ctx, repo);
    const run = find(ctx);
    apply(run, bodyOf<CheckRunWrite>(ctx), w.at);
    return { status: 200, body: checkRunObject(ctx, repo, run) };
  },
};
