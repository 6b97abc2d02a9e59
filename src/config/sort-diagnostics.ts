/**
 * The order diagnostics are shown in: by file, line and column, like a compiler; those about the set
 * as a whole (file `''`, such as a missing document) come last, after the mistakes in the files that
 * can be pointed at.
 */
import type { Diagnostic } from './diagnostic.js';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A sorted copy of `diagnostics`: set-level last, else file, line, column, then rule and message for a stable order. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      Number(a.file === '') - Number(b.file === '') ||
      compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.rule, b.rule) || compareText(a.message, b.message),
  );
}
