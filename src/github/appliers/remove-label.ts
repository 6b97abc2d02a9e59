import { describeEffect } from '../../engine/describe.js';
import { httpStatus } from '../http-status.js';
import type { Applier } from './applier.js';

/** Removes a label; one already gone (404: someone removed it since the run read the issue) is done. */
export const removeLabel: Applier<'remove-label'> = async (effect, { octokit, issue }) => {
  try {
    await octokit.rest.issues.removeLabel({ owner: issue.owner, repo: issue.repo, issue_number: issue.number, name: effect.label });
  } catch (error) {
    if (httpStatus(error) !== 404) throw error;
  }
  return describeEffect(effect);
};
