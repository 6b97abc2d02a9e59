import type { OpenApiSchema } from './spec.js';

/** Events both unions describe with the same schema. */
const SHARED: Record<string, string> = {
  labeled: 'labeled-issue-event',
  unlabeled: 'unlabeled-issue-event',
  milestoned: 'milestoned-issue-event',
  demilestoned: 'demilestoned-issue-event',
  renamed: 'renamed-issue-event',
  review_requested: 'review-requested-issue-event',
  review_request_removed: 'review-request-removed-issue-event',
  review_dismissed: 'review-dismissed-issue-event',
  locked: 'locked-issue-event',
  added_to_project: 'added-to-project-issue-event',
  moved_columns_in_project: 'moved-column-in-project-issue-event',
  removed_from_project: 'removed-from-project-issue-event',
  converted_note_to_issue: 'converted-note-to-issue-issue-event',
  issue_type_added: 'issue-type-added-issue-event',
  issue_type_removed: 'issue-type-removed-issue-event',
  issue_type_changed: 'issue-type-changed-issue-event',
  sub_issue_added: 'sub-issue-added-issue-event',
  sub_issue_removed: 'sub-issue-removed-issue-event',
  parent_issue_added: 'parent-issue-added-issue-event',
  parent_issue_removed: 'parent-issue-removed-issue-event',
  blocked_by_added: 'blocked-by-added-issue-event',
  blocked_by_removed: 'blocked-by-removed-issue-event',
  blocking_added: 'blocking-added-issue-event',
  blocking_removed: 'blocking-removed-issue-event',
  // `issue-event-for-issue` has no variant for closing or reopening, yet GitHub lists those events
  // there; the timeline's `state-change-issue-event` is their shape in both.
  closed: 'state-change-issue-event',
  reopened: 'state-change-issue-event',
};

/**
 * For each union of GitHub's description whose variants differ only by their `event` value, the
 * variant each event is checked against. GitHub writes these unions as a wide `anyOf` with
 * `event: string` in every variant, so `[{}]`, `label: 42` or `event: "bogus"` all match some
 * variant. Event names are those of GitHub's "Issue event types" page
 * (https://docs.github.com/en/rest/using-the-rest-api/issue-event-types) and, for the newer
 * issue-type, sub-issue and dependency events, of the matching webhook actions. An event not
 * listed (including documented ones without a schema of their own, such as `mentioned`) is
 * invalid: the emulator must not answer with an event it cannot check.
 */
export const EVENT_VARIANTS: Record<string, Record<string, string>> = {
  'issue-event-for-issue': {
    ...SHARED,
    assigned: 'assigned-issue-event',
    unassigned: 'unassigned-issue-event',
  },
  'timeline-issue-events': {
    ...SHARED,
    assigned: 'timeline-assigned-issue-event',
    unassigned: 'timeline-unassigned-issue-event',
    commented: 'timeline-comment-event',
    'cross-referenced': 'timeline-cross-referenced-event',
    committed: 'timeline-committed-event',
    reviewed: 'timeline-reviewed-event',
    'line-commented': 'timeline-line-commented-event',
    'commit-commented': 'timeline-commit-commented-event',
  },
};

/**
 * The union `name` as a JSON Schema that picks its variant by `event`: `event` must be one of the
 * listed values, and the object must then match that value's variant (`if`/`then`, so an error
 * points into the variant instead of listing every alternative). `refBase` makes the `$ref`s
 * absolute, as `toJsonSchema` does.
 */
export function byEvent(name: string, refBase: string): OpenApiSchema {
  const variants = EVENT_VARIANTS[name];
  if (variants === undefined) throw new Error(`emulator: no event variants for ${name}`);
  return {
    type: 'object',
    required: ['event'],
    properties: { event: { enum: Object.keys(variants) } },
    allOf: Object.entries(variants).map(([event, variant]) => ({
      if: { required: ['event'], properties: { event: { const: event } } },
      then: { $ref: `${refBase}#/components/schemas/${variant}` },
    })),
  };
}
