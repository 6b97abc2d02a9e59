/**
 * The properties of every document type in `src/config/documents.ts`, and whether each is required,
 * paired with the object schema that must mirror it. The type checker keeps this table equal to the
 * TypeScript types (a missing, extra or wrongly optional key does not compile); the tests keep the
 * schemas equal to this table.
 */
import type {
  SinkDoc,
  AudienceDoc,
  ChannelDoc,
  CommunicationDoc,
  ContactDoc,
  ContactsDoc,
  EscalationDoc,
  ManagementRuleDoc,
  PhaseDoc,
  PostmortemDoc,
  ProcessDoc,
  ReviewDoc,
  RoleDoc,
  RolesDoc,
  ScenarioDoc,
  SettingsDoc,
  AlertsSection,
  AlertRuleDoc,
  SeverityDoc,
  SeveritiesDoc,
  StepDoc,
  TechnicalLevelDoc,
  ToolsDoc,
} from '../../src/config/documents.js';

/** For each property of `T`: `required` when the type demands it, `optional` when it may be absent. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{}` is meant: it extends Pick<T, K> exactly when K is optional
type Presence<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? 'optional' : 'required' };

/** An object schema (file and JSON Pointer inside it) and the properties it must have. */
export interface DocumentShape {
  file: string;
  pointer: string;
  presence: Record<string, 'required' | 'optional'>;
}

function shape<T>(file: string, pointer: string, presence: Presence<T>): DocumentShape {
  return { file, pointer, presence };
}

type Tool = ToolsDoc['categories'][number]['tools'][number];

