/**
 * The default playbook set as `init` writes it into a repository: the package's playbooks with
 * their schema comments pointing at a copy of the schemas beside them (`<playbooks>/.schemas/`), so
 * editors find the schemas in the adopting repository, offline, at the version the files were
 * written for. The package's own files point at `../schemas/`, which does not exist once copied.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { findYamlFiles } from '../config/find-files.js';
import { packageRoot } from '../package-root.js';

/** Where the schemas go, inside the playbook directory (a hidden directory holds no playbooks). */
export const SCHEMAS_DIR = '.schemas';

const MODELINE = /^# yaml-language-server: \$schema=\S*?([a-z-]+\.schema\.json)$/m;

/**
 * `text` with its `yaml-language-server` schema comment pointing from `file` (repository-relative)
 * at the schema of the same name in `schemasDir` (repository-relative).
 */
export function pointSchemaAt(text: string, file: string, schemasDir: string): string {
  return text.replace(MODELINE, (_line, name: string) => {
    const path = posix.relative(posix.dirname(`/${file}`), `/${schemasDir}/${name}`);
    return `# yaml-language-server: $schema=${path}`;
  });
}

/** The placeholder the default set names as every file's owner. */
const OWNER_PLACEHOLDER = 'owners: ["[Owner]"]';

/**
 * The default set's files for the playbook directory `playbooks` (repository-relative, `''` for the
 * root): repository-relative path → text. `owners`, when given, replace the `[Owner]` placeholder
 * of every file's `review.owners`.
 */
export async function defaultSetFiles(playbooks: string, owners: readonly string[]): Promise<Map<string, string>> {
  const root = packageRoot();
  const prefix = playbooks === '' ? '' : `${playbooks}/`;
  const files = new Map<string, string>();
  for (const file of await findYamlFiles(join(root, 'playbooks'))) {
    let text = pointSchemaAt(await readFile(join(root, 'playbooks', file), 'utf8'), `${prefix}${file}`, `${prefix}${SCHEMAS_DIR}`);
    if (owners.length > 0) text = text.replace(OWNER_PLACEHOLDER, `owners: ${JSON.stringify(owners)}`);
    files.set(`${prefix}${file}`, text);
  }
  const schemas = (await readdir(join(root, 'schemas'))).filter((name) => name.endsWith('.schema.json')).sort();
  for (const name of schemas) files.set(`${prefix}${SCHEMAS_DIR}/${name}`, await readFile(join(root, 'schemas', name), 'utf8'));
  return files;
}
