/**
 * What the bot last saw of an issue, in a form a bulk read can check without reading the thread:
 * its state, its labels and how many comments it has. The card records it as it will be once the
 * run's own effects are applied, so a sweep that finds the same fingerprint (and no deadline due)
 * knows nobody has changed the issue since, and leaves it unread. A change it cannot see (an edit
 * of a comment's text, an assignment) comes with its own event, whose run reads the issue whole.
 */
import { createHash } from 'node:crypto';
import type { Effect } from './effects.js';
import type { Observed } from './observed.js';

/** The parts of an issue the fingerprint covers. */
export interface IssueSummary {
  state: 'open' | 'closed';
  labels: readonly string[];
  comments: number;
}

/** The fingerprint of `issue`: `o` or `c`, the comment count, and 8 hex digits of the label set (names compare without case, as on GitHub). */
export function fingerprint(issue: IssueSummary): string {
  const labels = [...new Set(issue.labels.map((label) => label.toLowerCase()))].sort().join('\n');
  const digest = createHash('sha256').update(labels).digest('hex').slice(0, 8);
  return `${issue.state === 'open' ? 'o' : 'c'}.${issue.comments}.${digest}`;
}

/** The fingerprint the issue will have once `effects` are applied; `cardIsNew` when the card is to be posted, not edited. */
export function seenAfter(observed: Pick<Observed, 'issue' | 'comments'>, effects: readonly Effect[], cardIsNew: boolean): string {
  const labels = new Map(observed.issue.labels.map((label) => [label.toLowerCase(), label]));
  let state = observed.issue.state;
  let comments = observed.comments.length + (cardIsNew ? 1 : 0);
  for (const effect of effects) {
    if (effect.kind === 'add-labels') for (const label of effect.labels) labels.set(label.toLowerCase(), label);
    if (effect.kind === 'remove-label') labels.delete(effect.label.toLowerCase());
    if (effect.kind === 'comment') comments += 1;
    if (effect.kind === 'close-issue') state = 'closed';
    if (effect.kind === 'reopen-issue') state = 'open';
  }
  return fingerprint({ state, labels: [...labels.values()], comments });
}
