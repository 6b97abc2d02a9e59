import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { PlaybookSet } from '../../src/config/model.js';
import { validatePlaybooks } from '../../src/config/validate-playbooks.js';
import { importMarkdown } from '../../src/import/import-markdown.js';
import { renderSet } from '../../src/import/render-set.js';
import { writeSet } from '../../src/import/write-set.js';
import { packageRoot } from '../../src/package-root.js';

// Handbooks written for this project in the shapes teams use (see test/fixtures/import-*/): each is
// imported, written, validated and loaded, and the resolved model is compared with what the
// handbook says. The YAML text is not compared: only what playbook-ops makes of it.

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const dirs: string[] = [];

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** Imports a fixture, writes the set and loads it as `validate` and the engine do. */
async function imported(path: string): Promise<{ set: PlaybookSet; notes: ReturnType<typeof importMarkdown>['notes'] }> {
  const result = importMarkdown(readFileSync(join(FIXTURES, path), 'utf8'), { owner: '@example/owners', reviewed: '2026-11-01' });
  const dir = await mkdtemp(join(tmpdir(), 'playbook-ops-shapes-'));
  dirs.push(dir);
  await writeSet(dir, renderSet(result.files, dir, packageRoot(), path), false, () => undefined);
  const validation = await validatePlaybooks(dir);
  expect(validation.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  if (validation.set === null) throw new Error(`${path} did not load`);
  return { set: validation.set, notes: result.notes };
}

/** The facts the issue asks for, in a form a handbook can be checked against. */
function facts(set: PlaybookSet) {
  return {
    severities: set.severities.map((severity) => [severity.label, severity.name, severity.responseMinutes, severity.updateEveryMinutes]),
    roles: set.roles.map((role) => role.name),
    // In the model's order: by file name.
    runbooks: set.scenarios.map((scenario) => ({ name: scenario.name, steps: scenario.steps })),
    escalation: set.escalation.technical.map((level) => [level.level, level.afterMinutes, level.contacts.map((contact) => contact.github)]),
    contacts: set.contacts.map((contact) => [contact.name, contact.github]),
  };
}

describe('handbooks in other shapes import into sets that validate and mean what they say', () => {
  test('severities as a "Severity | Meaning | Acknowledge within | Update every" table, escalation as a numbered list with handles, runbooks, contacts in a table', async () => {
    const { set, notes } = await imported('import-severity-table/handbook.md');
    expect(facts(set)).toEqual({
      severities: [
        ['sev-1', 'SEV-1', 5, 30],
        ['sev-2', 'SEV-2', 15, 60],
        ['sev-3', 'SEV-3', 60, 240],
        ['sev-4', 'SEV-4', 1440, 1440],
      ],
      roles: ['Incident Commander', 'Scribe', 'Comms Lead'],
      runbooks: [
        { name: 'Card network timeout', steps: ["Check the network's status page", 'Switch the affected network to the fallback acquirer', 'Tell the Comms Lead which shops are affected'] },
        { name: 'Payout batch stuck', steps: ["Look at the job's last checkpoint", 'Restart the job from the checkpoint', 'Confirm the bank received the file'] },
      ],
      escalation: [
        [1, 0, ['@lumen/payments-primary']],
        [2, 10, ['@lumen/payments-secondary']],
        [3, 30, ['@ana-ruiz']],
      ],
      contacts: [
        ['Payments primary on-call', '@lumen/payments-primary'],
        ['Payments secondary on-call', '@lumen/payments-secondary'],
        ['Engineering manager', '@ana-ruiz'],
      ],
    });
    expect(set.severities[0]?.criteria).toEqual(['Card payments fail for all shops; money may be lost']);
    expect(set.scenarios[0]?.symptoms).toEqual(['Authorisation latency above 2 seconds', 'Timeouts from one card network in the gateway log']);
    expect(set.contacts[0]?.phone).toBe('+44 20 7946 0100');
    expect(notes).toContainEqual({ line: 12, kind: 'assumed', message: 'response time of sev-4 1d: the source counts business days; playbook-ops counts calendar time' });
  });

  test('P1–P4 priorities under sub-headings with response times and updates in sentences; a tier table; runbooks under "Playbooks"', async () => {
    const { set, notes } = await imported('import-priorities/handbook.md');
    expect(facts(set)).toEqual({
      severities: [
        ['sev-1', 'Urgent (P1)', 15, 30],
        ['sev-2', 'High (P2)', 30, 60],
        ['sev-3', 'Normal (P3)', 240, 1440],
        ['sev-4', 'Low (P4)', 2880, null],
      ],
      roles: ['Incident lead', 'Support liaison', 'Engineer on duty'],
      runbooks: [
        { name: 'EDI feed delayed', steps: ['Look for the last file received from the carrier', "Ask the carrier's support desk whether they sent it", 'Replay the feed from the archive'] },
        { name: 'Tracking page down', steps: ['Check the CDN dashboard for errors', 'Roll back the last tracking deploy', 'Post the status page notice'] },
      ],
      escalation: [
        [1, 0, ['@tidewater/oncall']],
        [2, 20, ['@tidewater/leads']],
        [3, 60, ['@kofi-mensah']],
      ],
      contacts: [
        ['Engineer on duty', '@tidewater/oncall'],
        ['Team lead', '@tidewater/leads'],
        ['Head of engineering', '@kofi-mensah'],
      ],
    });
    expect(set.severities[0]?.criteria).toEqual(['All customers are blocked from booking or tracking shipments.']);
    expect(set.contacts[0]).toMatchObject({ email: 'oncall@tidewater.example', category: 'on-call' });
    expect(notes).toContainEqual({ line: 5, kind: 'assumed', message: 'P1 is level 1, label sev-1: playbook-ops numbers levels from 1, most severe first, and /sev 1 sets it' });
    expect(notes).toContainEqual({ line: 29, kind: 'missing', message: 'symptoms of scenario "Tracking page down": wrote "[Symptom]"' });
  });

  test('a NIST SP 800-61-style plan: numbered chapters, impact levels in a table, the handling lifecycle as phases, handling procedures, points of contact', async () => {
    const { set } = await imported('import-nist/plan.md');
    expect(facts(set)).toEqual({
      severities: [
        ['sev-1', 'High', 30, 120],
        ['sev-2', 'Medium', 120, 480],
        ['sev-3', 'Low', 1440, 1440],
      ],
      roles: ['CSIRT Lead', 'Security Analyst', 'Privacy Officer'],
      runbooks: [
        { name: 'Lost or Stolen Device', steps: ['Wipe the device remotely', "Disable the user's sessions"] },
        { name: 'Ransomware', steps: ['Disconnect the affected hosts from the network', 'Preserve a memory image', 'Notify the Privacy Officer'] },
      ],
      escalation: [
        [1, 0, ['@northwind/soc']],
        [2, 15, ['@northwind/csirt-lead']],
        [3, 60, ['@dana-okafor']],
      ],
      contacts: [
        ['SOC on call (SOC rota)', '@northwind/soc'],
        ['CSIRT Lead (Priya Raman)', '@northwind/csirt-lead'],
        ['CISO (Dana Okafor)', '@dana-okafor'],
        ['Privacy Officer (Leo Brandt)', '@leo-brandt'],
      ],
    });
    expect(set.phases.map((phase) => [phase.id, phase.name, phase.steps.length])).toEqual([
      ['preparation', 'Preparation', 2],
      ['detection', 'Detection and Analysis', 3],
      ['mitigation', 'Containment, Eradication, and Recovery', 3],
      ['post-incident', 'Post-Incident Activity', 2],
    ]);
    expect(set.escalation.management.map((rule) => [rule.severity, rule.withinMinutes, rule.notify.map((contact) => contact.github)])).toEqual([['sev-1', 60, ['@leo-brandt']]]);
    expect(set.reviewCadenceMinutes).toBe(365 * 24 * 60);
    expect(set.overview).toBe(
      'This plan describes how Northwind Health detects, handles and learns from computer security incidents, following the lifecycle of NIST SP 800-61.\n\nIt covers every system that stores or processes patient data.',
    );
  });

  test('severities and roles as tables, S1–S4 with post-mortem rules, phases as a numbered list with nested steps', async () => {
    const { set, notes } = await imported('import-tables/handbook.md');
    expect(facts(set)).toEqual({
      severities: [
        ['sev-1', 'Critical (S1)', 10, null],
        ['sev-2', 'Major (S2)', 30, null],
        ['sev-3', 'Minor (S3)', 240, null],
        ['sev-4', 'Trivial (S4)', 1440, null],
      ],
      roles: ['Incident Commander', 'Technical Lead', 'Communications Lead'],
      runbooks: [{ name: 'Query workers saturated', steps: ['Add workers with the autoscaler override', 'Find the tenant causing the load', 'Rate-limit that tenant'] }],
      escalation: [
        [1, 0, ['@orbit/oncall']],
        [2, 10, ['@orbit/tech-leads']],
        [3, 45, ['@mara-lind']],
      ],
      contacts: [
        ['On-call engineer', '@orbit/oncall'],
        ['Technical leads', '@orbit/tech-leads'],
        ['VP Engineering', '@mara-lind'],
        ['Incident Commander', '@orbit/incident-commanders'],
        ['Communications Lead', '@orbit/support-leads'],
      ],
    });
    expect(set.severities.map((severity) => severity.postmortem)).toEqual([
      { required: true, dueMinutesAfterResolution: 2 * 1440 },
      { required: true, dueMinutesAfterResolution: 5 * 1440 },
      { required: false, dueMinutesAfterResolution: null },
      { required: false, dueMinutesAfterResolution: null },
    ]);
    expect(set.severities[0]?.criteria).toEqual(['Query service down for every customer', 'Example: API returns 5xx for all tenants']);
    expect(set.roles[0]).toMatchObject({ id: 'ic', abbreviation: 'IC', responsibilities: ['Coordinates the response', 'makes the call on rollbacks'] });
    expect(set.phases.map((phase) => [phase.name, phase.steps.map((step) => step.title)])).toEqual([
      ['Triage', ['Confirm the alert is real', 'Set the severity']],
      ['Mitigate', ['Roll back or fail over', 'Scale the query workers']],
      ['Resolve', ['Ship the fix', 'Watch the error rate for an hour']],
      ['Learn', ['Write the post-mortem']],
    ]);
    expect(notes).toContainEqual({
      line: 8,
      kind: 'not imported',
      message: 'who holds "Technical Lead": "on-call engineer" is no GitHub handle; roles are given to people with /role during an incident',
    });
  });

  test('setext headings, SEV-0 to SEV-3, "Term — description" roles, runbooks titled by bold lines with task-list steps', async () => {
    const { set, notes } = await imported('import-setext/handbook.md');
    expect(set.name).toBe('Beacon Mail On-Call Handbook');
    expect(facts(set)).toEqual({
      severities: [
        ['sev-1', 'SEV-0', 5, null],
        ['sev-2', 'SEV-1', 15, null],
        ['sev-3', 'SEV-2', 60, null],
        ['sev-4', 'SEV-3', 1440, null],
      ],
      roles: ['Incident commander', 'Mail engineer', 'School liaison'],
      runbooks: [
        { name: 'Inbound mail rejected', steps: ['Check the MX records', 'Check the certificate on the inbound relays', 'Restart the inbound relays one at a time'] },
        { name: 'Outbound queue growing', steps: ['Check the reputation of the sending IPs', 'Pause bulk senders', 'Drain the queue to the secondary relay'] },
      ],
      escalation: [
        [1, 0, ['@beacon/mail-oncall']],
        [2, 15, ['@beacon/mail-backup']],
        [3, 60, ['@jo-park']],
      ],
      contacts: [
        ['Primary on-call', '@beacon/mail-oncall'],
        ['Secondary on-call', '@beacon/mail-backup'],
        ['Head of infrastructure', '@jo-park'],
      ],
    });
    expect(set.severities[0]?.criteria).toEqual(['Total outage: no school can send or receive mail.']);
    expect(notes).toContainEqual({ line: 9, kind: 'assumed', message: 'SEV-0 is level 1, label sev-1: playbook-ops numbers levels from 1, most severe first, and /sev 1 sets it' });
  });

  test('bold lines as section headings (a wiki export), Critical–Low levels with times after a dash, phases with nested steps, a management rule by level name', async () => {
    const { set } = await imported('import-bold-headings/handbook.md');
    expect(set.overview).toMatch(/^Fernhill's platform team runs the core banking APIs\./);
    expect(facts(set)).toEqual({
      severities: [
        ['sev-1', 'Critical', 10, 20],
        ['sev-2', 'High', 30, 60],
        ['sev-3', 'Medium', 240, null],
        ['sev-4', 'Low', 3 * 1440, null],
      ],
      roles: ['Incident lead', 'Ops engineer', 'Customer comms'],
      runbooks: [
        { name: 'Login failures', steps: ["check the identity provider's status", 'flush the session cache', 'fail over the login service'] },
        { name: 'Payments queue backlog', steps: ['scale the payment consumers', 'pause the batch importer'] },
      ],
      escalation: [
        [1, 0, ['@fernhill/platform-oncall']],
        [2, 15, ['@fernhill/platform-leads']],
        [3, 60, ['@ines-duarte']],
      ],
      contacts: [
        ['Platform on-call', '@fernhill/platform-oncall'],
        ['Platform lead', '@fernhill/platform-leads'],
        ['CTO', '@ines-duarte'],
      ],
    });
    expect(set.phases.map((phase) => phase.name)).toEqual(['Detect', 'Stabilise', 'Recover', 'Review']);
    expect(set.escalation.management.map((rule) => [rule.severity, rule.withinMinutes, rule.notify.map((contact) => contact.id)])).toEqual([['sev-1', 30, ['cto']]]);
    expect(set.contacts.map((contact) => contact.category)).toEqual(['on-call', 'staff', 'stakeholder']);
  });
});
