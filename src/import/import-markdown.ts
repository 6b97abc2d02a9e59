import type { CommunicationDoc, ContactDoc, PlaybookDoc, ReviewDoc, SeveritiesDoc, TechnicalLevelDoc } from '../config/documents.js';
import { ContactBook } from './contact-book.js';
import { normalizeWords } from './normalize-words.js';
import { Ledger } from './ledger.js';
import type { MapContext } from './map-context.js';
import { mapCommunication } from './map-communication.js';
import { mapContacts } from './map-contacts.js';
import { mapEscalation } from './map-escalation.js';
import { mapPostmortem, type PostmortemRule } from './map-postmortem.js';
import { mapProcess } from './map-process.js';
import { mapRoles } from './map-roles.js';
import { mapScenarios } from './map-scenarios.js';
import { mapSettings } from './map-settings.js';
import { mapSeverities, type StatedCadence } from './map-severities.js';
import { type MappedValue, valueMapping } from './value-mapping.js';
import { mapTools } from './map-tools.js';
import { readMarkdown, type UnreadRun } from './markdown-tree.js';
import { type ImportNote, sortNotes } from './notes.js';
import { orPlaceholder, PLACEHOLDERS } from './placeholders.js';
import { reportUnused } from './report-unused.js';
import { SectionMap } from './section-map.js';
import { sectionMeaning } from './section-meaning.js';
import { buildSections, type Section } from './sections.js';
import { SeverityScale } from './severity-scale.js';

/** Who owns the imported files and when they count as reviewed. */
export interface ImportOptions {
  /** GitHub handle of the owner, or a placeholder such as `[Owner]`. */
  owner: string;
  /** `YYYY-MM-DD`. */
  reviewed: string;
}

/** One file of the imported set. */
export interface ImportedFile {
  /** Path inside the output directory, `/`-separated: `roles.yaml`, `scenarios/service-outage.yaml`. */
  path: string;
  document: PlaybookDoc;
}

/** The imported set and what the user must know about it. */
export interface ImportResult {
  /** In the set's fixed order: settings, roles, severities, process, scenarios, communication, escalation, contacts, postmortem, tools. */
  files: ImportedFile[];
  /** In source order; notes about absent things last. */
  notes: ImportNote[];
  /** Which source line each written value came from, in source order. */
  mapping: MappedValue[];
}

/**
 * The title and the section the playbook's sections hang from. A document that opens with a
 * level-1 heading is titled by it; when that heading holds the whole document, its sub-sections
 * are the playbook's sections.
 */
function splitTitle(root: Section, ledger: Ledger): { title: string | null; titleLine: number | null; body: Section } {
  const [first] = root.children;
  if (first?.depth !== 1 || first.heading === null) return { title: null, titleLine: null, body: root };
  ledger.use(first.heading);
  return { title: first.title, titleLine: first.startLine, body: root.children.length === 1 ? first : root };
}

/** Applies the post-mortem rule to the severities: the named ones require it, by the stated deadline; the others do not. */
function applyPostmortemRule(severities: SeveritiesDoc, rule: PostmortemRule | null, ledger: Ledger): void {
  if (rule === null) return;
  for (const severity of severities.severities) {
    // A level whose own row states its post-mortem keeps it; where the rule says otherwise, a note says so.
    if (severity.postmortem !== undefined) {
      if (rule.severities.includes(severity.label) && !severity.postmortem.required) {
        ledger.note('not imported', rule.paragraph, `post-mortem rule for ${severity.label}: its row in the severities says none is required, which is kept`);
      }
      continue;
    }
    severity.postmortem = rule.severities.includes(severity.label)
      ? { required: true, ...(rule.due === null ? {} : { due_after_resolution: rule.due }) }
      : { required: false };
    ledger.source(rule.paragraph, severity, 'postmortem');
  }
}

/**
 * Turns a Markdown incident playbook into a playbook set. Each known section maps to its
 * document; what no mapper used is noted as `not imported` with its line, what the source lacks as
 * `missing` (with a placeholder where the schema allows one), and values taken from the project's
 * defaults as `assumed`. Pure: no files are read or written here. Reads the Markdown in linear time;
 * throws a `MarkdownTooLargeError` for a text over `MAX_MARKDOWN_BYTES` (1 MiB).
 */
