import type { Node, Table } from 'mdast';
import type { RoleDoc, RolesDoc } from '../config/documents.js';
import type { ContactBook } from './contact-book.js';
import { roleId } from './known-ids.js';
import type { Ledger } from './ledger.js';
import { clauses } from './level-times.js';
import { itemsIn, subItems } from './list-items.js';
import { type MapContext, takeSection } from './map-context.js';
import { plainText } from './plain-text.js';
import { uniqueId } from './slug.js';
import { readTable } from './tables.js';

/** `Incident Commander (IC)` → the name and the abbreviation. */
export function splitAbbreviation(label: string): { name: string; abbreviation: string | null } {
  const match = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(label);
  if (match?.[1] === undefined || match[2] === undefined || match[1] === '') return { name: label, abbreviation: null };
  return { name: match[1], abbreviation: match[2] };
}

/** Whether a role name names several people: its last word is a plural (`Experts`, not `Boss`). */
function isPlural(name: string): boolean {
  const last = name.split(' ').at(-1) ?? '';
  return /[^s]s$/i.test(last) && !/^(comms|ops|devops|secops|news)$/i.test(last);
}

/** The roles table's columns by their header words. This and the patterns below are functions rather than module constants, so that mutation testing can switch them. */
function columns() {
  return [
    ['name', /\b(roles?|name|title|position)\b/],
    ['duties', /\b(responsibilit\w*|duties|does|description|what|purpose|tasks?|owns)\b/],
    ['who', /\b(who|holder|handles?|github|team|people|person|assignee|filled by|staffed by|owner)\b/],
  ] as const;
}

/** A GitHub handle standing alone in a cell or after a role: `@org/team`, `` `@user` ``. */
function handlePattern(): RegExp {
  return /@[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:\/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?/;
}

/** A sub-heading that names a role rather than a topic: `Incident Commander`, `Scribe`, `On-call engineer`. */
function roleNoun(): RegExp {
  return /\b(lead|leader|commander|manager|engineer|officer|liaison|scribe|owner|analyst|coordinator|experts?|responders?|director|head|captain|deputy|ic|sme)s?\b(\s*\([^)]*\))?$/i;
}

/** Builds one role, recording where its fields came from. */
function role(name: string, abbreviation: string | null, responsibilities: string[], at: Node, taken: Set<string>, ledger: Ledger): RoleDoc {
  const doc: RoleDoc = {
    id: uniqueId(roleId(name, abbreviation), taken),
    name,
    ...(abbreviation === null ? {} : { abbreviation }),
    ...(isPlural(name) ? { multiple: true } : {}),
    responsibilities,
  };
  ledger.source(at, doc, 'name');
  ledger.source(at, doc, 'responsibilities');
  return doc;
}

/**
 * The roles of a table (`Role | Responsibilities | Who`): responsibilities split at `;`, and a
 * holder with a GitHub handle added to the contacts under the role's name, so it can be paged.
 */
function fromTable(table: Table, taken: Set<string>, context: { ledger: Ledger; book: ContactBook }): RoleDoc[] {
  const read = readTable(table, columns(), 'name');
  if (read === null || !read.rows.some((row) => row.cells.duties !== undefined)) return [];
  const roles: RoleDoc[] = [];
  for (const { row, cells } of read.rows) {
    if (cells.name === undefined || cells.name === '') continue;
    const { name, abbreviation } = splitAbbreviation(cells.name);
    const duties = (cells.duties ?? '').split(/\s*;\s*/).filter((duty) => duty !== '');
    if (duties.length === 0) context.ledger.note('missing', row, `responsibilities of role "${name}": wrote "[Responsibility]"`);
    roles.push(role(name, abbreviation, duties.length === 0 ? ['[Responsibility]'] : duties, row, taken, context.ledger));
    const handle = handlePattern().exec(cells.who ?? '')?.[0];
    if (handle !== undefined) context.book.addHolder(name, handle, row);
    else if (cells.who !== undefined && cells.who !== '') context.ledger.note('not imported', row, `who holds "${name}": "${cells.who}" is no GitHub handle; roles are given to people with /role during an incident`);
  }
  context.ledger.use(table);
  for (const header of read.unmatched) context.ledger.note('not imported', table, `column "${header}" of the roles table: no role field holds it`);
  return roles;
}

/**
 * The roles: each labelled list item (`**Incident Commander (IC)**`, `Scribe — writes the
 * timeline`) with the text after the label and its sub-bullets as responsibilities, or the rows of
 * a roles table. A plural name (`Subject Matter Experts`) means several people hold the role.
 * Returns null when the source has no roles section.
 */
export function mapRoles(context: MapContext, book: ContactBook): RolesDoc | null {
  const { ledger, review } = context;
  const taken = takeSection(context, 'roles');
  if (taken === null) return null;
  const ids = new Set<string>();
  const roles: RoleDoc[] = [];
  for (const part of taken.parts) {
    for (const block of part.content) if (block.type === 'table') roles.push(...fromTable(block, ids, { ledger, book }));
    for (const lead of itemsIn(part.content)) {
      if (lead.label === null) continue;
      const duties = subItems(lead.sublists);
      const responsibilities = [...(lead.value === '' ? [] : [lead.value]), ...duties.map((duty) => duty.text)];
      if (responsibilities.length === 0) continue;
      const { name, abbreviation } = splitAbbreviation(lead.label);
      roles.push(role(name, abbreviation, responsibilities, lead.item, ids, ledger));
      ledger.use(lead.item, ...duties.map((duty) => duty.item));
    }
    // `### Incident Commander` with bullets or a paragraph below it: the sub-heading names the role.
    if (part !== taken.section && part.heading !== null && roleNoun().test(part.title) && !ledger.isUsed(part.heading) && itemsIn(part.content).every((lead) => !ledger.isUsed(lead.item))) {
      const texts = [...part.content.filter((block) => block.type === 'paragraph').map(plainText).flatMap(clauses), ...itemsIn(part.content).map((lead) => lead.text)].filter((text) => text !== '');
      if (texts.length === 0) continue;
      const { name, abbreviation } = splitAbbreviation(part.title);
      roles.push(role(name, abbreviation, texts, part.heading, ids, ledger));
      ledger.use(part.heading, ...part.content.filter((block) => block.type === 'paragraph' || block.type === 'list'));
    }
  }
  return { kind: 'roles', roles, review };
}
