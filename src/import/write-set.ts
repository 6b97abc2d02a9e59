import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, readlink, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { escapeControls } from '../config/printable.js';

/**
 * Thrown when the output directory cannot take the set: it holds files and `--force` was not given,
 * it is a file, or a symbolic link stands where a file of the set (or a directory on its way) goes.
 */
export class OutputDirectoryError extends Error {}

// Open for writing without following a link at the last step, so a link made after the check below
// is still not written through. (O_NOFOLLOW is 0 where the platform lacks it.)
const WRITE_NO_FOLLOW = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | ((constants.O_NOFOLLOW as number | undefined) ?? 0);

/** Every entry below `dir` that is not a directory (files, links, anything else), relative, with `/` separators; empty when `dir` does not exist. */
async function existingEntries(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Writes `text` to `path`, creating or truncating it, but never through a symbolic link at `path`:
 * that throws an {@link OutputDirectoryError} with `linkMessage` and writes nothing.
 */
export async function writeNoFollow(path: string, text: string, linkMessage: string): Promise<void> {
  const handle = await open(path, WRITE_NO_FOLLOW, 0o666).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new OutputDirectoryError(linkMessage, { cause: error });
    throw error;
  });
  try {
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Refuses when a symbolic link stands at `path` (relative to `dir`, `/`-separated) or at one of the
 * directories on its way: writing there would write wherever the link points (`~/.bashrc`, a
 * directory outside). Not even `--force` writes through a link; the user removes it.
 */
async function refuseLinks(dir: string, path: string): Promise<void> {
  const parts = path.split('/');
  for (let count = 1; count <= parts.length; count += 1) {
    const step = parts.slice(0, count).join('/');
    const at = join(dir, ...parts.slice(0, count));
    const info = await lstat(at).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    });
    if (info === null) return;
    if (info.isSymbolicLink()) {
      const target = escapeControls(await readlink(at));
      throw new OutputDirectoryError(
        `"${step}" is a symbolic link to "${target}" (in "${dir}"), where the import writes ${step === path ? 'a file' : `"${path}"`}; ` +
          'import never writes through a link, even with --force: remove the link, or choose another directory',
      );
    }
  }
}

/**
 * Writes `files` (path relative to `dir` → text) into `dir`, creating directories as needed, and
 * calls `progress` after each file. Refuses a directory that already holds anything unless `force`;
 * with `force` it overwrites the files it writes and deletes nothing, returning the entries it left
 * in place (they belong to the set as far as `validate` is concerned, so the caller reports them).
 * Refuses, before writing anything and whatever `force` says, when a symbolic link stands where a
 * file of the set or a directory on its way goes: a link is never written through.
 */
export async function writeSet(
  dir: string,
  files: ReadonlyMap<string, string>,
  force: boolean,
  progress: (path: string) => void,
): Promise<{ kept: string[] }> {
  const info = await stat(dir).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  });
  if (info !== null && !info.isDirectory()) throw new OutputDirectoryError(`"${dir}" exists and is not a directory`);
  // Links first: --force would not help with them, so that is what the user needs to hear.
  for (const path of files.keys()) await refuseLinks(dir, path);
  const before = await existingEntries(dir);
  if (before.length > 0 && !force) {
    throw new OutputDirectoryError(`"${dir}" is not empty (${before.length} ${before.length === 1 ? 'file' : 'files'}); choose an empty or new directory, or pass --force to overwrite`);
  }
  for (const [path, text] of files) {
    const target = join(dir, ...path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await writeNoFollow(target, text, `"${path}" became a symbolic link while the set was written; nothing was written through it`);
    progress(path);
  }
  return { kept: before.filter((path) => !files.has(path)) };
}
