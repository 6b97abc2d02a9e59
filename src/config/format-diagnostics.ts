/** Printing diagnostics for people (`text`), for GitHub workflow annotations (`github`) and as JSON. */
import type { Diagnostic } from './diagnostic.js';
import { escapeControls, neutralizeCommands, printableJson } from './printable.js';

/** The output formats of {@link formatDiagnostics}. */
export type DiagnosticFormat = 'text' | 'github' | 'json';

/** Every value of {@link DiagnosticFormat}, for checking user input. */
export const DIAGNOSTIC_FORMATS: readonly DiagnosticFormat[] = ['text', 'github', 'json'];

// File names, messages and hints quote what is in the files (and their names): untrusted. Every
// string is printed with its control characters escaped, so a diagnostic is exactly its lines; and
// validate's output lands in CI logs, so no line may start a workflow command (see printable.ts).

function location(diagnostic: Diagnostic): string {
  return `${escapeControls(diagnostic.file === '' ? '.' : diagnostic.file)}:${diagnostic.line}:${diagnostic.column}`;
}

/** The text of a file by its name as the diagnostics give it, or undefined when it is not at hand. */
export type SourceLookup = (file: string) => string | undefined;

/** Options of {@link formatDiagnostics}. */
export interface FormatOptions {
  /** The files' texts: `text` then shows the line of each diagnostic with a caret under its column. */
  sources?: SourceLookup;
}

// How much of a long line the excerpt shows on each side of the caret, in code points.
const EXCERPT_REACH = 60;

/**
 * The line of `diagnostic` in `source` with a caret under its column, as two lines indented below the
 * message (`  12 | text` and `     |    ^`); '' when the line does not exist. Control characters in the
 * line print as escapes and the caret sits under the escaped text, so it still points at the column.
 */
function excerpt(diagnostic: Diagnostic, source: string): string {
  const lines = source.split(/\r?\n/);
  const text = lines[diagnostic.line - 1];
  if (text === undefined || diagnostic.column < 1 || diagnostic.column > text.length + 1) return '';
  let before = Array.from(escapeControls(text.slice(0, diagnostic.column - 1)));
  let after = Array.from(escapeControls(text.slice(diagnostic.column - 1)));
  if (before.length > EXCERPT_REACH) before = ['…', ...before.slice(-EXCERPT_REACH)];
  if (after.length > EXCERPT_REACH) after = [...after.slice(0, EXCERPT_REACH), '…'];
  const number = String(diagnostic.line);
  const gutter = ' '.repeat(number.length);
  return `${neutralizeCommands(`  ${number} | ${before.join('')}${after.join('')}`.trimEnd())}\n  ${gutter} | ${' '.repeat(before.length)}^\n`;
}

function text(diagnostics: readonly Diagnostic[], sources: SourceLookup | undefined): string {
  return diagnostics
    .map((diagnostic) => {
      const line = neutralizeCommands(`${location(diagnostic)}  ${diagnostic.severity}  ${escapeControls(diagnostic.rule)}  ${escapeControls(diagnostic.message)}`);
      const source = diagnostic.file === '' ? undefined : sources?.(diagnostic.file);
      const shown = source === undefined ? '' : excerpt(diagnostic, source);
      return diagnostic.hint === null ? `${line}\n${shown}` : `${line}\n${shown}${neutralizeCommands(`    hint: ${escapeControls(diagnostic.hint)}`)}\n`;
    })
    .join('');
}

// GitHub workflow commands: data escapes %, CR and LF; properties also escape `:` and `,`. The
// command starts the line and the data cannot end it, so `::` and `##[` inside are inert.
function escapeData(value: string): string {
  // Stryker disable next-line StringLiteral: callers escape control characters first, so no CR reaches here; the CR escape keeps this the protocol's whole data escape
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

function github(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((diagnostic) => {
      const properties = [
        // A diagnostic about the playbook directory itself (file `''`) has no file to annotate.
        ...(diagnostic.file === '' ? [] : [`file=${escapeProperty(escapeControls(diagnostic.file))}`, `line=${diagnostic.line}`, `col=${diagnostic.column}`]),
        `title=${escapeProperty(escapeControls(diagnostic.rule))}`,
      ];
      const message = escapeControls(diagnostic.message) + (diagnostic.hint === null ? '' : `\nhint: ${escapeControls(diagnostic.hint)}`);
      return `::${diagnostic.severity} ${properties.join(',')}::${escapeData(message)}\n`;
    })
    .join('');
}

/**
 * `diagnostics` as text: `text` prints one `file:line:col  severity  rule  message` line per
 * diagnostic, then (when `options.sources` has the file) the line of the file with a caret under the
 * column, then its hint indented below (a file of `''`, the directory itself, prints as `.`);
 * `github` prints `::error`/`::warning` workflow commands that GitHub shows as annotations;
 * `json` prints the list as a JSON array. Paths are printed as given: callers that want them
 * relative to the working directory rewrite `file` first. In `text` and `github`, control characters
 * in file names, messages and hints are written as escapes (`\n`, `\u001b`); no format can print a
 * line that the GitHub runner would take for a workflow command.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], format: DiagnosticFormat, options: FormatOptions = {}): string {
  switch (format) {
    case 'text':
      return text(diagnostics, options.sources);
    case 'github':
      return github(diagnostics);
    case 'json':
      return `${printableJson(JSON.stringify(diagnostics, null, 2))}\n`;
  }
}

/** `N errors, M warnings in K files`, the closing line of a text report. */
export function summarizeDiagnostics(diagnostics: readonly Diagnostic[], fileCount: number): string {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(fileCount, 'file')}`;
}
