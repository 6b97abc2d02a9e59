/**
 * Where truncateBody cuts, to the character: the room left before the note, the window in which a
 * line break is preferred, surrogate pairs at the edges of the high-surrogate range, HTML comments
 * open or closed at the cut, and the `<details>` blocks still open there.
 */
import { describe, expect, test } from 'vitest';
import { truncateBody } from '../../src/render/truncate.js';

/** The note as the reader sees it, counts grouped in thousands. */
function note(dropped: number, limit: number): string {
  const count = (value: number) => value.toLocaleString('en-US');
  return `\n\n---\n\n_Truncated: ${count(dropped)} more characters did not fit in GitHub's limit of ${count(limit)} characters._\n`;
}

/** How many characters fit before the longest note `text` could need. */
function room(text: string, limit: number): number {
  return limit - note(text.length, limit).length;
}

function keptPart(body: string): string {
  return body.slice(0, body.lastIndexOf('\n\n---\n\n_Truncated'));
}

describe('the cut', () => {
  test('without a line break keeps exactly the room before the note, and the body fills the limit', () => {
    // 9,000 characters, of which about 4,000 are dropped: both counts have as many digits.
    const text = 'a'.repeat(9_000);
    const body = truncateBody(text, 5_000);
    const kept = room(text, 5_000);
    expect(body).toBe('a'.repeat(kept) + note(9_000 - kept, 5_000));
    expect(body.length).toBe(5_000);
  });

  test('counts over a million dropped characters in groups of three digits', () => {
    const text = 'a'.repeat(1_234_567);
    expect(truncateBody(text).endsWith(note(1_234_567 - room(text, 65_536), 65_536))).toBe(true);
    expect(truncateBody(text)).toContain('more characters did not fit in GitHub\'s limit of 65,536 characters');
  });

  test('lands on a line break exactly 2,000 characters before the room runs out, not on one further back', () => {
    const probe = `${'a'.repeat(8_000)}\n${'b'.repeat(8_000)}`;
    const end = room(probe, 5_000);
    const near = `${'a'.repeat(end - 2_000)}\n${'b'.repeat(16_000 - (end - 2_000))}`;
    expect(keptPart(truncateBody(near, 5_000))).toBe('a'.repeat(end - 2_000));
    const far = `${'a'.repeat(end - 2_001)}\n${'b'.repeat(16_000 - (end - 2_001))}`;
    expect(keptPart(truncateBody(far, 5_000))).toBe(far.slice(0, end));
  });

  test('ignores a line break just after the room', () => {
    const probe = 'a'.repeat(16_001);
    const end = room(probe, 5_000);
    const text = `${'a'.repeat(end + 1)}\n${'b'.repeat(16_000 - end - 1)}`;
    expect(keptPart(truncateBody(text, 5_000))).toBe('a'.repeat(end));
  });

  test.each([
    ['U+10000', '\u{10000}'],
    ['U+10FFFF', '\u{10FFFF}'],
  ])('never splits %s, at either end of the high-surrogate range', (_name, character) => {
    for (const prefix of ['', 'a']) {
      const text = prefix + character.repeat(5_000);
      const kept = keptPart(truncateBody(text, 3_000));
      expect(kept).toBe(prefix + character.repeat((kept.length - prefix.length) / 2));
    }
  });

  test('keeps a limit of exactly twice the note, and refuses anything smaller with a message naming the limit', () => {
    const text = 'a'.repeat(500);
    const limit = Array.from({ length: 300 }, (_, index) => 100 + index).find((candidate) => candidate === 2 * note(500, candidate).length);
    if (limit === undefined) throw new Error('no limit of exactly twice the note');
    expect(truncateBody(text, limit).length).toBe(limit);
    expect(() => truncateBody(text, limit - 1)).toThrow(`truncateBody: a limit of ${limit - 1} characters leaves no room for the text`);
  });
});

describe('HTML comments at the cut', () => {
  test('a comment closing exactly at the cut is kept, one closing a character later is cut away', () => {
    const end = room('a'.repeat(16_000), 5_000);
    const comment = '<!--xyz-->';
    const closedAtEnd = `${'a'.repeat(end - comment.length)}${comment}${'b'.repeat(16_000 - end)}`;
    expect(keptPart(truncateBody(closedAtEnd, 5_000))).toBe(closedAtEnd.slice(0, end));
    const closedAfter = `${'a'.repeat(end - comment.length + 1)}${comment}${'b'.repeat(16_000 - end - 1)}`;
    expect(keptPart(truncateBody(closedAfter, 5_000))).toBe('a'.repeat(end - comment.length + 1));
  });

  test('a comment opening just after the cut does not move it', () => {
    const end = room('a'.repeat(16_000), 5_000);
    const text = `${'a'.repeat(end + 1)}<!-- ${'x'.repeat(16_000)} -->`;
    expect(keptPart(truncateBody(text, 5_000))).toBe('a'.repeat(end));
  });

  test('a comment open from the first character is cut away entirely', () => {
    expect(keptPart(truncateBody(`<!-- ${'x'.repeat(10_000)} -->`, 5_000))).toBe('');
  });

  test('a comment right after a closed one is still seen as open', () => {
    expect(keptPart(truncateBody(`<!--a--><!-- ${'x'.repeat(10_000)} -->`, 5_000))).toBe('<!--a-->');
  });
});

describe('details blocks at the cut', () => {
  test('blocks closed before the cut (`</details>` or `</details >`) get no closer; one still open (`<details open>`) gets one', () => {
    const text = `<details open>a</details>\n\n<details>b</details >\n\n<details open>\n\n${'line of the log\n'.repeat(1_000)}</details>\n`;
    const body = truncateBody(text, 5_000);
    expect(body.match(/<\/details\s*>/gu)).toHaveLength(3);
    expect(body).toMatch(/line of the log\n\n<\/details>\n\n---\n\n_Truncated/u);
  });
});
