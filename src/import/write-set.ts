import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

/** Thrown when the output directory cannot take the set: it holds files and `--force` was not given, or it is a file. */
export class OutputDirectoryError extends Error {}

/** Every file below `dir`, relative, with `/` separators; empty when `dir` does not exist. */
async function existingFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Writes `files` (path relative to `dir` → text) into `dir`, creating directories as needed, and
 * calls `progress` after each file. Refuses a directory that already holds anything unless `force`;
 * with `force` it overwrites the files it writes and deletes nothing, returning the files it left
 * in place (they belong to the set as far as `validate` is concerned, so the caller reports them).
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
  const before = await existingFiles(dir);
  if (before.length > 0 && !force) {
    throw new OutputDirectoryError(`"${dir}" is not empty (${before.length} ${before.length === 1 ? 'file' : 'files'}); choose an empty or new directory, or pass --force to overwrite`);
  }
  for (const [path, text] of files) {
    const target = join(dir, ...path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text, 'utf8');
    progress(path);
  }
  return { kept: before.filter((path) => !files.has(path)) };
}
