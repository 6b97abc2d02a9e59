/** Validating a playbook directory: read, parse, check against the schemas, cross-check, resolve. */
import type { Diagnostic } from './diagnostic.js';
import { semanticChecks } from './checks/index.js';
import { checkFiles } from './check-files.js';
import { DocumentSet } from './document-set.js';
import { findYamlFiles } from './find-files.js';
import type { PlaybookSet } from './model.js';
import { readFiles } from './read-files.js';
import { resolvePlaybookSet } from './resolve.js';
import { sortDiagnostics } from './sort-diagnostics.js';
import { DEFAULT_YAML_LIMITS, type YamlLimits } from './yaml-limits.js';

/** Options of {@link validatePlaybooks} and `loadPlaybooks`. */
export interface ValidateOptions {
  /**
   * The current time, for the `review-overdue` warning. Without it that check is skipped, so
   * the result does not depend on the day; the CLI passes the real time.
   */
  now?: Date;
  /** Limits on each YAML file; unset fields keep {@link DEFAULT_YAML_LIMITS}. */
  limits?: Partial<YamlLimits>;
}

/** The outcome of validating a playbook directory. */
export interface ValidationResult {
  /** Every problem found, sorted by file, line and column. */
  diagnostics: Diagnostic[];
  /** The resolved set, or null when there is at least one error (warnings allow a set). */
  set: PlaybookSet | null;
  /** The YAML files checked, relative to the directory, with `/` separators, sorted. */
  files: string[];
}

/** Thrown when the playbook directory itself is missing or unreadable (not for problems inside it). */
export class PlaybookDirectoryError extends Error {
  /** What is wrong with it: `does not exist`, `is not a directory` or `cannot be read`. */
  readonly reason: string;

  constructor(dir: string, reason: string, options: ErrorOptions) {
    super(`the playbook directory "${dir}" ${reason}`, options);
    this.name = 'PlaybookDirectoryError';
    this.reason = reason;
  }
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    return await findYamlFiles(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is not a directory' : 'cannot be read';
    throw new PlaybookDirectoryError(dir, reason, { cause: error });
  }
}

/**
 * Checks every `*.yaml`/`*.yml` file below `dir` (hidden directories and `node_modules`
 * excepted) as one playbook set: YAML limits, the JSON Schema of each document's kind, then the
 * semantic rules across files. Problems come back as diagnostics, never as exceptions; only a
 * missing or unreadable `dir` throws, a {@link PlaybookDirectoryError}.
 */
export async function validatePlaybooks(dir: string, options: ValidateOptions = {}): Promise<ValidationResult> {
  const limits: YamlLimits = { ...DEFAULT_YAML_LIMITS, ...options.limits };
  const files = await listFiles(dir);
  const texts = readFiles(dir, files, limits.maxBytes);

  const { diagnostics, kinded, guessed } = checkFiles(texts, limits);

  const set = new DocumentSet(kinded);
  if (files.length === 0) {
    diagnostics.push({
      file: '',
      line: 1,
      column: 1,
      severity: 'error',
      rule: 'missing-document',
      message: 'no playbook files (*.yaml, *.yml) in this directory',
      hint: "point to the directory that holds the playbooks, or copy the default set from playbook-ops' playbooks/",
      pointer: '',
    });
  } else {
    diagnostics.push(...semanticChecks(set, options.now, guessed));
  }
  const sorted = sortDiagnostics(diagnostics);
  const hasErrors = sorted.some((diagnostic) => diagnostic.severity === 'error');
  return { diagnostics: sorted, set: hasErrors ? null : resolvePlaybookSet(set), files };
}