export function importMarkdown(markdown: string, options: ImportOptions): ImportResult {
  const ledger = new Ledger();
  const tree = readMarkdown(markdown);
  const root = buildSections(tree.root, (title) => sectionMeaning(normalizeWords(title.replace(/^\d+(?:\.\d+)*\.?\s+/, ''))) !== null);
  const { title, titleLine, body } = splitTitle(root, ledger);
  const review: ReviewDoc = { owners: [options.owner], last_reviewed: options.reviewed };
  const base: MapContext = { body, ledger, review, sections: new SectionMap(body), scale: new SeverityScale() };
  const gap = (what: string, present: boolean, expected: string, file: string) => ({ ledger, what, present, expected, file });

  // Severities first: the other sections name levels by the source's codes and names.
  const settings = mapSettings(base, title, titleLine);
  const mapped = mapSeverities(base);
  const context: MapContext = { ...base, scale: mapped?.scale ?? base.scale };
  const severities = mapped?.doc ?? { kind: 'severities', severities: [], review };
  const listed = mapContacts(context);
  const book = new ContactBook(listed ?? [], ledger);
  const roles = mapRoles(context, book);
  const process = mapProcess(context);
  const scenarios = mapScenarios(context, roles?.roles ?? []) ?? [];
  const communication = mapCommunication(context);
  const escalation = mapEscalation(context, book);
  const postmortem = mapPostmortem(context);
  const tools = mapTools(context);
  reportUnused(root, ledger);
  for (const run of tree.unread) ledger.note('not imported', run.startLine, unreadMessage(run));

  if (severities.severities.length === 0) ledger.note('missing', null, MISSING_SEVERITIES);
  if (scenarios.length === 0) ledger.note('missing', null, 'scenarios: the source has no incident scenarios or runbooks; no scenarios/ files written. Add a section headed "Runbooks" with one sub-heading per runbook and a numbered list of its steps');
  applyPostmortemRule(severities, postmortem?.rule ?? null, ledger);
  const statusUpdates = mergeCadences(communication?.status_updates ?? [], mapped?.cadences ?? [], ledger);
  const contacts = book.contacts();
  const technical = escalation !== null && escalation.technical.length > 0 ? escalation.technical : placeholderLevel(escalation !== null, contacts, ledger);

  const documents: PlaybookDoc[] = [
    settings,
    {
      kind: 'roles',
      roles: orPlaceholder(roles?.roles ?? [], PLACEHOLDERS.role, gap('roles', roles !== null, 'roles', 'roles.yaml')),
      review,
    },
    severities,
    {
      kind: 'process',
      phases: orPlaceholder(process?.phases ?? [], PLACEHOLDERS.phase, gap('phases', process !== null, 'response process', 'process.yaml')),
      review,
    },
    ...scenarios,
    {
      kind: 'communication',
      channels: orPlaceholder(
        communication?.channels ?? [],
        PLACEHOLDERS.channel,
        gap('channels', communication !== null, 'communication plan', 'communication.yaml'),
      ),
      status_updates: statusUpdates,
      audiences: communication?.audiences ?? [],
      review,
    },
    { kind: 'escalation', technical, management: escalation?.management ?? [], review },
    {
      kind: 'contacts',
      contacts: orPlaceholder(contacts, PLACEHOLDERS.contact, gap('contacts', listed !== null, 'contact information', 'contacts.yaml')),
      review,
    },
    {
      kind: 'postmortem',
      elements: orPlaceholder(
        postmortem?.doc.elements ?? [],
        PLACEHOLDERS.element,
        gap('post-mortem elements', postmortem !== null, 'post-incident', 'postmortem.yaml'),
      ),
      continuous_improvement: orPlaceholder(
        postmortem?.doc.continuous_improvement ?? [],
        PLACEHOLDERS.practice,
        gap('continuous-improvement practices', postmortem !== null, 'post-incident', 'postmortem.yaml'),
      ),
      review,
    },
    {
      kind: 'tools',
      categories: orPlaceholder(tools?.categories ?? [], PLACEHOLDERS.category, gap('tools', tools !== null, 'tools and resources', 'tools.yaml')),
      review,
    },
  ];
  const files = documents.map((document) => ({ path: filePath(document), document }));
  return { files, notes: sortNotes(ledger.notes), mapping: valueMapping(files, ledger.sources) };
}

/** What to add when the source has no severity levels: the one part an imported set cannot do without. */
const MISSING_SEVERITIES =
  'severities: the source has no severity levels, so severities.yaml has none and the set will not validate. Add a section headed "Severity levels" ' +
  'with one list item per level, e.g. "- **SEV-1 (Critical)**: customers cannot pay; respond within 15 minutes", or a table ' +
  '"| Severity | Meaning | Acknowledge within | Update every |" with one row per level';

/**
 * The status-update cadences: the communication plan's, then those the severities state
 * (`Update every` column) for levels the plan does not cover.
 */
function mergeCadences(fromPlan: CommunicationDoc['status_updates'], stated: readonly StatedCadence[], ledger: Ledger): CommunicationDoc['status_updates'] {
  const merged = [...fromPlan];
  for (const cadence of stated) {
    const planned = merged.find((each) => each.severity === cadence.severity);
    if (planned !== undefined) {
      if (planned.every !== cadence.every) {
        ledger.note('not imported', cadence.at, `status updates of ${cadence.severity} every ${cadence.every}: the communication plan's every ${planned.every} is kept`);
      }
      continue;
    }
    const update = { severity: cadence.severity, every: cadence.every };
    ledger.source(cadence.at, update, 'every');
    merged.push(update);
  }
  return merged;
}

/**
 * The technical level written when the source names none, so the set still validates: it pages
 * the first contact (or the contact placeholder) at once, and the note says what to add.
 */
function placeholderLevel(sectionPresent: boolean, contacts: readonly ContactDoc[], ledger: Ledger): TechnicalLevelDoc[] {
  const first = contacts[0]?.id ?? PLACEHOLDERS.contact.id;
  const why = sectionPresent ? 'no technical escalation levels found in the escalation section' : 'the source has no escalation section';
  ledger.note(
    'missing',
    null,
    `escalation: ${why}; wrote level 1 "[Escalation Level]" paging ${first} at once. Add a section headed "Escalation" with a numbered list of who is paged when, e.g. "1. Primary on-call (@org/oncall) — paged at once", "2. Secondary on-call (@org/backup) — paged after 15 minutes"`,
  );
  return [{ level: 1, name: '[Escalation Level]', contacts: [first], after: '0m' }];
}

/** The note for a run of lines the reader could not read in one piece (see markdown-tree.ts). */
function unreadMessage(run: UnreadRun): string {
  const what = run.nested ? 'quotes or lists nested without a blank line between their blocks' : 'a paragraph or table';
  return `lines ${run.startLine}–${run.endLine} (${run.bytes.toLocaleString('en-US')} characters): ${what}, too long for the Markdown parser to read; break it up with blank lines`;
}

/** Where a document goes in the set: `<kind>.yaml`, scenarios under `scenarios/<id>.yaml`. */
export function filePath(document: PlaybookDoc): string {
  return document.kind === 'scenario' ? `scenarios/${document.id}.yaml` : `${document.kind}.yaml`;
}
