import type { RoleDoc, RolesDoc } from '../config/documents.js';
import { findSection } from './find-section.js';
import { roleId } from './known-ids.js';
import { itemsIn, subItems } from './list-items.js';
import type { MapContext } from './map-context.js';
import { descendants } from './sections.js';
import { uniqueId } from './slug.js';

/** A roles heading: `Roles and Responsibilities`, `Incident Response Team`, `Team Structure`. */
const isRolesTitle = (words: string): boolean =>
  /\broles?\b|\bresponsibilit|\bresponse team\b|\bteam structure\b|\bwho does what\b/.test(words);

/** `Incident Commander (IC)` → the name and the abbreviation. */
export function splitAbbreviation(label: string): { name: string; abbreviation: string | null } {
  const match = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(label);
  if (match?.[1] === undefined || match[2] === undefined || match[1] === '') return { name: label, abbreviation: null };
  return { name: match[1], abbreviation: match[2] };
}

/** Whether a role name names several people: its last word is a plural (`Experts`, not `Boss`). */
function isPlural(name: string): boolean {
  return /[^s]s$/i.test(name.split(' ').at(-1) ?? '');
}

/**
 * The roles: each labelled list item (`**Incident Commander (IC)**`) with its sub-bullets as
 * responsibilities. A plural name (`Subject Matter Experts`) means several people hold the role.
 * Returns null when the source has no roles section.
 */
export function mapRoles({ body, ledger, review }: MapContext): RolesDoc | null {
  const section = findSection(body, isRolesTitle, ledger);
  if (section === null) return null;
  ledger.claim(section);
  const taken = new Set<string>();
  const roles: RoleDoc[] = [];
  for (const part of [section, ...descendants(section)]) {
    for (const lead of itemsIn(part.content)) {
      if (lead.label === null) continue;
      const duties = subItems(lead.sublists);
      const responsibilities = [...(lead.value === '' ? [] : [lead.value]), ...duties.map((duty) => duty.text)];
      if (responsibilities.length === 0) continue;
      const { name, abbreviation } = splitAbbreviation(lead.label);
      roles.push({
        id: uniqueId(roleId(name, abbreviation), taken),
        name,
        ...(abbreviation === null ? {} : { abbreviation }),
        ...(isPlural(name) ? { multiple: true } : {}),
        responsibilities,
      });
      ledger.use(lead.item, ...duties.map((duty) => duty.item));
    }
  }
  return { kind: 'roles', roles, review };
}
