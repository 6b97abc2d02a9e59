/** The kinds of playbook document and how many of each a set has. */
import type { DocKind } from './documents.js';

/** Every document kind, in the order a set is described. */
export const DOC_KINDS: readonly DocKind[] = [
  'settings',
  'roles',
  'severities',
  'process',
  'scenario',
  'communication',
  'escalation',
  'contacts',
  'postmortem',
  'tools',
];

/** Kinds a set has exactly once; `scenario` may appear any number of times. */
export const SINGLE_KINDS: readonly DocKind[] = DOC_KINDS.filter((kind) => kind !== 'scenario');

/** Whether `value` names a document kind. */
export function isDocKind(value: unknown): value is DocKind {
  return typeof value === 'string' && (DOC_KINDS as readonly string[]).includes(value);
}
