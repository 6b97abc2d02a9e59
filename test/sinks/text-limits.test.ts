/** Text cut and split to a service's limits: never over, never inside an emoji, at a line or word break when there is one. */
import { describe, expect, it } from 'vitest';
import { cutText, splitText } from '../../src/sinks/text-limits.js';

describe('cutting text to a limit', () => {
  it('leaves text at or under the limit as it is', () => {
    expect(cutText('abcd', 4)).toBe('abcd');
    expect(cutText('', 4)).toBe('');
  });

  it('cuts longer text to the limit, its last character an ellipsis', () => {
    expect(cutText('abcdef', 4)).toBe('abc…');
  });

  it('drops a whole emoji rather than half of it', () => {
    expect(cutText('ab😀cd', 4)).toBe('ab…');
    expect(cutText('a😀cdef', 4)).toBe('a😀…');
    expect(cutText('abcdef😀', 4)).toBe('abc…');
  });
});

describe('splitting text into pieces', () => {
  it('keeps text that fits in one piece, even with breaks in it', () => {
    expect(splitText('aaaa bbbb', 9)).toEqual(['aaaa bbbb']);
    expect(splitText('', 9)).toEqual(['']);
  });

  it('ends a piece after the last line break of its window when it is in the second half, even with a space after it', () => {
    expect(splitText('aaaaaa\nbb cc\ndddd', 10)).toEqual(['aaaaaa\n', 'bb cc\ndddd']);
    expect(splitText('aa bbb\ncc dd eeee', 10)).toEqual(['aa bbb\n', 'cc dd eeee']);
    expect(splitText('aaaaa\nbbbbbbbbb', 10)).toEqual(['aaaaa\n', 'bbbbbbbbb']);
  });

  it('else after the last space in the second half', () => {
    expect(splitText('aaaaaaa bbbbbbb', 10)).toEqual(['aaaaaaa ', 'bbbbbbb']);
    expect(splitText('aaaaa bbbbbbbbb', 10)).toEqual(['aaaaa ', 'bbbbbbbbb']);
  });

  it('else cuts at the limit, a break in the first half being too early to use', () => {
    expect(splitText('aa\nb ccccccccccc', 10)).toEqual(['aa\nb ccccc', 'cccccc']);
    expect(splitText('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('moves an emoji the limit would split into the next piece', () => {
    expect(splitText('a😀😀😀', 4)).toEqual(['a😀', '😀😀']);
    expect(splitText('ab😀😀', 4)).toEqual(['ab😀', '😀']);
    expect(splitText('abc😀d', 4)).toEqual(['abc', '😀d']);
  });
});
