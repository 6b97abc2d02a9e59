/** Building diagnostics placed at a node of a parsed document. */
import type { Diagnostic } from './diagnostic.js';
import type { Locator } from './yaml-locations.js';

/** A parsed document and where it came from: what every check receives. */
export interface ParsedDocument {
  /** Path relative to the playbook directory, with `/` separators. */
  file: string;
  value: unknown;
  locator: Locator;
}

/** What a check says about a node; the place is filled in by {@link diagnosticAt}. */
export interface Finding {
  severity?: 'error' | 'warning';
  rule: string;
  message: string;
  hint: string | null;
}

/**
 * A diagnostic at the node `pointer` of `document`: at its key when `on` is `key` (unknown or
 * duplicate properties, missing ones inside a mapping), else (`value`, the default) at its value.
 */
export function diagnosticAt(document: ParsedDocument, pointer: string, finding: Finding, on?: 'key' | 'value'): Diagnostic {
  const place = on === 'key' ? document.locator.key(pointer) : document.locator.value(pointer);
  return {
    file: document.file,
    line: place.line,
    column: place.column,
    severity: finding.severity ?? 'error',
    rule: finding.rule,
    message: finding.message,
    hint: finding.hint,
    pointer,
  };
}
