/** Reading Markdown for import: the same tree as remark on the whole text, in linear time, within a size bound. */
import type { Nodes, Root } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importMarkdown } from '../../src/import/import-markdown.js';
import { MAX_MARKDOWN_BYTES, MarkdownTooLargeError, type PieceSizes, readMarkdown } from '../../src/import/markdown-tree.js';
import { packageRoot } from '../../src/package-root.js';
import { generatedCount } from '../generated-count.js';

const OPTIONS = { owner: '[Owner]', reviewed: '2026-11-27' };

const HANDBOOK = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'import-own', 'handbook.md'), 'utf8');
// The source playbook lives outside the repository: compared when it is there.
const SOURCE_PLAYBOOK = [join(packageRoot(), '..', 'shared', 'source-playbook.md')].filter((path) => existsSync(path)).map((path) => readFileSync(path, 'utf8'));

/** The oracle: remark on the whole text at once (slow on hostile text, fine on these). */
function whole(text: string): Root {
  return JSON.parse(JSON.stringify(remark().use(remarkGfm).parse(text))) as Root;
}

function pieced(text: string, sizes?: PieceSizes): Root {
  const { root, unread } = readMarkdown(text, sizes);
  expect(unread).toEqual([]);
  return JSON.parse(JSON.stringify(root)) as Root;
}

/**
 * `tree` without the end positions of lists and quotes inside block quotes, and the looseness of
 * such lists: remark ends them after the quote markers of the line that follows, and calls a list
 * loose when two blank quote lines follow it, neither of which a quote read as its content sees.
 * (The importer reads start lines, end lines only of top-level blocks, and no looseness.)
 */
function quotedListEndsDropped(tree: Root): Root {
  const visit = (node: Nodes, quoted: boolean): void => {
    if (quoted && (node.type === 'list' || node.type === 'blockquote') && node.position !== undefined) {
      node.position = { start: node.position.start, end: { line: 0, column: 0 } };
      if (node.type === 'list') node.spread = false;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child, quoted || node.type === 'blockquote');
  };
  visit(tree, false);
  return tree;
}

/** Pieces of a few dozen characters, so that small documents are cut everywhere they can be. */
const TINY: PieceSizes = { piece: 40, nestedPiece: 16, nestedLimit: 1_000_000, flatLimit: 1_000_000 };

/** Fragments whose mixtures exercise every block construct and every place the reader cuts. */
const FRAGMENTS = [
  '', '', '', '', 'text', 'more *text* with [a link](https://example.com)', 'a] [b] *c* _d_ `e` <f> &amp; \\h', '### Heading', '# Title', 'Title', '===', '---',
  '> quoted', '> > deeper', '>', '> - item in quote', '>     code in quote', 'lazy line', '- item', '- [ ] task', '- [x] done', '  - nested item', '    - deeper item',
  '* star item', '+ plus item', '1. first', '2. second', '3) third', '10. tenth', '-', '- ', '  continued', '   1. nested ordered',
  '```', '```js', '~~~', '    indented', '***', '* * *', '- - -', '___',
  '<div>', '</div>', '<!--', '-->', '<!-- one line -->', '<pre>', '</pre>',
  '| a | b |', '|---|---|', '| 1 | 2 |', '[label]: https://example.com/x', '[Phone Number]', 'see [label] and [other][label]', '[^1]: a footnote', 'a note[^1]',
  '- > quote in item', '  > quote in item content', '- item\n\n  second paragraph', '1. **Role**\n   - duty',
  '<span>inline html</span>', '\tindented with a tab', '>\ttab after the marker', '> > > three deep', '> ', '1) paren', '   > three spaces',
  '[^1]: a\n\n    indented footnote content', '- a\n\n      code in item', '    1. indented item', 'Setext\n---', '- item\n  lazy\ncontinued',
  '-\ttab after the marker', '  \tcontent with a tab', '-     five spaces: code in the item', '- [ ] task with\n  more content',
];

