/**
 * Escaping of untrusted text (issue bodies, comments, form answers) into GitHub-flavoured Markdown.
 * Whatever the text contains, the escaped result renders as that text: it cannot @mention anyone,
 * fake a bot marker (`<!-- ... -->`), open or close HTML (`<details>`), start a heading, list,
 * quote, table row or code block, nor form a link with hidden target, an image, emphasis or math
 * (a bare URL still autolinks, and shows itself). `#123` cross-references stay as they are.
 *
 * The output is meant to be placed into a bot comment as is. Do not run a comment through
 * remark-stringify afterwards: remark re-normalises escapes and would, for instance, turn `&lt;!--`
 * back into `\<!--`, whose raw text contains a marker again. (The rendered playbook documents do go
 * through remark: they are files in the repository, where no marker is ever looked for.)
 */

/** Inserted after an `@` so GitHub does not see a mention; renders as nothing. */
const ZERO_WIDTH_SPACE = '\u200B';

/** C0 and C1 control characters other than tab and line feed: they have no place in a comment. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

/**
 * Bidirectional embeddings, overrides and isolates: they reorder how the surrounding text is
 * displayed (the "Trojan Source" trick), so they become a visible replacement character.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/gu;

/**
 * An at sign that GitHub may read as the start of a mention: ASCII `@` not preceded by an ASCII
 * letter or digit (which makes it part of an e-mail address, as GitHub and Renovate's sanitiser
 * treat it), and the full-width and small at signs, which some renderers fold to `@`.
 */
const MENTION_AT = /(?<![A-Za-z0-9])@|[\uFF20\uFE6B]/gu;

/** Characters with an inline meaning anywhere in a line (emphasis, links, code, tables, math, HTML). */
const INLINE_SPECIAL = /[\\`*_[\]|~$<>&]/gu;

/** What starts a block when it opens a line: headings, list items, thematic breaks, setext underlines. */
const BLOCK_START = /^[#+=-]/u;

/** An ordered-list item start: up to nine digits, then `.` or `)`. */
const ORDERED_START = /^(\d{1,9})([.)])/u;

const ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

function clean(text: string): string {
  return text.replace(/\r\n?/gu, '\n').replace(CONTROL, '').replace(BIDI_CONTROL, '\uFFFD');
}

function neutraliseMentions(text: string): string {
  return text.replace(MENTION_AT, (at) => `${at}${ZERO_WIDTH_SPACE}`);
}

/** Escapes one line (no line breaks in it), including what would matter at the start of a line. */
function escapeLine(line: string): string {
  return neutraliseMentions(line)
    .replace(INLINE_SPECIAL, (character) => ENTITY[character] ?? `\\${character}`)
    .replace(BLOCK_START, '\\$&')
    .replace(ORDERED_START, '$1\\$2');
}

/**
 * Escapes untrusted text for use inside a line of Markdown (a sentence, a list item, a heading).
 * Line breaks and the whitespace around them become one space; leading and trailing whitespace is
 * dropped so the text cannot turn into an indented code block.
 */
export function escapeMarkdownInline(text: string): string {
  return escapeLine(clean(text).replace(/\s*\n\s*/gu, ' ').trim());
}

/**
 * Escapes untrusted text for a table cell: like {@link escapeMarkdownInline}, but line breaks are
 * kept as `<br>` (the only line break a GitHub table cell has) and `|` can never end the cell.
 */
export function escapeTableCell(text: string): string {
  return clean(text)
    .trim()
    .split(/[ \t]*\n[ \t]*/u)
    .map((line) => escapeLine(line))
    .join('<br>');
}

/** A line that opens (or closes) a fenced code block: up to three spaces, then three or more backticks or tildes. */
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/u;

/**
 * Untrusted text as a fenced code block: shown verbatim, with a fence longer than any run of
 * backticks in it (so no line of it can close the block), an info string only when it is a plain
 * language name, and `<!--` broken up so the raw body never holds a marker-like comment.
 */
export function codeBlock(text: string, language = ''): string {
  const content = clean(text).replace(/<!--/gu, `<!${ZERO_WIDTH_SPACE}--`);
  const longestRun = Math.max(2, ...Array.from(content.matchAll(/`+/gu), (match) => match[0].length));
  const fence = '`'.repeat(longestRun + 1);
  const info = /^[A-Za-z0-9_+-]{1,30}$/u.test(language) ? language : '';
  return `${fence}${info}\n${content}\n${fence}`;
}

