/**
 * The playbook review pull request as its reviewers read it: the files due, the checklist, and the
 * incidents of the period against their severity's response time, as a table and a Mermaid chart.
 */
import { describe, expect, it } from 'vitest';
import type { ReviewDraft, ReviewFile, ReviewIncident } from '../../src/engine/review-round.js';
import { createCommentRenderer } from '../../src/render/comments.js';

function file(name: string): ReviewFile {
  return { file: name, owners: ['@priya', '@acme/sre'], lastReviewed: '2026-08-01', nextDue: '2026-11-01' };
}

function incident(number: number, details: Partial<ReviewIncident>): ReviewIncident {
  const base = { title: 'Outage', severity: 'sev-1', scenario: null, declaredAt: '2026-10-02T23:59:00Z' };
  return { number, ...base, acknowledgeMinutes: 10, targetMinutes: 15, resolveMinutes: 60, ...details };
}

function draft(details: Partial<ReviewDraft> = {}): ReviewDraft {
  return {
    branch: 'playbook-ops/review-2026-11-27',
    pull: null,
    reviewedOn: '2026-11-27',
    add: [file('roles.yaml')],
    files: [file('roles.yaml'), file('escalation.yaml')],
    checklist: ['Review the escalation levels'],
    since: '2026-08-01',
    incidents: [],
    reviewers: ['priya'],
    teamReviewers: ['sre'],
    dueOn: '2026-12-11',
    ...details,
  };
}

function linesOf(body: string, from: string, count: number): string[] {
  const lines = body.split('\n');
  return lines.slice(lines.indexOf(from), lines.indexOf(from) + count);
}

describe('the playbook review pull request', () => {
  it('is titled with the number of files due and the round, and lists each file with its owners and dates', () => {
    const pull = createCommentRenderer().reviewPull(draft());
    expect(pull.title).toBe('Playbook review: 2 files due (round 2026-11-27)');
    expect(createCommentRenderer().reviewPull(draft({ files: [file('roles.yaml')] })).title).toBe('Playbook review: 1 file due (round 2026-11-27)');
    expect(pull.body.split('\n')[0]).toBe('<!-- playbook-ops:review-round files=roles.yaml,escalation.yaml -->');
    expect(pull.body).toContain('sets their `last_reviewed` to 2026-11-27: review each with its owners, push any changes to this branch, and merge by **2026-12-11**.');
    expect(linesOf(pull.body, '| File | Owners | Last reviewed | Due |', 4)).toEqual([
      '| File | Owners | Last reviewed | Due |',
      '| --- | --- | --- | --- |',
      '| `roles.yaml` | @priya, @acme/sre | 2026-08-01 | 2026-11-01 |',
      '| `escalation.yaml` | @priya, @acme/sre | 2026-08-01 | 2026-11-01 |',
    ]);
    expect(linesOf(pull.body, '### Checklist', 4)).toEqual([
      '### Checklist',
      '',
      '- [ ] Review the escalation levels',
      '- [ ] Every contact, handle and escalation delay in these files is still right',
    ]);
  });

  it('with no incidents in the period says so, without a table or chart', () => {
    const body = createCommentRenderer().reviewPull(draft()).body;
    expect(body.trimEnd().endsWith('### Incidents since 2026-08-01\n\nNo incidents were declared in this period.')).toBe(true);
    expect(body).not.toContain('```mermaid');
  });

  it('counts an acknowledgement at exactly the target as met, a minute late or never as missed, and charts never as 0', () => {
    const incidents = [
      incident(7, { title: 'DB | slow', severity: 'sev-2', scenario: 'Performance degradation', declaredAt: '2026-09-01T10:00:00Z', acknowledgeMinutes: 30, targetMinutes: 30, resolveMinutes: 95 }),
      incident(9, { acknowledgeMinutes: 16, resolveMinutes: null }),
      incident(11, { severity: 'sev-3', acknowledgeMinutes: null, targetMinutes: 120, resolveMinutes: 30 }),
      incident(12, { acknowledgeMinutes: 14 }),
    ];
    const body = createCommentRenderer().reviewPull(draft({ incidents })).body;
    expect(body).toContain('\n2 of 4 incidents acknowledged within their severity\'s response time.\n');
    expect(linesOf(body, '| Incident | Severity | Scenario | Declared | Time to acknowledge | Target | Time to resolve |', 6).slice(2)).toEqual([
      '| #7 DB \\| slow | SEV-2 | Performance degradation | 2026-09-01 10:00 UTC | 30 min ✅ | 30 min | 1 h 35 min |',
      '| #9 Outage | SEV-1 | — | 2026-10-02 23:59 UTC | 16 min ❌ | 15 min | open |',
      '| #11 Outage | SEV-3 | — | 2026-10-02 23:59 UTC | not acknowledged ❌ | 2 h | 30 min |',
      '| #12 Outage | SEV-1 | — | 2026-10-02 23:59 UTC | 14 min ✅ | 15 min | 1 h |',
    ]);
    expect(linesOf(body, '```mermaid', 8)).toEqual([
      '```mermaid',
      'xychart-beta',
      '    title "Minutes to acknowledge (bars) against the target (line)"',
      '    x-axis ["7", "9", "11", "12"]',
      '    y-axis "minutes"',
      '    bar [30, 16, 0, 14]',
      '    line [30, 15, 120, 15]',
      '```',
    ]);
  });
});
