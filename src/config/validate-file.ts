/**
 * Validating one playbook file on its own, for an editor or a pre-commit hook: what can be checked
 * without the rest of its set, and the set-level checks that were skipped for that reason.
 */
import { realpathSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { checkFiles } from './check-files.js';
import { checkDurations } from './checks/check-durations.js';
import { checkEscalation } from './checks/check-escalation.js';
import { checkLabels } from './checks/check-labels.js';
import { checkReviews } from './checks/check-reviews.js';
import { checkUnique } from './checks/check-unique.js';
import type { Diagnostic } from './diagnostic.js';
import { DocumentSet } from './document-set.js';
import type { DocKind, PlaybookDoc } from './documents.js';
import { type FileText, readFiles } from './read-files.js';
import { sortDiagnostics } from './sort-diagnostics.js';
import type { ValidateOptions } from './validate-playbooks.js';
import { DEFAULT_YAML_LIMITS, type YamlLimits } from './yaml-limits.js';

/** A set-level check that a lone file cannot have: its rule and what it needs. */
export interface SkippedCheck {
  rule: string;
  /** What the check would have looked at, in words. */
  what: string;
}

/** The outcome of {@link validatePlaybookFile}. */
export interface FileValidationResult {
  /** The problems of the file, sorted by line and column; `file` is the file's name. */
  diagnostics: Diagnostic[];
  /** The kind of the document, when it could be told. */
  kind: DocKind | null;
  /** The set-level checks that were not run, because they need the other files of the set. */
  skipped: SkippedCheck[];
  /** The text that was checked (for source excerpts), null when the file was not read. */
  source: string | null;
}

/**
 * Checks the file at `path` alone: YAML limits, the JSON Schema of its kind, placeholders, and the
 * semantic rules that need no other file (ids unique within it, escalation order, durations, dates,
 * label lengths, an overdue review when the file sets its own review cadence). Cross-file rules are
 * listed in `skipped`. A missing or unreadable file is a diagnostic, like in a set. The file is read
 * at its real path, so a link named on purpose is followed.
 */
export function validatePlaybookFile(path: string, options: ValidateOptions = {}): FileValidationResult {
  const limits: YamlLimits = { ...DEFAULT_YAML_LIMITS, ...options.limits };
  let real = path;
  try {
    real = realpathSync.native(path);
  } catch {
    // Read as named: readFiles reports why it cannot be read.
  }
  // One name read, one result.
  const [text] = readFiles(dirname(real), [basename(real)], limits.maxBytes) as [FileText];
  const { diagnostics, kinded } = checkFiles([{ ...text, file: basename(path) }], limits);
  const set = new DocumentSet(kinded);
  diagnostics.push(...checkUnique(set), ...checkEscalation(set), ...checkDurations(set), ...checkLabels(set));
  const [document] = kinded;
  const skipped: SkippedCheck[] = [
    { rule: 'missing-document', what: 'every document the set needs is there' },
    { rule: 'duplicate-document', what: 'no other file has the same kind' },
    { rule: 'unknown-reference', what: 'the roles, contacts and severities it names exist in their files' },
    { rule: 'duplicate-id', what: 'its ids are unique across files (within the file they are checked)' },
  ];
  // The cadence comes from the file's own review block, or from settings.yaml when that is the file.
  const cadenceKnown = document?.valid === true && ((document.value as PlaybookDoc).review.cadence !== undefined || document.kind === 'settings');
  if (options.now !== undefined && cadenceKnown) diagnostics.push(...checkReviews(set, options.now));
  else if (options.now !== undefined) skipped.push({ rule: 'review-overdue', what: "the review is not overdue by the set's review_cadence (settings.yaml)" });
  const source = 'text' in text ? text.text : null;
  return { diagnostics: sortDiagnostics(diagnostics), kind: document?.kind ?? null, skipped, source };
}
