/**
 * The semantic diff of two playbook sets, in words: what a reviewer must know about a pull request
 * to the playbooks (who gets paged, how fast, what responders are told to do, who owns what). Only
 * changes are mentioned. Pure: resolved sets in, sentences out.
 */
import type { PlaybookSet } from '../config/model.js';
import type { Change } from './changes.js';
import { diffContacts } from './diff-contacts.js';
import { diffManagement, diffTechnical } from './diff-escalation.js';
import { diffRoles } from './diff-roles.js';
import { diffReviews } from './diff-reviews.js';
import { diffProcess, diffScenarios } from './diff-scenarios.js';
import { diffSeverities } from './diff-severities.js';
import { diffOther, diffSettings } from './diff-settings.js';

/** Every change from `before` to `after`, grouped by area in reading order; empty when they mean the same. */
export function semanticDiff(before: PlaybookSet, after: PlaybookSet): Change[] {
  return [
    ...diffSettings(before, after),
    ...diffSeverities(before, after),
    ...diffTechnical(before, after),
    ...diffManagement(before, after),
    ...diffContacts(before, after),
    ...diffScenarios(before, after),
    ...diffProcess(before, after),
    ...diffRoles(before, after),
    ...diffReviews(before, after),
    ...diffOther(before, after),
  ];
}
