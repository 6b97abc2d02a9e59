import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type {
  CommunicationDoc,
  ContactsDoc,
  EscalationDoc,
  PlaybookDoc,
  PostmortemDoc,
  ProcessDoc,
  RolesDoc,
  ScenarioDoc,
  SettingsDoc,
  SeveritiesDoc,
  ToolsDoc,
} from '../../src/config/documents.js';
import { parseDuration } from '../../src/config/duration.js';
import { importMarkdown } from '../../src/import/import-markdown.js';
import { formatNote } from '../../src/import/notes.js';

// A playbook in the project's own words: another company, other bullets, the source's section shape,
// plus a glossary no document takes and a stray paragraph among the severities.
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'import-own', 'handbook.md');
const markdown = readFileSync(FIXTURE, 'utf8');
const result = importMarkdown(markdown, { owner: '@harbor/incident-owners', reviewed: '2026-10-01' });

function doc<K extends PlaybookDoc['kind']>(path: string, kind: K): Extract<PlaybookDoc, { kind: K }> {
  const file = result.files.find((candidate) => candidate.path === path);
  if (file?.document.kind !== kind) throw new Error(`no ${kind} document at ${path}`);
  return file.document as Extract<PlaybookDoc, { kind: K }>;
}

describe('importing a playbook written in our own words', () => {
  test('writes the whole set in the fixed layout and order', () => {
    expect(result.files.map((file) => file.path)).toEqual([
      'settings.yaml',
      'roles.yaml',
      'severities.yaml',
      'process.yaml',
      'scenarios/service-outage.yaml',
      'scenarios/performance-degradation.yaml',
      'scenarios/security-incident.yaml',
      'scenarios/data-integrity.yaml',
      'communication.yaml',
      'escalation.yaml',
      'contacts.yaml',
      'postmortem.yaml',
      'tools.yaml',
    ]);
    for (const file of result.files) {
      expect(file.document.review).toEqual({ owners: ['@harbor/incident-owners'], last_reviewed: '2026-10-01' });
    }
  });

  test('settings: title, overview and the review cadence from the closing sentence', () => {
    const settings: SettingsDoc = doc('settings.yaml', 'settings');
    expect(settings.name).toBe('Harbor Freightways On-Call Handbook');
    expect(settings.overview).toMatch(/^Harbor Freightways runs the booking and tracking services .* keep everyone informed\.$/);
    expect(settings.review_cadence).toBe('180d');
  });

  test('roles with their fixed ids and responsibilities', () => {
    const { roles }: RolesDoc = doc('roles.yaml', 'roles');
    expect(roles.map((role) => [role.id, role.name, role.abbreviation ?? null, role.multiple ?? false])).toEqual([
      ['ic', 'Incident Commander', 'IC', false],
      ['comms', 'Communications Lead', null, false],
      ['tech', 'Technical Lead', null, false],
      ['sme', 'Subject Matter Experts', 'SMEs', true],
    ]);
    expect(roles[0]?.responsibilities).toEqual([
      'Owns the incident from declaration to close',
      'Decides on rollbacks and customer-facing actions',
      'Hands over command explicitly before going off shift',
    ]);
  });

  test('severities with response times in minutes and the post-mortem rule', () => {
    const { severities }: SeveritiesDoc = doc('severities.yaml', 'severities');
    expect(severities.map((severity) => [severity.label, severity.name, parseDuration(severity.response_time)])).toEqual([
      ['sev-1', 'Critical', 10],
      ['sev-2', 'High', 60],
      ['sev-3', 'Medium', 240],
      ['sev-4', 'Low', 4320],
    ]);
    expect(severities[0]?.criteria).toEqual(['Shipment tracking is down for every customer', 'Payment data is exposed']);
    expect(severities.map((severity) => severity.postmortem)).toEqual([
      { required: true, due_after_resolution: '72h' },
      { required: true, due_after_resolution: '72h' },
      { required: false },
      { required: false },
    ]);
  });

  test('phases by meaning of their names, with titled and bare steps', () => {
    const { phases }: ProcessDoc = doc('process.yaml', 'process');
    expect(phases.map((phase) => [phase.id, phase.name])).toEqual([
      ['detection', 'Detection'],
      ['initial-response', 'First Response'],
      ['investigation', 'Diagnosis'],
      ['mitigation', 'Containment'],
      ['resolution', 'Recovery'],
      ['post-incident', 'Follow-up'],
    ]);
    expect(phases[0]?.steps).toEqual(['Dashboards or customers raise the alarm', 'The on-call engineer opens an incident issue']);
    expect(phases[1]?.steps).toEqual([
      { title: 'Acknowledge', tasks: ['Acknowledge the page in the alerting tool', 'Set a severity label'] },
      { title: 'Gather the Team', tasks: ['Name an Incident Commander', 'Open the incident channel'] },
    ]);
  });

  test('scenarios with symptoms and ordered steps', () => {
    const outage: ScenarioDoc = doc('scenarios/service-outage.yaml', 'scenario');
    expect(outage.name).toBe('Tracking Outage');
    expect(outage.symptoms).toEqual(['Tracking pages return 503', 'Carrier webhooks pile up']);
    expect(outage.steps).toEqual(['Check the load balancer health', 'Restart the tracking workers', 'Fail over to the standby database']);
    const security: ScenarioDoc = doc('scenarios/security-incident.yaml', 'scenario');
    expect([security.name, security.steps]).toEqual(['Compromised Accounts', ['Lock the affected accounts', 'Rotate shared secrets', 'Tell the security team']]);
    expect(doc('scenarios/data-integrity.yaml', 'scenario').name).toBe('Corrupted Shipment Records');
  });

  test('escalation levels with delays and management deadlines', () => {
    const { technical, management }: EscalationDoc = doc('escalation.yaml', 'escalation');
    expect(technical).toEqual([
      { level: 1, name: 'On-call engineer', contacts: ['primary-on-call', 'secondary-on-call'], after: '0m' },
      { level: 2, name: 'Senior engineers and team leads', contacts: ['senior-engineers', 'team-leads'], after: '30m' },
      // The fixture states this delay; the others are playbook-ops' defaults.
      { level: 3, name: 'Architects', contacts: ['architects'], after: '90m' },
      { level: 4, name: 'Executive leadership', contacts: ['cto', 'vp-engineering'], after: '2h' },
    ]);
    expect(management).toEqual([
      { severity: 'sev-3', name: 'Team Lead notification', notify: ['team-leads'] },
      { severity: 'sev-2', name: 'Director notification', notify: ['engineering-director'], within: '2h' },
      { severity: 'sev-1', name: 'CTO notification', notify: ['cto'], within: '15m' },
    ]);
  });

  test('contacts keep placeholders verbatim and escalation targets become staff contacts', () => {
    const { contacts }: ContactsDoc = doc('contacts.yaml', 'contacts');
    const byId = new Map(contacts.map((contact) => [contact.id, contact]));
    expect(byId.get('primary-on-call')).toEqual({ id: 'primary-on-call', name: 'Primary On-Call', category: 'on-call', github: '[GitHub Handle]', phone: '[Phone Number]' });
    expect(byId.get('vp-engineering')).toEqual({ id: 'vp-engineering', name: 'VP of Engineering', category: 'stakeholder', github: '[GitHub Handle]', contact: '[Contact Information]' });
    expect(byId.get('freight-partner-hotline')).toMatchObject({ category: 'vendor', phone: '+1 555 0142' });
    expect(contacts.filter((contact) => contact.category === 'staff').map((contact) => [contact.id, contact.name, contact.github])).toEqual([
      ['senior-engineers', 'Senior engineers', '[GitHub Handle]'],
      ['team-leads', 'Team leads', '[GitHub Handle]'],
      ['architects', 'Architects', '[GitHub Handle]'],
      ['engineering-director', 'Director', '[GitHub Handle]'],
    ]);
  });

  test('communication: channels, cadence per severity and audiences', () => {
    const communication: CommunicationDoc = doc('communication.yaml', 'communication');
    expect(communication.channels).toEqual([
      { id: 'ops-incident-slack-channel', name: 'The ops-incident Slack channel', priority: 'primary' },
      { id: 'phone-bridge', name: 'A phone bridge', priority: 'secondary', use_for: 'long incidents' },
    ]);
    expect(communication.status_updates).toEqual([
      { severity: 'sev-1', every: '20m' },
      { severity: 'sev-2', every: '2h' },
    ]);
    expect(communication.audiences).toEqual([
      { id: 'shippers', name: 'Shippers', means: ['Status page notices', 'In-app banners'] },
      { id: 'board', name: 'Board', means: ['A written summary'], severities: ['sev-1'] },
      { id: 'press', name: 'Press', means: ['A statement'], when: 'outages that make the news' },
    ]);
  });

  test('post-mortem elements, improvement practices and tools', () => {
    const postmortem: PostmortemDoc = doc('postmortem.yaml', 'postmortem');
    expect(postmortem.elements.map((element) => element.id)).toEqual(['timeline', 'root-cause', 'impact', 'lessons-learned', 'action-items']);
    expect(postmortem.continuous_improvement).toEqual(['Rehearse a game day every month', 'Prune noisy alerts']);
    const tools: ToolsDoc = doc('tools.yaml', 'tools');
    expect(tools.categories.map((category) => [category.id, category.tools.map((tool) => `${tool.name}: ${tool.purpose ?? ''}`)])).toEqual([
      ['monitoring', ['Datadog: dashboards and alerts', 'Sentry: exceptions']],
      ['collaboration', ['Slack: chat', 'Notion: incident notes']],
    ]);
  });

  test('reports the stray paragraph and the unknown section with their lines, nothing else', () => {
    const notImported = result.notes.filter((note) => note.kind === 'not imported').map((note) => formatNote('handbook.md', note));
    expect(notImported).toEqual([
      'handbook.md:51  not imported  paragraph "When in doubt, pick the higher severity and lower it later."',
      'handbook.md:197  not imported  section "Glossary" (lines 197–200)',
    ]);
    // The line numbers point at the reported text, so an edit of the fixture cannot shift them unnoticed.
    const lines = markdown.split('\n');
    expect(lines[50]).toBe('When in doubt, pick the higher severity and lower it later.');
    expect(lines[196]).toBe('## Glossary');
    expect(lines[199]).toBe('- **Carrier**: a company that moves the freight');
  });

  test('notes the assumed escalation delays and the contacts it added', () => {
    const assumed = result.notes.filter((note) => note.kind === 'assumed').map((note) => [note.line, note.message.split(':')[0]]);
    expect(assumed).toEqual([
      [168, 'level 1 "On-call engineer" after 0m'],
      [169, 'level 2 "Senior engineers and team leads" after 30m'],
      [169, 'contact senior-engineers "Senior engineers"'],
      [169, 'contact team-leads "Team leads"'],
      [170, 'contact architects "Architects"'],
      [171, 'level 4 "Executive leadership" after 2h'],
      [176, 'contact engineering-director "Director"'],
    ]);
    expect(result.notes.filter((note) => note.kind === 'missing')).toEqual([]);
  });
});
