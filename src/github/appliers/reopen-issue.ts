import { describeEffect } from '../../engine/describe.js';
import type { Applier } from './applier.js';

/** Reopens the issue of an incident that is not resolved. */
export const reopenIssue: Applier<'reopen-issue'> = async (effect, { octokit, issue }) => {
  await octokit.rest.issues.update({ owner: issue.owner, repo: issue.repo, issue_number: issue.number, state: 'open' });
  return describeEffect(effect);
};
