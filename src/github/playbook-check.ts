/**
 * The playbook check of a pull request, the shell around src/review: validate the checkout (the
 * head), read the base set from git at the base commit, compare them, preview escalation under
 * both, check the generated files, and keep one comment on the pull request saying all of it.
 * Writing is the last step and the only one a read-only token (a fork's) cannot do; everything
 * else is still reported, by the caller, as annotations and the job summary.
 */
import { relative, sep } from 'node:path';
import { readFiles } from '../config/read-files.js';
import { relocateDiagnostics } from '../config/relocate-diagnostics.js';
import { validatePlaybooks } from '../config/validate-playbooks.js';
import { DEFAULT_YAML_LIMITS } from '../config/yaml-limits.js';
import type { RepoRef } from '../engine/observed.js';
import { ISSUE_FORM_PATH } from '../markdown/issue-form.js';
import { renderCheck } from '../render/playbook-check.js';
import type { CheckReport } from '../review/check-report.js';
import { escalationPreview } from '../review/escalation-preview.js';
import { CODEOWNERS_PLACES, type GeneratedFiles, staleGeneratedFiles } from '../review/generated-files.js';
import type { PullRequestTarget } from '../review/pull-request-target.js';
import { semanticDiff } from '../review/semantic-diff.js';
import { repositoryDir } from '../scaffold/codeowners.js';
import type { GitHubClient, Log } from './octokit.js';
import { loadPinnedPlaybooks } from './pinned-playbooks.js';
import { type StickyOutcome, writeStickyComment } from './sticky-comment.js';

/** What the check works with. */
export interface PlaybookCheckDeps {
  octokit: GitHubClient;
  log: Log;
  now: () => Date;
}

/** Where and what to check. */
export interface PlaybookCheckOptions {
  repo: RepoRef;
  botLogin: string;
  pullRequest: PullRequestTarget;
  /** The checkout of the pull request (`GITHUB_WORKSPACE`). */
  workspace: string;
  /** The playbook directory, absolute, inside the workspace. */
  playbooksDir: string;
}

/** What the check found and did. */
export interface PlaybookCheckResult {
  report: CheckReport;
  /** The comment's body. */
  body: string;
  comment: StickyOutcome;
}

/**
 * A generated file of the checkout as text, or null when it is absent. It is read as playbook files
 * are: never through a symbolic link that leads out of the checkout (a pull request can make
 * `.github/CODEOWNERS` a link to `/dev/zero` or `/proc/self/environ`), within the size limit, as
 * UTF-8. A file refused so holds nothing the playbooks generate: it is read as empty, so it is
 * reported as stale or missing with the command that writes it, and the log says why.
 */
function readGenerated(workspace: string, path: string, log: Log): string | null {
  const [read] = readFiles(workspace, [path], DEFAULT_YAML_LIMITS.maxBytes);
  // Stryker disable next-line ConditionalExpression: readFiles answers one entry per path asked, so read is never undefined
  if (read === undefined) return null;
  if ('text' in read) return read.text;
  if ('unreadable' in read && (read.unreadable === 'ENOENT' || read.unreadable === 'ENOTDIR')) return null;
  const why = 'tooLarge' in read ? `it is ${read.tooLarge.toLocaleString('en-US')} bytes, more than a generated file can be` : read.unreadable;
  log.warning(`${path} was not read: ${why}`);
  // Stryker disable next-line StringLiteral: any text without the generated content reads the same (stale or missing)
  return '';
}

/** The generated files in the checkout: the first CODEOWNERS GitHub would use, and the issue form. */
function generatedFiles(workspace: string, log: Log): GeneratedFiles {
  const issueForm = readGenerated(workspace, ISSUE_FORM_PATH, log);
  for (const place of CODEOWNERS_PLACES) {
    const text = readGenerated(workspace, place, log);
    if (text !== null) return { codeownersPath: place, codeowners: text, issueForm };
  }
  return { codeownersPath: CODEOWNERS_PLACES[0], codeowners: null, issueForm };
}

/** Checks the pull request; resolves to the report and what became of the comment. */
export async function runPlaybookCheck(deps: PlaybookCheckDeps, options: PlaybookCheckOptions): Promise<PlaybookCheckResult> {
  const { octokit, log, now } = deps;
  const { repo, pullRequest, workspace, playbooksDir } = options;
  const dir = repositoryDir(relative(workspace, playbooksDir).split(sep).join('/'));
  const validation = await validatePlaybooks(playbooksDir, { now: now() });
  // Annotations need paths from the repository root: `playbooks/severities.yaml`, not `severities.yaml`.
  const diagnostics = relocateDiagnostics(validation.diagnostics, playbooksDir, workspace);
  // The set comes only with no errors (validatePlaybooks).
  const head = validation.set;
  const base = head === null ? null : await loadPinnedPlaybooks(octokit, { ...repo, path: dir || '.' }, pullRequest.baseSha, 'the base of this pull request');
  const baseSet = base !== null && 'set' in base ? base.set : null;
  const report: CheckReport = {
    playbooksPath: dir || '.',
    headSha: pullRequest.headSha,
    baseSha: pullRequest.baseSha,
    diagnostics,
    base: base === null || 'set' in base ? { available: true } : { available: false, reason: base.fallback },
    changes: head === null ? null : baseSet === null ? [] : semanticDiff(baseSet, head),
    preview: head === null ? null : escalationPreview(baseSet, head),
    stale: head === null ? [] : staleGeneratedFiles(head, dir, generatedFiles(workspace, log)),
  };
  const body = renderCheck(report);
  const comment: StickyOutcome = pullRequest.fork
    ? { kind: 'not-written', reason: 'this pull request comes from a fork, and GitHub gives its workflow a read-only token, so no comment could be written; the job summary holds the whole report' }
    : await writeStickyComment({ octokit, log, botLogin: options.botLogin, issue: { ...repo, number: pullRequest.number } }, { kind: 'playbook-check' }, body);
  return { report, body, comment };
}
