/**
 * The Action on a pull request: the playbook check. Every error and warning of the head set becomes
 * an annotation on its repository-relative file and line; the job summary lists them all (GitHub
 * shows only about ten annotations of each kind per step) with the semantic diff, the escalation
 * preview and the generated-file check; the step fails on errors and on stale generated files.
 * Imported lazily, like reconcile-run.ts.
 */
import { appendFile } from 'node:fs/promises';
import type { Diagnostic } from '../src/config/diagnostic.js';
import { formatDiagnostics } from '../src/config/format-diagnostics.js';
import type { GitHubClient, Log } from '../src/github/octokit.js';
import { runPlaybookCheck, type PlaybookCheckResult } from '../src/github/playbook-check.js';
import { renderCheckMarkdown } from '../src/render/playbook-check.js';
import { type StaleFile, checkFails, errorCount } from '../src/review/check-report.js';
import type { PullRequestTarget } from '../src/review/pull-request-target.js';
import type { ActionInputs } from './inputs.js';
import { info, setFailed } from './workflow-commands.js';

/** What the start of the run has ready. */
export interface StartedCheck {
  inputs: ActionInputs;
  pullRequest: PullRequestTarget;
  octokit: GitHubClient;
  log: Log;
}

/** Every diagnostic the summary lists: all of them, however many. */
const ALL = Number.MAX_SAFE_INTEGER;

function commentLine(result: PlaybookCheckResult): string {
  switch (result.comment.kind) {
    case 'created':
      return 'The report was posted as a comment on the pull request.';
    case 'updated':
      return 'The report comment on the pull request was updated.';
    case 'unchanged':
      return 'The report comment on the pull request already says this.';
    case 'not-written':
      return `No comment could be written: ${result.comment.reason}.`;
  }
}

/** A stale generated file as an annotation on it, so the pull request's diff shows it there. */
function staleDiagnostic(file: StaleFile): Diagnostic {
  const what = file.problem === 'missing' ? 'is missing what the playbooks generate' : 'is out of date with the playbooks';
  return {
    file: file.path,
    line: 1,
    column: 1,
    severity: 'error',
    rule: 'stale-generated-file',
    message: `${file.path} ${what}`,
    hint: `run \`${file.command}\` and commit the result`,
    // Stryker disable next-line StringLiteral: this diagnostic only becomes an annotation, which does not show the pointer
    pointer: '',
  };
}

/** The failure message: what is wrong and what fixes it. */
function failure(result: PlaybookCheckResult): string {
  const { report } = result;
  const errors = errorCount(report);
  const parts = [
    ...(errors === 0 ? [] : [`the playbooks in ${report.playbooksPath} have ${errors} ${errors === 1 ? 'error' : 'errors'} (see the annotations and the job summary; \`npx playbook-ops validate ${report.playbooksPath}\` lists them)`]),
    ...report.stale.map((file) => `${file.path} is ${file.problem === 'missing' ? 'missing what the playbooks generate' : 'out of date with the playbooks'}: run \`${file.command}\` and commit it`),
  ];
  return `The playbook check failed: ${parts.join('; ')}.`;
}

/** Runs the check and reports it; the step fails when the check does. */
export async function playbookCheckRun({ inputs, pullRequest, octokit, log }: StartedCheck): Promise<void> {
  if (inputs.playbooksDir === null) {
    info('The playbook check needs the playbooks of the pull request in the checkout; with `playbooks: bundled` there is nothing to check.');
    return;
  }
  const result = await runPlaybookCheck(
    { octokit, log, now: () => new Date() },
    { repo: { owner: inputs.owner, repo: inputs.repo }, botLogin: inputs.botLogin, pullRequest, workspace: inputs.workspace, playbooksDir: inputs.playbooksDir },
  );
  process.stdout.write(formatDiagnostics([...result.report.diagnostics, ...result.report.stale.map(staleDiagnostic)], 'github'));
  const line = commentLine(result);
  if (result.comment.kind === 'not-written') log.warning(line);
  else info(line);
  const summaryPath = process.env.GITHUB_STEP_SUMMARY;
  // A string is written as UTF-8.
  if (summaryPath) await appendFile(summaryPath, `${renderCheckMarkdown(result.report, ALL)}\n${line}\n`);
  else info('GITHUB_STEP_SUMMARY is not set, so no job summary was written.');
  if (checkFails(result.report)) setFailed(failure(result));
}
