/** A small, complete, valid playbook set written to a temp directory, for tests of what it resolves to. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { emptyDir, write } from './fixture.js';

/** The review block every file of the tiny set ends with. */
export const REVIEW = 'review:\n  owners: ["@acme/sre"]\n  last_reviewed: "2026-01-10"\n';

/** A complete set, as small as the checks allow; file name to text. */
export const TINY_SET = {
  'settings.yaml': `kind: settings\nname: Tiny\nreview_cadence: 30d\n${REVIEW}`,
  'roles.yaml': `kind: roles
roles:
  - id: lead
    name: Lead
    abbreviation: L
    multiple: true
    commander: true
    responsibilities: [Leads]
  - id: helper
    name: Helper
    responsibilities: [Helps]
${REVIEW}`,
  // Written out of level order, the most severe last.
  'severities.yaml': `kind: severities
severities:
  - level: 2
    label: sev-2
    name: High
    criteria: [Slow]
    response_time: 1h
  - level: 1
    label: sev-1
    name: Critical
    criteria: [Down]
    response_time: 15m
    postmortem:
      required: true
      due_after_resolution: 2d
    sinks:
      - type: pagerduty
        secret: PD_KEY
${REVIEW}`,
  'process.yaml': `kind: process
phases:
  - id: detect
    name: Detect
    steps:
      - Look
      - title: Triage
      - title: Fix
        tasks: [Patch]
${REVIEW}`,
  'communication.yaml': `kind: communication
channels:
  - id: chat
    name: Chat
    priority: primary
  - id: call
    name: Call
    priority: secondary
    use_for: big incidents
    url: https://call.example.com
status_updates:
  - severity: sev-1
    every: 20m
audiences:
  - id: everyone
    name: Everyone
    means: [Status page]
  - id: execs
    name: Execs
    means: [Email]
    severities: [sev-1]
    when: always
${REVIEW}`,
  'contacts.yaml': `kind: contacts
contacts:
  - id: oncall
    name: On-call
    category: on-call
  - id: boss
    name: Boss
    category: stakeholder
    github: "@boss"
    email: boss@example.com
    phone: "+1 555 0100"
    contact: desk 4
    sinks:
      - type: slack
        secret: SLACK_URL
${REVIEW}`,
  'escalation.yaml': `kind: escalation
technical:
  - level: 1
    name: First
    contacts: [oncall]
    after: 0m
  - level: 2
    name: Second
    contacts: [boss, oncall]
    after: 45m
    sinks:
      - type: webhook
        secret: HOOK_KEY
        url: https://hooks.example.com/page
        name: Pager hook
management:
  - severity: sev-2
    name: Tell the boss
    notify: [boss]
  - severity: sev-1
    name: Tell the boss now
    notify: [boss]
    within: 10m
${REVIEW}`,
  'postmortem.yaml': `kind: postmortem
elements:
  - id: timeline
    title: Timeline
  - id: cause
    title: Cause
    description: Why it happened
continuous_improvement: [Learn]
${REVIEW}`,
  'tools.yaml': `kind: tools
categories:
  - id: watch
    name: Watching
    tools:
      - name: Grafana
      - name: Logs
        purpose: search
        url: https://logs.example.com
${REVIEW}`,
  // A leading comment, so the scenario's source (its mapping) is not simply the file's first line.
  'scenarios/outage.yaml': `# The outage scenario.\nkind: scenario
id: outage
name: Outage
description: It is down
owner: helper
symptoms: [Errors]
steps: [Restart]
${REVIEW}  cadence: 7d\n`,
  'scenarios/bare.yaml': `kind: scenario\nid: bare\nname: Bare\nsymptoms: [Odd]\nsteps: [Look]\n${REVIEW}`,
} satisfies Record<string, string>;

/** A temp directory holding {@link TINY_SET} with `changes` (file name to text) written over it. */
export async function tinySet(changes: Record<string, string> = {}): Promise<string> {
  const dir = await emptyDir();
  await mkdir(join(dir, 'scenarios'));
  for (const [file, text] of Object.entries({ ...TINY_SET, ...changes })) await write(dir, file, text);
  return dir;
}
