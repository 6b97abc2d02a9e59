/** Writing one scaffolded file inside a repository without ever writing through a symbolic link. */
import { constants } from 'node:fs';
import { lstat, mkdir, open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ScaffoldError } from './scaffold-error.js';

// O_NOFOLLOW: a link made after the check below is still not written through (0 where unsupported).
const WRITE_NO_FOLLOW = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | ((constants.O_NOFOLLOW as number | undefined) ?? 0);


/**
 * What stands at `path` (relative to `root`, `/`-separated): `null` when nothing, else the text of
 * the file. A symbolic link at the path or at a directory on its way, or a directory at the path,
 * is refused: writing there would write wherever the link points, and `--force` does not change that.
 */
export async function existingText(root: string, path: string): Promise<string | null> {
  const parts = path.split('/');
  for (let count = 1; count <= parts.length; count += 1) {
    const at = join(root, ...parts.slice(0, count));
    const info = await lstat(at).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    });
    if (info === null) return null;
    const step = parts.slice(0, count).join('/');
    if (info.isSymbolicLink()) throw new ScaffoldError(`"${step}" is a symbolic link; init never writes through one, even with --force: remove it or choose another directory`);
    if (count === parts.length && !info.isFile()) throw new ScaffoldError(`"${step}" exists and is not a file: move it away, init writes a file there`);
  }
  const handle = await open(join(root, ...parts), constants.O_RDONLY | ((constants.O_NOFOLLOW as number | undefined) ?? 0));
  try {
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/** Writes `text` to `path` under `root`, creating directories; never follows a link at the last step. */
export async function writeScaffoldFile(root: string, path: string, text: string): Promise<void> {
  const target = join(root, ...path.split('/'));
  await mkdir(dirname(target), { recursive: true });
  const handle = await open(target, WRITE_NO_FOLLOW, 0o666).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new ScaffoldError(`"${path}" became a symbolic link while init ran; nothing was written through it`, { cause: error });
    throw error;
  });
  try {
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
}