/** Every object schema of every kind, with the TypeScript type it mirrors. */
export const DOCUMENT_SHAPES: DocumentShape[] = [
  shape<SinkDoc>('common.schema.json', '/$defs/sink', { type: 'required', secret: 'required', name: 'optional', url: 'optional' }),
  shape<ReviewDoc>('common.schema.json', '/$defs/review', {
    owners: 'required',
    last_reviewed: 'required',
    cadence: 'optional',
  }),
  shape<SettingsDoc>('settings.schema.json', '', {
    kind: 'required',
    review: 'required',
    name: 'required',
    overview: 'optional',
    incident_label: 'optional',
    minimum_permission: 'optional',
    trust_reporters: 'optional',
    sla_missed_label: 'optional',
    default_severity: 'optional',
    review_cadence: 'required',
    postmortem_path: 'optional',
    postmortem_overdue_label: 'optional',
    review_window: 'optional',
    alerts: 'optional',
  }),
  shape<AlertsSection>('settings.schema.json', '/properties/alerts', { default_severity: 'required', rules: 'optional', resolve: 'optional', reopen_within: 'optional' }),
  shape<AlertRuleDoc>('settings.schema.json', '/properties/alerts/properties/rules/items', { match: 'required', severity: 'optional', scenario: 'optional' }),
  shape<RolesDoc>('roles.schema.json', '', { kind: 'required', review: 'required', roles: 'required' }),
  shape<RoleDoc>('roles.schema.json', '/$defs/role', {
    id: 'required',
    name: 'required',
    abbreviation: 'optional',
    multiple: 'optional',
    commander: 'optional',
    responsibilities: 'required',
  }),
  shape<SeveritiesDoc>('severities.schema.json', '', { kind: 'required', review: 'required', severities: 'required' }),
  shape<SeverityDoc>('severities.schema.json', '/$defs/severity', {
    level: 'required',
    label: 'required',
    name: 'required',
    criteria: 'required',
    response_time: 'required',
    sinks: 'optional',
    postmortem: 'optional',
  }),
  shape<NonNullable<SeverityDoc['postmortem']>>('severities.schema.json', '/$defs/postmortem-rule', {
    required: 'required',
    due_after_resolution: 'optional',
  }),
  shape<ProcessDoc>('process.schema.json', '', { kind: 'required', review: 'required', phases: 'required' }),
  shape<PhaseDoc>('process.schema.json', '/$defs/phase', { id: 'required', name: 'required', steps: 'required' }),
  shape<Exclude<StepDoc, string>>('process.schema.json', '/$defs/titled-step', { title: 'required', tasks: 'optional' }),
  shape<ScenarioDoc>('scenario.schema.json', '', {
    kind: 'required',
    review: 'required',
    id: 'required',
    name: 'required',
    description: 'optional',
    owner: 'optional',
    symptoms: 'required',
    steps: 'required',
  }),
  shape<CommunicationDoc>('communication.schema.json', '', {
    kind: 'required',
    review: 'required',
    channels: 'required',
    status_updates: 'required',
    updates_by: 'optional',
    audiences: 'required',
  }),
  shape<ChannelDoc>('communication.schema.json', '/$defs/channel', {
    id: 'required',
    name: 'required',
    priority: 'required',
    use_for: 'optional',
    url: 'optional',
  }),
  shape<CommunicationDoc['status_updates'][number]>('communication.schema.json', '/$defs/status-update', {
    severity: 'required',
    every: 'required',
  }),
  shape<AudienceDoc>('communication.schema.json', '/$defs/audience', {
    id: 'required',
    name: 'required',
    means: 'required',
    severities: 'optional',
    when: 'optional',
  }),
  shape<EscalationDoc>('escalation.schema.json', '', {
    kind: 'required',
    review: 'required',
    technical: 'required',
    management: 'required',
  }),
  shape<TechnicalLevelDoc>('escalation.schema.json', '/$defs/technical-level', {
    level: 'required',
    name: 'required',
    contacts: 'required',
    after: 'required',
    sinks: 'optional',
  }),
  shape<ManagementRuleDoc>('escalation.schema.json', '/$defs/management-rule', {
    severity: 'required',
    name: 'required',
    notify: 'required',
    within: 'optional',
  }),
  shape<ContactsDoc>('contacts.schema.json', '', { kind: 'required', review: 'required', contacts: 'required' }),
  shape<ContactDoc>('contacts.schema.json', '/$defs/contact', {
    id: 'required',
    name: 'required',
    category: 'required',
    github: 'optional',
    email: 'optional',
    phone: 'optional',
    contact: 'optional',
    sinks: 'optional',
  }),
  shape<PostmortemDoc>('postmortem.schema.json', '', {
    kind: 'required',
    review: 'required',
    elements: 'required',
    continuous_improvement: 'required',
    reviewers: 'optional',
  }),
  shape<PostmortemDoc['elements'][number]>('postmortem.schema.json', '/$defs/element', {
    id: 'required',
    title: 'required',
    description: 'optional',
  }),
  shape<ToolsDoc>('tools.schema.json', '', { kind: 'required', review: 'required', categories: 'required' }),
  shape<ToolsDoc['categories'][number]>('tools.schema.json', '/$defs/category', {
    id: 'required',
    name: 'required',
    tools: 'required',
  }),
  shape<Tool>('tools.schema.json', '/$defs/tool', { name: 'required', purpose: 'optional', url: 'optional' }),
];

/** A closed set of values in the TypeScript types and the schema `enum` that must list exactly them. */
export interface EnumShape {
  file: string;
  pointer: string;
  values: string[];
}

function enumOf<T extends string>(file: string, pointer: string, values: Record<T, true>): EnumShape {
  return { file, pointer, values: Object.keys(values) };
}

/** Every string union of the document types, with the schema property that mirrors it. */
export const ENUM_SHAPES: EnumShape[] = [
  enumOf<NonNullable<SettingsDoc['minimum_permission']>>('settings.schema.json', '/properties/minimum_permission', {
    read: true,
    triage: true,
    write: true,
    maintain: true,
    admin: true,
  }),
  enumOf<ChannelDoc['priority']>('communication.schema.json', '/$defs/channel/properties/priority', {
    primary: true,
    secondary: true,
  }),
  enumOf<ContactDoc['category']>('contacts.schema.json', '/$defs/contact/properties/category', {
    'on-call': true,
    stakeholder: true,
    vendor: true,
    staff: true,
  }),
  enumOf<SinkDoc['type']>('common.schema.json', '/$defs/sink/properties/type', { slack: true, teams: true, pagerduty: true, webhook: true }),
];
