/** Reading the handbook: UTF-8 only, and never more than the limit, whatever the file says its size is. */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { MAX_MARKDOWN_BYTES, MarkdownTooLargeError } from '../../src/import/markdown-tree.js';
import { SourceNotUtf8Error, readMarkdownSource } from '../../src/import/read-source.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'playbook-ops-read-source-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readMarkdownSource', () => {
  test('a file of exactly the limit is read whole; one byte more is refused with its size', async () => {
    await writeFile(join(dir, 'full.md'), 'x'.repeat(MAX_MARKDOWN_BYTES));
    expect((await readMarkdownSource(join(dir, 'full.md'), 'full.md')).length).toBe(MAX_MARKDOWN_BYTES);
    await writeFile(join(dir, 'over.md'), 'x'.repeat(MAX_MARKDOWN_BYTES + 1));
    const refused = readMarkdownSource(join(dir, 'over.md'), 'over.md');
    await expect(refused).rejects.toThrow(MarkdownTooLargeError);
    await expect(refused).rejects.toMatchObject({ bytes: MAX_MARKDOWN_BYTES + 1 });
  });

  test('a device that says it has no size is read only one byte past the limit', async () => {
    await expect(readMarkdownSource('/dev/zero', '/dev/zero')).rejects.toMatchObject({ name: 'MarkdownTooLargeError', bytes: MAX_MARKDOWN_BYTES + 1 });
  });

  test('bytes that are not UTF-8 are refused, saying where the first one is', async () => {
    await writeFile(join(dir, 'latin1.md'), Buffer.from('# Caf\xe9\n', 'latin1'));
    const refused = readMarkdownSource(join(dir, 'latin1.md'), 'latin1.md');
    const error = await refused.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceNotUtf8Error);
    expect({ name: (error as Error).name, message: (error as Error).message }).toEqual({
      name: 'SourceNotUtf8Error',
      message: 'it is not UTF-8: line 1, column 6 is not a UTF-8 character (byte 0xE9): save the file as UTF-8 (it is probably Latin-1 or Windows-1252): most editors offer "Save with encoding"',
    });
  });

  test('the file is closed again, whether it was read or refused', async () => {
    await writeFile(join(dir, 'handbook.md'), '# Payments Handbook\n');
    await writeFile(join(dir, 'latin1.md'), Buffer.from('# Caf\xe9\n', 'latin1'));
    const open = async (): Promise<number> => (await readdir('/proc/self/fd')).length;
    const before = await open();
    await readMarkdownSource(join(dir, 'handbook.md'), 'handbook.md');
    await readMarkdownSource(join(dir, 'latin1.md'), 'latin1.md').catch(() => undefined);
    await readMarkdownSource('/dev/zero', '/dev/zero').catch(() => undefined);
    expect(await open()).toBe(before);
  });
});
