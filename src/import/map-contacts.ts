import type { Node, Table } from 'mdast';
import type { ContactDoc } from '../config/documents.js';
import { contactId } from './contact-ids.js';
import { normalizeWords } from './normalize-words.js';
import type { Ledger } from './ledger.js';
import { itemsIn } from './list-items.js';
import { type MapContext, takeSection } from './map-context.js';
import { uniqueId } from './slug.js';
import { readTable } from './tables.js';

/** The category a heading or a row's words give its entries: `On-Call Contacts`, `Key Stakeholders`, `External Contacts`. */
function categoryOf(title: string): ContactDoc['category'] {
  const words = normalizeWords(title);
  if (/\bon ?call\b|\bpager\b|\brota\b/.test(words)) return 'on-call';
  if (/\bstakeholders?\b|\bmanagement\b|\bleadership\b|\bexecutives?\b/.test(words)) return 'stakeholder';
  if (/\bexternal\b|\bvendors?\b|\bsuppliers?\b|\bthird party\b|\bpartners?\b/.test(words)) return 'vendor';
  return 'staff';
}

/**
 * Where a contact value goes. A placeholder stays verbatim in the field it stands for:
 * `[Phone Number]` (or any placeholder of an on-call entry) is a phone, `[Email]` an email,
 * `[GitHub Handle]` a handle, anything else (`[Contact Information]`) free-text contact details.
 */
function field(value: string, category: ContactDoc['category']): 'github' | 'email' | 'phone' | 'contact' {
  // The patterns are written here, not as module constants, so that mutation testing can switch them.
  if (/^\[[^\]]+\]$/.test(value)) {
    const words = normalizeWords(value);
    if (/\bphone|\bnumber\b|\bmobile\b/.test(words) || (category === 'on-call' && !/\bcontact\b|\bemail\b/.test(words))) return 'phone';
    if (/\be ?mail\b/.test(words)) return 'email';
    if (/\bgithub\b|\bhandle\b/.test(words)) return 'github';
    return 'contact';
  }
  // A handle as `common.schema.json` has it: at most 39 characters, single hyphens, a team name not ending in `.` or `-`.
  if (/^@(?=[A-Za-z0-9-]{1,39}(?:\/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:\/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?$/.test(value)) return 'github';
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) && value.length <= 254) return 'email';
  if (/^\+?[0-9 ()./-]*[0-9][0-9 ()./-]*(?: ?(?:x|ext\.?) ?[0-9]+)?$/.test(value) && value.length <= 40) return 'phone';
  return 'contact';
}

/** Adds `value` to the field it belongs in; a second value for a field is joined with a comma. */
function put(contact: ContactDoc, value: string, at: Node, ledger: Ledger): void {
  const key = field(value, contact.category);
  // A second handle, email or phone would not validate in the field: it is kept as contact details.
  const target = contact[key] === undefined || key === 'contact' ? key : 'contact';
  contact[target] = contact[target] === undefined ? value : `${contact[target]}, ${value}`;
  ledger.source(at, contact, target);
}

/** The contact table's columns by their header words (a function, not a module constant, so that mutation testing can switch them). */
function columns() {
  return [
    ['role', /\b(roles?|function|position|title|what for|purpose)\b/],
    ['name', /\b(name|contact|who|person|people|team|service|vendor)\b/],
    ['github', /\b(github|handle|gh|pager handle)\b/],
    ['email', /\be ?mail\b/],
    ['phone', /\b(phone|mobile|tel\w*|cell|pager|number)\b/],
    ['other', /\b(slack|chat|channel|notes?|other|how to reach|details|hours|escalation|url|link)\b/],
    ['category', /\b(category|type|kind|group|team|department)\b/],
  ] as const;
}

/** The contacts of a table found by its columns (`Name | GitHub | Phone`, `Role | Name | Email`). */
function fromTable(table: Table, sectionCategory: ContactDoc['category'], taken: Set<string>, ledger: Ledger): ContactDoc[] {
  const read = readTable(table, columns(), 'name') ?? readTable(table, columns(), 'role');
  if (read === null) return [];
  const contacts: ContactDoc[] = [];
  for (const { row, cells } of read.rows) {
    const person = cells.name ?? '';
    const role = cells.role ?? '';
    const name = role !== '' && person !== '' && role !== person ? `${role} (${person})` : role || person;
    if (name === '') continue;
    const category = sectionCategory !== 'staff' ? sectionCategory : categoryOf(`${cells.category ?? ''} ${role} ${person}`);
    const contact: ContactDoc = { id: uniqueId(contactId(role || person), taken), name, category };
    ledger.source(row, contact, 'name');
    for (const key of ['github', 'email', 'phone', 'other'] as const) {
      for (const value of (cells[key] ?? '').split(/\s*[;,]\s*/).filter((each) => each !== '' && !/^[-—–]$/.test(each))) put(contact, value, row, ledger);
    }
    contacts.push(contact);
  }
  ledger.use(table);
  for (const header of read.unmatched) ledger.note('not imported', table, `column "${header}" of the contacts table: no contact field holds it`);
  return contacts;
}

/**
 * The contact list: `Name: value` items or table rows, categorised by their sub-heading (or their
 * words), with known names mapped to the fixed contact ids (`VP of Engineering` → `vp-engineering`).
 * Values may list several details separated by commas or semicolons (`@oncall, +1 555 0100`).
 * Returns null when the source has no contacts section.
 */
export function mapContacts(context: MapContext): ContactDoc[] | null {
  const { ledger } = context;
  const taken = takeSection(context, 'contacts');
  if (taken === null) return null;
  const ids = new Set<string>();
  const contacts: ContactDoc[] = [];
  for (const part of taken.parts) {
    const category = categoryOf(part === taken.section && part.depth <= 2 && /\bcontact/i.test(part.title) ? '' : part.title);
    for (const block of part.content) if (block.type === 'table') contacts.push(...fromTable(block, category, ids, ledger));
    for (const lead of itemsIn(part.content)) {
      if (lead.label === null || lead.value === '') continue;
      const contact: ContactDoc = { id: uniqueId(contactId(lead.label), ids), name: lead.label, category: category === 'staff' ? categoryOf(lead.label) : category };
      ledger.source(lead.item, contact, 'name');
      for (const value of lead.value.split(/\s*[;,]\s*/).filter((each) => each !== '')) put(contact, value, lead.item, ledger);
      contacts.push(contact);
      ledger.use(lead.item);
    }
  }
  return contacts;
}
