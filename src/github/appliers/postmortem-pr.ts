/**
 * The post-mortem pull request: its file committed on the incident's own branch, the pull request
 * opened (or the one the branch has found), its reviewers asked, and a `postmortem:pr` comment on
 * the incident. Where GitHub does not let Actions open pull requests, the branch is pushed and a
 * `postmortem:branch` comment gives the link to open it by hand and the setting to change.
 */
import { describeEffect } from '../../engine/describe.js';
import { branchHead, commitFiles, defaultBranch, findPull, openPull, requestReviewers } from '../pull-requests.js';
import type { Applier } from './applier.js';
import { postOnce } from './post-once.js';

/** Opens the post-mortem pull request once per incident, however often it is asked. */
export const postmortemPr: Applier<'postmortem-pr'> = async (effect, context) => {
  const { octokit, issue, log, render } = context;
  const { draft } = effect;
  const repo = { owner: issue.owner, repo: issue.repo };
  const rendered = render.postmortem(draft);
  let pull = await findPull(octokit, repo, draft.branch, 'all');
  if (pull === null) {
    const base = await defaultBranch(octokit, repo);
    // The ref is written last, so a branch that exists already holds the file.
    if ((await branchHead(octokit, repo, draft.branch)) === null) {
      await commitFiles(octokit, repo, { branch: draft.branch, from: base.sha, files: [{ path: draft.path, content: rendered.file }], message: `Post-mortem of #${draft.incident.number}` });
    }
    const outcome = await openPull(octokit, repo, { branch: draft.branch, base: base.name, title: rendered.title, body: rendered.body }, log);
    if (outcome.kind === 'forbidden') {
      log.warning(`#${draft.incident.number}: ${outcome.message}; the post-mortem branch ${draft.branch} is pushed for someone to open the pull request.`);
      const compareUrl = `${draft.repo.serverUrl}/${repo.owner}/${repo.repo}/compare/${encodeURIComponent(base.name)}...${encodeURIComponent(draft.branch)}?expand=1`;
      const message = { type: 'postmortem-branch', branch: draft.branch, path: draft.path, compareUrl, dueAt: draft.dueAt } as const;
      await postOnce(context, { kind: 'postmortem', step: 'branch' }, render.comment({ kind: 'postmortem', step: 'branch' }, message));
      return `push the post-mortem branch ${draft.branch} (GitHub Actions may not open pull requests here)`;
    }
    pull = outcome.pull;
  }
  const reviewers = pull.state === 'open' ? await requestReviewers(octokit, repo, pull.number, draft.reviewers, log) : { requested: [], refused: [] };
  const marker = { kind: 'postmortem', step: 'pr' } as const;
  const message = { type: 'postmortem-opened', pull: { number: pull.number, url: pull.url }, path: draft.path, reviewers: reviewers.requested, notRequested: reviewers.refused, dueAt: draft.dueAt } as const;
  const posted = await postOnce(context, marker, render.comment(marker, message));
  return `${describeEffect(effect)}: #${pull.number}${posted ? '' : ', already recorded by another run'}`;
};
