import { describe, expect, it } from 'vitest';
import type {
  CommunicationDoc,
  ContactsDoc,
  EscalationDoc,
  PostmortemDoc,
  ProcessDoc,
  RolesDoc,
  ScenarioDoc,
  SettingsDoc,
  SeveritiesDoc,
  ToolsDoc,
} from '../../src/config/documents.js';
import { parseDuration } from '../../src/config/duration.js';
import { playbookFiles, readPlaybook } from './schema-set.js';

// The documents are schema-valid (schemas.test.ts), so reading them as their types is safe here.
const settings = readPlaybook('settings.yaml').doc as unknown as SettingsDoc;
const roles = readPlaybook('roles.yaml').doc as unknown as RolesDoc;
const severities = readPlaybook('severities.yaml').doc as unknown as SeveritiesDoc;
const processDoc = readPlaybook('process.yaml').doc as unknown as ProcessDoc;
const communication = readPlaybook('communication.yaml').doc as unknown as CommunicationDoc;
const escalation = readPlaybook('escalation.yaml').doc as unknown as EscalationDoc;
const contacts = readPlaybook('contacts.yaml').doc as unknown as ContactsDoc;
const postmortem = readPlaybook('postmortem.yaml').doc as unknown as PostmortemDoc;
const tools = readPlaybook('tools.yaml').doc as unknown as ToolsDoc;
const scenario = (id: string): ScenarioDoc => readPlaybook(`scenarios/${id}.yaml`).doc as unknown as ScenarioDoc;

const minutes = (text: string | undefined): number | null => (text === undefined ? null : parseDuration(text));

