/** Diagnostics about a whole file that could not be read or parsed. */
import type { Diagnostic } from './diagnostic.js';
import type { YamlProblem } from './parse-yaml.js';
import type { FileText } from './read-files.js';

function mebibytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
}

/** The diagnostic of a file that was not read: too large, refused (with the refusal's rule and place), or unreadable. */
export function unreadFileDiagnostic(file: Exclude<FileText, { text: string }>, maxBytes: number): Diagnostic {
  const base = { file: file.file, line: 1, column: 1, severity: 'error', pointer: '' } as const;
  if ('tooLarge' in file) {
    return {
      ...base,
      rule: 'yaml-limit',
      message: `the file is ${mebibytes(file.tooLarge)}, more than the limit of ${mebibytes(maxBytes)}; it was not parsed`,
      hint: 'a playbook file is a few kilobytes: split it into several files or remove what does not belong in it',
    };
  }
  // A refusal that knows its rule and place (`not-utf8` at the first bad byte, `outside-link`) is
  // reported as such, where an editor can jump to it.
  if (file.at !== undefined) {
    const { rule, line, column, hint } = file.at;
    return { ...base, line, column, rule, message: `the file was not read: ${file.unreadable}`, hint };
  }
  return { ...base, rule: 'unreadable-file', message: `the file cannot be read (${file.unreadable})`, hint: 'check that it exists and is readable' };
}

/** The diagnostic of a file that is not one valid YAML document. */
export function yamlProblemDiagnostic(file: string, problem: YamlProblem): Diagnostic {
  return {
    file,
    line: problem.line,
    column: problem.column,
    severity: 'error',
    rule: problem.rule,
    message: problem.message,
    hint: problem.hint,
    pointer: '',
  };
}
