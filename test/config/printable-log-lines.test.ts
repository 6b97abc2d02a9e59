import { describe, expect, test } from 'vitest';
import { cutCodePoints, logLines, printableJson } from '../../src/config/printable.js';

describe('text printed to a terminal or CI log', () => {
  test('splits at every line break the runner splits at, escapes controls and starts no workflow command', () => {
    expect(logLines('one\r\n::error::two\rthree\u001b[31m\n  ::add-mask::x ##[set-output]y')).toBe(
      'one\n\\u003a:error::two\nthree\\u001b[31m\n  \\u003a:add-mask::x #\\u0023[set-output]y',
    );
  });

  test('is cut to a number of characters, never inside a surrogate pair, with … when cut', () => {
    expect(cutCodePoints('abc', 3)).toBe('abc');
    expect(cutCodePoints('abcd', 3)).toBe('ab…');
    expect(cutCodePoints('😀😀😀', 3)).toBe('😀😀😀');
    expect(cutCodePoints('😀😀😀😀', 3)).toBe('😀😀…');
  });

  test('JSON keeps its value but shows the invisible characters JSON leaves raw, and starts no workflow command', () => {
    const json = JSON.stringify({ message: 'a\u202eb\u0085c\ufeff ##[error]x' });
    const printed = printableJson(json);
    expect(printed).toBe('{"message":"a\\u202eb\\u0085c\\ufeff ##\\u005berror]x"}');
    expect(JSON.parse(printed)).toEqual(JSON.parse(json));
  });
});
