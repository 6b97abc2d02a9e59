/**
 * Reading the files of a set: UTF-8 checked byte by byte at the edges of each sequence length, the
 * size limit, and the refusals that name why a file was not read.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { firstInvalidUtf8, readFiles } from '../../src/config/read-files.js';
import { emptyDir } from './fixture.js';

describe('UTF-8, at the edges of each sequence length', () => {
  test.each([
    ['U+0080, the first two-byte character', [0xc2, 0x80]],
    ['U+07FF, the last two-byte character', [0xdf, 0xbf]],
    ['U+0800, the first three-byte character', [0xe0, 0xa0, 0x80]],
    ['U+D7FF, the last character before the surrogates', [0xed, 0x9f, 0xbf]],
    ['U+FFFF, the last three-byte character', [0xef, 0xbf, 0xbf]],
    ['U+10000, the first four-byte character', [0xf0, 0x90, 0x80, 0x80]],
    ['U+10FFFF, the last character', [0xf4, 0x8f, 0xbf, 0xbf]],
  ])('%s is valid', (_name, sequence) => {
    expect(firstInvalidUtf8(Uint8Array.from([0x61, ...sequence, 0x62]))).toBe(-1);
  });

  test.each([
    ['an overlong two-byte form (C1)', [0xc1, 0xbf]],
    ['an overlong four-byte form (F0 8F)', [0xf0, 0x8f, 0xbf, 0xbf]],
    ['a lead byte past F4', [0xf5, 0x80, 0x80, 0x80]],
    ['a two-byte lead at the end', [0xc3]],
    ['a four-byte lead at the end after two continuation bytes', [0xf0, 0x90, 0x80]],
    ['a three-byte sequence whose last byte is ASCII', [0xe2, 0x82, 0x41]],
    ['a three-byte sequence whose last byte is a lead byte', [0xe2, 0x82, 0xc3]],
    ['continuation bytes without a lead byte', [0x80, 0x80, 0x80, 0x80]],
    ['an overlong two-byte lead before continuation bytes', [0xc1, 0xbf, 0xbf, 0xbf]],
  ])('%s is found at its lead byte', (_name, sequence) => {
    expect(firstInvalidUtf8(Uint8Array.from([0x61, ...sequence]))).toBe(1);
  });
});

describe('reading the files of a set', () => {
  test('a file of exactly the size limit is read; one byte more is too large', async () => {
    const dir = await emptyDir();
    await writeFile(join(dir, 'fits.yaml'), 'x'.repeat(100));
    await writeFile(join(dir, 'over.yaml'), 'x'.repeat(101));
    expect(readFiles(dir, ['fits.yaml', 'over.yaml'], 100)).toEqual([
      { file: 'fits.yaml', text: 'x'.repeat(100) },
      { file: 'over.yaml', tooLarge: 101 },
    ]);
  });

  test('a file of gigabytes is too large without being read into memory', async () => {
    const dir = await emptyDir();
    // Sparse: it takes no room on disk, but a read of it would fail (Node reads at most 2 GiB at once).
    await writeFile(join(dir, 'huge.yaml'), '');
    await truncate(join(dir, 'huge.yaml'), 3 * 2 ** 30);
    expect(readFiles(dir, ['huge.yaml'], 1_000_000)).toEqual([{ file: 'huge.yaml', tooLarge: 3 * 2 ** 30 }]);
  });

  test('a link into a sibling folder whose name starts like the directory\'s is outside it', async () => {
    const dir = await emptyDir();
    await mkdir(`${dir}-other`);
    await writeFile(`${dir}-other/secret.yaml`, 'kind: roles\n');
    await symlink(`${dir}-other/secret.yaml`, join(dir, 'roles.yaml'));
    try {
      expect(readFiles(dir, ['roles.yaml'], 1000)).toMatchObject([{ file: 'roles.yaml', at: { rule: 'outside-link' } }]);
    } finally {
      await rm(`${dir}-other`, { recursive: true });
    }
  });

  test('a pipe named like a playbook is refused, not read (the read would never end)', async () => {
    const dir = await emptyDir();
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    expect(readFiles(dir, ['pipe.yaml'], 1000)).toEqual([{ file: 'pipe.yaml', unreadable: 'it is not a regular file (a device, a pipe or a socket)' }]);
  });

  test('every file of a directory that is missing says so', () => {
    expect(readFiles('/nonexistent/playbooks', ['roles.yaml', 'tools.yaml'], 1000)).toEqual([
      { file: 'roles.yaml', unreadable: 'ENOENT' },
      { file: 'tools.yaml', unreadable: 'ENOENT' },
    ]);
  });

  test('a link that leaves the directory through another link names where the chain ends', async () => {
    const dir = await emptyDir();
    const elsewhere = await emptyDir();
    await writeFile(join(elsewhere, 'secret.yaml'), 'kind: roles\n');
    await symlink(join(elsewhere, 'secret.yaml'), join(dir, '.hop.yaml'));
    await symlink('.hop.yaml', join(dir, 'roles.yaml'));
    expect(readFiles(dir, ['roles.yaml'], 1000)).toEqual([
      {
        file: 'roles.yaml',
        unreadable: `it is a symbolic link to ".hop.yaml", which leads to "${join(elsewhere, 'secret.yaml')}", outside the playbook directory; links may point only to files inside it`,
        at: { rule: 'outside-link', line: 1, column: 1, hint: 'copy the file into the playbook directory, or remove the link' },
      },
    ]);
  });

  test('a file reached through a linked folder outside the directory is refused, naming where it really is', async () => {
    const dir = await emptyDir();
    const elsewhere = await emptyDir();
    await writeFile(join(elsewhere, 'tools.yaml'), 'kind: tools\n');
    await symlink(elsewhere, join(dir, 'shared'));
    expect(readFiles(dir, ['shared/tools.yaml'], 1000)).toEqual([
      {
        file: 'shared/tools.yaml',
        unreadable: `it is reached through a symbolic link, at "${join(elsewhere, 'tools.yaml')}", outside the playbook directory; links may point only to files inside it`,
        at: { rule: 'outside-link', line: 1, column: 1, hint: 'copy the file into the playbook directory, or remove the link' },
      },
    ]);
  });

  test('a link to the directory itself is no file to read, and no link out of it', async () => {
    const dir = await emptyDir();
    await mkdir(join(dir, 'sub'));
    await symlink('..', join(dir, 'sub', 'up.yaml'));
    expect(readFiles(dir, ['sub/up.yaml'], 1000)).toEqual([{ file: 'sub/up.yaml', unreadable: 'it is not a regular file (a device, a pipe or a socket)' }]);
  });
});
