/** Telling which kind a parsed document is (`unknown-kind` when it cannot be told). */
import { posix } from 'node:path';
import type { Diagnostic } from './diagnostic.js';
import { kindOf } from './describe-value.js';
import type { DocKind } from './documents.js';
import { DOC_KINDS, isDocKind } from './kinds.js';
import { type ParsedDocument, diagnosticAt } from './located.js';
import { closestMatch } from './suggest.js';

/** A document whose kind is unknown, and the kind it was probably meant to be. */
export interface Unclassified {
  diagnostic: Diagnostic;
  /** The likely kind, from a misspelt `kind` or the file name; null when nothing is close. */
  guess: DocKind | null;
}

function guessFromFile(file: string): DocKind | null {
  const name = posix.basename(file).replace(/\.ya?ml$/i, '');
  return (closestMatch(name, DOC_KINDS) as DocKind | null) ?? (posix.dirname(file).split('/').includes('scenarios') ? 'scenario' : null);
}

/**
 * The kind a file that could not be read or parsed was probably meant to be: its top-level `kind:`
 * line when `text` has one (misspelt or not), else a guess from its name; null when neither tells.
 * Its missing-document error would be a follow-on of the error that stopped it.
 */
export function guessKind(file: string, text: string | null): DocKind | null {
  // A top-level `kind:` line (written here, not as a module constant, so that mutation testing can switch it).
  const written = text === null ? undefined : /^kind:[ \t]*(["']?)([A-Za-z][\w-]*)\1[ \t]*(?:#.*)?$/m.exec(text)?.[2];
  if (written !== undefined) {
    const kind = isDocKind(written) ? written : (closestMatch(written, DOC_KINDS) as DocKind | null);
    if (kind !== null) return kind;
  }
  return guessFromFile(file);
}

// The kinds as hints list them; a function rather than a module constant, for mutation testing's sake.
function kindList(): string {
  return DOC_KINDS.join(', ');
}

function addKindHint(guess: DocKind | null): string {
  return guess === null ? `add "kind:" with one of ${kindList()}` : `add "kind: ${guess}" (kinds: ${kindList()})`;
}

/** The kind of `document`, or the diagnostic saying why it has none. */
export function classifyDocument(document: ParsedDocument): { kind: DocKind } | Unclassified {
  const value = document.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const guess = guessFromFile(document.file);
    const message = `the document is ${kindOf(value)}, not a mapping with a kind`;
    return { guess, diagnostic: diagnosticAt(document, '', { rule: 'unknown-kind', message, hint: addKindHint(guess) }) };
  }
  if (!Object.hasOwn(value, 'kind')) {
    const guess = guessFromFile(document.file);
    // Placed where the mapping starts: a missing top-level key has no place of its own.
    return { guess, diagnostic: diagnosticAt(document, '/kind', { rule: 'unknown-kind', message: 'missing "kind"', hint: addKindHint(guess) }) };
  }
  const kind = (value as { kind: unknown }).kind;
  if (isDocKind(kind)) return { kind };
  const guess = typeof kind === 'string' ? (closestMatch(kind, DOC_KINDS) as DocKind | null) : null;
  return {
    guess: guess ?? guessFromFile(document.file),
    diagnostic: diagnosticAt(document, '/kind', {
      rule: 'unknown-kind',
      message: `unknown kind ${typeof kind === 'string' ? JSON.stringify(kind) : kindOf(kind)}`,
      hint: guess === null ? `the kinds are ${kindList()}` : `did you mean "${guess}"? (kinds: ${kindList()})`,
    }),
  };
}
