import { getObject } from '../state/git-objects.js';
import { fullName } from '../state/store.js';
import type { RepoRecord, TreeEntry } from '../state/types.js';
import type { Json, ShapeContext } from './context.js';
import { wrappedBase64 } from './git.js';

const CONTENT_TYPES: Record<TreeEntry['type'], string> = { blob: 'file', tree: 'dir', commit: 'submodule' };

/** One entry as the contents API describes it (a directory listing item, or a file without content). */
export function contentEntry(ctx: ShapeContext, repo: RepoRecord, path: string, entry: TreeEntry, ref: string): Json {
  const name = fullName(repo);
  const self = `${ctx.api}/repos/${name}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const gitUrl = `${ctx.api}/repos/${name}/git/${entry.type === 'tree' ? 'trees' : 'blobs'}/${entry.sha}`;
  const htmlUrl = `${ctx.html}/${name}/${entry.type === 'tree' ? 'tree' : 'blob'}/${ref}/${path}`;
  const blob = entry.type === 'blob' ? getObject(repo, entry.sha, 'blob') : undefined;
  return {
    type: CONTENT_TYPES[entry.type],
    size: blob === undefined ? 0 : Buffer.from(blob.content, 'base64').length,
    name: path.split('/').pop() ?? path,
    path,
    sha: entry.sha,
    url: self,
    git_url: gitUrl,
    html_url: htmlUrl,
    download_url: blob === undefined ? null : `https://raw.githubusercontent.com/${name}/${ref}/${path}`,
    _links: { self, git: gitUrl, html: htmlUrl },
  };
}

/** A file with its content (`content-file`), base64 wrapped as GitHub sends it. */
export function contentFile(ctx: ShapeContext, repo: RepoRecord, path: string, entry: TreeEntry, ref: string): Json {
  const blob = getObject(repo, entry.sha, 'blob');
  return { ...contentEntry(ctx, repo, path, entry, ref), content: wrappedBase64(blob?.content ?? ''), encoding: 'base64' };
}
