/**
 * What changed in the contact book: people and teams added or removed, and their handles, names and
 * ways of reaching them. A changed contact says which escalation steps page it, since a new handle
 * on a level's contact changes who that level wakes.
 */
import type { Contact, PlaybookSet } from '../config/model.js';
import { type Change, changed, pairByKey, quote } from './changes.js';

const FIELDS = [
  ['name', 'name'],
  ['GitHub handle', 'github'],
  ['email', 'email'],
  ['phone', 'phone'],
  ['other contact', 'contact'],
  ['category', 'category'],
] as const satisfies readonly (readonly [string, keyof Contact])[];

function shown(value: string | null): string {
  return value === null ? 'none' : value;
}

/** The escalation steps of `set` that page contact `id`. */
function pagedBy(set: PlaybookSet, id: string): string[] {
  const levels = set.escalation.technical.filter((level) => level.contacts.some((contact) => contact.id === id)).map((level) => `level ${level.level}`);
  const management = set.escalation.management.filter((rule) => rule.notify.some((contact) => contact.id === id)).map((rule) => `${rule.severity.toUpperCase()} management`);
  return [...levels, ...management];
}

function contactChanges(before: Contact, after: Contact): string[] {
  return FIELDS.flatMap(([what, field]) => {
    const text = changed(before[field], after[field], (value) => (field === 'name' ? quote(shown(value)) : shown(value)));
    return text === null ? [] : [`${what} ${text}`];
  });
}

/** The contact changes from `before` to `after`. */
export function diffContacts(before: PlaybookSet, after: PlaybookSet): Change[] {
  const { removed, added, both } = pairByKey(before.contacts, after.contacts, (contact) => contact.id);
  const texts = [
    ...added.map((contact) => `Contact ${contact.id} added: ${contact.name}${contact.github === null ? '' : ` (${contact.github})`}`),
    ...removed.map((contact) => `Contact ${contact.id} removed (${contact.name})`),
    ...both.flatMap(([old, now]) => {
      const changes = contactChanges(old, now);
      if (changes.length === 0) return [];
      const paged = pagedBy(after, now.id);
      return [`Contact ${now.id} (${now.name})${paged.length === 0 ? '' : `, paged by ${paged.join(' and ')}`}: ${changes.join('; ')}`];
    }),
  ];
  return texts.map((text) => ({ area: 'contacts', text }));
}
