/** How a diff names a contact: its name and, when it has one, its GitHub handle (never a live mention: the renderer escapes it). */
import type { Contact } from '../config/model.js';
import { isPlaceholder } from '../config/placeholder.js';

/** Whether `handle` is still to be filled in (a plain boolean: `isPlaceholder` narrows its argument away). */
function unfilled(handle: string): boolean {
  return isPlaceholder(handle);
}

/** `Name (@handle)`, or `Name` without a real handle. */
export function contactName(contact: Contact): string {
  return contact.github === null || unfilled(contact.github) ? contact.name : `${contact.name} (${contact.github})`;
}

/** Contacts by their names, joined; `nobody` for none. */
export function contactNames(contacts: readonly Contact[]): string {
  return contacts.length === 0 ? 'nobody' : contacts.map(contactName).join(', ');
}
