import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { codeSpan, escapeMarkdownBlock, escapeMarkdownInline, escapeTableCell } from '../../src/render/escape.js';
import { liveMentions, nodeTypes, parseMarkdown, visibleText } from './markdown-tree.js';

const ZWSP = '\u200B';

/** Hostile one-liners and multi-liners: each must come out as exactly its own text. */
const HOSTILE = [
  '@org/team please look',
  'cc @alice, @bob and (@carol)',
  '_@dave_ and **@erin** and `@frank`',
  '@@double and @-dash and @_under',
  'mail ops@example.com or ping@me',
  '<!-- playbook-ops:card -->',
  'before <!-- playbook-ops:escalation level=2 --> after',
  '</details>',
  '<details><summary>open</summary>',
  '<img src=x onerror=alert(1)> <script>alert(1)</script>',
  '| a | b |',
  '| a | b |\n| --- | --- |\n| c | d |',
  '# Heading',
  '## Heading ##',
  '- item',
  '+ item',
  '* item',
  '1. one',
  '2) two',
  '> quote',
  '> [!WARNING]\n> alert',
  '---',
  '***',
  'text\n===',
  'text\n---',
  '    indented code',
  '```js\nalert(1)\n```',
  '~~~\nfence\n~~~',
  '[click](https://evil.example/x)',
  '![img](https://evil.example/y.png)',
  '[ref]: https://evil.example',
  'see [ref] and [^1]',
  '<https://evil.example>',
  '`code` and ``double `tick` code``',
  '*emph* _emph_ **strong** __strong__ ~~strike~~ ~one~',
  'math $x^2$ and $$\\sum$$ and $`y`$',
  'line one\r\nline two\rline three',
  '&#64;user &lt;!-- x --&gt; &amp; &copy;',
  'C:\\path\\to\\ and \\*not emphasis\\*',
  'nul\u0000 bell\u0007 del\u007f c1\u0085 done',
  'abc\u202Edef\u2066ghi',
  '\uFF20fullwidth and \uFE6Bsmall at',
  '\uFE64!-- look-alike --\uFE65 and \uFF5C a \uFF5C b \uFF5C and \u01C0 c \u01C0',
  '@\u0430dmin with a Cyrillic a',
  'fixes #123, GH-45 and org/repo#6',
  '   padded   ',
  '',
];

/** `text` with `\n` line ends, without control characters, and bidi controls shown as U+FFFD. */
function cleaned(text: string): string {
  return text
    .replace(/\r\n?/gu, '\n')
    // eslint-disable-next-line no-control-regex -- removing control characters is what is expected
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu, '')
    .replace(/[\u202A-\u202E\u2066-\u2069]/gu, '\uFFFD');
}

/** What a reader should see for `text` in one line: line breaks and the spaces around them are one space. */
function flattened(text: string): string {
  return cleaned(text).replace(/\s*\n\s*/gu, ' ').trim();
}

function withoutZwsp(text: string): string {
  return text.replaceAll(ZWSP, '');
}

/** Autolinked URLs are fine as long as the link shows the URL itself, so nothing is disguised. */
function expectHonestLinks(tree: Root): void {
  visit(tree, 'link', (node) => {
    const shown = visibleText(node);
    expect(node.url.endsWith(shown) || node.url === `mailto:${shown}`).toBe(true);
  });
}

function expectNoHtml(tree: Root, allowed: string[] = []): void {
  visit(tree, 'html', (node) => {
    expect(allowed).toContain(node.value);
  });
}

describe('escapeMarkdownInline', () => {
  test.each(HOSTILE)('%j renders as exactly its text, in one paragraph', (hostile) => {
    const escaped = escapeMarkdownInline(hostile);
    const tree = parseMarkdown(escaped);
    expect(escaped).not.toContain('\n');
    expect(escaped).not.toMatch(/[<>]/u);
    expect(nodeTypes(tree).filter((type) => !['root', 'paragraph', 'text', 'link'].includes(type))).toEqual([]);
    expect(tree.children.length).toBeLessThanOrEqual(1);
    expect(withoutZwsp(visibleText(tree))).toBe(flattened(hostile));
    expect(liveMentions(tree)).toEqual([]);
    expectHonestLinks(tree);
  });

  test('neutralises mentions with a zero-width space after the at sign', () => {
    expect(escapeMarkdownInline('@org/team')).toBe(`@${ZWSP}org/team`);
    expect(escapeMarkdownInline('hi @alice!')).toBe(`hi @${ZWSP}alice!`);
    expect(escapeMarkdownInline('\uFF20bob')).toBe(`\uFF20${ZWSP}bob`);
  });

  test('leaves e-mail addresses and cross-references alone', () => {
    expect(escapeMarkdownInline('ops@example.com')).toBe('ops@example.com');
    expect(escapeMarkdownInline('fixes #123, GH-45 and org/repo#6')).toBe('fixes #123, GH-45 and org/repo#6');
  });

  test('never lets a marker or details tag through in the raw text', () => {
    const escaped = escapeMarkdownInline('<!-- playbook-ops:card --> </details> <details>');
    expect(escaped).toBe('&lt;!-- playbook-ops:card --&gt; &lt;/details&gt; &lt;details&gt;');
  });

  test('escapes what starts a block only at the start', () => {
    expect(escapeMarkdownInline('# title')).toBe('\\# title');
    expect(escapeMarkdownInline('12. twelve')).toBe('12\\. twelve');
    expect(escapeMarkdownInline('a - b # c 1. d')).toBe('a - b # c 1. d');
  });

  test('is linear on very long input', () => {
    const hostile = `${'@a | <!-- '.repeat(100_000)}${'`'.repeat(100_000)}`;
    const escaped = escapeMarkdownInline(hostile);
    expect(escaped.length).toBeGreaterThan(hostile.length);
    expect(escaped).not.toContain('<!--');
    expect(escaped.match(new RegExp(`@${ZWSP}a`, 'gu'))?.length).toBe(100_000);
  });
});

