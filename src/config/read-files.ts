/** Reading the files of a playbook set within the size limit. */
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { mapLimit } from './map-limit.js';

/** A file's text, or why it was not read. */
export type FileText = { file: string; text: string } | { file: string; tooLarge: number } | { file: string; unreadable: string };

/** How many files are read at once. */
export const READ_CONCURRENCY = 16;

async function readOne(dir: string, file: string, maxBytes: number): Promise<FileText> {
  let handle;
  try {
    handle = await open(join(dir, file), 'r');
    const { size } = await handle.stat();
    if (size > maxBytes) return { file, tooLarge: size };
    // Read at most one byte past the limit, so a file that grew since stat() is still caught.
    const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > maxBytes) return { file, tooLarge: length };
    return { file, text: buffer.toString('utf8', 0, length) };
  } catch (error) {
    return { file, unreadable: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  } finally {
    await handle?.close();
  }
}

/** The texts of `files` (relative to `dir`), read with bounded concurrency, in the given order. */
export function readFiles(dir: string, files: readonly string[], maxBytes: number, concurrency = READ_CONCURRENCY): Promise<FileText[]> {
  return mapLimit(files, concurrency, (file) => readOne(dir, file, maxBytes));
}
