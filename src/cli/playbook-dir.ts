/** Reading the playbook directory a command names, the same way for every command. */
import { resolve } from 'node:path';
import type { Diagnostic } from '../config/diagnostic.js';
import { formatDiagnostics } from '../config/format-diagnostics.js';
import type { PlaybookSet } from '../config/model.js';
import { relocateDiagnostics } from '../config/relocate-diagnostics.js';
import { PlaybookDirectoryError, type ValidationResult, validatePlaybooks } from '../config/validate-playbooks.js';
import { type CliIO, UsageError } from './command.js';

/** The validation of `dir` (relative to the working directory), with paths as the user typed them. */
export async function validateDir(dir: string, io: CliIO): Promise<ValidationResult & { shown: Diagnostic[] }> {
  let result: ValidationResult;
  try {
    // The real clock is read here, at the edge, so overdue reviews are reported.
    result = await validatePlaybooks(resolve(io.cwd, dir), { now: new Date() });
  } catch (error) {
    if (error instanceof PlaybookDirectoryError) throw new UsageError(`the playbook directory "${dir}" ${error.reason}`, { cause: error });
    throw error;
  }
  return { ...result, shown: relocateDiagnostics(result.diagnostics, dir, io.cwd) };
}

/** The set in `dir`, or null after printing its errors to stderr. */
export async function loadDir(dir: string, io: CliIO, consequence: string): Promise<PlaybookSet | null> {
  const result = await validateDir(dir, io);
  if (result.set !== null) return result.set;
  const errors = result.shown.filter((diagnostic) => diagnostic.severity === 'error');
  io.stderr(formatDiagnostics(errors, 'text'));
  io.stderr(`${errors.length} ${errors.length === 1 ? 'error' : 'errors'} in ${dir}: ${consequence}\n`);
  return null;
}
