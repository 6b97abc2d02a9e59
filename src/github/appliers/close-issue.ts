import { describeEffect } from '../../engine/describe.js';
import type { Applier } from './applier.js';

/** Closes the issue of a resolved incident as completed. */
export const closeIssue: Applier<'close-issue'> = async (effect, { octokit, issue }) => {
  await octokit.rest.issues.update({ owner: issue.owner, repo: issue.repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' });
  return describeEffect(effect);
};
