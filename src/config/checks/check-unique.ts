/**
 * Ids are unique within their kind (`duplicate-id`); severity labels and levels too (`duplicate-label`);
 * and one role at most leads the incident (`duplicate-commander`).
 */
import type { Diagnostic } from '../diagnostic.js';
import type { DocKind } from '../documents.js';
import type { DocOf, DocumentSet } from '../document-set.js';
import { type ParsedDocument, diagnosticAt } from '../located.js';

/** One occurrence of a value that must be unique. */
interface Occurrence {
  document: ParsedDocument;
  pointer: string;
  value: string | number;
}

function duplicates(occurrences: Occurrence[], rule: string, what: string): Diagnostic[] {
  const first = new Map<string | number, Occurrence>();
  const diagnostics: Diagnostic[] = [];
  for (const occurrence of occurrences) {
    const earlier = first.get(occurrence.value);
    if (earlier === undefined) {
      first.set(occurrence.value, occurrence);
      continue;
    }
    const place = earlier.document.locator.value(earlier.pointer);
    const where = earlier.document === occurrence.document ? `line ${place.line}` : `${earlier.document.file}:${place.line}:${place.column}`;
    diagnostics.push(
      diagnosticAt(occurrence.document, occurrence.pointer, {
        rule,
        message: `duplicate ${what} ${JSON.stringify(occurrence.value)}`,
        hint: `first used at ${where}; rename or remove one of them`,
      }),
    );
  }
  return diagnostics;
}

/**
 * The values `pick` takes from the items of the list `list` in the valid documents of `kind`;
 * each is at `/<list>/<index>/<field>`.
 */
function collect<K extends DocKind>(
  set: DocumentSet,
  kind: K,
  list: string,
  field: string,
  pick: (document: DocOf<K>) => readonly (string | number)[],
): Occurrence[] {
  return set.valid(kind).flatMap((document) =>
    pick(document.value).map((value, index) => ({ document, pointer: `/${list}/${index}/${field}`, value })),
  );
}

/** Roles marked `commander: true`: at most one role leads an incident. */
function commanders(set: DocumentSet): Occurrence[] {
  return set.valid('roles').flatMap((document) =>
    document.value.roles.flatMap((role, index) => (role.commander === true ? [{ document, pointer: `/roles/${index}/commander`, value: 'commander: true' }] : [])),
  );
}

/** Every `duplicate-id` and `duplicate-label` of the set, and a second `commander` role. */
export function checkUnique(set: DocumentSet): Diagnostic[] {
  const scenarioIds = set.valid('scenario').map((document) => ({ document, pointer: '/id', value: document.value.id }));
  return [
    ...duplicates(collect(set, 'roles', 'roles', 'id', (doc) => doc.roles.map((item) => item.id)), 'duplicate-id', 'role id'),
    ...duplicates(scenarioIds, 'duplicate-id', 'scenario id'),
    ...duplicates(commanders(set), 'duplicate-commander', 'role with'),
    ...duplicates(collect(set, 'contacts', 'contacts', 'id', (doc) => doc.contacts.map((item) => item.id)), 'duplicate-id', 'contact id'),
    ...duplicates(collect(set, 'process', 'phases', 'id', (doc) => doc.phases.map((item) => item.id)), 'duplicate-id', 'phase id'),
    ...duplicates(collect(set, 'communication', 'channels', 'id', (doc) => doc.channels.map((item) => item.id)), 'duplicate-id', 'channel id'),
    ...duplicates(collect(set, 'communication', 'audiences', 'id', (doc) => doc.audiences.map((item) => item.id)), 'duplicate-id', 'audience id'),
    ...duplicates(collect(set, 'tools', 'categories', 'id', (doc) => doc.categories.map((item) => item.id)), 'duplicate-id', 'tool category id'),
    ...duplicates(collect(set, 'postmortem', 'elements', 'id', (doc) => doc.elements.map((item) => item.id)), 'duplicate-id', 'post-mortem element id'),
    ...duplicates(collect(set, 'severities', 'severities', 'label', (doc) => doc.severities.map((item) => item.label)), 'duplicate-label', 'severity label'),
    ...duplicates(collect(set, 'severities', 'severities', 'level', (doc) => doc.severities.map((item) => item.level)), 'duplicate-label', 'severity level'),
    ...duplicates(
      collect(set, 'communication', 'status_updates', 'severity', (doc) => doc.status_updates.map((item) => item.severity)),
      'duplicate-label',
      'status-update cadence for severity',
    ),
    ...duplicates(
      collect(set, 'escalation', 'management', 'severity', (doc) => doc.management.map((item) => item.severity)),
      'duplicate-label',
      'management escalation for severity',
    ),
  ];
}
