import type { Node } from 'mdast';
import { type ImportNote } from './notes.js';
import { descendants, type Section } from './sections.js';

/**
 * The bookkeeping of one import: which sections a mapper took, which Markdown nodes it used, and
 * the notes it made. The unused-content report is computed from it as the complement of what was
 * used, so a mapper cannot drop source text silently by forgetting to report it.
 */
export class Ledger {
  private readonly used = new Set<Node>();
  private readonly claimed = new Set<Section>();
  readonly notes: ImportNote[] = [];

  /** Records that `nodes` were turned into YAML. */
  use(...nodes: Node[]): void {
    for (const node of nodes) this.used.add(node);
  }

  /** Whether `node` was turned into YAML. */
  isUsed(node: Node): boolean {
    return this.used.has(node);
  }

  /** Gives `section` and everything below it to one mapper, so no other mapper maps it again. */
  claim(section: Section): void {
    for (const each of [section, ...descendants(section)]) this.claimed.add(each);
    if (section.heading !== null) this.use(section.heading);
  }

  /** Whether a mapper took `section` (directly or through an ancestor). */
  isClaimed(section: Section): boolean {
    return this.claimed.has(section);
  }

  /** Adds a note about a source node (its start line) or about something absent (`null`). */
  note(kind: ImportNote['kind'], at: Node | number | null, message: string): void {
    const line = at === null ? null : typeof at === 'number' ? at : (at.position?.start.line ?? null);
    this.notes.push({ line, kind, message });
  }
}
