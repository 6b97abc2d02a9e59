import type { ReviewDoc } from '../config/documents.js';
import type { Ledger } from './ledger.js';
import type { SectionMap } from './section-map.js';
import type { SectionMeaning } from './section-meaning.js';
import type { SeverityScale } from './severity-scale.js';
import type { Section } from './sections.js';

/** What every section mapper gets: the document below its title, the import's ledger and the review block. */
export interface MapContext {
  /** The section holding the playbook's sections: the title's section, or the document root. */
  body: Section;
  ledger: Ledger;
  /** The `review` block every written document carries. */
  review: ReviewDoc;
  /** Which section each mapper reads. */
  sections: SectionMap;
  /** The severity levels as the source names them, once the severities are read. */
  scale: SeverityScale;
}

/** A mapper's section and the parts of it that are its own (see {@link SectionMap.parts}). */
export interface TakenSection {
  section: Section;
  parts: Section[];
}

/**
 * The section of `meaning`, claimed for the calling mapper with its own parts, or null when the
 * source has none.
 */
export function takeSection({ sections, ledger }: MapContext, meaning: SectionMeaning): TakenSection | null {
  const section = sections.take(meaning);
  if (section === null) return null;
  const parts = sections.parts(section);
  ledger.claim(section);
  return { section, parts };
}
