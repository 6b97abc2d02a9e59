import { describeEffect } from '../../engine/describe.js';
import type { Applier } from './applier.js';

/** Assigns people to the issue. */
export const addAssignees: Applier<'add-assignees'> = async (effect, { octokit, issue }) => {
  await octokit.rest.issues.addAssignees({ owner: issue.owner, repo: issue.repo, issue_number: issue.number, assignees: effect.assignees });
  return describeEffect(effect);
};
