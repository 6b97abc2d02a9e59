/** One line per effect, for dry-run plans, logs and the Action's `effects` output. */
import type { Effect } from './effects.js';
import { markerKey } from './records.js';

/** What `effect` does, in words. */
export function describeEffect(effect: Effect): string {
  switch (effect.kind) {
    case 'add-labels':
      return `add labels ${effect.labels.join(', ')}`;
    case 'remove-label':
      return `remove label ${effect.label}`;
    case 'add-assignees':
      return `assign ${effect.assignees.join(', ')}`;
    case 'close-issue':
      return 'close the issue (resolved)';
    case 'reopen-issue':
      return 'reopen the issue';
    case 'comment':
      return `comment ${markerKey(effect.marker)}`;
    case 'card':
      return 'update the incident card';
    case 'deliver':
      return `deliver ${effect.delivery.what} to ${effect.delivery.sink.name}${effect.delivery.action === 'message' ? '' : ` (${effect.delivery.action})`}`;
    case 'postmortem-pr':
      return `open the post-mortem pull request (${effect.draft.path})`;
    case 'follow-ups':
      return `open ${effect.items.length} follow-up issue(s) from post-mortem #${effect.pull.number} and mark the incident complete`;
  }
}
