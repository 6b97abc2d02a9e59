/** Cutting text to a service's limits without splitting a character, preferring line and word breaks. */

/** `text` cut to at most `max` UTF-16 code units, never inside a surrogate pair, ending in `…` when cut. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * `text` in pieces of at most `max` UTF-16 code units, each ending at the last line break (else
 * space) of its window when there is one in its second half, never inside a surrogate pair.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const newline = window.lastIndexOf('\n');
    const space = window.lastIndexOf(' ');
    let end = newline >= max / 2 ? newline + 1 : space >= max / 2 ? space + 1 : max;
    // After a line break or a space the piece ends in that character, so only a hard cut can split a pair.
    if (/[\uD800-\uDBFF]/.test(rest.charAt(end - 1))) end -= 1;
    pieces.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  // A cut takes at most `max` of more than `max`, so `rest` is empty only when `text` was: one empty piece.
  pieces.push(rest);
  return pieces;
}
