/** Every reference names something that exists: `unknown-reference`, with a did-you-mean. */
import type { Diagnostic } from '../diagnostic.js';
import type { DocumentSet } from '../document-set.js';
import { type ParsedDocument, diagnosticAt } from '../located.js';
import { didYouMean } from '../suggest.js';

/** One reference: where it is written and what it names. */
interface Reference {
  document: ParsedDocument;
  pointer: string;
  name: string;
}

/** What references of one sort may name, and where those names are defined. */
interface Targets {
  names: readonly string[];
  where: string;
}

function unknown(references: Reference[], targets: Targets | null, what: string, plural: string): Diagnostic[] {
  // No targets (their document is missing or invalid): that is reported on its own, once.
  if (targets === null) return [];
  const names = new Set(targets.names);
  return references
    .filter((reference) => !names.has(reference.name))
    .map((reference) =>
      diagnosticAt(reference.document, reference.pointer, {
        rule: 'unknown-reference',
        message: `unknown ${what} ${JSON.stringify(reference.name)}`,
        hint: `${didYouMean(reference.name, targets.names, `known ${plural}`)} (${plural} are defined in ${targets.where})`,
      }),
    );
}

/** Every `unknown-reference` of the set. */
export function checkReferences(set: DocumentSet): Diagnostic[] {
  const roles = set.single('roles');
  const contacts = set.single('contacts');
  const severities = set.single('severities');
  const escalation = set.valid('escalation');
  const communication = set.valid('communication');

  const owners = [
    ...set.valid('scenario').flatMap((document) => (document.value.owner === undefined ? [] : [{ document, pointer: '/owner', name: document.value.owner }])),
    ...communication.flatMap((document) => (document.value.updates_by === undefined ? [] : [{ document, pointer: '/updates_by', name: document.value.updates_by }])),
    ...set.valid('postmortem').flatMap((document) => (document.value.reviewers ?? []).map((name, at) => ({ document, pointer: `/reviewers/${at}`, name }))),
  ];
  const contactRefs = escalation.flatMap((document) => [
    ...document.value.technical.flatMap((level, index) =>
      level.contacts.map((name, at) => ({ document, pointer: `/technical/${index}/contacts/${at}`, name })),
    ),
    ...document.value.management.flatMap((rule, index) =>
      rule.notify.map((name, at) => ({ document, pointer: `/management/${index}/notify/${at}`, name })),
    ),
  ]);
  const severityRefs = [
    ...escalation.flatMap((document) =>
      document.value.management.map((rule, index) => ({ document, pointer: `/management/${index}/severity`, name: rule.severity })),
    ),
    ...set.valid('settings').flatMap((document) =>
      document.value.default_severity === undefined ? [] : [{ document, pointer: '/default_severity', name: document.value.default_severity }],
    ),
    ...set.valid('settings').flatMap((document) => {
      const alerts = document.value.alerts;
      if (alerts === undefined) return [];
      return [
        { document, pointer: '/alerts/default_severity', name: alerts.default_severity },
        // Stryker disable next-line ArrayDeclaration: a list of anything but rules names no severity
        ...(alerts.rules ?? []).flatMap((rule, index) => (rule.severity === undefined ? [] : [{ document, pointer: `/alerts/rules/${index}/severity`, name: rule.severity }])),
      ];
    }),
    ...communication.flatMap((document) => [
      ...document.value.status_updates.map((update, index) => ({ document, pointer: `/status_updates/${index}/severity`, name: update.severity })),
      ...document.value.audiences.flatMap((audience, index) =>
        (audience.severities ?? []).map((name, at) => ({ document, pointer: `/audiences/${index}/severities/${at}`, name })),
      ),
    ]),
  ];

  const scenarioRefs = set
    .valid('settings')
    .flatMap((document) =>
      // Stryker disable next-line ArrayDeclaration: a list of anything but rules names no scenario
      (document.value.alerts?.rules ?? []).flatMap((rule, index) => (rule.scenario === undefined ? [] : [{ document, pointer: `/alerts/rules/${index}/scenario`, name: rule.scenario }])),
    );
  // An invalid scenario document may be the one named: it is reported on its own, once.
  const scenarioInvalid = set.documents.some((document) => document.kind === 'scenario' && !document.valid);
  const scenarios = scenarioInvalid ? null : { names: set.valid('scenario').map((document) => document.value.id), where: 'the scenario documents' };

  return [
    ...unknown(scenarioRefs, scenarios, 'scenario', 'scenarios'),
    ...unknown(owners, roles && { names: roles.value.roles.map((role) => role.id), where: roles.file }, 'role', 'roles'),
    ...unknown(contactRefs, contacts && { names: contacts.value.contacts.map((contact) => contact.id), where: contacts.file }, 'contact', 'contacts'),
    ...unknown(severityRefs, severities && { names: severities.value.severities.map((severity) => severity.label), where: severities.file }, 'severity', 'severities'),
  ];
}
