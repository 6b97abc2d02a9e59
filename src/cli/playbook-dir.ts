/** Reading the playbook directory a command names, the same way for every command. */
import { resolve } from 'node:path';
import type { Diagnostic } from '../config/diagnostic.js';
import { type SourceLookup, formatDiagnostics } from '../config/format-diagnostics.js';
import type { PlaybookSet } from '../config/model.js';
import { readFiles } from '../config/read-files.js';
import { relocateDiagnostics, relocatePath } from '../config/relocate-diagnostics.js';
import { PlaybookDirectoryError, type ValidationResult, validatePlaybooks } from '../config/validate-playbooks.js';
import { DEFAULT_YAML_LIMITS } from '../config/yaml-limits.js';
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

/**
 * The texts of the files the diagnostics `shown` name, by their shown names, for the source excerpts
 * of the text format. `files` are relative to `dir`; they are read again the way validation read them
 * (a file it refused stays unread), and only those that have a diagnostic.
 */
export function sourcesOf(dir: string, files: readonly string[], shown: readonly Diagnostic[], cwd: string): SourceLookup {
  const named = new Set(shown.map((diagnostic) => diagnostic.file));
  const wanted = files.filter((file) => named.has(relocatePath(file, dir, cwd)));
  const texts = new Map<string, string>();
  for (const read of readFiles(resolve(cwd, dir), wanted, DEFAULT_YAML_LIMITS.maxBytes)) {
    if ('text' in read) texts.set(relocatePath(read.file, dir, cwd), read.text);
  }
  return (file) => texts.get(file);
}

/** The set in `dir`, or null after printing its errors to stderr. */
export async function loadDir(dir: string, io: CliIO, consequence: string): Promise<PlaybookSet | null> {
  const result = await validateDir(dir, io);
  if (result.set !== null) return result.set;
  const errors = result.shown.filter((diagnostic) => diagnostic.severity === 'error');
  io.stderr(formatDiagnostics(errors, 'text', { sources: sourcesOf(dir, result.files, errors, io.cwd) }));
  io.stderr(`${errors.length} ${errors.length === 1 ? 'error' : 'errors'} in ${dir}: ${consequence}\n`);
  return null;
}
