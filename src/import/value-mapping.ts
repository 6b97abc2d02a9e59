import type { ValueSource } from './ledger.js';

/** One written value and the source line it came from: a row of the mapping report. */
export interface MappedValue {
  /** 1-based line in the Markdown source. */
  line: number;
  /** The file of the set: `severities.yaml`. */
  file: string;
  /** Where in the file, as a readable path: `severities[0].response_time`. */
  field: string;
  /** The value written there, in short: `15m`, `Critical`, `3 items`. */
  value: string;
}

/** A path step: `.key` for a property, `[0]` for a list entry. */
function step(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
}

/** Every object in `value` with its path, so a recorded source finds its field by the object's identity. */
function paths(value: unknown, path: string, into: Map<object, string>): void {
  if (value === null || typeof value !== 'object') return;
  into.set(value, path);
  if (Array.isArray(value)) value.forEach((entry, index) => paths(entry, step(path, index), into));
  else for (const [key, entry] of Object.entries(value)) paths(entry, step(path, key), into);
}

/** A value in a few words for the report. */
function summary(value: unknown): string {
  if (Array.isArray(value)) return value.length === 1 ? summary(value[0]) : `${value.length} items`;
  if (value !== null && typeof value === 'object') return 'name' in value && typeof value.name === 'string' ? value.name : JSON.stringify(value);
  return String(value);
}

/**
 * The mapping from source lines to the fields of the written files, in source order. A source
 * recorded for an object that is not in the written set (a value a later step replaced) is left out.
 */
export function valueMapping(files: readonly { path: string; document: object }[], sources: readonly ValueSource[]): MappedValue[] {
  const where = new Map<object, { file: string; path: string }>();
  for (const { path: file, document } of files) {
    const found = new Map<object, string>();
    paths(document, '', found);
    for (const [object, path] of found) where.set(object, { file, path });
  }
  const rows: MappedValue[] = [];
  for (const source of sources) {
    const place = where.get(source.target);
    if (place === undefined) continue;
    const value = (source.target as Record<string | number, unknown>)[source.key];
    if (value === undefined) continue;
    rows.push({ line: source.line, file: place.file, field: step(place.path, source.key), value: summary(value) });
  }
  return rows.sort((a, b) => a.line - b.line);
}
