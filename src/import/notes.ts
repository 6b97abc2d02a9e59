/**
 * What the importer tells the user besides the files it writes: source content it could not map,
 * values it had to assume, and documents the source lacks. Every note keeps its source line so the
 * user can find the passage; nothing the importer skips goes unmentioned.
 */
import { escapeControls, neutralizeCommands } from '../config/printable.js';

export interface ImportNote {
  /** 1-based line in the Markdown source; null when the note is about something absent. */
  line: number | null;
  kind: 'not imported' | 'assumed' | 'missing';
  message: string;
}

/**
 * One note as a report line: `source.md:LINE  not imported  <what>`. Notes quote the source, which
 * is untrusted: control characters print as escapes and the line cannot start a workflow command
 * when the report lands in a CI log (see config/printable.ts).
 */
export function formatNote(source: string, note: ImportNote): string {
  const place = note.line === null ? source : `${source}:${note.line}`;
  return neutralizeCommands(escapeControls(`${place}  ${note.kind}  ${note.message}`));
}

/** Notes in source order; notes without a line (absent sections) come last, in the order they were made. */
export function sortNotes(notes: readonly ImportNote[]): ImportNote[] {
  // The sort is stable, so notes of one line keep their order; Infinity - Infinity is NaN, which sorts as a tie.
  return [...notes].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
}

/** Shortens source text for a one-line report, quoted. */
export function quote(text: string, max = 70): string {
  const short = text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
  return `"${short}"`;
}
