/**
 * `playbook-ops init`: everything a repository needs to run its incidents with playbook-ops, written
 * next to what it already has. A file that exists is kept unless `force`; a symbolic link is never
 * written through. The issue form and CODEOWNERS are generated from the playbook set that ends up
 * in the repository, so a team that kept its own playbooks gets a form and owners that match them.
 */
import { join } from 'node:path';
import type { Diagnostic } from '../config/diagnostic.js';
import type { PlaybookSet } from '../config/model.js';
import { validatePlaybooks } from '../config/validate-playbooks.js';
import { ISSUE_FORM_PATH, issueForm } from '../markdown/issue-form.js';
import { CODEOWNERS_PATH, codeownersBlock, mergeCodeowners, repositoryDir } from './codeowners.js';
import { defaultSetFiles } from './default-set.js';
import { type WorkflowOptions, workflows } from './workflows.js';
import { existingText, writeScaffoldFile } from './write-file.js';

/** What to scaffold. */
export interface InitOptions extends WorkflowOptions {
  /** Handles that replace the `[Owner]` placeholder of every file's `review.owners`; empty keeps it. */
  owners: readonly string[];
  /** The `last_reviewed` date written into every playbook file, `YYYY-MM-DD`. */
  reviewed: string;
  /** Overwrite files that exist (CODEOWNERS is merged: its own lines are kept). */
  force: boolean;
  /** The clock validation reads (overdue reviews). */
  now: Date;
}

/** What `init` did, file by file (repository-relative paths, in the order they were handled). */
export interface InitResult {
  written: string[];
  /** Files that already held exactly what init would write. */
  unchanged: string[];
  /** Files that exist with other content and were left as they are (no `force`). */
  kept: string[];
  /** The set in the repository after writing, or null when it has errors (then `diagnostics` says which). */
  set: PlaybookSet | null;
  /** The validation of the playbook directory, paths relative to it. */
  diagnostics: Diagnostic[];
  /** The playbook directory, repository-relative (`''` for the root). */
  playbooks: string;
}

const WORKFLOWS_DIR = '.github/workflows';

/** Scaffolds `root` (an existing or new directory: the repository's root) as `options` say. */
export async function init(root: string, options: InitOptions): Promise<InitResult> {
  const playbooks = repositoryDir(options.playbooks);
  const flows = workflows({ ...options, playbooks });
  const setFiles = await defaultSetFiles(playbooks, options.owners);
  const generated = [ISSUE_FORM_PATH, CODEOWNERS_PATH, ...Object.keys(flows).map((file) => `${WORKFLOWS_DIR}/${file}`)];
  // Every path is checked before anything is written: a link in the way stops init with nothing half done.
  const existing = new Map<string, string | null>();
  for (const path of [...setFiles.keys(), ...generated]) existing.set(path, await existingText(root, path));

  const result: InitResult = { written: [], unchanged: [], kept: [], set: null, diagnostics: [], playbooks };
  const place = async (path: string, text: string): Promise<void> => {
    const current = existing.get(path) ?? null;
    if (current === text) result.unchanged.push(path);
    else if (current !== null && !options.force) result.kept.push(path);
    else {
      await writeScaffoldFile(root, path, text);
      result.written.push(path);
    }
  };

  for (const [path, text] of setFiles) await place(path, text.replace(/^(\s*last_reviewed: )"\d{4}-\d{2}-\d{2}"$/m, `$1"${options.reviewed}"`));
  const validation = await validatePlaybooks(join(root, ...(playbooks === '' ? [] : playbooks.split('/'))), { now: options.now });
  result.set = validation.set;
  result.diagnostics = validation.diagnostics;
  if (validation.set !== null) {
    await place(ISSUE_FORM_PATH, issueForm(validation.set));
    await place(CODEOWNERS_PATH, mergeCodeowners(existing.get(CODEOWNERS_PATH) ?? null, codeownersBlock(validation.set, playbooks)));
  }
  for (const [file, text] of Object.entries(flows)) await place(`${WORKFLOWS_DIR}/${file}`, text);
  return result;
}
