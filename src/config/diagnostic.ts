/**
 * A problem found in a playbook set. Diagnostics are data: the same list prints for people,
 * as GitHub workflow annotations and as JSON.
 */
export interface Diagnostic {
  /**
   * Path of the file, relative to the playbook directory, with `/` separators; `''` for the
   * directory itself (a document missing from the set).
   */
  file: string;
  /** 1-based line of the offending node. */
  line: number;
  /** 1-based column of the offending node. */
  column: number;
  severity: 'error' | 'warning';
  /**
   * Stable rule id. Reading: `yaml-syntax`, `yaml-limit` (size, depth, aliases), `duplicate-key`,
   * `multiple-documents`, `empty-document`, `unreadable-file`, `not-utf8`, `outside-link`, `unknown-kind`. Schema: `schema`,
   * `missing-response-time`. The set: `missing-document`, `duplicate-document`, `duplicate-id`,
   * `duplicate-label`, `unknown-reference`, `escalation-order`, `bad-duration`, `bad-date`, `label-too-long`, `sink-url`, `alert-rule-empty`.
   * Warnings: `placeholder`, `review-overdue`.
   */
  rule: string;
  message: string;
  /** How to fix it. */
  hint: string | null;
  /** JSON Pointer of the node inside the document, `''` for the whole document. */
  pointer: string;
}
