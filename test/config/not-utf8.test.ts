/** A playbook file that is not UTF-8 is reported with the place of its first bad byte, not read as U+FFFD. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { firstInvalidUtf8, readFiles } from '../../src/config/read-files.js';
import { validatePlaybooks } from '../../src/config/validate-playbooks.js';
import { copyDefaultSet, emptyDir } from './fixture.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]): Buffer => Buffer.concat(parts.map((part) => (typeof part === 'string' ? utf8(part) : Uint8Array.from(part))));

describe('firstInvalidUtf8', () => {
  test('valid UTF-8, of every length, is valid', () => {
    expect(firstInvalidUtf8(utf8('plain ascii'))).toBe(-1);
    expect(firstInvalidUtf8(utf8('café – 日本 – 😀 – \u{10ffff}'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array())).toBe(-1);
  });

  test.each([
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['a Latin-1 é', [0x63, 0x61, 0x66, 0xe9], 3],
    ['a lead byte cut short', [0x61, 0xe2, 0x82], 1],
    ['a lead byte before ASCII', [0xc3, 0x28], 0],
    ['an overlong slash', [0x61, 0xc0, 0xaf], 1],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 0],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80], 0],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['an 0xFF byte', [0x61, 0x62, 0xff], 2],
  ])('%s is found at its first byte', (_name, sequence, at) => {
    expect(firstInvalidUtf8(Uint8Array.from(sequence))).toBe(at);
    // The decoder the check stands in for agrees that the text is not UTF-8.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(sequence))).toThrow();
  });
});

describe('reading a set', () => {
  test('a file with a Latin-1 byte is not read; the reason gives its line and column', async () => {
    const dir = await emptyDir();
    await writeFile(join(dir, 'roles.yaml'), bytes('kind: roles\nroles:\n  - name: Caf', [0xe9], ' Lead\n'));
    const [read] = readFiles(dir, ['roles.yaml'], 1_000_000);
    expect(read).toMatchObject({
      file: 'roles.yaml',
      at: { rule: 'not-utf8', line: 3, column: 14 },
    });
    expect(read && 'unreadable' in read && read.unreadable).toMatch(/not UTF-8.*line 3, column 14.*0xE9/);
  });

  test('columns count the characters before the bad byte on its line, and a byte-order mark is kept', async () => {
    const dir = await emptyDir();
    await writeFile(join(dir, 'a.yaml'), bytes('\ufeffx: 1\r\ny: "日本', [0xff, 0xfe], '"\n'));
    await writeFile(join(dir, 'b.yaml'), bytes('\ufeffkind: tools\n'));
    const [a, b] = readFiles(dir, ['a.yaml', 'b.yaml'], 1_000_000);
    expect(a).toMatchObject({ at: { rule: 'not-utf8', line: 2, column: 7 } });
    expect(b).toEqual({ file: 'b.yaml', text: '\ufeffkind: tools\n' });
  });

  test('validate reports the file as an error naming the line and column, and nothing in it as U+FFFD', async () => {
    const dir = await copyDefaultSet();
    await writeFile(join(dir, 'tools.yaml'), Buffer.concat([bytes('kind: tools\n# r'), Buffer.from([0xe9]), bytes('sum', '\ncategories: []\n')]));
    const result = await validatePlaybooks(dir);
    const diagnostic = result.diagnostics.find((each) => each.file === 'tools.yaml');
    expect(diagnostic?.severity).toBe('error');
    expect(diagnostic?.message).toMatch(/not UTF-8.*line 2, column 4/);
    expect(JSON.stringify(result.diagnostics)).not.toContain('\ufffd');
    expect(result.set).toBeNull();
  });
});
