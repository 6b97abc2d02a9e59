/**
 * Every bot comment as the people on the incident read it: the record line first, then the message,
 * with times in UTC words, severities as SEV-N, logins as mentions only where the message pings them.
 */
import { describe, expect, it } from 'vitest';
import type { Message, PagedContact } from '../../src/engine/effects.js';
import { createCommentRenderer } from '../../src/render/comments.js';

const contacts: PagedContact[] = [
  { id: 'primary-on-call', name: 'Primary On-Call', handle: '@oncall' },
  { id: 'cto', name: 'CTO', handle: null },
];
const level1 = { level: 1, name: 'On-call engineer', contacts };
const pull = { number: 12, url: 'https://github.com/acme/ops/pull/12' };
const COMPARE = 'https://github.com/acme/ops/compare/main...postmortem/7';
const MARKER = '<!-- playbook-ops:page:sev-1 -->';

/** The comment for `message`, which must start with its record line; returns what follows it. */
function bodyOf(message: Message): string {
  const comment = createCommentRenderer().comment({ kind: 'severity-page', severity: 'sev-1' }, message);
  expect(comment.startsWith(`${MARKER}\n`)).toBe(true);
  return comment.slice(MARKER.length + 1);
}

describe('bot comments', () => {
  it('a page for a raised severity names who raised it, the deadline and both levels; a contact without a handle is named, not mentioned', () => {
    expect(bodyOf({ type: 'page', reason: 'severity', severity: { label: 'sev-1', name: 'Critical', responseMinutes: 15 }, technical: level1, management: { name: 'CTO notification', contacts, dueAt: '2026-11-27T03:30:00Z' }, at: '2026-11-27T03:00:00Z', by: 'priya', respondBy: '2026-11-27T03:15:00Z' })).toBe(
      `### 📟 SEV-1 (Critical): paging

priya set this incident to SEV-1 at 2026-11-27 03:00 UTC. Acknowledge by **2026-11-27 03:15 UTC** (15 min) with \`/ack\`.

- **Level 1, On-call engineer:** @oncall, CTO (no GitHub handle configured)
- **CTO notification by 2026-11-27 03:30 UTC:** @oncall, CTO (no GitHub handle configured)
`,
    );
  });

  it('a page for a missed acknowledgement says nobody acknowledged and escalates to the next level', () => {
    expect(bodyOf({ type: 'page', reason: 'unacknowledged', severity: { label: 'sev-2', name: 'High', responseMinutes: 30 }, technical: { level: 2, name: 'Senior engineers', contacts }, management: { name: 'Director', contacts, dueAt: null }, at: '2026-11-27T03:00:00Z', by: null, respondBy: '2026-11-27T03:30:00Z' })).toBe(
      `### 📟 Not acknowledged: escalating to level 2

Nobody acknowledged this SEV-2 incident by 2026-11-27 03:30 UTC. Please respond now with \`/ack\`.

- **Level 2, Senior engineers:** @oncall, CTO (no GitHub handle configured)
- **Director:** @oncall, CTO (no GitHub handle configured)
`,
    );
  });

  it("a reply to /help with a refused command lists the problem, then the commands with the playbook's role ids", () => {
    expect(bodyOf({ type: 'reply', to: 'sam', problems: ['/sev 9: no such severity'], help: true, roles: ['comms'] })).toBe(
      `@\u200Bsam, here is the list of commands; 1 command did not run:

- /sev 9: no such severity

| Command | What it does |
| --- | --- |
| \`/ack\` | Acknowledge the incident: stops escalation to the next level. |
| \`/sev N\` | Set the severity to SEV-N (raising it pages the people the escalation rules name). |
| \`/ic @user\` | Make @\u200Buser the Incident Commander (and assign the issue to them). |
| \`/role comms @user\` | Give @\u200Buser a role of the response team, by the role’s id. |
| \`/status PHASE\` | Move the incident to a phase of the process, by its id. |
| \`/update TEXT\` | Post a status update; restarts the status-update clock. |
| \`/timeline TEXT\` | Add an entry to the incident timeline for the post-mortem. |
| \`/resolve [summary]\` | Resolve the incident and close the issue. |
| \`/reopen\` | Reopen a resolved incident. |
| \`/help\` | Show this list. |
`,
    );
  });

  it('a note about several severity labels says which one was kept and which were removed', () => {
    expect(bodyOf({ type: 'label-note', kept: 'sev-1', removed: ['sev-2', 'sev-3'], by: 'sam' })).toBe(
      `Several severity labels were on this incident. Kept **sev-1**, the one sam added last; removed sev-2, sev-3. To change the severity, add the label you want or comment \`/sev N\`.
`,
    );
  });

  it('a report to triage shows the proposed severity and asks the first level to triage', () => {
    expect(bodyOf({ type: 'triage-request', reporter: 'eve', proposed: { label: 'sev-2', name: 'High' }, technical: level1, minimumPermission: 'triage' })).toBe(
      `### 🔎 Report to triage: proposed SEV-2 (High)

@\u200Beve opened this incident without triage access to this repository, so it is a report: no severity counts and management is not paged until a responder confirms it.

- **Level 1, On-call engineer:** @oncall, CTO (no GitHub handle configured), please triage.

Confirm it with \`/ack\` (keeps the proposed severity), \`/sev N\` or a \`sev-N\` label; close it if it is not an incident.
`,
    );
  });

  it('a report to triage without a proposed severity or a technical level only explains how to confirm it', () => {
    expect(bodyOf({ type: 'triage-request', reporter: 'eve', proposed: null, technical: null, minimumPermission: 'triage' })).toBe(
      `### 🔎 Report to triage

@\u200Beve opened this incident without triage access to this repository, so it is a report: no severity counts and management is not paged until a responder confirms it.


Confirm it with \`/ack\` (keeps the proposed severity), \`/sev N\` or a \`sev-N\` label; close it if it is not an incident.
`,
    );
  });

  it('a request for a severity lists the severities to choose from', () => {
    expect(bodyOf({ type: 'severity-request', technical: level1, severities: [{ label: 'sev-1', name: 'Critical' }, { label: 'sev-2', name: 'High' }] })).toBe(
      `### ❓ Severity not set

This incident was declared without a severity, so nobody beyond the first technical level is paged and no deadline runs.

- **Level 1, On-call engineer:** @oncall, CTO (no GitHub handle configured), please set one.

Set it with \`/sev N\` or a \`sev-N\` label: SEV-1 (Critical), SEV-2 (High).
`,
    );
  });

  it('a close by someone without access says the incident was reopened', () => {
    expect(bodyOf({ type: 'close-note', by: 'eve', minimumPermission: 'triage' })).toBe(
      `@\u200Beve closed this incident, but resolving it needs triage access to this repository, so it was reopened. A responder resolves it with \`/resolve\` or by closing it.
`,
    );
  });

  it("an overdue update reminder asks the role's holders and says when the last update came", () => {
    expect(bodyOf({ type: 'update-reminder', severity: { label: 'sev-1', name: 'Critical' }, everyMinutes: 30, due: '2026-11-27T03:30:00Z', missed: 2, lastUpdate: '2026-11-27T02:50:00Z', to: { kind: 'role', name: 'Communications Lead', logins: ['sam'] } })).toBe(
      `### ⏰ Status update overdue

@sam (Communications Lead): this SEV-1 (Critical) incident needs a status update every 30 min, and none came by 2026-11-27 03:30 UTC (the last was at 2026-11-27 02:50 UTC).

Post one with \`/update TEXT\`: what is known, what is being done, and when the next update comes.
`,
    );
  });

  it('an overdue update reminder without a role asks the technical level and says none came yet', () => {
    expect(bodyOf({ type: 'update-reminder', severity: { label: 'sev-2', name: 'High' }, everyMinutes: 60, due: '2026-11-27T04:00:00Z', missed: 1, lastUpdate: null, to: { kind: 'level', name: 'On-call engineer', level: 1, contacts } })).toBe(
      `### ⏰ Status update overdue

@oncall, CTO (no GitHub handle configured) (level 1, On-call engineer): this SEV-2 (High) incident needs a status update every 1 h, and none came by 2026-11-27 04:00 UTC (none yet).

Post one with \`/update TEXT\`: what is known, what is being done, and when the next update comes.
`,
    );
  });

  it('the post-mortem opened comment gives the due time, the reviewers, and who GitHub would not take', () => {
    expect(bodyOf({ type: 'postmortem-opened', pull, path: 'postmortems/x.md', reviewers: ['priya'], notRequested: ['ghost'], dueAt: '2026-11-29T05:30:00Z' })).toBe(
      `### 📝 Post-mortem: pull request #12

The post-mortem draft is \`postmortems/x.md\`: the summary, impact and timeline are filled in from this incident; the root cause, resolution steps, lessons learned and action items are for the team to write. It is due **2026-11-29 05:30 UTC**.

Review requested from @priya.
GitHub would not take ghost as reviewers (not collaborators of this repository); ask them on the pull request.

Merging it marks this incident complete, and each item under the action items becomes a follow-up issue.
`,
    );
  });

  it('the post-mortem opened comment without reviewers or a due time says how to get a reviewer', () => {
    expect(bodyOf({ type: 'postmortem-opened', pull, path: 'postmortems/x.md', reviewers: [], notRequested: [], dueAt: null })).toBe(
      `### 📝 Post-mortem: pull request #12

The post-mortem draft is \`postmortems/x.md\`: the summary, impact and timeline are filled in from this incident; the root cause, resolution steps, lessons learned and action items are for the team to write.

Nobody holds a reviewer role on this incident, so no review was requested: assign one with \`/ic @user\` or \`/role ID @user\` and ask for a review on the pull request.

Merging it marks this incident complete, and each item under the action items becomes a follow-up issue.
`,
    );
  });

  it('when Actions may not open pull requests the comment links the branch to open one by hand, with the due time', () => {
    expect(bodyOf({ type: 'postmortem-branch', branch: 'postmortem/7', path: 'postmortems/x.md', compareUrl: COMPARE, dueAt: '2026-11-29T05:30:00Z' })).toBe(
      `### 📝 Post-mortem: branch pushed, pull request not allowed

The post-mortem draft \`postmortems/x.md\` is on the branch \`postmortem/7\`, but this repository does not let GitHub Actions create pull requests. **[Open the pull request](<https://github.com/acme/ops/compare/main...postmortem/7>)** by hand; it is due **2026-11-29 05:30 UTC**. Merging it marks this incident complete.

To let playbook-ops open post-mortem and review pull requests itself, turn on **Settings → Actions → General → Workflow permissions → Allow GitHub Actions to create and approve pull requests** (an organisation may have to allow it first, in the organisation's Actions settings).
`,
    );
  });

  it('the branch comment without a due time leaves the deadline out', () => {
    expect(bodyOf({ type: 'postmortem-branch', branch: 'postmortem/7', path: 'postmortems/x.md', compareUrl: COMPARE, dueAt: null })).toBe(
      `### 📝 Post-mortem: branch pushed, pull request not allowed

The post-mortem draft \`postmortems/x.md\` is on the branch \`postmortem/7\`, but this repository does not let GitHub Actions create pull requests. **[Open the pull request](<https://github.com/acme/ops/compare/main...postmortem/7>)** by hand. Merging it marks this incident complete.

To let playbook-ops open post-mortem and review pull requests itself, turn on **Settings → Actions → General → Workflow permissions → Allow GitHub Actions to create and approve pull requests** (an organisation may have to allow it first, in the organisation's Actions settings).
`,
    );
  });

  it('an overdue post-mortem reminds its owners with the due time and the branch', () => {
    expect(bodyOf({ type: 'postmortem-overdue', owners: ['priya', 'sam'], dueAt: '2026-11-29T05:30:00Z', branch: 'postmortem/7', pullsUrl: 'https://github.com/acme/ops/pulls' })).toBe(
      `### ⏰ Post-mortem overdue

@priya, @sam: the post-mortem of this incident was due **2026-11-29 05:30 UTC** and is not merged yet. Please finish and merge the pull request on [postmortem/7](<https://github.com/acme/ops/pulls>).
`,
    );
  });

  it("an overdue post-mortem escalates to the severity's management contacts", () => {
    expect(bodyOf({ type: 'postmortem-escalation', severity: { label: 'sev-1', name: 'Critical' }, management: { name: 'CTO notification', contacts }, dueAt: '2026-11-29T05:30:00Z' })).toBe(
      `### ⏰ Post-mortem overdue: CTO notification

This SEV-1 (Critical) incident's post-mortem was due **2026-11-29 05:30 UTC** and is not merged yet.

- **CTO notification:** @oncall, CTO (no GitHub handle configured)
`,
    );
  });

  it('a merged post-mortem lists its follow-up issues', () => {
    expect(bodyOf({ type: 'postmortem-complete', pull, followUps: [{ number: 13, title: 'Add alert' }] })).toBe(
      `### ✅ Post-mortem merged: incident complete

The post-mortem #12 is merged.

Follow-up issues from its action items:

- #13: Add alert
`,
    );
  });

  it('an overdue playbook review reminds its owners as the playbooks write them', () => {
    expect(bodyOf({ type: 'review-reminder', owners: ['@priya', '@acme/sre'], dueOn: '2026-12-11' })).toBe(
      `### ⏰ Playbook review overdue

@priya, @acme/sre: this review was due to be merged by **2026-12-11**. Please review the files, push any changes, and merge it, so the playbooks stay current.
`,
    );
  });

  it('a follow-up issue quotes its action item, neutralised, and links the incident and the merged post-mortem', () => {
    const body = createCommentRenderer().followUp({ incident: { number: 7, title: 'Checkout down' }, pull: { number: 12 }, item: 2, text: 'Add an alert @team' });
    expect(body).toBe(
      `<!-- playbook-ops:follow-up:7.2 -->\nAn action item from the post-mortem of incident #7 (Checkout down), merged in #12:\n\n> Add an alert @\u200Bteam\n\nClose this issue when it is done.\n`,
    );
  });
});
