/**
 * Resolving a checked set of documents into the {@link PlaybookSet} the engine uses: durations
 * in minutes, references replaced by the objects they name, severities ordered by level.
 * Only called when validation found no errors, so every lookup here succeeds.
 */
import { addMinutesToDate } from './calendar-date.js';
import type { DocKind, PlaybookDoc, StepDoc } from './documents.js';
import type { DocumentSet, ValidDocument } from './document-set.js';
import type { ParsedDocument } from './located.js';
import { parseDuration } from './duration.js';
import { resolveAlerts } from './resolve-alerts.js';
import { resolveSinks } from './resolve-sinks.js';
import type { Contact, PlaybookSet, Review, Role, Severity, Source, Step } from './model.js';

function minutes(text: string): number {
  const value = parseDuration(text);
  // Stryker disable next-line ConditionalExpression,StringLiteral: the schemas' duration pattern is parseDuration's, so a valid document's durations all parse
  if (value === null) throw new Error(`playbook-ops: unchecked duration "${text}" reached the resolver`);
  return value;
}

function only<K extends DocKind>(set: DocumentSet, kind: K): ValidDocument<K> {
  const document = set.single(kind);
  if (document === null) throw new Error(`playbook-ops: the set reached the resolver without a valid ${kind} document`);
  return document;
}

function sourceOf(document: ParsedDocument, pointer: string): Source {
  const place = document.locator.value(pointer);
  return { file: document.file, line: place.line, column: place.column };
}

function lookup<T extends { id: string }>(items: readonly T[], id: string): T {
  const found = items.find((item) => item.id === id);
  if (found === undefined) throw new Error(`playbook-ops: unchecked reference "${id}" reached the resolver`);
  return found;
}

function step(doc: StepDoc): Step {
  return typeof doc === 'string' ? { title: doc, tasks: [] } : { title: doc.title, tasks: doc.tasks ?? [] };
}

// The set's documents are in path order already (findYamlFiles sorts the files), which is the order
// the model promises for reviews and scenarios.
function reviews(set: DocumentSet, defaultCadence: number): Review[] {
  return set.documents.map((document) => {
    const review = (document.value as PlaybookDoc).review;
    const cadenceMinutes = review.cadence === undefined ? defaultCadence : minutes(review.cadence);
    return {
      file: document.file,
      owners: review.owners,
      lastReviewed: review.last_reviewed,
      cadenceMinutes,
      nextDue: addMinutesToDate(review.last_reviewed, cadenceMinutes),
    };
  });
}

