/**
 * Truncation and code fences: a fence still open at the cut is closed so the note renders, and a
 * fence closed before the cut is left alone (closing it again would open a new code block that
 * swallows the note). The closing rules are CommonMark's: the same character, at least as many,
 * nothing after it but spaces, indented at most three spaces.
 */
import { describe, expect, test } from 'vitest';
import { truncateBody } from '../../src/render/truncate.js';
import { parseMarkdown } from './markdown-tree.js';

const NOTE = '\n\n---\n\n_Truncated';

function keptPart(body: string): string {
  return body.slice(0, body.lastIndexOf(NOTE));
}

/** A body with a code block (its opening and closing lines as given) early on, and long prose after it. */
function withBlock(open: string, close: string): string {
  return `Summary\n\n${open}\nSELECT 1;\n${close}\n\n${'A line of the timeline that goes on.\n'.repeat(2_000)}`;
}

/** The last block of `body` as GitHub renders it, and its text. */
function lastBlock(body: string): { type: string; text: string } {
  const last = parseMarkdown(body).children.at(-1);
  return { type: last?.type ?? 'none', text: JSON.stringify(last) };
}

describe('a fence closed before the cut', () => {
  test.each([
    ['```', '```'],
    ['~~~', '~~~'],
    ['```', '````'],
    ['```js', '```'],
    ['```', '   ```'],
    ['```', '```   '],
    ['````', '`````'],
  ])('opened by %j and closed by %j is not closed again', (open, close) => {
    const text = withBlock(open, close);
    const body = truncateBody(text, 4_000);
    const kept = keptPart(body);
    expect(body.length).toBeLessThanOrEqual(4_000);
    expect(kept.length).toBeGreaterThan(3_000);
    expect(text.startsWith(kept)).toBe(true);
    const last = lastBlock(body);
    expect(last.type).toBe('paragraph');
    expect(last.text).toContain('Truncated');
  });
});

describe('a fence still open at the cut', () => {
  test.each([
    ['```', '~~~', '```'],
    ['````', '```', '````'],
    ['```', '``` not a close', '```'],
    ['~~~', '    ~~~', '~~~'],
  ])('opened by %j, with %j inside, is closed with %j', (open, inside, closer) => {
    const text = `Summary\n\n${open}\n${inside}\n${'log line\n'.repeat(3_000)}`;
    const body = truncateBody(text, 4_000);
    const kept = keptPart(body);
    expect(body.length).toBeLessThanOrEqual(4_000);
    expect(kept.endsWith(`\n${closer}`)).toBe(true);
    expect(text.startsWith(kept.slice(0, -(closer.length + 1)))).toBe(true);
    const last = lastBlock(body);
    expect(last.type).toBe('paragraph');
    expect(last.text).toContain('Truncated');
  });
});
