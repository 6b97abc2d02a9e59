/**
 * The files generated from the playbooks, checked against them: CODEOWNERS (its playbook-ops
 * block) and the incident issue form. A pull request that changes the owners or the severities
 * without regenerating them would leave branch protection and the form behind the playbooks.
 */
import type { PlaybookSet } from '../config/model.js';
import { ISSUE_FORM_PATH, issueForm } from '../markdown/issue-form.js';
import { codeownersCommand, codeownersStatus } from '../scaffold/codeowners.js';
import type { StaleFile } from './check-report.js';

/** The generated files as found in the pull request's checkout (text, or null when absent). */
export interface GeneratedFiles {
  /** The CODEOWNERS file GitHub uses (`.github/CODEOWNERS`, `CODEOWNERS` or `docs/CODEOWNERS`), repository-relative. */
  codeownersPath: string;
  codeowners: string | null;
  issueForm: string | null;
}

/** Where GitHub looks for CODEOWNERS, in the order it looks. */
export const CODEOWNERS_PLACES = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

/** The generated files that do not match `set` (in `dir`, relative to the repository root), with the command that fixes each. */
export function staleGeneratedFiles(set: PlaybookSet, dir: string, files: GeneratedFiles): StaleFile[] {
  const stale: StaleFile[] = [];
  const owners = codeownersStatus(files.codeowners, set, dir);
  if (owners !== 'fresh') stale.push({ path: files.codeownersPath, problem: owners, command: codeownersCommand(dir, files.codeownersPath) });
  if (files.issueForm !== issueForm(set)) {
    stale.push({
      path: ISSUE_FORM_PATH,
      problem: files.issueForm === null ? 'missing' : 'stale',
      command: `npx playbook-ops issue-form ${dir || '.'} --out ${ISSUE_FORM_PATH}`,
    });
  }
  return stale;
}
