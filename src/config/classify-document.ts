/** Telling which kind a parsed document is (`unknown-kind` when it cannot be told). */
import { posix } from 'node:path';
import type { Diagnostic } from './diagnostic.js';
import { kindOf } from './describe-value.js';
import type { DocKind } from './documents.js';
import { DOC_KINDS, isDocKind } from './kinds.js';
import { type ParsedDocument, diagnosticAt } from './located.js';
import { closestMatch } from './suggest.js';

const KIND_LIST = DOC_KINDS.join(', ');

function guessFromFile(file: string): string {
  const name = posix.basename(file).replace(/\.ya?ml$/i, '');
  const guess = closestMatch(name, DOC_KINDS) ?? (posix.dirname(file).split('/').includes('scenarios') ? 'scenario' : null);
  return guess === null ? `add "kind:" with one of ${KIND_LIST}` : `add "kind: ${guess}" (kinds: ${KIND_LIST})`;
}

/** The kind of `document`, or the diagnostic saying why it has none. */
export function classifyDocument(document: ParsedDocument): { kind: DocKind } | { diagnostic: Diagnostic } {
  const value = document.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      diagnostic: diagnosticAt(document, '', {
        rule: 'unknown-kind',
        message: `the document is ${kindOf(value)}, not a mapping with a kind`,
        hint: guessFromFile(document.file),
      }),
    };
  }
  if (!Object.hasOwn(value, 'kind')) {
    return { diagnostic: diagnosticAt(document, '/kind', { rule: 'unknown-kind', message: 'missing "kind"', hint: guessFromFile(document.file) }, 'key') };
  }
  const kind = (value as { kind: unknown }).kind;
  if (isDocKind(kind)) return { kind };
  const suggestion = typeof kind === 'string' ? closestMatch(kind, DOC_KINDS) : null;
  return {
    diagnostic: diagnosticAt(document, '/kind', {
      rule: 'unknown-kind',
      message: `unknown kind ${typeof kind === 'string' ? JSON.stringify(kind) : kindOf(kind)}`,
      hint: suggestion === null ? `the kinds are ${KIND_LIST}` : `did you mean "${suggestion}"? (kinds: ${KIND_LIST})`,
    }),
  };
}
