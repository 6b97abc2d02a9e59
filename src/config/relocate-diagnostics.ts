/** Rewriting diagnostic paths from "relative to the playbook directory" to "relative to where I am". */
import { relative, resolve, sep } from 'node:path';
import type { Diagnostic } from './diagnostic.js';

/**
 * `diagnostics` with each `file` (relative to `dir`) made relative to `cwd`, with `/`
 * separators, so editors and terminals can open them. A diagnostic about the directory itself
 * (`file` `''`) gets the directory's path, or `.` when it is `cwd`.
 */
export function relocateDiagnostics(diagnostics: readonly Diagnostic[], dir: string, cwd: string): Diagnostic[] {
  return diagnostics.map((diagnostic) => ({ ...diagnostic, file: relocatePath(diagnostic.file, dir, cwd) }));
}

/** `file` (relative to `dir`) made relative to `cwd` with `/` separators, `.` for `cwd` itself. */
export function relocatePath(file: string, dir: string, cwd: string): string {
  const path = relative(cwd, resolve(cwd, dir, file)).split(sep).join('/');
  return path === '' ? '.' : path;
}
