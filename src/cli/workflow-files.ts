/** The repository's paging workflows, found from the playbook directory, for the sink-secret check. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { WorkflowFile } from '../config/sink-secrets.js';

/**
 * `incidents.yml` and `incident-sweep.yml` of the nearest `.github/workflows` at or above `dir`
 * (stopping at a directory with `.git`), as far as they exist.
 */
export async function pagingWorkflows(dir: string): Promise<WorkflowFile[]> {
  for (let at = dir; ; at = dirname(at)) {
    const workflows = join(at, '.github', 'workflows');
    if (existsSync(workflows)) {
      const names = ['incidents.yml', 'incident-sweep.yml'].filter((name) => existsSync(join(workflows, name)));
      return Promise.all(names.map(async (name) => ({ path: `.github/workflows/${name}`, text: await readFile(join(workflows, name), 'utf8') })));
    }
    if (existsSync(join(at, '.git')) || dirname(at) === at) return [];
  }
}
