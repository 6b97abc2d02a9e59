/** Turning character offsets into 1-based line and column numbers. */

/** A 1-based place in a text file. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Returns a function that maps an offset of `text` to its line and column (both 1-based).
 * Line starts are found once so each lookup is a binary search, not a scan.
 */
export function lineIndex(text: string): (offset: number) => Position {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return (offset) => {
    let low = 0;
    // Stryker disable next-line ArithmeticOperator: a high bound past the last start reads undefined there, which is never <= offset, so the search narrows to the same line
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  };
}
