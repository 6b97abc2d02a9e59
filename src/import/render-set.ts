import { basename, join } from 'node:path';
import type { ImportedFile } from './import-markdown.js';
import { schemaReference } from './schema-reference.js';
import { documentYaml } from './to-yaml.js';

/**
 * The imported set as file texts, in set order, keyed by path inside `outDir`. Each file names its
 * schema (see {@link schemaReference}) and the Markdown file it came from (by base name only, so the
 * output does not depend on where the source was read from).
 */
export function renderSet(files: readonly ImportedFile[], outDir: string, packageDir: string, sourcePath: string): Map<string, string> {
  const comment = `Imported from ${basename(sourcePath)} by playbook-ops import.`;
  return new Map(
    files.map(({ path, document }) => {
      const schema = schemaReference(document.kind, join(outDir, ...path.split('/')), packageDir);
      return [path, documentYaml(document, schema, [comment])];
    }),
  );
}
