import type { Node } from 'mdast';
import { type ImportNote } from './notes.js';
import type { Section } from './sections.js';

/** Where a written value came from: a source line and the object and key it was written to. */
export interface ValueSource {
  line: number;
  target: object;
  key: string | number;
}

function lineOf(at: Node | number | null | undefined): number | null {
  if (at === null || at === undefined) return null;
  return typeof at === 'number' ? at : (at.position?.start.line ?? null);
}

/**
 * The bookkeeping of one import: which Markdown nodes the mappers used (a section they took by its
 * heading too), and the notes they made. The unused-content report is computed from it as the
 * complement of what was used, so a mapper cannot drop source text silently by forgetting to report it.
 */
export class Ledger {
  private readonly used = new Set<Node>();
  readonly notes: ImportNote[] = [];
  /** Where each written value came from, for the mapping report (see `mapping-report.ts`). */
  readonly sources: ValueSource[] = [];

  /** Records that `nodes` were turned into YAML. */
  use(...nodes: Node[]): void {
    for (const node of nodes) this.used.add(node);
  }

  /** Whether `node` was turned into YAML. */
  isUsed(node: Node): boolean {
    return this.used.has(node);
  }

  /** Records that a mapper took `section` (the section map hands each out once): its heading is used. */
  claim(section: Section): void {
    if (section.heading !== null) this.use(section.heading);
  }

  /**
   * Records that `target[key]` (a field of a document being built, or an entry of one of its
   * lists) was read from the source at `at`. The report finds the field's path in the written
   * documents by the object's identity, so lists may be sorted after recording.
   */
  source(at: Node | number | null | undefined, target: object, key: string | number): void {
    const line = lineOf(at);
    if (line !== null) this.sources.push({ line, target, key });
  }

  /** Adds a note about a source node (its start line) or about something absent (`null`). */
  note(kind: ImportNote['kind'], at: Node | number | null, message: string): void {
    const line = lineOf(at);
    this.notes.push({ line, kind, message });
  }
}
