import { conflict, invalidRequest, notFound } from '../errors.js';
import { contentEntry, contentFile } from '../shapes/content.js';
import { commitObject } from '../shapes/git.js';
import { entryAt, getObject, resolveCommit } from '../state/git-objects.js';
import { commitFiles, signatureOf } from '../state/git-writes.js';
import { type Handler, bodyOf, optionalString, repoOf, requireActor, stringParam, writerFor } from './context.js';

interface PutContentsBody {
  message: string;
  content: string;
  sha?: string;
  branch?: string;
  committer?: { name: string; email: string; date?: string };
  author?: { name: string; email: string; date?: string };
}

/** Handlers of the contents API: read a file or directory at a ref, create or update a file. */
export const contentHandlers: Record<string, Handler> = {
  'repos/get-content': (ctx) => {
    const repo = repoOf(ctx);
    const ref = optionalString(ctx.query, 'ref') ?? repo.defaultBranch;
    const path = stringParam(ctx.params, 'path').replace(/^\/+|\/+$/g, '');
    const commitSha = resolveCommit(repo, ref);
    if (commitSha === undefined) throw notFound(`No commit found for the ref ${ref}`);
    const tree = getObject(repo, commitSha, 'commit')?.tree ?? '';
    const entry = entryAt(repo, tree, path);
    if (entry === undefined) throw notFound();
    if (entry.type !== 'tree') return { status: 200, body: contentFile(ctx, repo, path, entry, ref) };
    const children = getObject(repo, entry.sha, 'tree')?.entries ?? [];
    return {
      status: 200,
      body: children.map((child) => contentEntry(ctx, repo, path === '' ? child.path : `${path}/${child.path}`, child, ref)),
    };
  },

  /** An existing file needs its current blob `sha` (422 without, 409 when stale), as on GitHub. */
  'repos/create-or-update-file-contents': (ctx) => {
    const repo = repoOf(ctx);
    const w = writerFor(ctx, repo);
    const body = bodyOf<PutContentsBody>(ctx);
    const path = stringParam(ctx.params, 'path').replace(/^\/+|\/+$/g, '');
    const branch = body.branch ?? repo.defaultBranch;
    const head = repo.refs[`refs/heads/${branch}`];
    if (head === undefined) throw notFound(`Branch ${branch} not found`);
    const existing = entryAt(repo, getObject(repo, head, 'commit')?.tree ?? '', path);
    if (existing !== undefined) {
      if (body.sha === undefined) throw invalidRequest(['"sha" wasn\'t supplied.']);
      if (body.sha !== existing.sha) throw conflict(`${path} does not match ${body.sha}`);
    }
    const fallback = signatureOf(ctx.state, requireActor(ctx).login, w.at);
    const committer = body.committer === undefined ? fallback : { ...body.committer, date: body.committer.date ?? w.at };
    const author = body.author === undefined ? committer : { ...body.author, date: body.author.date ?? w.at };
    const sha = commitFiles(repo, branch, [{ path, content: Buffer.from(body.content, 'base64') }], { message: body.message, author, committer });
    repo.updatedAt = w.at;
    const entry = entryAt(repo, getObject(repo, sha, 'commit')?.tree ?? '', path);
    if (entry === undefined) throw new Error(`emulator: ${path} missing right after committing it`);
    return {
      status: existing === undefined ? 201 : 200,
      body: { content: contentEntry(ctx, repo, path, entry, branch), commit: commitObject(ctx, repo, sha) },
    };
  },
};
