/**
 * Code spans and HTML comments inside a paragraph, found as CommonMark finds them: what is inside
 * is not prose, so a command there does not run. A backslash escapes the next character outside
 * code, so an escaped backtick or `<` opens nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseCommands } from '../../src/engine/commands.js';
import { CommentEnds, hiddenSpans } from '../../src/markdown/hidden-inline.js';

/** The hidden parts of `text`, read as one paragraph. */
function hidden(text: string): string[] {
  return hiddenSpans(text, { start: 0, end: text.length }, new CommentEnds(text)).map((span) => text.slice(span.start, span.end));
}

describe('hiddenSpans', () => {
  it('finds code spans and HTML comments', () => {
    expect(hidden('run `npm ci` then <!-- note --> and ``a ` b``')).toEqual(['`npm ci`', '<!-- note -->', '``a ` b``']);
  });

  it('does not open a code span at a backslash-escaped backtick', () => {
    expect(hidden('an escaped \\` is a backtick')).toEqual([]);
    expect(hidden('an escaped \\` then `code` after')).toEqual(['`code`']);
    expect(hidden('\\``code`')).toEqual(['`code`']);
  });

  it('does not open an HTML comment at a backslash-escaped <', () => {
    expect(hidden('an escaped \\<!-- is text --> here')).toEqual([]);
  });

  it('opens a code span after an escaped backslash', () => {
    expect(hidden('a \\\\`code`')).toEqual(['`code`']);
  });

  it('does not let a backslash escape the end of a code span', () => {
    expect(hidden('`C:\\` and')).toEqual(['`C:\\`']);
  });
});

describe('commands next to an escaped backtick', () => {
  it('run: the escaped backtick opens no code span that would hide them', () => {
    const body = 'A literal \\` here\n/ack\nand a ` there';
    expect(parseCommands(body)).toEqual([{ ok: true, line: 2, command: { name: 'ack' } }]);
  });

  it('do not run inside a real code span across lines', () => {
    expect(parseCommands('A code span ` here\n/ack\nand a ` there')).toEqual([]);
  });
});
