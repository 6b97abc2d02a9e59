/**
 * Multi-line text as Markdown blocks, exactly: paragraphs and hard breaks, fenced code recognised by
 * CommonMark's rules (fence character and length, info strings), the code block's own fence and
 * info string, and table cells, all after line endings and control characters are cleaned.
 */
import { describe, expect, test } from 'vitest';
import { escapeMarkdownBlock, escapeTableCell } from '../../src/render/escape.js';

describe('escapeMarkdownBlock', () => {
  test('turns CRLF line endings into hard breaks and runs of blank lines into one paragraph break', () => {
    expect(escapeMarkdownBlock('one\r\ntwo\n\n\n\nthree\n\nfour')).toBe('one\\\ntwo\n\nthree\n\nfour');
  });

  test('trims each line and drops blank lines at the ends, so no trailing hard break or empty paragraph is left', () => {
    expect(escapeMarkdownBlock('  indented  \nnext\n')).toBe('indented\\\nnext');
    expect(escapeMarkdownBlock('\n\nlate start')).toBe('late start');
  });

  test('a code block alone is just the block', () => {
    expect(escapeMarkdownBlock('```\nx\n```')).toBe('```\nx\n```');
  });

  test('fences the code with one backtick more than its longest run', () => {
    expect(escapeMarkdownBlock("~~~\nconst fence = '````';\n~~~")).toBe("`````\nconst fence = '````';\n`````");
  });

  test('keeps a plain language name as the info string, and drops anything else', () => {
    expect(escapeMarkdownBlock('```py\nprint(1)\n```')).toBe('```py\nprint(1)\n```');
    expect(escapeMarkdownBlock('```js;rm\nx\n```')).toBe('```\nx\n```');
    expect(escapeMarkdownBlock(`\`\`\`${'a'.repeat(31)}\nx\n\`\`\``)).toBe('```\nx\n```');
  });

  test('an unclosed fence keeps its language', () => {
    expect(escapeMarkdownBlock('```py\nprint(1)')).toBe('```py\nprint(1)\n```');
  });

  test('a backtick line with a backtick in its info string is text, a tilde one is a fence', () => {
    expect(escapeMarkdownBlock('```a`b')).toBe('\\`\\`\\`a\\`b');
    expect(escapeMarkdownBlock('~~~a`b\nx\n~~~')).toBe('```\nx\n```');
  });

  test('only a fence of the same character, at least as long, with nothing after it, closes the block', () => {
    expect(escapeMarkdownBlock('```\n~~~\n``` not yet\n````\nafter')).toBe('````\n~~~\n``` not yet\n````\n\nafter');
    expect(escapeMarkdownBlock('````\n```\nstill code\n````\nafter')).toBe('````\n```\nstill code\n````\n\nafter');
  });
});

describe('escapeTableCell', () => {
  test('cleans CRLF and control characters before splitting lines', () => {
    expect(escapeTableCell('first\r\nsecond\u0007')).toBe('first<br>second');
  });
});
