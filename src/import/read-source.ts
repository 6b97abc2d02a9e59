/** Reading the Markdown handbook `import` starts from: as UTF-8, and never more than the limit. */
import { open } from 'node:fs/promises';
import { decodeUtf8 } from '../config/read-files.js';
import { MAX_MARKDOWN_BYTES, MarkdownTooLargeError } from './markdown-tree.js';

/** Thrown when the source is not UTF-8: the message names the line and column of its first bad byte and how to fix it. */
export class SourceNotUtf8Error extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceNotUtf8Error';
  }
}

/**
 * The text of the file at `path`. At most {@link MAX_MARKDOWN_BYTES} are read whatever the file
 * is: its size is checked before reading, but a device, a pipe or a file of /proc says it has none
 * (`/dev/zero` would be read until memory ran out), so the read stops one byte past the limit too. Throws a
 * {@link MarkdownTooLargeError} past the limit, a {@link SourceNotUtf8Error} for bytes that are not
 * UTF-8 (read as U+FFFD, they would be imported silently changed), and the file system's errors.
 */
export async function readMarkdownSource(path: string, shown: string): Promise<string> {
  const limit = MAX_MARKDOWN_BYTES;
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > limit) throw new MarkdownTooLargeError(size);
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit) throw new MarkdownTooLargeError(Math.max(size, length));
    const decoded = decodeUtf8(shown, buffer.subarray(0, length));
    if ('text' in decoded) return decoded.text;
    const reason = 'unreadable' in decoded ? decoded.unreadable : 'it is not UTF-8';
    const hint = 'unreadable' in decoded && decoded.at !== undefined ? `: ${decoded.at.hint}` : '';
    throw new SourceNotUtf8Error(`${reason}${hint}`);
  } finally {
    await handle.close();
  }
}
