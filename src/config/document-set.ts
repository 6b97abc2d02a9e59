/** The parsed documents of a set, grouped by kind, as the semantic checks and the resolver see them. */
import type { DocKind, PlaybookDoc } from './documents.js';
import type { ParsedDocument } from './located.js';

/** The document type of kind `K`. */
export type DocOf<K extends DocKind> = Extract<PlaybookDoc, { kind: K }>;

/** A parsed document whose `kind` is known; `valid` when it also passed its schema. */
export interface KindedDocument extends ParsedDocument {
  kind: DocKind;
  valid: boolean;
}

/** A schema-valid document of kind `K`, with its value typed. */
export interface ValidDocument<K extends DocKind> extends KindedDocument {
  kind: K;
  value: DocOf<K>;
}

/** The documents of one playbook set. */
export class DocumentSet {
  /** Every document with a known kind, in file order. */
  readonly documents: readonly KindedDocument[];

  constructor(documents: readonly KindedDocument[]) {
    this.documents = documents;
  }

  /** Every document of `kind`, valid or not, in file order. */
  all(kind: DocKind): KindedDocument[] {
    return this.documents.filter((document) => document.kind === kind);
  }

  /** The schema-valid documents of `kind`, in file order; semantic checks read only these. */
  valid<K extends DocKind>(kind: K): ValidDocument<K>[] {
    return this.documents.filter((document): document is ValidDocument<K> => document.kind === kind && document.valid);
  }

  /**
   * The one document of a kind a set has exactly once, when it is present, unique and valid.
   * References into a kind are only checked against such a document: when it is missing or
   * broken, that problem is reported once instead of once per reference.
   */
  single<K extends DocKind>(kind: K): ValidDocument<K> | null {
    const all = this.all(kind);
    if (all.length !== 1) return null;
    const [only] = all as [KindedDocument];
    return only.valid ? (only as ValidDocument<K>) : null;
  }
}
