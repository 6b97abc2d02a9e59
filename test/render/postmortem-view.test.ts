/**
 * The post-mortem file and its pull request as people read them: the facts filled in from the
 * incident (severity and peak, times in UTC, time to acknowledge, services, roles), the timeline as
 * a table and as a Mermaid Gantt chart, and what is left to write.
 */
import { describe, expect, it } from 'vitest';
import type { PostmortemDraft } from '../../src/engine/postmortem-draft.js';
import { createCommentRenderer } from '../../src/render/comments.js';

/** An incident lowered from SEV-1 to SEV-2, acknowledged 4 min 40 s after declaration. */
function fullDraft(): PostmortemDraft {
  return {
    incident: { number: 42, title: 'Checkout down', url: 'https://github.com/acme/ops/issues/42' },
    repo: { owner: 'acme', repo: 'ops', serverUrl: 'https://github.com' },
    branch: 'postmortem/42',
    path: 'postmortems/2026-11-27-42.md',
    severity: { label: 'sev-2', name: 'High' },
    peak: { label: 'sev-1', name: 'Critical' },
    declared: { at: '2026-11-27T03:00:00Z', by: 'priya' },
    resolved: { at: '2026-11-27T05:30:00Z', by: 'sam', summary: 'Rolled back the deploy' },
    acknowledged: { at: '2026-11-27T03:04:40Z', by: 'priya' },
    durationMinutes: 150,
    services: ['checkout', 'payments'],
    summary: 'Checkout failed for everyone.',
    scenario: 'Service outage',
    roles: [
      { name: 'Incident Commander', holders: ['priya'] },
      { name: 'Communications Lead', holders: ['sam', 'lee'] },
    ],
    timeline: [
      { at: '2026-11-27T03:00:00Z', actor: 'priya', text: 'Declared the incident', kind: 'declared' },
      { at: '2026-11-27T03:01:00Z', actor: 'playbook-ops', text: 'Paged L1: Primary On-Call', kind: 'page' },
      { at: '2026-11-27T03:04:40Z', actor: 'priya', text: 'Acknowledged', kind: 'ack' },
      { at: '2026-11-27T03:20:00Z', actor: 'sam', text: 'Status update: rolled back', kind: 'update' },
      { at: '2026-11-27T03:30:00Z', actor: 'lee', text: 'saw @team fail #3', kind: 'other' },
      { at: '2026-11-27T05:30:00Z', actor: 'sam', text: 'Resolved', kind: 'resolved' },
    ],
    elements: [
      { id: 'root-cause', title: 'Root cause', description: 'Why it happened' },
      { id: 'impact', title: 'Impact', description: null },
      { id: 'timeline', title: 'Timeline', description: null },
      { id: 'resolution', title: 'Resolution', description: null },
      { id: 'action-items', title: 'Action items', description: null },
    ],
    reviewers: ['priya', 'sam'],
    dueAt: '2026-11-29T05:30:00Z',
  };
}

/** A SEV-3 that never changed severity, nobody acknowledged, and nothing optional was known about. */
function bareDraft(): PostmortemDraft {
  return {
    ...fullDraft(),
    severity: { label: 'sev-3', name: 'Medium' },
    peak: { label: 'sev-3', name: 'Medium' },
    resolved: { at: '2026-11-27T05:30:00Z', by: 'sam', summary: null },
    acknowledged: null,
    services: [],
    summary: null,
    scenario: null,
    roles: [],
    timeline: [],
    reviewers: [],
    dueAt: null,
  };
}

