/**
 * Creating and updating a repository's labels to match a list: idempotent (a second run writes
 * nothing) and safe to retry (a create that GitHub applied but answered with an error is found as
 * `already_exists` and compared again). Labels not on the list are never touched.
 */
import type { LabelSpec } from '../scaffold/label-specs.js';
import { httpStatus } from './http-status.js';
import type { GitHubClient } from './octokit.js';

/** A repository as the REST API names it. */
export interface RepositoryRef {
  owner: string;
  repo: string;
}

/** What a label sync does to one label. */
export type LabelChange =
  | { kind: 'create'; spec: LabelSpec }
  | { kind: 'update'; spec: LabelSpec; current: LabelSpec }
  | { kind: 'unchanged'; spec: LabelSpec };

interface RestLabel {
  name: string;
  color: string;
  description: string | null;
}

function current(label: RestLabel): LabelSpec {
  return { name: label.name, color: label.color.toLowerCase(), description: label.description ?? '' };
}

/** `spec` against the label GitHub has under that name (case-insensitively, as GitHub compares), if any. */
function change(spec: LabelSpec, existing: RestLabel | undefined): LabelChange {
  if (existing === undefined) return { kind: 'create', spec };
  const now = current(existing);
  // Names are compared exactly: the engine matches labels by their exact name, so `SEV-1` is renamed to `sev-1`.
  const same = now.name === spec.name && now.color === spec.color && now.description === spec.description;
  return same ? { kind: 'unchanged', spec } : { kind: 'update', spec, current: now };
}

/** The changes that bring the repository's labels to `specs`, from one paginated read. */
export async function planLabelSync(octokit: GitHubClient, repository: RepositoryRef, specs: readonly LabelSpec[]): Promise<LabelChange[]> {
  const labels = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, { ...repository, per_page: 100 });
  const byName = new Map(labels.map((label) => [label.name.toLowerCase(), label]));
  return specs.map((spec) => change(spec, byName.get(spec.name.toLowerCase())));
}

async function update(octokit: GitHubClient, repository: RepositoryRef, name: string, spec: LabelSpec): Promise<void> {
  await octokit.rest.issues.updateLabel({ ...repository, name, new_name: spec.name, color: spec.color, description: spec.description });
}

/**
 * Carries out `changes`; returns them as they turned out (a create that met a label made meanwhile,
 * or by an earlier try of the same request, becomes an update or nothing).
 */
export async function applyLabelSync(octokit: GitHubClient, repository: RepositoryRef, changes: readonly LabelChange[]): Promise<LabelChange[]> {
  const done: LabelChange[] = [];
  for (const planned of changes) {
    if (planned.kind === 'unchanged') {
      done.push(planned);
    } else if (planned.kind === 'update') {
      await update(octokit, repository, planned.current.name, planned.spec);
      done.push(planned);
    } else {
      try {
        await octokit.rest.issues.createLabel({ ...repository, ...planned.spec });
        done.push(planned);
      } catch (error) {
        if (httpStatus(error) !== 422) throw error;
        const { data } = await octokit.rest.issues.getLabel({ ...repository, name: planned.spec.name });
        const again = change(planned.spec, data);
        if (again.kind === 'update') await update(octokit, repository, data.name, planned.spec);
        done.push(again);
      }
    }
  }
  return done;
}