/** `text` split into prose and fenced code, in order, by one pass over its lines. */
function fencedParts(text: string): { code: boolean; text: string; language: string }[] {
  const parts: { code: boolean; text: string; language: string }[] = [];
  let prose: string[] = [];
  let code: { fence: string; language: string; lines: string[] } | null = null;
  for (const line of text.split('\n')) {
    const fence = FENCE.exec(line);
    if (code === null) {
      if (fence !== null && !(fence[1]!.startsWith('`') && fence[2]!.includes('`'))) {
        parts.push({ code: false, text: prose.join('\n'), language: '' });
        prose = [];
        code = { fence: fence[1]!, language: fence[2]!.trim().split(/\s/u)[0] ?? '', lines: [] };
      } else prose.push(line);
    } else if (fence !== null && fence[1]!.startsWith(code.fence[0]!) && fence[1]!.length >= code.fence.length && fence[2]!.trim() === '') {
      parts.push({ code: true, text: code.lines.join('\n'), language: code.language });
      code = null;
    } else code.lines.push(line);
  }
  if (code !== null) parts.push({ code: true, text: code.lines.join('\n'), language: code.language });
  parts.push({ code: false, text: prose.join('\n'), language: '' });
  return parts;
}

/**
 * Escapes untrusted multi-line text as Markdown paragraphs: every line is escaped as in
 * {@link escapeMarkdownInline}, line breaks inside a paragraph stay line breaks (a hard break),
 * and runs of blank lines become one paragraph break. Fenced code in the text stays code: it is
 * shown verbatim in a block of its own (see {@link codeBlock}).
 */
export function escapeMarkdownBlock(text: string): string {
  return fencedParts(clean(text))
    .map((part) => (part.code ? codeBlock(part.text, part.language) : escapeParagraphs(part.text)))
    .filter((block) => block !== '')
    .join('\n\n');
}

function escapeParagraphs(text: string): string {
  const paragraphs = text
    .split(/\n[ \t]*\n\s*/u)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => escapeLine(line.trim()))
        .filter((line) => line !== '')
        .join('\\\n'),
    )
    .filter((paragraph) => paragraph !== '');
  return paragraphs.join('\n\n');
}

/** Options of {@link codeSpan}. */
export interface CodeSpanOptions {
  /** The span goes into a table cell, where `|` must be escaped even inside code. */
  table?: boolean;
}

/**
 * Untrusted text as an inline code span: shown verbatim, with a backtick fence longer than any run
 * of backticks in it. Line breaks become spaces (inside a span they would still end the block), and
 * `<!--` / `-->` get a zero-width space so the raw body never contains a marker-like comment.
 */
export function codeSpan(text: string, options: CodeSpanOptions = {}): string {
  let content = clean(text)
    .replace(/\n/gu, ' ')
    .replace(/<!--/gu, `<!${ZERO_WIDTH_SPACE}--`)
    .replace(/--(?=>)/gu, `--${ZERO_WIDTH_SPACE}`);
  if (options.table === true) content = content.replace(/\|/gu, '\\|');
  const longestRun = Math.max(0, ...Array.from(content.matchAll(/`+/gu), (match) => match[0].length));
  const fence = '`'.repeat(longestRun + 1);
  // An empty span is not a span; a lone space is, and shows as nothing.
  if (content === '') return `${fence} ${fence}`;
  // CommonMark strips one space from each end of a span that has content other than spaces, so
  // padding keeps edge backticks apart from the fence and edge spaces intact.
  const pad = !/^ +$/u.test(content) && /^[` ]|[` ]$/u.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}
