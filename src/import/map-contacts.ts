import type { ContactDoc } from '../config/documents.js';
import { contactId } from './contact-ids.js';
import { findSection, normalizeWords } from './find-section.js';
import { itemsIn } from './list-items.js';
import type { MapContext } from './map-context.js';
import { descendants } from './sections.js';
import { uniqueId } from './slug.js';

/** A contacts heading: `Contact Information`, `Contacts`, `Phone List`, `Directory`; `Escalation Contacts` is escalation's. */
const isContactsTitle = (words: string): boolean =>
  /\bcontacts?\b|\bphone (list|numbers?)\b|\bdirectory\b/.test(words) && !/\bescalat/.test(words);

const PLACEHOLDER = /^\[[^\]]+\]$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const HANDLE = /^@[A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9._-]+)?$/;
const PHONE = /^\+?[0-9 ()./-]*[0-9][0-9 ()./-]*(?: ?(?:x|ext\.?) ?[0-9]+)?$/;

/** The category a sub-heading gives its entries: `On-Call Contacts`, `Key Stakeholders`, `External Contacts`. */
function categoryOf(title: string): ContactDoc['category'] {
  const words = normalizeWords(title);
  if (/\bon ?call\b|\bpager\b/.test(words)) return 'on-call';
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
  if (PLACEHOLDER.test(value)) {
    const words = normalizeWords(value);
    if (/\bphone|\bnumber\b|\bmobile\b/.test(words) || (category === 'on-call' && !/\bcontact\b|\bemail\b/.test(words))) return 'phone';
    if (/\be ?mail\b/.test(words)) return 'email';
    if (/\bgithub\b|\bhandle\b/.test(words)) return 'github';
    return 'contact';
  }
  if (HANDLE.test(value)) return 'github';
  if (EMAIL.test(value)) return 'email';
  if (PHONE.test(value)) return 'phone';
  return 'contact';
}

/**
 * The contact list: `Name: value` items, categorised by their sub-heading, with known names mapped
 * to the fixed contact ids (`VP of Engineering` → `vp-engineering`). Values may list several
 * details separated by commas or semicolons (`@oncall, +1 555 0100`). Returns null when the source
 * has no contacts section.
 */
export function mapContacts({ body, ledger }: MapContext): ContactDoc[] | null {
  const section = findSection(body, isContactsTitle, ledger);
  if (section === null) return null;
  ledger.claim(section);
  const taken = new Set<string>();
  const contacts: ContactDoc[] = [];
  for (const part of [section, ...descendants(section)]) {
    const category = categoryOf(part === section ? '' : part.title);
    for (const lead of itemsIn(part.content)) {
      if (lead.label === null || lead.value === '') continue;
      const contact: ContactDoc = { id: uniqueId(contactId(lead.label), taken), name: lead.label, category };
      for (const value of lead.value.split(/\s*[;,]\s*/).filter((each) => each !== '')) {
        const key = field(value, category);
        contact[key] = contact[key] === undefined ? value : `${contact[key]}, ${value}`;
      }
      contacts.push(contact);
      ledger.use(lead.item);
    }
  }
  return contacts;
}
