/** The lines of a text, to move between offsets and line numbers without splitting it again. */

/** A text and where each of its lines starts. Lines end at `\n`, which belongs to no line. */
export interface TextLines {
  text: string;
  /** Offset of the first character of each line; as many entries as lines. */
  starts: number[];
}

/**
 * `body` with every line ending as `\n` and without a byte-order mark, so offsets, lines and the
 * text handed to remark all agree (GitHub stores bodies typed in a browser with `\r\n`).
 */
export function normalizeText(body: string): string {
  return body.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The lines of `text` (already normalized). */
export function textLines(text: string): TextLines {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return { text, starts };
}

/** Offset where line `index` starts; the text's length for the line after the last. */
export function lineStart(lines: TextLines, index: number): number {
  return lines.starts[index] ?? lines.text.length;
}

/** Offset just past the last character of line `index` (before its `\n`). */
export function lineEnd(lines: TextLines, index: number): number {
  const next = lines.starts[index + 1];
  return next === undefined ? lines.text.length : next - 1;
}

/** The text of line `index`, without its `\n`. */
export function lineText(lines: TextLines, index: number): string {
  return lines.text.slice(lineStart(lines, index), lineEnd(lines, index));
}

/** The index of the line holding `offset`. */
export function lineAt(lines: TextLines, offset: number): number {
  let low = 0;
  let high = lines.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lines.starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
