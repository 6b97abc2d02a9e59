/** Reading the files of a playbook set within the size limit, as UTF-8. */
import { lstatSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { lineIndex } from './line-index.js';

/**
 * Where and why a file was refused, for a diagnostic at that place: `not-utf8` at the first byte that
 * is not UTF-8, `outside-link` for a symbolic link that leads out of the playbook directory.
 */
export interface RefusedAt {
  rule: string;
  line: number;
  column: number;
  hint: string;
}

/**
 * A file's text, or why it was not read. `unreadable` says why in words (an error code such as
 * `EACCES`, or a sentence); `at`, when present, names the rule and the place.
 */
export type FileText =
  | { file: string; text: string }
  | { file: string; tooLarge: number }
  | { file: string; unreadable: string; at?: RefusedAt };

// `fatal` so that bytes that are not UTF-8 are found rather than turned into U+FFFD; `ignoreBOM` so
// a byte-order mark stays in the text, as Buffer#toString kept it.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The offset of the first byte of `bytes` that does not start or continue a well-formed UTF-8
 * sequence (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF), or -1 when all of it
 * is UTF-8. A cut-short sequence is reported at its first byte.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at]!;
    if (lead < 0x80) {
      at += 1;
      continue;
    }
    // How many continuation bytes the lead byte announces, and the range the first of them must be
    // in (narrower after E0, ED, F0 and F4, which is what rules out overlongs, surrogates and > U+10FFFF).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return at;
    const second = bytes[at + 1];
    if (second === undefined || second < low || second > high) return at;
    for (let next = 2; next <= length; next += 1) {
      const byte = bytes[at + next];
      if (byte === undefined || byte < 0x80 || byte > 0xbf) return at;
    }
    at += length + 1;
  }
  return -1;
}

/** The text of `buffer` (the bytes of `file`), or the refusal naming the line and column of its first byte that is not UTF-8. */
export function decodeUtf8(file: string, buffer: Uint8Array): FileText {
  try {
    return { file, text: UTF8.decode(buffer) };
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(buffer));
    // Everything before the bad byte is UTF-8, so its text gives the line and column as editors count them.
    const before = UTF8.decode(buffer.subarray(0, offset));
    const { line, column } = lineIndex(before)(before.length);
    // Stryker disable next-line StringLiteral: a byte that is not UTF-8 is 0x80 or more, two hex digits without padding
    const byte = (buffer[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      file,
      unreadable: `it is not UTF-8: line ${line}, column ${column} is not a UTF-8 character (byte 0x${byte})`,
      at: { rule: 'not-utf8', line, column, hint: 'save the file as UTF-8 (it is probably Latin-1 or Windows-1252): most editors offer "Save with encoding"' },
    };
  }
}

/**
 * The refusal of `file` (at `path`, whose real path is `real`) when that is outside `realDir`: a
 * link out of the set would let a playbook pull in `/etc/passwd` or `/proc/self/environ`, and the
 * diagnostics quote what they read.
 */
function outsideLink(file: string, path: string, real: string, realDir: string): FileText | null {
  if (real === realDir || real.startsWith(realDir.endsWith(sep) ? realDir : realDir + sep)) return null;
  let where: string;
  if (lstatSync(path).isSymbolicLink()) {
    const target = readlinkSync(path);
    // Name the end of a chain of links too, when the link's own text does not show it.
    where = `a symbolic link to "${target}"${resolve(dirname(path), target) === real ? '' : `, which leads to "${real}"`}`;
  } else {
    where = `reached through a symbolic link, at "${real}"`;
  }
  return {
    file,
    unreadable: `it is ${where}, outside the playbook directory; links may point only to files inside it`,
    at: { rule: 'outside-link', line: 1, column: 1, hint: 'copy the file into the playbook directory, or remove the link' },
  };
}

function readOne(dir: string, realDir: string, file: string, maxBytes: number): FileText {
  try {
    const path = join(dir, file);
    // The file is read at its real path, once that is known to be inside the directory.
    const real = realpathSync.native(path);
    const outside = outsideLink(file, path, real, realDir);
    if (outside !== null) return outside;
    const info = statSync(real);
    // A pipe or a device would block the read or never end it.
    if (!info.isFile()) return { file, unreadable: 'it is not a regular file (a device, a pipe or a socket)' };
    const { size } = info;
    if (size > maxBytes) return { file, tooLarge: size };
    const buffer = readFileSync(real);
    // A file that grew since stat() is still caught.
    // Stryker disable next-line ConditionalExpression: only a file that grows between stat and read reaches it
    if (buffer.length > maxBytes) return { file, tooLarge: buffer.length };
    return decodeUtf8(file, buffer);
  } catch (error) {
    return { file, unreadable: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
}

/**
 * The texts of `files` (relative to `dir`), in the given order. Read synchronously: a set is a few
 * hundred small files, and one blocking read each measured about five times faster than async
 * handles (open, stat, read, close) on a set of 1,000. Symbolic links are followed only to files
 * inside `dir` (wherever `dir` itself really is); a link that leads out of it is refused, unread.
 * A file that is not UTF-8 is not read either: its text would hold U+FFFD where its bytes were,
 * silently; the refusal names the first bad byte.
 */
export function readFiles(dir: string, files: readonly string[], maxBytes: number): FileText[] {
  let realDir: string;
  try {
    realDir = realpathSync.native(dir);
  } catch {
    // Then no file in it can be read either; each says why.
    realDir = resolve(dir);
  }
  return files.map((file) => readOne(dir, realDir, file, maxBytes));
}
