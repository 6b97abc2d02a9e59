import { describe, expect, test } from 'vitest';
import { GITHUB_BODY_LIMIT, truncateBody } from '../../src/render/truncate.js';
import { nodeTypes, parseMarkdown } from './markdown-tree.js';

function droppedIn(body: string): number {
  const match = /_Truncated: ([\d,]+) more characters did not fit in GitHub's limit of ([\d,]+) characters\._\n$/u.exec(body);
  if (match === null) throw new Error(`no truncation note at the end of: ${body.slice(-200)}`);
  return Number((match[1] ?? '').replaceAll(',', ''));
}

function keptPart(body: string): string {
  return body.slice(0, body.lastIndexOf('\n\n---\n\n_Truncated'));
}

describe('truncateBody', () => {
  test('returns a body within the limit unchanged', () => {
    const body = `<!-- playbook-ops:card -->\n${'x'.repeat(GITHUB_BODY_LIMIT - 27)}`;
    expect(body.length).toBe(GITHUB_BODY_LIMIT);
    expect(truncateBody(body)).toBe(body);
  });

  test('cuts a long body at a line break, says how much was dropped and stays within the limit', () => {
    const lines = Array.from({ length: 5_000 }, (_, index) => `line ${index} of the timeline`);
    const text = `<!-- playbook-ops:card -->\n${lines.join('\n')}`;
    const body = truncateBody(text, 10_000);
    expect(body.length).toBeLessThanOrEqual(10_000);
    expect(body.length).toBeGreaterThan(9_000);
    expect(body.startsWith('<!-- playbook-ops:card -->\n')).toBe(true);
    const kept = keptPart(body);
    expect(text.startsWith(kept)).toBe(true);
    expect(text[kept.length]).toBe('\n');
    expect(droppedIn(body)).toBe(text.length - kept.length);
  });

  test('keeps the default limit of 65,536 characters', () => {
    const text = 'word '.repeat(20_000);
    const body = truncateBody(text);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain("GitHub's limit of 65,536 characters");
    expect(droppedIn(body)).toBe(text.length - keptPart(body).length);
  });

  test('never splits a surrogate pair when there is no line break to cut at', () => {
    const text = '😀'.repeat(10_000);
    const body = truncateBody(text, 5_001);
    const kept = keptPart(body);
    expect(body.length).toBeLessThanOrEqual(5_001);
    expect(kept.length % 2).toBe(0);
    expect(kept).toBe('😀'.repeat(kept.length / 2));
  });

  test('closes an open code fence and open details blocks so the note renders', () => {
    const text = `<details><summary>Timeline</summary>\n\n\`\`\`\n${'log line\n'.repeat(3_000)}\`\`\`\n\n</details>\n`;
    const body = truncateBody(text, 4_000);
    expect(body.length).toBeLessThanOrEqual(4_000);
    const tree = parseMarkdown(body);
    expect(tree.children.map((node) => node.type)).toEqual(['html', 'code', 'html', 'thematicBreak', 'paragraph']);
    expect(body).toMatch(/\n```\n\n<\/details>\n\n---\n\n_Truncated/u);
  });

  test('cuts before an HTML comment that would otherwise swallow the note', () => {
    const text = `start\n<!-- a long hidden note ${'x'.repeat(5_000)} -->\nend`;
    const body = truncateBody(text, 3_000);
    expect(keptPart(body)).toBe('start');
    expect(nodeTypes(parseMarkdown(body))).not.toContain('html');
  });

  test('refuses a limit too small to hold the note', () => {
    expect(() => truncateBody('x'.repeat(500), 100)).toThrow(RangeError);
  });

  test('handles a very long single line', () => {
    const text = '|'.repeat(1_000_000);
    const body = truncateBody(text);
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(droppedIn(body)).toBe(1_000_000 - keptPart(body).length);
  });
});
