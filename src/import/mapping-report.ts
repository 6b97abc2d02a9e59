/**
 * The import report as a Markdown document (`import --report FILE.md`): which source line became
 * which field of which file, what was assumed, what was not imported and what is missing, as
 * tables a reviewer reads beside the diff of the imported set.
 */
import { escapeControls } from '../config/printable.js';
import type { ImportNote } from './notes.js';
import type { MappedValue } from './value-mapping.js';

/** What the report is about. */
export interface ReportInput {
  /** The Markdown file as the user named it. */
  source: string;
  /** The directory the set was written to, as the user named it. */
  out: string;
  /** The Markdown text, to quote the lines that were mapped. */
  markdown: string;
  mapping: readonly MappedValue[];
  notes: readonly ImportNote[];
  /** The validation summary line: `0 errors, 12 warnings in 13 files`. */
  validation: string;
}

/** The longest quote of a source line in the mapping table. */
const QUOTE_LENGTH = 60;

/**
 * Text for a table cell that shows what it holds and does nothing else: control characters
 * escaped, Markdown's markup characters backslash-escaped (so a cell cannot close the table, start
 * a link or an HTML tag), and `@` written as an entity so quoting a handle mentions nobody where the
 * report is rendered.
 */
export function cell(text: string): string {
  return escapeControls(text)
    .replace(/[\\`*_[\]<>|#~]/g, '\\$&')
    .replace(/@/g, '&#64;')
    .trim();
}

function shorten(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > QUOTE_LENGTH ? `${trimmed.slice(0, QUOTE_LENGTH - 1).trimEnd()}…` : trimmed;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const align = header.map((name) => (name === 'Line' ? '---:' : '---'));
  return [`| ${header.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

/** The report document. */
export function mappingReport(input: ReportInput): string {
  const lines = input.markdown.replace(/\r\n?/g, '\n').split('\n');
  const byKind = (kind: ImportNote['kind']): ImportNote[] => input.notes.filter((note) => note.kind === kind);
  const assumed = byKind('assumed');
  const notImported = byKind('not imported');
  const missing = byKind('missing');
  const noteRows = (notes: readonly ImportNote[]): string[][] => notes.map((note) => [note.line === null ? '—' : String(note.line), cell(note.message)]);
  const out: string[] = [
    `# Import report: ${cell(input.source)}`,
    '',
    `\`playbook-ops import\` wrote the set to ${cell(input.out)}. ${input.mapping.length} ${input.mapping.length === 1 ? 'value' : 'values'} mapped, ${assumed.length} assumed, ${notImported.length} not imported, ${missing.length} missing. Validation: ${cell(input.validation)}.`,
    '',
    '## Mapping',
    '',
    'Each value written to the set and the source line it was read from.',
    '',
    ...table(
      ['Line', 'Source', 'File', 'Field', 'Value'],
      input.mapping.map((row) => [String(row.line), cell(shorten(lines[row.line - 1] ?? '')), cell(row.file), cell(row.field), cell(shorten(row.value))]),
    ),
    '',
    '## Assumed',
    '',
    'Values the source does not state, written from playbook-ops defaults or conventions: check them.',
    '',
    ...(assumed.length === 0 ? ['Nothing was assumed.'] : table(['Line', 'What'], noteRows(assumed))),
    '',
    '## Not imported',
    '',
    'Source passages no file holds: move what matters into the set by hand.',
    '',
    ...(notImported.length === 0 ? ['Every passage was imported.'] : table(['Line', 'What'], noteRows(notImported))),
    '',
    '## Missing',
    '',
    'What the source lacks; placeholders in square brackets stand for it in the set until someone fills them.',
    '',
    ...(missing.length === 0 ? ['Nothing is missing.'] : table(['Line', 'What'], noteRows(missing))),
    '',
  ];
  return out.join('\n');
}
