import type { ContactDoc } from '../config/documents.js';
import { knownContactIds, splitTargets } from './contact-ids.js';
import type { Ledger } from './ledger.js';
import { slugify } from './slug.js';

const HANDLE_PLACEHOLDER = '[GitHub Handle]';

/**
 * The set's contacts while escalation rules are read: the source's contact list, plus a staff
 * contact for every person an escalation rule names that the list lacks (the source's "Senior
 * engineers and team leads" are nobody's entry), so every reference in `escalation.yaml` resolves.
 */
export class ContactBook {
  private readonly entries: ContactDoc[];

  constructor(
    listed: readonly ContactDoc[],
    private readonly ledger: Ledger,
  ) {
    this.entries = [...listed];
  }

  /**
   * The contact ids a target phrase names (`CTO/VP Engineering` → `cto`, `vp-engineering`),
   * adding staff contacts for the people not in the list and noting each addition at `line`.
   */
  resolve(phrase: string, line: number | null): string[] {
    const ids: string[] = [];
    for (const part of splitTargets(phrase)) {
      const known = knownContactIds(part);
      const partIds = known ?? [slugify(part)];
      for (const id of partIds) {
        if (id === '') continue;
        // A group name (`On-call engineer`) names several people; each is added under its own id.
        this.ensure(id, known !== null && known.length > 1 ? id.replace(/-/g, ' ') : part, line);
        if (!ids.includes(id)) ids.push(id);
      }
    }
    return ids;
  }

  /** Every contact, listed ones first, each with a GitHub handle or the `[GitHub Handle]` placeholder, fields in schema order. */
  contacts(): ContactDoc[] {
    return this.entries.map((entry) => ({
      id: entry.id,
      name: entry.name,
      category: entry.category,
      github: entry.github ?? HANDLE_PLACEHOLDER,
      ...(entry.email === undefined ? {} : { email: entry.email }),
      ...(entry.phone === undefined ? {} : { phone: entry.phone }),
      ...(entry.contact === undefined ? {} : { contact: entry.contact }),
    }));
  }

  private ensure(id: string, name: string, line: number | null): void {
    if (this.entries.some((entry) => entry.id === id)) return;
    const display = name.charAt(0).toUpperCase() + name.slice(1);
    this.entries.push({ id, name: display, category: 'staff', github: HANDLE_PLACEHOLDER });
    this.ledger.note(
      'assumed',
      line,
      `contact ${id} "${display}": named by escalation but not in the contact list; added as staff with github "${HANDLE_PLACEHOLDER}"`,
    );
  }
}
