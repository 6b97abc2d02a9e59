/**
 * What the playbook document templates see: the resolved set plus the cross-references a reader
 * needs and the YAML does not spell out (which management rule belongs to a severity, where a
 * contact is paged, which scenarios a role leads). Computed here so templates stay plain layout.
 */
import type { Contact, ManagementRule, PlaybookSet, Review, Role, Scenario, Severity } from '../config/model.js';
import { isPlaceholder } from '../config/placeholder.js';

/** One document of a set: its template, where it is written, its line in the index, its data. */
export interface DocumentEntry {
  template: string;
  /** Relative to the output directory, with `/` separators. */
  path: string;
  title: string;
  /** What a reader finds there, one line for the index. */
  summary: string;
  /** The template's data, computed when the document is rendered. */
  data: () => unknown;
}

/** The note at the end of every document: where it comes from and who reviews it. */
export interface FooterView {
  source: string;
  review: Review | null;
}

const CATEGORY_TITLES: Record<Contact['category'], string> = {
  'on-call': 'On-call',
  stakeholder: 'Key stakeholders',
  vendor: 'External contacts',
  staff: 'Engineering staff',
};

/** The path of a scenario's document, relative to the output directory. */
export function scenarioPath(scenario: Scenario): string {
  return `scenarios/${scenario.id}.md`;
}

/** Every document of a set, in reading order. */
export function documentEntries(set: PlaybookSet): DocumentEntry[] {
  return [
    { template: 'index', path: 'README.md', title: set.name, summary: 'start here', data: () => indexView(set) },
    {
      template: 'severities',
      path: 'severities.md',
      title: 'Severities',
      summary: 'how bad is it, and how fast to respond',
      data: () => severitiesView(set),
    },
    { template: 'roles', path: 'roles.md', title: 'Roles', summary: 'who does what', data: () => rolesView(set) },
    {
      template: 'process',
      path: 'process.md',
      title: 'Response process',
      summary: 'the phases, step by step',
      data: () => processView(set),
    },
    {
      template: 'escalation',
      path: 'escalation.md',
      title: 'Escalation',
      summary: 'who is paged, and when',
      data: () => escalationView(set),
    },
    {
      template: 'communication',
      path: 'communication.md',
      title: 'Communication',
      summary: 'channels, status updates, who to tell',
      data: () => communicationView(set),
    },
    {
      template: 'contacts',
      path: 'contacts.md',
      title: 'Contacts',
      summary: 'people, teams and vendors to reach',
      data: () => contactsView(set),
    },
    {
      template: 'postmortem',
      path: 'postmortem.md',
      title: 'Post-mortem',
      summary: 'what happens after resolution',
      data: () => postmortemView(set),
    },
    {
      template: 'tools',
      path: 'tools.md',
      title: 'Tools and resources',
      summary: 'where to look and where to talk',
      data: () => toolsView(set),
    },
    ...set.scenarios.map((scenario) => ({
      template: 'scenario',
      path: scenarioPath(scenario),
      title: scenario.name,
      // The symptoms are what a reader matches the incident against.
      summary: scenario.description ?? scenario.symptoms.join('; '),
      data: () => scenarioView(set, scenario),
    })),
  ];
}

function footer(set: PlaybookSet, source: string): FooterView {
  return { source, review: set.reviews.find((review) => review.file === source) ?? null };
}

function severityTitle(label: string): string {
  return label.toUpperCase();
}

function managementView(set: PlaybookSet, rule: ManagementRule) {
  const severity = set.severities.find((candidate) => candidate.label === rule.severity);
  return { ...rule, severityTitle: severityTitle(rule.severity), severityName: severity?.name ?? null };
}

function severityView(set: PlaybookSet, severity: Severity) {
  return {
    ...severity,
    title: severityTitle(severity.label),
    management: set.escalation.management
      .filter((rule) => rule.severity === severity.label)
      .map((rule) => managementView(set, rule)),
    audiences: set.communication.audiences.filter(
      (audience) => audience.severities.length === 0 || audience.severities.includes(severity.label),
    ),
  };
}

function managementByLevel(set: PlaybookSet) {
  const level = (rule: ManagementRule) =>
    set.severities.find((severity) => severity.label === rule.severity)?.level ?? Number.MAX_SAFE_INTEGER;
  return [...set.escalation.management].sort((a, b) => level(a) - level(b)).map((rule) => managementView(set, rule));
}

/** Where a contact is paged or notified, in words: `L1`, `SEV-1 management`. */
function contactUses(set: PlaybookSet, contact: Contact): string[] {
  return [
    ...set.escalation.technical
      .filter((level) => level.contacts.some((candidate) => candidate.id === contact.id))
      .map((level) => `L${level.level}`),
    ...set.escalation.management
      .filter((rule) => rule.notify.some((candidate) => candidate.id === contact.id))
      .map((rule) => `${severityTitle(rule.severity)} management`),
  ];
}

