import type { ReviewDoc } from '../config/documents.js';
import type { Ledger } from './ledger.js';
import type { Section } from './sections.js';

/** What every section mapper gets: the document below its title, the import's ledger and the review block. */
export interface MapContext {
  /** The section holding the playbook's sections: the title's section, or the document root. */
  body: Section;
  ledger: Ledger;
  /** The `review` block every written document carries. */
  review: ReviewDoc;
}
