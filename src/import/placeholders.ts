import type {
  ChannelDoc,
  ContactDoc,
  PhaseDoc,
  PostmortemDoc,
  RoleDoc,
  ToolsDoc,
} from '../config/documents.js';
import type { Ledger } from './ledger.js';

/**
 * Stand-ins for lists the source does not fill. The schemas want at least one entry, and a
 * placeholder entry (`[Role]`, `[Tool]`) keeps the set loadable while validation warns about
 * every placeholder, so the gap stays visible in the report and in `validate` until someone fills it.
 */
export const PLACEHOLDERS = {
  role: { id: 'role', name: '[Role]', responsibilities: ['[Responsibility]'] } satisfies RoleDoc,
  phase: { id: 'phase', name: '[Phase]', steps: ['[Step]'] } satisfies PhaseDoc,
  channel: { id: 'channel', name: '[Channel]', priority: 'primary' } satisfies ChannelDoc,
  contact: { id: 'contact', name: '[Contact]', category: 'staff', github: '[GitHub Handle]' } satisfies ContactDoc,
  element: { id: 'element', title: '[Element]' } satisfies PostmortemDoc['elements'][number],
  practice: '[Practice]',
  category: { id: 'tools', name: 'Tools', tools: [{ name: '[Tool]' }] } satisfies ToolsDoc['categories'][number],
};

/**
 * `list`, or `[placeholder]` with a `missing` note when it is empty. `what` names the list in the
 * note; `expected` names the section the source lacks when there was none at all (`present` false).
 */
export function orPlaceholder<T>(
  list: T[],
  placeholder: T,
  note: { ledger: Ledger; what: string; present: boolean; expected: string; file: string },
): T[] {
  if (list.length > 0) return list;
  const why = note.present ? `${note.what}: none found in the ${note.expected} section` : `${note.what}: the source has no ${note.expected} section`;
  note.ledger.note('missing', null, `${why}; wrote a placeholder in ${note.file}`);
  return [placeholder];
}
