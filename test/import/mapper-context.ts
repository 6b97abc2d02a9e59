/** What the mapper tests share: a handbook's mapper context, and what an import or a mapper notes, with lines. */
import type { PlaybookDoc } from '../../src/config/documents.js';
import type { ImportNote } from '../../src/import/notes.js';
import { importMarkdown, type ImportResult } from '../../src/import/import-markdown.js';
import { Ledger } from '../../src/import/ledger.js';
import type { MapContext } from '../../src/import/map-context.js';
import { parseMarkdown } from '../../src/import/markdown-tree.js';
import { normalizeWords } from '../../src/import/normalize-words.js';
import { SectionMap } from '../../src/import/section-map.js';
import { sectionMeaning } from '../../src/import/section-meaning.js';
import { buildSections } from '../../src/import/sections.js';
import { SeverityScale } from '../../src/import/severity-scale.js';

export const review = { owners: ['@example/owners'], last_reviewed: '2026-11-01' };

/** A note as `line kind: message` (`-` for a note about something absent). */
export function noteLine(note: ImportNote): string {
  return `${note.line ?? '-'} ${note.kind}: ${note.message}`;
}

/** The context the importer gives its mappers, for a handbook in Markdown (its level-1 title holds the rest). */
export function contextOf(markdown: string, scale = new SeverityScale()): MapContext {
  const root = buildSections(parseMarkdown(markdown), (title) => sectionMeaning(normalizeWords(title)) !== null);
  const [first] = root.children;
  const body = first?.depth === 1 && root.children.length === 1 ? first : root;
  return { body, ledger: new Ledger(), review, sections: new SectionMap(body), scale };
}

/** The notes a mapper made. */
export function notesOf(context: MapContext): string[] {
  return context.ledger.notes.map(noteLine);
}

/** The lines the mapping report gives a written object's fields. */
export function linesOf(context: MapContext, target: object): Record<string, number> {
  return Object.fromEntries(context.ledger.sources.filter((source) => source.target === target).map((source) => [source.key, source.line]));
}

/** Imports a handbook given as lines: the result, and the notes about a source line. */
export function importLines(lines: readonly string[]): { result: ImportResult; notes: string[] } {
  const result = importMarkdown(lines.join('\n'), { owner: '[Owner]', reviewed: '2026-11-01' });
  return { result, notes: result.notes.filter((note) => note.line !== null).map(noteLine) };
}

/** The document of `kind` an import wrote (the first, for scenarios); throws when it wrote none. */
export function documentOf<K extends PlaybookDoc['kind']>(result: ImportResult, kind: K): Extract<PlaybookDoc, { kind: K }> {
  const found = result.files.find((file) => file.document.kind === kind)?.document;
  if (found?.kind !== kind) throw new Error(`no ${kind} document`);
  return found as Extract<PlaybookDoc, { kind: K }>;
}