/** The resolved model of a set that passed validation without errors. */
export function resolvePlaybookSet(set: DocumentSet): PlaybookSet {
  const settings = only(set, 'settings');
  const rolesDoc = only(set, 'roles');
  const severitiesDoc = only(set, 'severities');
  const processDoc = only(set, 'process');
  const communication = only(set, 'communication');
  const escalation = only(set, 'escalation');
  const contactsDoc = only(set, 'contacts');
  const postmortem = only(set, 'postmortem');
  const tools = only(set, 'tools');

  const roles: Role[] = rolesDoc.value.roles.map((role, index) => ({
    id: role.id,
    name: role.name,
    abbreviation: role.abbreviation ?? null,
    multiple: role.multiple ?? false,
    commander: role.commander ?? false,
    responsibilities: role.responsibilities,
    source: sourceOf(rolesDoc, `/roles/${index}`),
  }));
  const contacts: Contact[] = contactsDoc.value.contacts.map((contact, index) => ({
    id: contact.id,
    name: contact.name,
    category: contact.category,
    github: contact.github ?? null,
    email: contact.email ?? null,
    phone: contact.phone ?? null,
    contact: contact.contact ?? null,
    ...resolveSinks(contact.sinks),
    source: sourceOf(contactsDoc, `/contacts/${index}`),
  }));
  const updateEvery = new Map(communication.value.status_updates.map((update) => [update.severity, minutes(update.every)]));
  const severities: Severity[] = severitiesDoc.value.severities
    .map((severity, index) => ({
      level: severity.level,
      label: severity.label,
      name: severity.name,
      criteria: severity.criteria,
      responseMinutes: minutes(severity.response_time),
      updateEveryMinutes: updateEvery.get(severity.label) ?? null,
      postmortem: {
        required: severity.postmortem?.required ?? false,
        dueMinutesAfterResolution:
          severity.postmortem?.due_after_resolution === undefined ? null : minutes(severity.postmortem.due_after_resolution),
      },
      ...resolveSinks(severity.sinks),
      source: sourceOf(severitiesDoc, `/severities/${index}`),
    }))
    .sort((a, b) => a.level - b.level);
  const reviewCadenceMinutes = minutes(settings.value.review_cadence);

  const resolved: PlaybookSet = {
    name: settings.value.name,
    overview: settings.value.overview ?? null,
    incidentLabel: settings.value.incident_label ?? 'incident',
    minimumPermission: settings.value.minimum_permission ?? 'triage',
    trustReporters: settings.value.trust_reporters ?? false,
    slaMissedLabel: settings.value.sla_missed_label ?? 'sla-missed',
    defaultSeverity: severities.find((severity) => severity.label === settings.value.default_severity) ?? null,
    reviewCadenceMinutes,
    reviewWindowMinutes: minutes(settings.value.review_window ?? '14d'),
    roles,
    severities,
    phases: processDoc.value.phases.map((phase, index) => ({
      id: phase.id,
      name: phase.name,
      steps: phase.steps.map(step),
      source: sourceOf(processDoc, `/phases/${index}`),
    })),
    scenarios: set.valid('scenario').map((document) => ({
      id: document.value.id,
      name: document.value.name,
      description: document.value.description ?? null,
      owner: document.value.owner === undefined ? null : lookup(roles, document.value.owner),
      symptoms: document.value.symptoms,
      steps: document.value.steps,
      // Stryker disable next-line StringLiteral: a pointer with no node falls back to the root, which '' names
      source: sourceOf(document, ''),
    })),
    communication: {
      channels: communication.value.channels.map((channel) => ({
        id: channel.id,
        name: channel.name,
        priority: channel.priority,
        useFor: channel.use_for ?? null,
        url: channel.url ?? null,
      })),
      audiences: communication.value.audiences.map((audience) => ({
        id: audience.id,
        name: audience.name,
        means: audience.means,
        severities: audience.severities ?? [],
        when: audience.when ?? null,
      })),
      updatesBy: communication.value.updates_by === undefined ? null : lookup(roles, communication.value.updates_by),
    },
    escalation: {
      technical: escalation.value.technical.map((level, index) => ({
        level: level.level,
        name: level.name,
        contacts: level.contacts.map((id) => lookup(contacts, id)),
        afterMinutes: minutes(level.after),
        ...resolveSinks(level.sinks),
        source: sourceOf(escalation, `/technical/${index}`),
      })),
      management: escalation.value.management.map((rule, index) => ({
        severity: rule.severity,
        name: rule.name,
        notify: rule.notify.map((id) => lookup(contacts, id)),
        withinMinutes: rule.within === undefined ? null : minutes(rule.within),
        source: sourceOf(escalation, `/management/${index}`),
      })),
    },
    contacts,
    postmortem: {
      elements: postmortem.value.elements.map((element) => ({
        id: element.id,
        title: element.title,
        description: element.description ?? null,
      })),
      continuousImprovement: postmortem.value.continuous_improvement,
      path: settings.value.postmortem_path ?? 'postmortems',
      reviewers:
        postmortem.value.reviewers === undefined ? roles.filter((role) => role.commander) : postmortem.value.reviewers.map((id) => lookup(roles, id)),
      overdueLabel: settings.value.postmortem_overdue_label ?? 'postmortem-overdue',
    },
    tools: tools.value.categories.map((category) => ({
      id: category.id,
      name: category.name,
      tools: category.tools.map((tool) => ({ name: tool.name, purpose: tool.purpose ?? null, url: tool.url ?? null })),
    })),
    reviews: reviews(set, reviewCadenceMinutes),
  };
  const alerts = settings.value.alerts;
  return alerts === undefined ? resolved : { ...resolved, alerts: resolveAlerts(alerts, resolved) };
}
