/** The checks of each file on its own: read, parse, classify, schema. What a set and a lone file share. */
import { classifyDocument, guessKind } from './classify-document.js';
import { checkPlaceholders } from './checks/check-placeholders.js';
import type { Diagnostic } from './diagnostic.js';
import type { KindedDocument } from './document-set.js';
import type { DocKind } from './documents.js';
import { unreadFileDiagnostic, yamlProblemDiagnostic } from './file-diagnostics.js';
import { DOC_KINDS } from './kinds.js';
import type { ParsedDocument } from './located.js';
import { parseYaml } from './parse-yaml.js';
import type { FileText } from './read-files.js';
import { schemaDiagnostics } from './schema-errors.js';
import { schemaErrors } from './schema-validator.js';
import type { YamlLimits } from './yaml-limits.js';

/** What {@link checkFiles} found. */
export interface FileChecks {
  /** The diagnostics of each file on its own, in file order (unsorted). */
  diagnostics: Diagnostic[];
  /** Every parsed document whose kind is known, with whether it passed its schema. */
  kinded: KindedDocument[];
  /**
   * Kinds that a document of unknown kind, or a file that did not read or parse, was probably meant
   * to be: not also reported missing.
   */
  guessed: Set<DocKind>;
}

/**
 * Records that a file that was not read or parsed was probably of kind `kind`, so that kind is not
 * also reported missing; when nothing tells its kind, it could have been any of them.
 */
function suspect(guessed: Set<DocKind>, kind: DocKind | null): void {
  for (const each of kind === null ? DOC_KINDS : [kind]) guessed.add(each);
}

/** Reads, parses, classifies and schema-checks each of `texts` on its own. */
export function checkFiles(texts: readonly FileText[], limits: YamlLimits): FileChecks {
  const diagnostics: Diagnostic[] = [];
  const kinded: KindedDocument[] = [];
  const guessed = new Set<DocKind>();
  for (const text of texts) {
    if (!('text' in text)) {
      diagnostics.push(unreadFileDiagnostic(text, limits.maxBytes));
      suspect(guessed, guessKind(text.file, null));
      continue;
    }
    const result = parseYaml(text.text, limits);
    if (!result.ok) {
      diagnostics.push(yamlProblemDiagnostic(text.file, result.problem));
      suspect(guessed, guessKind(text.file, text.text));
      continue;
    }
    const document: ParsedDocument = { file: text.file, value: result.value, locator: result.locator };
    // Every parsed document, whatever its kind or shape, has its placeholders reported.
    diagnostics.push(...checkPlaceholders(document));
    const classified = classifyDocument(document);
    if ('diagnostic' in classified) {
      diagnostics.push(classified.diagnostic);
      if (classified.guess !== null) guessed.add(classified.guess);
      continue;
    }
    const errors = schemaErrors(classified.kind, document.value);
    diagnostics.push(...schemaDiagnostics(document, classified.kind, errors));
    kinded.push({ ...document, kind: classified.kind, valid: errors.length === 0 });
  }
  return { diagnostics, kinded, guessed };
}