describe('the default set says what the source playbook says', () => {
  it('names the set, keeps the overview and reviews quarterly', () => {
    expect(settings.name).toBe('Incident Response Playbook');
    expect(settings.overview).toBe(
      'This playbook provides guidelines and procedures for responding to incidents in the Supply Chain Finance Platform. ' +
        'It outlines the steps to identify, respond to, and resolve issues that may impact the availability, performance, ' +
        'or security of the platform.',
    );
    expect(settings.review_cadence).toBe('90d');
    expect(minutes(settings.review_cadence)).toBe(90 * 24 * 60);
    expect(settings.incident_label).toBe('incident');
    expect(settings.minimum_permission).toBe('triage');
  });

  it.each(playbookFiles())('%s is owned by a placeholder owner and was last reviewed on 2026-11-27', (file) => {
    expect(readPlaybook(file).doc.review).toEqual({ owners: ['[Owner]'], last_reviewed: '2026-11-27' });
  });

  it('has the four roles with four responsibilities each', () => {
    expect(roles.roles.map((role) => [role.id, role.name, role.abbreviation ?? null, role.multiple ?? false])).toEqual([
      ['ic', 'Incident Commander', 'IC', false],
      ['comms', 'Communication Lead', null, false],
      ['tech', 'Technical Lead', null, false],
      ['sme', 'Subject Matter Experts', 'SMEs', true],
    ]);
    expect(roles.roles.map((role) => role.responsibilities.length)).toEqual([4, 4, 4, 4]);
    expect(roles.roles[0]?.responsibilities).toContain('Declares incident status changes');
    expect(roles.roles[3]?.responsibilities).toContain('Validate resolution effectiveness');
  });

  it('has the four severities with response times 15m, 30m, 2h and 24h', () => {
    expect(severities.severities.map((s) => [s.level, s.label, s.name, s.response_time])).toEqual([
      [1, 'sev-1', 'Critical', '15m'],
      [2, 'sev-2', 'High', '30m'],
      [3, 'sev-3', 'Medium', '2h'],
      [4, 'sev-4', 'Low', '24h'],
    ]);
    expect(severities.severities.map((s) => minutes(s.response_time))).toEqual([15, 30, 120, 1440]);
    expect(severities.severities.map((s) => s.criteria.length)).toEqual([3, 3, 3, 3]);
    expect(severities.severities[0]?.criteria).toEqual([
      'Platform-wide outage',
      'Security breach or data compromise',
      'Financial transaction failures',
    ]);
  });

  it('requires a post-mortem 48h after resolution for sev-1 and sev-2 only', () => {
    expect(severities.severities.map((s) => [s.label, s.postmortem])).toEqual([
      ['sev-1', { required: true, due_after_resolution: '48h' }],
      ['sev-2', { required: true, due_after_resolution: '48h' }],
      ['sev-3', { required: false }],
      ['sev-4', { required: false }],
    ]);
    expect(minutes(severities.severities[0]?.postmortem?.due_after_resolution)).toBe(48 * 60);
  });

  it('has the six phases in order, with their steps', () => {
    expect(processDoc.phases.map((phase) => [phase.id, phase.name])).toEqual([
      ['detection', 'Detection and Alerting'],
      ['initial-response', 'Initial Response'],
      ['investigation', 'Investigation and Diagnosis'],
      ['mitigation', 'Containment and Mitigation'],
      ['resolution', 'Resolution and Recovery'],
      ['post-incident', 'Post-Incident Activities'],
    ]);
    expect(processDoc.phases[0]?.steps).toEqual([
      'Automated monitoring systems detect anomalies',
      'Alerts are sent to appropriate on-call teams',
      'Initial assessment determines severity level',
      'Incident is logged in the incident management system',
    ]);
    const titled = processDoc.phases.slice(1).map((phase) =>
      phase.steps.map((step) => (typeof step === 'string' ? step : `${step.title} (${step.tasks?.length ?? 0})`)),
    );
    expect(titled).toEqual([
      ['Acknowledge the Alert (3)', 'Assemble Response Team (3)', 'Initial Assessment (3)'],
      ['Gather Information (3)', 'Root Cause Analysis (3)', 'Impact Assessment (3)'],
      ['Short-term Fixes (3)', 'Communication (3)'],
      ['Implement Permanent Fix (3)', 'Verify Resolution (3)'],
      ['Incident Retrospective (3)', 'Follow-up Actions (3)'],
    ]);
    expect(processDoc.phases[1]?.steps[0]).toEqual({
      title: 'Acknowledge the Alert',
      tasks: ['Respond to alert within defined SLA', 'Assign initial severity level', 'Create incident ticket'],
    });
  });

  it.each([
    ['service-outage', 'Service Outage', 3, 7, 'Scale services if resource exhaustion is the cause'],
    ['performance-degradation', 'Performance Degradation', 3, 7, 'Scale resources as needed'],
    ['security-incident', 'Security Incident', 4, 7, 'Notify appropriate authorities if required'],
    ['data-integrity', 'Data Integrity Issue', 4, 6, 'Implement preventive measures'],
  ])('scenario %s: %s, %i symptoms, %i steps, owned by tech', (id, name, symptomCount, stepCount, lastStep) => {
    const doc = scenario(id);
    expect([doc.id, doc.name, doc.owner]).toEqual([id, name, 'tech']);
    expect(doc.symptoms).toHaveLength(symptomCount);
    expect(doc.steps).toHaveLength(stepCount);
    expect(doc.steps.at(-1)).toBe(lastStep);
  });

  it('keeps the step wording, parentheses included', () => {
    expect(scenario('service-outage').steps[0]).toBe('Check infrastructure status (Kubernetes, Docker, cloud services)');
    expect(scenario('performance-degradation').steps[1]).toBe('Check resource utilization (CPU, memory, disk I/O)');
  });

  it('has the communication plan: channels, cadence 30m / 1h, audiences', () => {
    expect(communication.channels).toEqual([
      { id: 'incident-chat-room', name: 'Dedicated incident response chat room', priority: 'primary' },
      { id: 'conference-call', name: 'Conference call', priority: 'secondary', use_for: 'complex incidents' },
    ]);
    expect(communication.status_updates).toEqual([
      { severity: 'sev-1', every: '30m' },
      { severity: 'sev-2', every: '1h' },
    ]);
    expect(communication.status_updates.map((update) => minutes(update.every))).toEqual([30, 60]);
    expect(communication.audiences).toEqual([
      { id: 'customers', name: 'Customers', means: ['Status page updates', 'Email notifications'] },
      { id: 'stakeholders', name: 'Stakeholders', means: ['Regular executive briefings'], severities: ['sev-1'] },
      { id: 'public', name: 'Public', means: ['Social media updates'], when: 'significant outages' },
    ]);
  });

  it('escalates technically through L1..L4 with increasing delays', () => {
    expect(escalation.technical).toEqual([
      { level: 1, name: 'On-call engineer', contacts: ['primary-on-call', 'secondary-on-call'], after: '0m' },
      { level: 2, name: 'Senior engineers and team leads', contacts: ['senior-engineers', 'team-leads'], after: '30m' },
      { level: 3, name: 'Architects and platform leads', contacts: ['architects', 'platform-leads'], after: '1h' },
      { level: 4, name: 'Executive leadership', contacts: ['cto', 'vp-engineering'], after: '2h' },
    ]);
    expect(escalation.technical.map((level) => minutes(level.after))).toEqual([0, 30, 60, 120]);
  });

  it('escalates to management: sev-3 team lead, sev-2 director within 1h, sev-1 CTO/VP within 30m', () => {
    expect(escalation.management).toEqual([
      { severity: 'sev-3', name: 'Team Lead notification', notify: ['team-leads'] },
      { severity: 'sev-2', name: 'Director notification', notify: ['engineering-director'], within: '1h' },
      { severity: 'sev-1', name: 'CTO/VP Engineering notification', notify: ['cto', 'vp-engineering'], within: '30m' },
    ]);
  });

  it('lists the 15 contacts with their placeholders', () => {
    expect(contacts.contacts.map((c) => [c.id, c.name, c.category, c.phone ?? c.contact ?? null])).toEqual([
      ['primary-on-call', 'Primary On-Call', 'on-call', '[Phone Number]'],
      ['secondary-on-call', 'Secondary On-Call', 'on-call', '[Phone Number]'],
      ['security-team', 'Security Team', 'on-call', '[Phone Number]'],
      ['cto', 'CTO', 'stakeholder', '[Contact Information]'],
      ['vp-engineering', 'VP of Engineering', 'stakeholder', '[Contact Information]'],
      ['head-of-security', 'Head of Security', 'stakeholder', '[Contact Information]'],
      ['customer-success-lead', 'Customer Success Lead', 'stakeholder', '[Contact Information]'],
      ['cloud-provider-support', 'Cloud Provider Support', 'vendor', '[Contact Information]'],
      ['database-vendor-support', 'Database Vendor Support', 'vendor', '[Contact Information]'],
      ['security-vendor-support', 'Security Vendor Support', 'vendor', '[Contact Information]'],
      ['senior-engineers', 'Senior engineers', 'staff', null],
      ['team-leads', 'Team leads', 'staff', null],
      ['architects', 'Architects', 'staff', null],
      ['platform-leads', 'Platform leads', 'staff', null],
      ['engineering-director', 'Director', 'staff', null],
    ]);
    expect(new Set(contacts.contacts.map((c) => c.github))).toEqual(new Set(['[GitHub Handle]']));
  });

  it('refers only to contacts, roles and severities that exist', () => {
    const contactIds = new Set(contacts.contacts.map((c) => c.id));
    const labels = new Set(severities.severities.map((s) => s.label));
    const referenced = [
      ...escalation.technical.flatMap((level) => level.contacts),
      ...escalation.management.flatMap((rule) => rule.notify),
    ];
    expect(referenced.filter((id) => !contactIds.has(id))).toEqual([]);
    const severityRefs = [
      ...escalation.management.map((rule) => rule.severity),
      ...communication.status_updates.map((update) => update.severity),
      ...communication.audiences.flatMap((audience) => audience.severities ?? []),
    ];
    expect(severityRefs.filter((label) => !labels.has(label))).toEqual([]);
    const roleIds = new Set(roles.roles.map((role) => role.id));
    const owners = ['service-outage', 'performance-degradation', 'security-incident', 'data-integrity'].map((id) => scenario(id).owner);
    expect(owners.filter((owner) => owner === undefined || !roleIds.has(owner))).toEqual([]);
  });

  it('has the six post-mortem elements and the five continuous-improvement practices', () => {
    expect(postmortem.elements.map((element) => [element.id, element.title])).toEqual([
      ['timeline', 'Timeline of events'],
      ['root-cause', 'Root cause analysis'],
      ['impact', 'Impact assessment'],
      ['resolution', 'Resolution steps'],
      ['lessons-learned', 'Lessons learned'],
      ['action-items', 'Action items for prevention'],
    ]);
    expect(postmortem.continuous_improvement).toEqual([
      'Regular review of incident response procedures',
      'Update playbooks based on lessons learned',
      'Conduct incident response training',
      'Test monitoring and alerting systems',
      'Review and update escalation contacts',
    ]);
  });

  it('lists the tools with their purposes by category', () => {
    expect(
      tools.categories.map((category) => [category.id, category.name, category.tools.map((tool) => `${tool.name}: ${tool.purpose ?? '-'}`)]),
    ).toEqual([
      [
        'monitoring',
        'Monitoring and Alerting',
        [
          'Prometheus and Grafana: metrics',
          'ELK Stack: log aggregation',
          'PagerDuty: alerting and on-call management',
          'Status.io: public status updates',
        ],
      ],
      ['communication', 'Communication', ['Slack: team communication', 'Zoom: video conferencing', 'Google Docs: collaborative documentation']],
      [
        'incident-management',
        'Incident Management',
        ['Jira Service Management: incident tracking', 'Confluence: documentation', 'Postmortem templates and processes: -'],
      ],
    ]);
  });
});
