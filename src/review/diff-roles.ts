/** What changed in the roles of the response team. */
import type { PlaybookSet, Role } from '../config/model.js';
import { type Change, changed, describeList, pairByKey, quote } from './changes.js';

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

function roleChanges(before: Role, after: Role): string[] {
  const facts: [string, string | null][] = [
    ['renamed', changed(before.name, after.name, quote)],
    ['abbreviation', changed(before.abbreviation, after.abbreviation, (text) => text ?? 'none')],
    ['leads the incident (/ic)', changed(before.commander, after.commander, yesNo)],
    ['several holders', changed(before.multiple, after.multiple, yesNo)],
  ];
  return [...facts.flatMap(([what, text]) => (text === null ? [] : [`${what} ${text}`])), ...describeList('responsibility', before.responsibilities, after.responsibilities, false)];
}

/** The role changes from `before` to `after`. */
export function diffRoles(before: PlaybookSet, after: PlaybookSet): Change[] {
  const { removed, added, both } = pairByKey(before.roles, after.roles, (role) => role.id);
  return [
    ...added.map((role) => `Role ${role.id} added: ${quote(role.name)}`),
    ...removed.map((role) => `Role ${role.id} removed (${quote(role.name)})`),
    ...both.flatMap(([old, now]) => roleChanges(old, now).map((text) => `Role ${now.id}: ${text}`)),
  ].map((text) => ({ area: 'roles', text }));
}
