/** The repository's paging workflows, found from the playbook directory, for the sink-secret check. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readFiles } from '../config/read-files.js';
import type { WorkflowFile } from '../config/sink-secrets.js';
import { DEFAULT_YAML_LIMITS } from '../config/yaml-limits.js';

/**
 * `incidents.yml` and `incident-sweep.yml` of the nearest `.github/workflows` at or above `dir`
 * (stopping at a directory with `.git`), as far as they exist and can be read.
 */
export function pagingWorkflows(dir: string): WorkflowFile[] {
  for (let at = dir; ; at = dirname(at)) {
    const workflows = join(at, '.github', 'workflows');
    if (existsSync(workflows)) {
      const names = ['incidents.yml', 'incident-sweep.yml'].filter((name) => existsSync(join(workflows, name)));
      // Read as playbook files are: a link out of the directory (to /dev/zero, say), a file over the
      // size limit or one that is not UTF-8 is not read, and so not judged, as if it were absent.
      return readFiles(workflows, names, DEFAULT_YAML_LIMITS.maxBytes).flatMap((read) => ('text' in read ? [{ path: `.github/workflows/${read.file}`, text: read.text }] : []));
    }
    if (existsSync(join(at, '.git')) || dirname(at) === at) return [];
  }
}
