import { describe, expect, it } from 'vitest';
import { scanBlocks } from '../../src/markdown/blocks.js';
import { generatedCount } from '../generated-count.js';
import { fromScan, oracle } from './blocks-oracle.js';

/** The structure the scan finds in `body`, in the oracle's terms. */
function scanned(body: string) {
  const scan = scanBlocks(body);
  return { ...fromScan(scan.lines.text, scan.paragraphs, scan.headings), unread: scan.unread.length, unsureAfter: scan.unsureAfter };
}

/** Fragments whose mixtures exercise every block construct and the places the scan cuts. */
const FRAGMENTS = [
  '', '', '', 'text', 'more text', '/ack', '  /sev 1', 'a] [b] *c* _d_ `e` <f> &g; \\h', '### Summary', '### Start time', '# Title', '#nospace',
  '> quoted', '> > deeper', '>', 'lazy line', '- item', '  - nested item', '    - deeper item', '* star item', '1. first', '2) second', '-', '- ',
  '```', '```js', '~~~', '````', '``` a`b', '    indented', '\tindented with a tab', '***', '* * *', '---', '___', '===',
  '<div>', '</div>', '<!--', '-->', '<!-- one line -->', '<pre>', '</pre>', 'x </pre> y', '<![CDATA[', ']]>', '<?php', '?>', '<!DOCTYPE html>',
  '<span class="a_b">', '<a href="x">', '</span>', '<3 this', '[label]: /url', '[label]:', '  /url', '\\### escaped', 'Title', '  > indented quote',
  '- > quote in item', '> - item in quote', '  ```', '   ~~~', '    ```',
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
  const count = 5 + Math.floor(next() * 30);
  return Array.from({ length: count }, () => FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]!).join('\n');
}

describe('scanBlocks', () => {
  it('finds what remark finds in the whole text, in thousands of mixed documents', () => {
    let compared = 0;
    for (let seed = 1; seed <= generatedCount(3_000); seed += 1) {
      const body = document(seed);
      const scan = scanned(body);
      if (scan.unread > 0) continue;
      compared += 1;
      expect({ seed, ...oracle(body) }).toEqual({ seed, proseLines: scan.proseLines, headings: scan.headings });
    }
    expect(compared).toBeGreaterThan(generatedCount(2_900));
    // Three thousand remark parses: seconds alone, over the default timeout on a busy shared machine.
  }, 120_000);

  it('cuts long texts into pieces without changing what each line is', () => {
    // Far beyond one piece: the same fragments, many times, with every kind of block across cuts.
    let compared = 0;
    for (let seed = 1; seed <= generatedCount(40); seed += 1) {
      const body = Array.from({ length: 60 }, (_, index) => document(seed * 100 + index)).join('\n\n');
      const scan = scanned(body);
      if (scan.unread > 0) continue;
      compared += 1;
      expect({ seed, ...oracle(body) }).toEqual({ seed, proseLines: scan.proseLines, headings: scan.headings });
    }
    expect(compared).toBeGreaterThan(generatedCount(30));
  });

  it('keeps code and HTML blocks that run across blank lines whole', () => {
    const body = ['```', '', '### Summary', '', '/ack', '```', '', '<!--', '', '/ack', '', '-->', '', '### Summary', '', 'after'].join('\n');
    const scan = scanned(body);
    expect(scan.headings).toEqual([{ line: 13, depth: 3 }]);
    expect(scan.proseLines).toEqual([15]);
  });

  it('reads \\r\\n texts with the same offsets as \\n ones', () => {
    const body = '### Summary\r\n\r\nline one\r\nline two\r\n';
    const scan = scanBlocks(body);
    expect(scan.lines.text).toBe('### Summary\n\nline one\nline two\n');
    expect(scan.headings).toEqual([{ start: 0, end: 11, depth: 3, text: 'Summary' }]);
    expect(scan.paragraphs).toEqual([{ start: 13, end: 30 }]);
  });

  it('gives heading text as written, inline syntax and all', () => {
    expect(scanBlocks('### Sum*ma*ry `x` ###\n').headings[0]?.text).toBe('Sum*ma*ry `x`');
  });

  it('skips a long run of quote lines as one quote, and leaves a long run of lazy lines unread', () => {
    const quote = `${'> reply line\n'.repeat(500)}\n/ack\n`;
    expect(scanned(quote)).toMatchObject({ proseLines: [501], unread: 0 });
    const lazy = `> quote\n${'lazy\n'.repeat(500)}\n/ack\n`;
    const scan = scanBlocks(lazy);
    expect(scan.unread).toEqual([{ start: 0, end: 8 + 500 * 5 + 1 }]);
    expect(scan.unsureAfter).toBeNull();
    expect(fromScan(scan.lines.text, scan.paragraphs, scan.headings).proseLines).toEqual([502]);
  });

  it('is unsure of everything after an unread run that may open a code block', () => {
    const body = `- item\n${'  more\n'.repeat(200)}\`\`\`\n\n/ack\n`;
    const scan = scanBlocks(body);
    expect(scan.unread).toHaveLength(1);
    expect(scan.unsureAfter).toBe(0);
  });
});
