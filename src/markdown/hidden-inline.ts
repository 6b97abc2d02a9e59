/**
 * Code spans and HTML comments inside paragraphs: text GitHub does not show as prose. The block
 * scan leaves inline parsing out (micromark's is superlinear on hostile text), so these two are
 * found here, left to right as CommonMark does, in time linear in the paragraph plus a binary
 * search per construct.
 */
import type { Span } from './blocks.js';

/** Where every `-->` of a text is, found once so that no paragraph searches the whole text. */
export class CommentEnds {
  private readonly ends: number[] = [];

  constructor(text: string) {
    for (let at = text.indexOf('-->'); at !== -1; at = text.indexOf('-->', at + 1)) this.ends.push(at);
  }

  /** The first `-->` starting at or after `from`, or -1. */
  after(from: number): number {
    return firstAtOrAfter(this.ends, from) ?? -1;
  }
}

function firstAtOrAfter(sorted: number[], from: number): number | undefined {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return sorted[low];
}

/** Start offsets of the maximal backtick runs in `text[start, end)`, by run length. */
function backtickRuns(text: string, start: number, end: number): Map<number, number[]> {
  const runs = new Map<number, number[]>();
  let at = text.indexOf('`', start);
  while (at !== -1 && at < end) {
    let after = at;
    while (after < end && text[after] === '`') after += 1;
    const list = runs.get(after - at);
    if (list === undefined) runs.set(after - at, [at]);
    else list.push(at);
    at = text.indexOf('`', after);
  }
  return runs;
}

/**
 * The code spans and HTML comments of the paragraph `text[paragraph.start, paragraph.end)`.
 * `commentEnds` must have been built from the same `text`.
 */
export function hiddenSpans(text: string, paragraph: Span, commentEnds: CommentEnds): Span[] {
  const { start, end } = paragraph;
  const hidden: Span[] = [];
  if (!/[`<]/.test(text.slice(start, end))) return hidden;
  const runs = backtickRuns(text, start, end);
  let at = start;
  while (at < end) {
    const char = text[at];
    if (char === '\\') {
      // A backslash escapes the next character, so an escaped backtick or `<` opens nothing.
      at += 2;
    } else if (char === '`') {
      let after = at;
      while (after < end && text[after] === '`') after += 1;
      // The span ends at the next run of exactly the same length (a backslash does not escape inside).
      const closing = firstAtOrAfter(runs.get(after - at) ?? [], after);
      if (closing === undefined) at = after;
      else {
        hidden.push({ start: at, end: closing + after - at });
        at = closing + after - at;
      }
    } else if (char === '<' && text.startsWith('<!--', at)) {
      // `<!-->` and `<!--->` are whole (empty) comments; otherwise the comment runs to `-->`.
      const close = text.startsWith('>', at + 4) ? at + 2 : text.startsWith('->', at + 4) ? at + 3 : commentEnds.after(at + 4);
      if (close === -1 || close + 3 > end) at += 4;
      else {
        hidden.push({ start: at, end: close + 3 });
        at = close + 3;
      }
    } else {
      at += 1;
    }
  }
  return hidden;
}
