/**
 * Untrusted text (file names, messages, values people typed) made safe to print on a terminal and
 * in a CI log. Two dangers: control characters (a terminal escape sequence recolours or hides text,
 * a line break or a bidi override makes one line pass for another) and GitHub workflow commands (the
 * runner reads every line a step prints, and acts on a line that starts with `::` after leading
 * white space, or on `##[command]` anywhere in a line: `::add-mask::`, `::error::`, `##[set-output]`).
 */

// Control characters, C0 and C1 with DEL, the invisible format characters that reorder or hide text
// (bidi marks, embeddings, overrides and isolates, zero-width space, byte-order mark), the Unicode
// line and paragraph separators, and lone surrogates (which print as U+FFFD or not at all).
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const SHORT: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * `text` with every control character, invisible format character and lone surrogate written as
 * an escape: `\n`, `\r`, `\t`, else `\u001b`-style. The result is one line that shows what it holds.
 */
export function escapeControls(text: string): string {
  return text.replace(UNPRINTABLE, (char) => SHORT[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// White space the runner trims before looking for `::` (.NET's Char.IsWhiteSpace, which counts
// U+0085), and JavaScript's, which counts U+FEFF: the union of both.
const COMMAND_START = /^([\s\u0085]*):(?=:)/;

/**
 * One line of log output that cannot be a workflow command: a `::` that would start it is written
 * `\u003a:`, and every `##[` as `#\u0023[`. Other text is left as it is; `line` must hold no line
 * break (see {@link logLines}).
 */
export function neutralizeCommands(line: string): string {
  return line.replace(COMMAND_START, '$1\\u003a').replaceAll('##[', '#\\u0023[');
}

/**
 * `text` as lines of a log that show what they hold and start no workflow command: split at every
 * line break the runner splits at (`\r\n`, `\r`, `\n`), each line with its control characters
 * escaped and commands neutralized. Joined with `\n`.
 */
export function logLines(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => neutralizeCommands(escapeControls(line)))
    .join('\n');
}

// What JSON.stringify leaves as it is but a terminal would act on: it escapes only C0 controls.
const UNPRINTABLE_IN_JSON = /[\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * JSON text as `JSON.stringify` writes it, with the same value, made safe to print: the characters
 * of {@link escapeControls} that JSON leaves raw are written as `\u` escapes, and so is the `[` of every
 * `##[` (which can only be inside a string). Its lines start with white space and `"`, `{`, `[`, `}` or
 * `]`, never `::`.
 */
export function printableJson(json: string): string {
  return json.replace(UNPRINTABLE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).replaceAll('##[', '##\\u005b');
}

/** `text` cut to at most `max` code points (never inside a surrogate pair), with `…` when cut. */
export function cutCodePoints(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}
