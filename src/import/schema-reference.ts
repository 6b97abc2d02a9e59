import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import type { DocKind } from '../config/documents.js';

/** The `$id` base of the published schemas. */
export const SCHEMA_ID_BASE = 'https://playbook-ops.github.io/schemas/v1/';

/**
 * What a file's `yaml-language-server` comment points at: a relative path to the package's
 * schema when the file lies inside the package (editors then use the checkout's schemas, also
 * offline), else the schema's published `$id` URL, which stays valid wherever the set is copied.
 */
export function schemaReference(kind: DocKind, fileAbsolute: string, packageDir: string): string {
  const inside = relative(packageDir, fileAbsolute);
  if (inside.startsWith('..') || isAbsolute(inside)) return `${SCHEMA_ID_BASE}${kind}.schema.json`;
  return relative(dirname(fileAbsolute), join(packageDir, 'schemas', `${kind}.schema.json`)).split(sep).join('/');
}