const FULL_FILE = `# Post-mortem: Checkout down

| | |
| --- | --- |
| Incident | #42 |
| Severity | SEV-2 (High), peak SEV-1 (Critical) |
| Declared | 2026-11-27 03:00 UTC by priya |
| Resolved | 2026-11-27 05:30 UTC by sam |
| Post-mortem due | 2026-11-29 05:30 UTC |
| Reviewers | @priya, @sam |

## Summary

Checkout failed for everyone.

## Root cause

_Why it happened_

_To be written._

## Impact

- **Duration:** 2 h 30 min, from 2026-11-27 03:00 UTC to 2026-11-27 05:30 UTC
- **Severity:** SEV-2 (High); peak SEV-1 (Critical)
- **Affected services:** checkout, payments
- **Scenario:** Service outage
- **Time to acknowledge:** 5 min (priya)
- **Users and customers affected:** _to be written_

## Timeline

All times UTC, from the incident's history.

| Time | Who | What |
| --- | --- | --- |
| 2026-11-27 03:00 UTC | priya | Declared the incident |
| 2026-11-27 03:01 UTC | playbook-ops | Paged L1: Primary On-Call |
| 2026-11-27 03:04 UTC | priya | Acknowledged |
| 2026-11-27 03:20 UTC | sam | Status update: rolled back |
| 2026-11-27 03:30 UTC | lee | saw @\u200Bteam fail #3 |
| 2026-11-27 05:30 UTC | sam | Resolved |

\`\`\`mermaid
gantt
    title Incident 42, SEV-1, times in UTC
    dateFormat YYYY-MM-DD HH:mm
    axisFormat %H:%M
    section Incident
    Open, SEV-1 : active, open, 2026-11-27 03:00, 2026-11-27 05:30
    section Timeline
    Declared by priya : milestone, m1, 2026-11-27 03:00, 0m
    Paged L1 Primary On-Call : milestone, m2, 2026-11-27 03:01, 0m
    Acknowledged by priya : milestone, m3, 2026-11-27 03:04, 0m
    Status update by sam : milestone, m4, 2026-11-27 03:20, 0m
    Note : milestone, m5, 2026-11-27 03:30, 0m
    Resolved by sam : milestone, m6, 2026-11-27 05:30, 0m
\`\`\`

Roles: Incident Commander: priya; Communications Lead: sam, lee.

## Resolution

Resolved by sam: Rolled back the deploy

_To be written: the steps that resolved the incident, in order._

## Action items

<!-- One action item per line, as a task: "- [ ] what to do (owner)". When this file is merged, each item becomes a follow-up issue. -->
- [ ] <!-- action item -->
`;

describe('the post-mortem file', () => {
  it('fills in the facts, the timeline table and a Gantt chart whose milestones are the bot’s words, a note for people’s text', () => {
    expect(createCommentRenderer().postmortem(fullDraft()).file).toBe(FULL_FILE);
  });

  it('without a peak, acknowledgement, services, due date or reviewers says so instead of leaving blanks', () => {
    const lines = createCommentRenderer().postmortem(bareDraft()).file.split('\n');
    expect(lines).toContain('| Severity | SEV-3 (Medium) |');
    expect(lines).toContain('| Reviewers | — |');
    expect(lines.some((line) => line.startsWith('| Post-mortem due'))).toBe(false);
    expect(lines).toContain('_To be written: what happened, in two or three sentences._');
    expect(lines).toContain('- **Severity:** SEV-3 (Medium)');
    expect(lines).toContain('- **Affected services:** _to be written_');
    expect(lines).toContain('- **Time to acknowledge:** not acknowledged');
    expect(lines.some((line) => line.startsWith('- **Scenario:**') || line.startsWith('Roles:') || line.startsWith('Resolved by'))).toBe(false);
    expect(lines).toContain('    title Incident 42, SEV-3, times in UTC');
    expect(lines).toContain('    Open, SEV-3 : active, open, 2026-11-27 03:00, 2026-11-27 05:30');
  });

  it('an acknowledgement stamped before the declaration (clock skew) counts as acknowledged at once', () => {
    const draft = { ...fullDraft(), acknowledged: { at: '2026-11-27T02:58:00Z', by: 'priya' } };
    expect(createCommentRenderer().postmortem(draft).file).toContain('\n- **Time to acknowledge:** 0 min (priya)\n');
  });
});

describe('the post-mortem pull request', () => {
  it('is titled after the incident and says what to write, by when, and who reviews', () => {
    const pull = createCommentRenderer().postmortem(fullDraft());
    expect(pull.title).toBe('Post-mortem: Checkout down (#42)');
    expect(pull.body.split('\n').slice(0, 5)).toEqual([
      'The post-mortem of incident #42: SEV-2 (High), peak SEV-1 (Critical), resolved 2026-11-27 05:30 UTC.',
      '',
      '- **File:** `postmortems/2026-11-27-42.md`',
      '- **Due:** 2026-11-29 05:30 UTC',
      '- **Reviewers:** @priya, @sam',
    ]);
  });

  it('without a due date or reviewers says nobody held a reviewer role', () => {
    expect(createCommentRenderer().postmortem(bareDraft()).body.split('\n').slice(0, 4)).toEqual([
      'The post-mortem of incident #42: SEV-3 (Medium), resolved 2026-11-27 05:30 UTC.',
      '',
      '- **File:** `postmortems/2026-11-27-42.md`',
      '- **Reviewers:** nobody held a reviewer role',
    ]);
  });
});
