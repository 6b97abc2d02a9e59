import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/config/diagnostic.js';
import { formatDiagnostics } from '../../src/config/format-diagnostics.js';

const at = (line: number, column: number): Diagnostic => ({
  file: 'roles.yaml',
  line,
  column,
  severity: 'error',
  rule: 'schema',
  message: 'bad',
  hint: null,
  pointer: '',
});
const withSource = (source: string, diagnostic: Diagnostic) => formatDiagnostics([diagnostic], 'text', { sources: () => source });
const header = (line: number, column: number) => `roles.yaml:${line}:${column}  error  schema  bad\n`;

describe('source excerpts at the edges of a line', () => {
  test('a caret under the first column, and one just past the last', () => {
    expect(withSource('id: x\n', at(1, 1))).toBe(`${header(1, 1)}  1 | id: x\n    | ^\n`);
    expect(withSource('id: x\n', at(1, 6))).toBe(`${header(1, 6)}  1 | id: x\n    |      ^\n`);
  });

  test('no excerpt for a column before the line or beyond its end', () => {
    expect(withSource('id: x\n', at(1, 0))).toBe(header(1, 0));
    expect(withSource('id: x\n', at(1, 7))).toBe(header(1, 7));
  });

  test('a line of exactly the reach on each side of the caret is shown whole', () => {
    const line = `${'a'.repeat(60)}${'b'.repeat(60)}`;
    expect(withSource(line, at(1, 61))).toBe(`${header(1, 61)}  1 | ${line}\n    | ${' '.repeat(60)}^\n`);
  });
});
