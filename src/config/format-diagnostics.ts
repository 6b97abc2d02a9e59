/** Printing diagnostics for people (`text`), for GitHub workflow annotations (`github`) and as JSON. */
import type { Diagnostic } from './diagnostic.js';

/** The output formats of {@link formatDiagnostics}. */
export type DiagnosticFormat = 'text' | 'github' | 'json';

/** Every value of {@link DiagnosticFormat}, for checking user input. */
export const DIAGNOSTIC_FORMATS: readonly DiagnosticFormat[] = ['text', 'github', 'json'];

function location(diagnostic: Diagnostic): string {
  return `${diagnostic.file === '' ? '.' : diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
}

function text(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((diagnostic) => {
      const line = `${location(diagnostic)}  ${diagnostic.severity}  ${diagnostic.rule}  ${diagnostic.message}`;
      return diagnostic.hint === null ? `${line}\n` : `${line}\n    hint: ${diagnostic.hint}\n`;
    })
    .join('');
}

// GitHub workflow commands: data escapes %, CR and LF; properties also escape `:` and `,`.
function escapeData(value: string): string {
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
        ...(diagnostic.file === '' ? [] : [`file=${escapeProperty(diagnostic.file)}`, `line=${diagnostic.line}`, `col=${diagnostic.column}`]),
        `title=${escapeProperty(diagnostic.rule)}`,
      ];
      const message = diagnostic.hint === null ? diagnostic.message : `${diagnostic.message}\nhint: ${diagnostic.hint}`;
      return `::${diagnostic.severity} ${properties.join(',')}::${escapeData(message)}\n`;
    })
    .join('');
}

/**
 * `diagnostics` as text: `text` prints one `file:line:col  severity  rule  message` line per
 * diagnostic with its hint indented below (a file of `''`, the directory itself, prints as `.`);
 * `github` prints `::error`/`::warning` workflow commands that GitHub shows as annotations;
 * `json` prints the list as a JSON array. Paths are printed as given: callers that want them
 * relative to the working directory rewrite `file` first.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], format: DiagnosticFormat): string {
  switch (format) {
    case 'text':
      return text(diagnostics);
    case 'github':
      return github(diagnostics);
    case 'json':
      return `${JSON.stringify(diagnostics, null, 2)}\n`;
  }
}

/** `N errors, M warnings in K files`, the closing line of a text report. */
export function summarizeDiagnostics(diagnostics: readonly Diagnostic[], fileCount: number): string {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(fileCount, 'file')}`;
}
