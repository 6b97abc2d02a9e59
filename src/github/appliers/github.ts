/** The appliers that change GitHub. */
import { addAssignees } from './add-assignees.js';
import { addLabels } from './add-labels.js';
import type { Appliers } from './applier.js';
import { card } from './card.js';
import { closeIssue } from './close-issue.js';
import { comment } from './comment.js';
import { deliver } from './deliver.js';
import { followUps } from './follow-ups.js';
import { postmortemPr } from './postmortem-pr.js';
import { removeLabel } from './remove-label.js';
import { reopenIssue } from './reopen-issue.js';

/** Every effect applied to GitHub. */
export const githubAppliers: Appliers = {
  'add-labels': addLabels,
  'remove-label': removeLabel,
  'add-assignees': addAssignees,
  'close-issue': closeIssue,
  'reopen-issue': reopenIssue,
  comment,
  card,
  deliver,
  'postmortem-pr': postmortemPr,
  'follow-ups': followUps,
};
