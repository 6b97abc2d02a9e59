/** What the playbook check found on a pull request: the data the comment and the job summary show. */
import type { Diagnostic } from '../config/diagnostic.js';
import type { Change } from './changes.js';
import type { SeverityPreview } from './escalation-preview.js';

/** A file generated from the playbooks that does not match them. */
export interface StaleFile {
  /** Repository-relative path. */
  path: string;
  /** `missing`: the file is not in the pull request; `stale`: its content differs from what the playbooks generate. */
  problem: 'missing' | 'stale';
  /** The command that writes it afresh. */
  command: string;
}

/** Everything the check found. */
export interface CheckReport {
  /** The playbook directory, relative to the repository root. */
  playbooksPath: string;
  headSha: string;
  baseSha: string;
  /** Every error and warning of the head set, with repository-relative paths. */
  diagnostics: Diagnostic[];
  /** Whether the base commit had a valid set to compare with, and why not. */
  base: { available: true } | { available: false; reason: string };
  /** The semantic diff; null when the head set has errors (there is nothing to compare). */
  changes: Change[] | null;
  /** The escalation preview; null when the head set has errors. */
  preview: SeverityPreview[] | null;
  /** Generated files out of date with the head set. */
  stale: StaleFile[];
}

/** The number of errors of the head set. */
export function errorCount(report: Pick<CheckReport, 'diagnostics'>): number {
  return report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
}

/** Whether the check fails: the head set has errors, or a generated file is out of date. */
export function checkFails(report: Pick<CheckReport, 'diagnostics' | 'stale'>): boolean {
  return errorCount(report) > 0 || report.stale.length > 0;
}
