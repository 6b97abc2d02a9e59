import { validationFailed } from '../errors.js';
import { nextId } from './store.js';
import type { EmulatorState, LabelRecord, RepoRecord } from './types.js';

/** The colour GitHub gives a label created implicitly by adding it to an issue. */
export const DEFAULT_LABEL_COLOR = 'ededed';

/** GitHub's limit on label names, in characters. */
const MAX_LABEL_NAME_LENGTH = 50;

/**
 * GitHub's 422 for a label name it refuses, wherever a label gets created (create-label, or adding
 * a missing label to an issue). An empty name is `missing_field`, as GitHub answered issues created
 * with `labels: ["x", ""]` (imsun/gitment#172, oke-py/npm-audit-action#15); a name over 50
 * characters is "name is too long (maximum is 50 characters)", GitHub's message for a 51-character
 * name (https://zenn.dev/shunsuke_suzuki/scraps/ee793cc40b3d03). Characters are code points, as
 * Ruby counts them.
 */
export function checkLabelName(name: string): void {
  if (name.trim() === '') throw validationFailed({ resource: 'Label', code: 'missing_field', field: 'name' });
  if (Array.from(name).length > MAX_LABEL_NAME_LENGTH) {
    throw validationFailed({ resource: 'Label', code: 'custom', field: 'name', message: `name is too long (maximum is ${MAX_LABEL_NAME_LENGTH} characters)` });
  }
}

/** The repository label called `name` (compared without case, as on GitHub). */
export function findLabel(repo: RepoRecord, name: string): LabelRecord | undefined {
  const wanted = name.toLowerCase();
  return repo.labels.find((label) => label.name.toLowerCase() === wanted);
}

/** Creates a repository label; a name already taken is GitHub's 422 `already_exists`. */
export function createLabel(
  state: EmulatorState,
  repo: RepoRecord,
  input: { name: string; color?: string | undefined; description?: string | null | undefined },
): LabelRecord {
  checkLabelName(input.name);
  if (findLabel(repo, input.name) !== undefined) throw validationFailed({ resource: 'Label', code: 'already_exists', field: 'name' });
  const color = (input.color ?? DEFAULT_LABEL_COLOR).replace(/^#/, '').toLowerCase();
  if (!/^[0-9a-f]{6}$/.test(color)) throw validationFailed({ resource: 'Label', code: 'invalid', field: 'color' });
  const label: LabelRecord = { id: nextId(state), name: input.name, color, description: input.description ?? null, default: false };
  repo.labels.push(label);
  return label;
}

/** The label called `name`, created with the default colour when missing, as adding it to an issue does. */
export function ensureLabel(state: EmulatorState, repo: RepoRecord, name: string): LabelRecord {
  return findLabel(repo, name) ?? createLabel(state, repo, { name });
}

/**
 * Changes a repository label as `PATCH /repos/{owner}/{repo}/labels/{name}` does: a new name (not
 * taken by another label, compared without case) is carried over to every issue that has the label;
 * colour and description change when given, an empty description clears it.
 */
export function updateLabel(
  repo: RepoRecord,
  label: LabelRecord,
  input: { newName?: string | undefined; color?: string | undefined; description?: string | null | undefined },
): LabelRecord {
  if (input.newName !== undefined && input.newName !== label.name) {
    checkLabelName(input.newName);
    const taken = findLabel(repo, input.newName);
    if (taken !== undefined && taken !== label) throw validationFailed({ resource: 'Label', code: 'already_exists', field: 'name' });
    for (const issue of repo.issues) issue.labels = issue.labels.map((name) => (name === label.name ? (input.newName as string) : name));
    label.name = input.newName;
  }
  if (input.color !== undefined) {
    const color = input.color.replace(/^#/, '').toLowerCase();
    if (!/^[0-9a-f]{6}$/.test(color)) throw validationFailed({ resource: 'Label', code: 'invalid', field: 'color' });
    label.color = color;
  }
  if (input.description !== undefined) label.description = input.description === '' ? null : input.description;
  return label;
}
