/** Every placeholder still in the set is a warning (`placeholder`), so none is forgotten silently. */
import type { Diagnostic } from '../diagnostic.js';
import { childPointer, readablePath } from '../json-pointer.js';
import { type ParsedDocument, diagnosticAt } from '../located.js';
import { isPlaceholder } from '../placeholder.js';

/** A `placeholder` warning for every placeholder string in `document`, in document order. */
export function checkPlaceholders(document: ParsedDocument): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // Recursion depth is bounded by the YAML depth limit the document already passed.
  const visit = (value: unknown, pointer: string): void => {
    if (isPlaceholder(value)) {
      const path = readablePath(pointer);
      diagnostics.push(
        diagnosticAt(document, pointer, {
          severity: 'warning',
          rule: 'placeholder',
          message: `${path === '' ? '' : `${path}: `}placeholder ${JSON.stringify(value)} is still to be filled in`,
          hint: 'replace it with the real value; until then nothing can use it',
        }),
      );
    } else if (value !== null && typeof value === 'object') {
      // A list's entries are its positions, so lists and mappings are walked alike.
      for (const [key, item] of Object.entries(value)) visit(item, childPointer(pointer, key));
    }
  };
  visit(document.value, '');
  return diagnostics;
}