/** A small deterministic generator (mulberry32), so a failure names a reproducible seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function document(seed: number): string {
  const next = random(seed);
  const count = 5 + Math.floor(next() * 40);
  return Array.from({ length: count }, () => FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]!).join('\n');
}

describe('readMarkdown', () => {
  test('reads the fixtures as remark reads them whole, positions included', () => {
    for (const text of [HANDBOOK, ...SOURCE_PLAYBOOK, HANDBOOK.repeat(3)]) {
      expect(pieced(text)).toEqual(whole(text));
      expect(pieced(text, TINY)).toEqual(whole(text));
    }
  });

  test('references resolve to definitions in other pieces: before or after, any case, the first of two, in a list cut across pieces', () => {
    const filler = ['', 'filler one two three four five six seven', '', 'filler eight nine ten eleven twelve', ''];
    const documents = [
      ['see [label] and a note[^1]', ...filler, '[label]: https://example.com/x', '', '[^1]: a footnote'],
      ['[^n]: defined first', '', '[Label]: https://example.com/first', ...filler, 'then [LABEL] and [^N]', ...filler, '[label]: https://example.com/second'],
      ['- see [label]', '', '- and [label] again', ...filler, '[label]: https://example.com/x'],
      ['[label]: https://example.com/x', ...filler, '- one [label]', '', '- two [label]', '', '- three'],
    ].map((lines) => lines.join('\n'));
    for (const text of documents) expect(pieced(text, TINY), text).toEqual(whole(text));
  });

  test('reads a thousand mixed documents as remark reads them whole, cut into tiny pieces', () => {
    for (let seed = 1; seed <= generatedCount(1_000); seed += 1) {
      const text = document(seed);
      expect({ seed, tree: quotedListEndsDropped(pieced(text, TINY)) }).toEqual({ seed, tree: quotedListEndsDropped(whole(text)) });
    }
    // Two thousand remark parses: seconds alone, over the default timeout on a busy shared machine.
  }, 120_000);
});

describe('the size bound', () => {
  test('a text over 1 MiB of UTF-8 is refused, saying its size and the limit', () => {
    expect(MAX_MARKDOWN_BYTES).toBe(1024 * 1024);
    const over = `# Handbook\n\n${'x'.repeat(MAX_MARKDOWN_BYTES)}`;
    expect(() => importMarkdown(over, OPTIONS)).toThrow(MarkdownTooLargeError);
    expect(() => importMarkdown(over, OPTIONS)).toThrow('the Markdown is 1 MiB (1,048,588 bytes), more than the limit of 1 MiB (1,048,576 bytes)');
    // Bytes, not characters: 600,000 two-byte characters are 1.2 MB.
    expect(() => readMarkdown('é'.repeat(600_000))).toThrow(/1\.14 MiB \(1,200,000 bytes\)/);
  });
});

describe('long runs of quotes and lists', () => {
  test('63 KB of ">" lines, blank lines between: every quote is read and reported', () => {
    const text = `# Handbook\n\n${'>\n\n'.repeat(21_504)}`;
    expect(text.length).toBeGreaterThan(63 * 1024);
    const result = importMarkdown(text, OPTIONS);
    expect(result.files.map((file) => file.path)).toContain('roles.yaml');
    expect(result.notes.filter((note) => note.kind === 'not imported' && note.message.startsWith('block quote'))).toHaveLength(21_504);
  });

  test('63 KB of ">" lines in one quote, and quotes in quotes, read as remark reads them', () => {
    expect(readMarkdown('>\n'.repeat(32_000))).toMatchObject({ root: { children: [{ type: 'blockquote', children: [] }] }, unread: [] });
    for (const text of ['> a paragraph of the quote\n>\n'.repeat(2_400), '> > deeper\n>\n'.repeat(5_000), `- item\n${'  > quoted in the item\n  >\n'.repeat(2_400)}`]) {
      expect(text.length).toBeGreaterThan(63 * 1024);
      const { root, unread } = readMarkdown(text);
      expect(unread).toEqual([]);
      expect(root.children).toHaveLength(1);
      expect(root.position?.end.line).toBe(text.split('\n').length);
    }
    const quoted = '> > deeper\n>\n'.repeat(200);
    expect(quotedListEndsDropped(pieced(quoted))).toEqual(quotedListEndsDropped(whole(quoted)));
  });

  test('a long list, and a long list item, are read as remark reads them', () => {
    const list = '- item a\n  - sub b\n  - sub c\n'.repeat(300);
    const item = `1. **Role**\n${'   - a duty of the role\n'.repeat(400)}2. **Next role**\n`;
    for (const text of [list, item]) expect(pieced(text)).toEqual(whole(text));
  });

  test('a run that cannot be cut and is too long to parse is reported, with its lines, not dropped silently', () => {
    const lazy = '> a quote line\nwith a lazy line\n'.repeat(200);
    const text = `# Handbook\n\n## Overview\n\nText.\n\n${lazy}\nAfter.\n`;
    const { unread } = readMarkdown(text);
    expect(unread).toEqual([{ startLine: 7, endLine: 406, bytes: lazy.length, nested: true }]);
    const notes = importMarkdown(text, OPTIONS).notes.filter((note) => note.line === 7);
    expect(notes).toEqual([
      {
        line: 7,
        kind: 'not imported',
        message: 'lines 7–406 (6,400 characters): quotes or lists nested without a blank line between their blocks, too long for the Markdown parser to read; break it up with blank lines',
      },
    ]);
  });

  test('a paragraph of unmatched "]" (quadratic in micromark) is reported, not parsed', () => {
    const text = `# Handbook\n\n${'a] '.repeat(4_000)}\n`;
    expect(readMarkdown(text).unread).toEqual([{ startLine: 3, endLine: 3, bytes: 12_001, nested: false }]);
  });
});
