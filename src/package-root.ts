import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The directory of playbook-ops' own package.json: schemas, templates and the default playbooks
 * live there. Found by walking up from this module, because the module sits at a different depth
 * in the sources (vitest), the compiled library (dist/) and the bundled action (action/dist/).
 */
export function packageRoot(): string {
  if (cached !== undefined) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'playbook-ops') {
      cached = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`playbook-ops: cannot find its package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}
