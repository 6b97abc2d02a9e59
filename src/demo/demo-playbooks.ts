/**
 * The demo's playbook set: the bundled default set with GitHub handles in place of the
 * `[GitHub Handle]` placeholders, so its pages name people the way a team's own set would.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';
import type { ContactsDoc } from '../config/documents.js';
import { packageRoot } from '../package-root.js';

/** Handles of the demo's fictional company, by contact id. */
export const DEMO_HANDLES: Record<string, string> = {
  'primary-on-call': '@priya',
  'secondary-on-call': '@sam',
  'security-team': '@acme/security',
  cto: '@chen',
  'vp-engineering': '@ravi',
  'head-of-security': '@hana',
  'customer-success-lead': '@carmen',
  'senior-engineers': '@acme/senior-engineers',
  'team-leads': '@acme/team-leads',
  architects: '@acme/architects',
  'platform-leads': '@acme/platform-leads',
  'engineering-director': '@dana',
};

/** Copies the default set into `dir` with the demo's handles; returns `dir`. */
export async function writeDemoPlaybooks(dir: string): Promise<string> {
  await cp(join(packageRoot(), 'playbooks'), dir, { recursive: true });
  const file = join(dir, 'contacts.yaml');
  const contacts = load(await readFile(file, 'utf8')) as ContactsDoc;
  for (const contact of contacts.contacts) {
    const handle = DEMO_HANDLES[contact.id];
    if (handle !== undefined) contact.github = handle;
  }
  await writeFile(file, `# yaml-language-server: $schema=../schemas/contacts.schema.json\n${dump(contacts)}`);
  return dir;
}
