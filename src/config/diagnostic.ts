/**
 * A problem found in a playbook set. Diagnostics are data: the same list prints for people,
 * as GitHub workflow annotations and as JSON.
 */
export interface Diagnostic {
  /** Path of the file, relative to the playbook directory, with `/` separators. */
  file: string;
  /** 1-based line of the offending node. */
  line: number;
  /** 1-based column of the offending node. */
  column: number;
  severity: 'error' | 'warning';
  /** Stable rule id, e.g. `unknown-reference`, `yaml-syntax`, `schema`. */
  rule: string;
  message: string;
  /** How to fix it. */
  hint: string | null;
  /** JSON Pointer of the node inside the document, `''` for the whole document. */
  pointer: string;
}
