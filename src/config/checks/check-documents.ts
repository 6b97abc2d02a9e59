/** A set has exactly one document of each single kind: `missing-document`, `duplicate-document`. */
import type { Diagnostic } from '../diagnostic.js';
import type { DocKind } from '../documents.js';
import type { DocumentSet } from '../document-set.js';
import { SINGLE_KINDS } from '../kinds.js';
import { diagnosticAt } from '../located.js';

/**
 * The set-level diagnostics about which documents exist (`file` `''`: the directory itself).
 * A kind in `guessed` is not reported missing: a document of unknown kind, already reported,
 * was probably meant to be it.
 */
export function checkDocuments(set: DocumentSet, guessed: ReadonlySet<DocKind>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const kind of SINGLE_KINDS) {
    const [first, ...extra] = set.all(kind);
    if (first === undefined) {
      if (guessed.has(kind)) continue;
      diagnostics.push({
        file: '',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'missing-document',
        message: `the set has no ${kind} document`,
        hint: `add a file such as ${kind}.yaml that starts with "kind: ${kind}" (see playbooks/${kind}.yaml of playbook-ops for an example)`,
        pointer: '',
      });
      continue;
    }
    for (const document of extra) {
      diagnostics.push(
        diagnosticAt(document, '/kind', {
          rule: 'duplicate-document',
          message: `a second ${kind} document; a set has exactly one`,
          hint: `merge it into ${first.file}, or delete one of them`,
        }),
      );
    }
  }
  return diagnostics;
}
