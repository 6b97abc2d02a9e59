import { describeEffect } from '../../engine/describe.js';
import type { Applier } from './applier.js';

/** Adds labels (GitHub creates labels that do not exist yet). */
export const addLabels: Applier<'add-labels'> = async (effect, { octokit, issue }) => {
  await octokit.rest.issues.addLabels({ owner: issue.owner, repo: issue.repo, issue_number: issue.number, labels: effect.labels });
  return describeEffect(effect);
};
