import type { Node } from 'mdast';
import type { ContactDoc } from '../config/documents.js';
import { knownContactIds, splitTargets } from './contact-ids.js';
import type { Ledger } from './ledger.js';
import { slugify, uniqueId } from './slug.js';

const HANDLE_PLACEHOLDER = '[GitHub Handle]';

/**
 * The set's contacts while roles and escalation are read: the source's contact list, plus a
 * contact for every person or team an escalation rule or a role's holder names that the list
 * lacks (the source's "Senior engineers and team leads" are nobody's entry), so every reference in
 * `escalation.yaml` resolves. A GitHub handle finds its contact whatever name each section uses.
 */
export class ContactBook {
  private readonly entries: ContactDoc[];
  private readonly ids: Set<string>;
  /** Entries by id and by lower-cased handle, so resolving stays linear in the document. */
  private readonly byId = new Map<string, ContactDoc>();
  private readonly handles = new Map<string, ContactDoc>();

  constructor(
    listed: readonly ContactDoc[],
    private readonly ledger: Ledger,
  ) {
    this.entries = [];
    this.ids = new Set(listed.map((entry) => entry.id));
    for (const entry of listed) this.add(entry);
  }

  /** The contact with `handle`, if any. */
  private byHandle(handle: string): ContactDoc | undefined {
    return this.handles.get(handle.toLowerCase());
  }

  private add(entry: ContactDoc): void {
    this.entries.push(entry);
    if (!this.byId.has(entry.id)) this.byId.set(entry.id, entry);
    this.index(entry);
  }

  private index(entry: ContactDoc): void {
    const handle = entry.github?.toLowerCase();
    if (handle !== undefined && !this.handles.has(handle)) this.handles.set(handle, entry);
  }

  /** Adds the holder of a role (`Incident Commander`, `@org/commanders`) as a contact unless the handle is known. */
  addHolder(name: string, handle: string, at: Node): void {
    if (this.byHandle(handle) !== undefined) return;
    const entry: ContactDoc = { id: uniqueId(slugify(name), this.ids), name, category: 'staff', github: handle };
    this.ledger.source(at, entry, 'github');
    this.add(entry);
  }

  /**
   * The contact ids a target names: by its handles when it gives any (`Secondary on-call
   * (@org/backup)`), adding a contact for a handle the list lacks; else by name (`CTO/VP
   * Engineering` → `cto`, `vp-engineering`), adding staff contacts for the people not in the list
   * and noting each addition at `at`.
   */
  resolve(phrase: string, at: Node | number | null, handles: readonly string[] = []): string[] {
    if (handles.length > 0) return handles.map((handle) => this.resolveHandle(phrase, handle, at));
    const ids: string[] = [];
    for (const part of splitTargets(phrase)) {
      const known = knownContactIds(part);
      const partIds = known ?? [slugify(part)];
      for (const id of partIds) {
        if (id === '') continue;
        // A group name (`On-call engineer`) names several people; each is added under its own id.
        this.ensure(id, known !== null && known.length > 1 ? id.replace(/-/g, ' ') : part, at);
        if (!ids.includes(id)) ids.push(id);
      }
    }
    return ids;
  }

  private resolveHandle(phrase: string, handle: string, at: Node | number | null): string {
    const known = this.byHandle(handle);
    if (known !== undefined) return known.id;
    // The name may be listed without a handle: the escalation gives it one.
    const ids = knownContactIds(phrase) ?? [slugify(phrase)];
    const candidate = ids.length === 1 && ids[0] !== undefined ? this.byId.get(ids[0]) : undefined;
    const named = candidate !== undefined && (candidate.github === undefined || candidate.github === HANDLE_PLACEHOLDER) ? candidate : undefined;
    if (named !== undefined) {
      named.github = handle;
      this.index(named);
      this.ledger.source(at, named, 'github');
      return named.id;
    }
    const name = phrase === '' ? handle : phrase.charAt(0).toUpperCase() + phrase.slice(1);
    const entry: ContactDoc = { id: uniqueId(slugify(phrase === '' ? handle : phrase), this.ids), name, category: /\bon.?call\b/i.test(phrase) ? 'on-call' : 'staff', github: handle };
    this.ledger.source(at, entry, 'github');
    this.add(entry);
    return entry.id;
  }

  /**
   * Every contact, listed ones first, each with a GitHub handle or the `[GitHub Handle]`
   * placeholder, fields in schema order. The entries are reordered in place, so the sources the
   * ledger recorded for them stay theirs.
   */
  contacts(): ContactDoc[] {
    return this.entries.map((entry) => {
      const ordered: ContactDoc = {
        id: entry.id,
        name: entry.name,
        category: entry.category,
        github: entry.github ?? HANDLE_PLACEHOLDER,
        ...(entry.email === undefined ? {} : { email: entry.email }),
        ...(entry.phone === undefined ? {} : { phone: entry.phone }),
        ...(entry.contact === undefined ? {} : { contact: entry.contact }),
      };
      for (const key of Object.keys(entry)) Reflect.deleteProperty(entry, key);
      return Object.assign(entry, ordered);
    });
  }

  private ensure(id: string, name: string, at: Node | number | null): void {
    if (this.byId.has(id)) return;
    const display = name.charAt(0).toUpperCase() + name.slice(1);
    this.add({ id, name: display, category: 'staff', github: HANDLE_PLACEHOLDER });
    this.ids.add(id);
    this.ledger.note(
      'assumed',
      at,
      `contact ${id} "${display}": named by escalation but not in the contact list; added as staff with github "${HANDLE_PLACEHOLDER}"`,
    );
  }
}
