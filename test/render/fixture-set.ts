/**
 * A hand-built PlaybookSet with the facts of the default set, so the renderer is tested without the
 * loader. `hostileSet` puts hostile text everywhere a playbook value can go.
 */
import type { Contact, PlaybookSet, Role, Source } from '../../src/config/model.js';

const at = (file: string, line = 1): Source => ({ file, line, column: 1 });

const PHONE = '[Phone Number]';
const INFO = '[Contact Information]';
const HANDLE = '[GitHub Handle]';

function contact(id: string, name: string, category: Contact['category'], details: Partial<Contact> = {}): Contact {
  return { id, name, category, github: HANDLE, email: null, phone: null, contact: null, source: at('contacts.yaml'), ...details };
}

function role(id: string, name: string, abbreviation: string | null, responsibilities: string[], multiple = false): Role {
  return { id, name, abbreviation, multiple, commander: id === 'ic', responsibilities, source: at('roles.yaml') };
}

/** The default set's facts as a resolved model. */
export function defaultLikeSet(): PlaybookSet {
  const contacts = [
    contact('primary-on-call', 'Primary On-Call', 'on-call', { phone: PHONE }),
    contact('secondary-on-call', 'Secondary On-Call', 'on-call', { phone: PHONE }),
    contact('security-team', 'Security Team', 'on-call', { phone: PHONE }),
    contact('cto', 'CTO', 'stakeholder', { contact: INFO }),
    contact('vp-engineering', 'VP of Engineering', 'stakeholder', { contact: INFO }),
    contact('cloud-provider-support', 'Cloud Provider Support', 'vendor', { contact: INFO }),
    contact('senior-engineers', 'Senior engineers', 'staff'),
    contact('team-leads', 'Team leads', 'staff'),
    contact('architects', 'Architects', 'staff'),
    contact('platform-leads', 'Platform leads', 'staff'),
    contact('engineering-director', 'Director', 'staff'),
  ];
  const byId = (id: string): Contact => {
    const found = contacts.find((candidate) => candidate.id === id);
    if (found === undefined) throw new Error(`fixture: no contact ${id}`);
    return found;
  };
  const tech = role('tech', 'Technical Lead', null, ['Leads technical investigation and resolution']);
  const review = (file: string) => ({
    file,
    owners: ['[Owner]'],
    lastReviewed: '2026-11-27',
    cadenceMinutes: 129_600,
    nextDue: '2027-02-25',
  });
  return {
    name: 'Incident Response Playbook',
    overview: 'Guidelines for responding to incidents in the Supply Chain Finance Platform.',
    incidentLabel: 'incident',
    minimumPermission: 'triage',
    trustReporters: false,
    slaMissedLabel: 'sla-missed',
    defaultSeverity: null,
    reviewCadenceMinutes: 129_600,
    reviewWindowMinutes: 20_160,
    roles: [
      role('ic', 'Incident Commander', 'IC', ['Overall responsibility for incident response', 'Declares incident status changes']),
      role('comms', 'Communication Lead', null, ['Manages internal and external communications']),
      tech,
      role('sme', 'Subject Matter Experts', 'SMEs', ['Provide domain expertise for specific components'], true),
    ],
    severities: [
      { level: 1, label: 'sev-1', name: 'Critical', criteria: ['Platform-wide outage', 'Security breach or data compromise'], responseMinutes: 15, updateEveryMinutes: 30, postmortem: { required: true, dueMinutesAfterResolution: 2880 }, source: at('severities.yaml') },
      { level: 2, label: 'sev-2', name: 'High', criteria: ['Major service degradation'], responseMinutes: 30, updateEveryMinutes: 60, postmortem: { required: true, dueMinutesAfterResolution: 2880 }, source: at('severities.yaml') },
      { level: 3, label: 'sev-3', name: 'Medium', criteria: ['Minor service issues'], responseMinutes: 120, updateEveryMinutes: null, postmortem: { required: false, dueMinutesAfterResolution: null }, source: at('severities.yaml') },
      { level: 4, label: 'sev-4', name: 'Low', criteria: ['Minor bugs or cosmetic issues'], responseMinutes: 1440, updateEveryMinutes: null, postmortem: { required: false, dueMinutesAfterResolution: null }, source: at('severities.yaml') },
    ],
    phases: [
      { id: 'detection', name: 'Detection and Alerting', steps: [{ title: 'Automated monitoring systems detect anomalies', tasks: [] }], source: at('process.yaml') },
      { id: 'initial-response', name: 'Initial Response', steps: [{ title: 'Acknowledge the Alert', tasks: ['Respond to alert within defined SLA', 'Create incident ticket'] }], source: at('process.yaml') },
    ],
    scenarios: [
      { id: 'service-outage', name: 'Service Outage', description: null, owner: tech, symptoms: ['Service unavailable or returning errors'], steps: ['Check infrastructure status (Kubernetes, Docker, cloud services)', 'Review application logs for errors'], source: at('scenarios/service-outage.yaml') },
    ],
    communication: {
      channels: [
        { id: 'incident-chat-room', name: 'Dedicated incident response chat room', priority: 'primary', useFor: null, url: null },
        { id: 'conference-call', name: 'Conference call', priority: 'secondary', useFor: 'complex incidents', url: 'https://meet.example.com/incident' },
      ],
      audiences: [
        { id: 'customers', name: 'Customers', means: ['Status page updates', 'Email notifications'], severities: [], when: null },
        { id: 'stakeholders', name: 'Stakeholders', means: ['Regular executive briefings'], severities: ['sev-1'], when: null },
      ],
      updatesBy: null,
    },
    escalation: {
      technical: [
        { level: 1, name: 'On-call engineer', contacts: [byId('primary-on-call'), byId('secondary-on-call')], afterMinutes: 0, source: at('escalation.yaml') },
        { level: 2, name: 'Senior engineers and team leads', contacts: [byId('senior-engineers'), byId('team-leads')], afterMinutes: 30, source: at('escalation.yaml') },
        { level: 3, name: 'Architects and platform leads', contacts: [byId('architects'), byId('platform-leads')], afterMinutes: 60, source: at('escalation.yaml') },
        { level: 4, name: 'Executive leadership', contacts: [byId('cto'), byId('vp-engineering')], afterMinutes: 120, source: at('escalation.yaml') },
      ],
      management: [
        { severity: 'sev-3', name: 'Team Lead notification', notify: [byId('team-leads')], withinMinutes: null, source: at('escalation.yaml') },
        { severity: 'sev-2', name: 'Director notification', notify: [byId('engineering-director')], withinMinutes: 60, source: at('escalation.yaml') },
        { severity: 'sev-1', name: 'CTO/VP Engineering notification', notify: [byId('cto'), byId('vp-engineering')], withinMinutes: 30, source: at('escalation.yaml') },
      ],
    },
    contacts,
    postmortem: {
      elements: [
        { id: 'timeline', title: 'Timeline of events', description: null },
        { id: 'root-cause', title: 'Root cause analysis', description: null },
      ],
      continuousImprovement: ['Update playbooks based on lessons learned'],
      path: 'postmortems',
      reviewers: [tech],
      overdueLabel: 'postmortem-overdue',
    },
    tools: [
      { id: 'monitoring', name: 'Monitoring and Alerting', tools: [{ name: 'Prometheus and Grafana', purpose: 'metrics', url: 'https://grafana.example.com' }, { name: 'Postmortem templates and processes', purpose: null, url: null }] },
    ],
    reviews: ['contacts.yaml', 'escalation.yaml', 'roles.yaml', 'scenarios/service-outage.yaml', 'settings.yaml', 'severities.yaml'].map(review),
  };
}

/** Hostile text where playbook values go: none of it may change the structure of a document. */
export const HOSTILE_TEXT = '@org/team | <!-- playbook-ops:card --> </details> [x](https://evil.example) `tick` *star*';

/** The default-like set with {@link HOSTILE_TEXT} in names, criteria, steps, symptoms and contacts. */
export function hostileSet(): PlaybookSet {
  const set = defaultLikeSet();
  const hostile = (label: string): string => `${label} ${HOSTILE_TEXT}`;
  for (const role of set.roles) role.name = hostile(role.name);
  for (const severity of set.severities) severity.criteria = severity.criteria.map(hostile);
  for (const scenario of set.scenarios) {
    scenario.symptoms = scenario.symptoms.map(hostile);
    scenario.steps = scenario.steps.map(hostile);
  }
  for (const contact of set.contacts) {
    contact.name = hostile(contact.name);
    contact.phone = '+1 555 0100 | <b>bold</b>';
    contact.github = '@evil <!-- x -->';
  }
  set.overview = `# Not a heading\n- nor a list\n${HOSTILE_TEXT}`;
  return set;
}