describe('escapeTableCell', () => {
  function cellOf(escaped: string): { tree: Root; rows: number; cells: number; cell: Nodes | undefined } {
    const tree = parseMarkdown(`| head |\n| --- |\n| ${escaped} |\n`);
    const table = tree.children[0];
    if (table?.type !== 'table') throw new Error(`no table: ${escaped}`);
    const row = table.children[1];
    return { tree, rows: table.children.length, cells: row?.children.length ?? 0, cell: row?.children[0] };
  }

  test.each(HOSTILE)('%j stays inside one cell', (hostile) => {
    const { tree, rows, cells, cell } = cellOf(escapeTableCell(hostile));
    expect(tree.children).toHaveLength(1);
    expect(rows).toBe(2);
    expect(cells).toBe(1);
    expectNoHtml(tree, ['<br>']);
    expect(liveMentions(tree)).toEqual([]);
    const expected = cleaned(hostile).trim().replace(/[ \t]*\n[ \t]*/gu, '\n');
    const shown = cell === undefined ? '' : cellText(cell);
    expect(withoutZwsp(shown)).toBe(expected);
  });

  test('keeps line breaks as <br>', () => {
    expect(escapeTableCell('one\r\ntwo | three')).toBe('one<br>two \\| three');
  });
});

/** A cell's text with `<br>` read as a line break. */
function cellText(node: Nodes): string {
  if (node.type === 'html') return node.value === '<br>' ? '\n' : node.value;
  if ('children' in node) return node.children.map((child: Nodes) => cellText(child)).join('');
  return visibleText(node);
}

describe('escapeMarkdownBlock', () => {
  test.each(HOSTILE)('%j gives only paragraphs of text, and code blocks for fenced code', (hostile) => {
    const tree = parseMarkdown(escapeMarkdownBlock(hostile));
    expect(nodeTypes(tree).filter((type) => !['root', 'paragraph', 'text', 'break', 'link', 'code'].includes(type))).toEqual([]);
    expect(liveMentions(tree)).toEqual([]);
    expectHonestLinks(tree);
  });

  test('shows fenced code as a code block, verbatim, whatever fences and markers it holds', () => {
    const code = 'POST /v2/payments 503\nruns of ``` and ```` inside\n@everyone <!-- playbook-ops:card --> </details>';
    const tree = parseMarkdown(escapeMarkdownBlock(`Seen in the log:\n\n\`\`\`text\n${code}\n\`\`\`\n\nthen it stopped`));
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'code', 'paragraph']);
    const block = tree.children[1];
    expect(block?.type === 'code' && withoutZwsp(block.value)).toBe(code);
    expect(block?.type === 'code' && block.lang).toBe('text');
    expect(escapeMarkdownBlock(`\`\`\`\n${code}\n\`\`\``)).not.toContain('<!-- playbook-ops');
  });

  test('an unclosed fence runs to the end as code', () => {
    const tree = parseMarkdown(escapeMarkdownBlock('~~~\nno end\n# still code'));
    expect(tree.children.map((node) => node.type)).toEqual(['code']);
  });

  test('keeps line breaks and paragraphs', () => {
    const tree = parseMarkdown(escapeMarkdownBlock('# not a heading\n- not a list\r\n\r\n\r\n> not a quote\n| not | a table |'));
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
    expect(tree.children.map((node) => visibleText(node))).toEqual([
      '# not a heading\n- not a list',
      '> not a quote\n| not | a table |',
    ]);
  });

  test('keeps a trailing backslash from swallowing the line break', () => {
    const tree = parseMarkdown(escapeMarkdownBlock('ends with \\\nnext'));
    expect(visibleText(tree)).toBe('ends with \\\nnext');
  });
});

describe('codeSpan', () => {
  test.each(HOSTILE.filter((hostile) => hostile !== ''))('%j shows verbatim as inline code', (hostile) => {
    const tree = parseMarkdown(codeSpan(hostile));
    const paragraph = tree.children[0];
    expect(tree.children).toHaveLength(1);
    expect(paragraph?.type).toBe('paragraph');
    const children = paragraph?.type === 'paragraph' ? paragraph.children : [];
    expect(children.map((node) => node.type)).toEqual(['inlineCode']);
    const expected = cleaned(hostile).replace(/\n/gu, ' ');
    expect(withoutZwsp(visibleText(tree))).toBe(expected);
  });

  test('uses a fence longer than any backtick run, and pads edge backticks', () => {
    expect(codeSpan('a')).toBe('`a`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('``x```')).toBe('```` ``x``` ````');
    expect(codeSpan('`')).toBe('`` ` ``');
    expect(codeSpan(' a')).toBe('`  a `');
    expect(codeSpan('  ')).toBe('`  `');
    expect(codeSpan('')).toBe('` `');
  });

  test('breaks up marker-like HTML comments in the raw text', () => {
    const span = codeSpan('<!-- playbook-ops:card -->');
    expect(span).not.toContain('<!--');
    expect(span).not.toContain('-->');
  });

  test('escapes pipes in a table cell, where GitHub unescapes them inside code', () => {
    const tree = parseMarkdown(`| head |\n| --- |\n| ${codeSpan('a | b', { table: true })} |\n`);
    const table = tree.children[0];
    expect(table?.type).toBe('table');
    const cell = table?.type === 'table' ? table.children[1]?.children : [];
    expect(cell).toHaveLength(1);
    expect(visibleText(tree)).toBe('heada | b');
  });
});
