/** Loading a playbook set for use: the resolved model, or an error carrying every diagnostic. */
import type { Diagnostic } from './diagnostic.js';
import type { PlaybookSet } from './model.js';
import { type ValidateOptions, validatePlaybooks } from './validate-playbooks.js';

/** How many errors the message of a {@link PlaybookError} quotes. */
const QUOTED_ERRORS = 5;

/** Thrown by {@link loadPlaybooks} when the set has errors; `diagnostics` holds all of them and the warnings. */
export class PlaybookError extends Error {
  /** Every diagnostic of the set, sorted by file, line and column. */
  readonly diagnostics: Diagnostic[];

  constructor(dir: string, diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    const quoted = errors
      .slice(0, QUOTED_ERRORS)
      .map((diagnostic) => `  ${diagnostic.file === '' ? '.' : diagnostic.file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.rule} ${diagnostic.message}`);
    const more = errors.length > QUOTED_ERRORS ? [`  … and ${errors.length - QUOTED_ERRORS} more`] : [];
    super([`the playbook set in "${dir}" has ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}:`, ...quoted, ...more].join('\n'));
    this.name = 'PlaybookError';
    this.diagnostics = diagnostics;
  }
}

/**
 * Loads and resolves the playbook set in `dir`. Warnings (placeholders, overdue reviews) do not
 * stop it; any error throws a {@link PlaybookError} whose message lists the first few.
 */
export async function loadPlaybooks(dir: string, options: ValidateOptions = {}): Promise<PlaybookSet> {
  const result = await validatePlaybooks(dir, options);
  if (result.set === null) throw new PlaybookError(dir, result.diagnostics);
  return result.set;
}
