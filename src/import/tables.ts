import type { Table, TableRow } from 'mdast';
import { normalizeWords } from './normalize-words.js';
import { plainText } from './plain-text.js';

/** One body row of a table, its cells' text keyed by the column role the caller found. */
export interface TableRowText<R extends string> {
  row: TableRow;
  /** 1-based source line of the row. */
  line: number | null;
  cells: Partial<Record<R, string>>;
  /** The cells' nodes, for callers that read handles or links in them. */
  nodes: Partial<Record<R, TableRow['children'][number]>>;
}

/** A table read by its header: which role each column has, its rows, and the headers no role took. */
export interface ReadTable<R extends string> {
  table: Table;
  rows: TableRowText<R>[];
  /** Header texts of the columns no role matched, so the caller can report them as not imported. */
  unmatched: string[];
}

/**
 * Reads `table` by its header row: each column gets the first role in `roles` whose pattern its
 * normalized header matches and that no earlier column took, so columns can come in any order and
 * under the words people use (`Acknowledge within`, `Response time`, `SLA`). Null when no column
 * has the `required` role.
 */
export function readTable<R extends string>(table: Table, roles: readonly (readonly [R, RegExp])[], required: R): ReadTable<R> | null {
  const [header, ...body] = table.children;
  if (header === undefined) return null;
  const columns: (R | null)[] = [];
  const unmatched: string[] = [];
  for (const cell of header.children) {
    const words = normalizeWords(plainText(cell));
    const role = roles.find(([name, pattern]) => !columns.includes(name) && pattern.test(words))?.[0] ?? null;
    columns.push(role);
    if (role === null && words !== '') unmatched.push(plainText(cell));
  }
  if (!columns.includes(required)) return null;
  const rows = body.map((row) => {
    const cells: Partial<Record<R, string>> = {};
    const nodes: TableRowText<R>['nodes'] = {};
    row.children.forEach((cell, index) => {
      const role = columns[index];
      if (role === null || role === undefined) return;
      cells[role] = plainText(cell);
      nodes[role] = cell;
    });
    return { row, line: row.position?.start.line ?? null, cells, nodes };
  });
  return { table, rows, unmatched };
}