function placeholderCount(contact: Contact): number {
  return [contact.github, contact.email, contact.phone, contact.contact].filter(
    (value) => value !== null && isPlaceholder(value),
  ).length;
}

function roleCommand(role: Role): string {
  return role.commander ? '/ic @user' : `/role ${role.id} @user`;
}

function escalationContacts(set: PlaybookSet): Contact[] {
  const named = [
    ...set.escalation.technical.flatMap((level) => level.contacts),
    ...managementByLevel(set).flatMap((rule) => rule.notify),
  ];
  return named.filter((contact, index) => named.findIndex((other) => other.id === contact.id) === index);
}

/** The data of the index document (`README.md`). */
export function indexView(set: PlaybookSet) {
  const entries = documentEntries(set).map(({ template, path, title, summary }) => ({ template, path, title, summary }));
  return {
    set,
    severities: set.severities.map((severity) => severityView(set, severity)),
    documents: entries.filter((entry) => entry.template !== 'index' && entry.template !== 'scenario'),
    scenarios: entries.filter((entry) => entry.template === 'scenario'),
    reviews: [...set.reviews].sort((a, b) => a.nextDue.localeCompare(b.nextDue) || a.file.localeCompare(b.file)),
    footer: footer(set, 'settings.yaml'),
  };
}

/** The data of `roles.md`. */
export function rolesView(set: PlaybookSet) {
  return {
    set,
    roles: set.roles.map((role) => ({
      ...role,
      command: roleCommand(role),
      scenarios: set.scenarios
        .filter((scenario) => scenario.owner?.id === role.id)
        .map((scenario) => ({ name: scenario.name, path: scenarioPath(scenario) })),
    })),
    footer: footer(set, set.roles[0]?.source.file ?? 'roles.yaml'),
  };
}

/** The data of `severities.md`. */
export function severitiesView(set: PlaybookSet) {
  return {
    set,
    severities: set.severities.map((severity) => severityView(set, severity)),
    footer: footer(set, set.severities[0]?.source.file ?? 'severities.yaml'),
  };
}

/** The data of `process.md`. */
export function processView(set: PlaybookSet) {
  return {
    set,
    phases: set.phases.map((phase, index) => ({ ...phase, number: index + 1, command: `/status ${phase.id}` })),
    footer: footer(set, set.phases[0]?.source.file ?? 'process.yaml'),
  };
}

/** The data of `scenarios/<id>.md`. */
export function scenarioView(set: PlaybookSet, scenario: Scenario) {
  return {
    set,
    scenario,
    severities: set.severities.map((severity) => ({ ...severity, title: severityTitle(severity.label) })),
    footer: footer(set, scenario.source.file),
  };
}

/** The data of `communication.md`. */
export function communicationView(set: PlaybookSet) {
  return {
    set,
    channels: set.communication.channels,
    severities: set.severities.map((severity) => ({ ...severity, title: severityTitle(severity.label) })),
    audiences: set.communication.audiences.map((audience) => ({
      ...audience,
      severityTitles: audience.severities.map(severityTitle),
    })),
    footer: footer(set, 'communication.yaml'),
  };
}

/** The data of `escalation.md`. */
export function escalationView(set: PlaybookSet) {
  return {
    set,
    technical: set.escalation.technical,
    management: managementByLevel(set),
    unmanaged: set.severities
      .filter((severity) => !set.escalation.management.some((rule) => rule.severity === severity.label))
      .map((severity) => ({ ...severity, title: severityTitle(severity.label) })),
    contacts: escalationContacts(set).map((contact) => ({ ...contact, uses: contactUses(set, contact) })),
    footer: footer(set, set.escalation.technical[0]?.source.file ?? 'escalation.yaml'),
  };
}

/** The data of `contacts.md`. */
export function contactsView(set: PlaybookSet) {
  const categories = Object.keys(CATEGORY_TITLES) as Contact['category'][];
  return {
    set,
    groups: categories
      .map((category) => ({
        title: CATEGORY_TITLES[category],
        contacts: set.contacts
          .filter((contact) => contact.category === category)
          .map((contact) => ({ ...contact, uses: contactUses(set, contact) })),
      }))
      .filter((group) => group.contacts.length > 0),
    placeholders: set.contacts.reduce((count, contact) => count + placeholderCount(contact), 0),
    footer: footer(set, set.contacts[0]?.source.file ?? 'contacts.yaml'),
  };
}

/** The data of `postmortem.md`. */
export function postmortemView(set: PlaybookSet) {
  return {
    set,
    required: set.severities
      .filter((severity) => severity.postmortem.required)
      .map((severity) => ({ ...severity, title: severityTitle(severity.label) })),
    optional: set.severities
      .filter((severity) => !severity.postmortem.required)
      .map((severity) => ({ ...severity, title: severityTitle(severity.label) })),
    footer: footer(set, 'postmortem.yaml'),
  };
}

/** The data of `tools.md`. */
export function toolsView(set: PlaybookSet) {
  return { set, categories: set.tools, footer: footer(set, 'tools.yaml') };
}
