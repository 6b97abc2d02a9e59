import type { Heading, Paragraph, RootContent } from 'mdast';
import type { RoleDoc, ScenarioDoc } from '../config/documents.js';
import { roleId, scenarioId } from './known-ids.js';
import { labelledLists, paragraphLabel } from './labelled-lists.js';
import { itemsIn, listsIn, subItems } from './list-items.js';
import { type MapContext, takeSection } from './map-context.js';
import { plainText } from './plain-text.js';
import { splitAbbreviation } from './map-roles.js';
import { boldOnly, type Section } from './sections.js';
import { shortId, uniqueId } from './slug.js';

const SYMPTOMS = /\b(symptoms?|signs?|indicators?|how to recogni[sz]e|detection|triggers?|alerts?|when)\b/i;
const STEPS = /\b(steps?|response|actions?|what to do|procedure|remediation|runbook|mitigation|fix)\b/i;
/**
 * The longest scenario id: the engine labels incidents `scenario:<id>` and GitHub takes labels of
 * at most 50 characters; three are left for the `-2` a repeated name gets.
 */
const MAX_ID = 50 - 'scenario:'.length - 3;
const OWNER = /^\s*(?:owner|owned by|led by|lead role)\s*:\s*(.+?)\.?\s*$/i;

/** One runbook: its title, where it starts, and its blocks and sub-sections. */
interface Runbook {
  title: string;
  heading: Heading | Paragraph | null;
  line: number;
  content: RootContent[];
  children: Section[];
}

/**
 * The owner a scenario names (`**Owner:** Technical Lead`), as the id of one of `roles`, or null.
 * An owner naming no known role is left unused so the report shows it.
 */
function ownerOf(paragraph: Paragraph, roles: readonly RoleDoc[]): string | null {
  const match = OWNER.exec(plainText(paragraph));
  if (match?.[1] === undefined) return null;
  const { name, abbreviation } = splitAbbreviation(match[1]);
  const id = roleId(name, abbreviation);
  const role = roles.find((candidate) => candidate.id === id || candidate.name.toLowerCase() === name.toLowerCase());
  return role?.id ?? null;
}

/** Symptoms and steps from labelled lists (`**Symptoms:**`, `#### Steps`, `*Steps*`). */
function labelled(runbook: Runbook, context: MapContext): { symptoms: string[] | null; steps: string[] | null } {
  const { ledger } = context;
  let symptoms: string[] | null = null;
  let steps: string[] | null = null;
  const section: Section = { heading: null, title: runbook.title, depth: 0, content: runbook.content, children: runbook.children, startLine: runbook.line, endLine: runbook.line };
  for (const { label, labelNode, list } of labelledLists(section)) {
    const items = subItems([list]);
    const texts = items.map((item) => item.text);
    if (texts.length === 0) continue;
    // Steps first: `Response steps` names steps, though `response` could be read as a sign.
    if (steps === null && STEPS.test(label) && !/\bsymptom|\bsigns?\b|\bindicator/i.test(label)) steps = texts;
    else if (symptoms === null && SYMPTOMS.test(label)) symptoms = texts;
    else continue;
    ledger.use(labelNode, ...items.map((item) => item.item));
  }
  return { symptoms, steps };
}

/** One scenario from a runbook; null when it states neither symptoms nor steps. */
function toScenario(runbook: Runbook, taken: Set<string>, roles: readonly RoleDoc[], context: MapContext): ScenarioDoc | null {
  const { ledger, review } = context;
  let { symptoms, steps } = labelled(runbook, context);
  // `Symptom: …` and `Step 1: …` items.
  for (const lead of itemsIn(runbook.content)) {
    if (ledger.isUsed(lead.item) || lead.label === null || lead.value === '') continue;
    if (/^(symptoms?|signs?|indicators?|alerts?)$/i.test(lead.label)) (symptoms ??= []).push(lead.value);
    else if (/^(step|action)\s*\d*$/i.test(lead.label)) (steps ??= []).push(lead.value);
    else continue;
    ledger.use(lead.item);
  }
  // A list no label introduces: the steps, as a runbook is mostly steps.
  if (steps === null) {
    const list = listsIn(runbook.content).find((candidate) => candidate.children.every((item) => !ledger.isUsed(item)));
    const items = list === undefined ? [] : subItems([list]);
    if (items.length > 0) {
      steps = items.map((item) => item.text);
      ledger.use(...items.map((item) => item.item));
    }
  }
  if (symptoms === null && steps === null) return null;
  let owner: string | null = null;
  const description: string[] = [];
  for (const block of runbook.content) {
    if (block.type !== 'paragraph' || ledger.isUsed(block)) continue;
    const named = ownerOf(block, roles);
    if (named !== null && owner === null) {
      owner = named;
      ledger.use(block);
    } else if (paragraphLabel(block) === null || plainText(block).split(' ').length > 6) {
      description.push(plainText(block));
      ledger.use(block);
    }
  }
  const at = runbook.heading ?? runbook.line;
  if (symptoms === null) ledger.note('missing', at, `symptoms of scenario "${runbook.title}": wrote "[Symptom]"`);
  if (steps === null) ledger.note('missing', at, `response steps of scenario "${runbook.title}": wrote "[Response Step]"`);
  if (runbook.heading !== null) ledger.use(runbook.heading);
  const scenario: ScenarioDoc = {
    kind: 'scenario',
    id: uniqueId(shortId(scenarioId(runbook.title), MAX_ID), taken),
    name: runbook.title,
    ...(description.length === 0 ? {} : { description: description.join('\n\n') }),
    ...(owner === null ? {} : { owner }),
    symptoms: symptoms ?? ['[Symptom]'],
    steps: steps ?? ['[Response Step]'],
    review,
  };
  for (const key of ['name', ...(symptoms === null ? [] : ['symptoms']), ...(steps === null ? [] : ['steps'])]) ledger.source(at, scenario, key);
  return scenario;
}

/**
 * Bold lines that title runbooks inside the section's own blocks (`**Login failures**` followed by
 * its list), each runbook running to the next such line. Labels (`**Steps**`) are not titles.
 */
function boldRunbooks(section: Section): Runbook[] {
  const runbooks: Runbook[] = [];
  for (const block of section.content) {
    const title = block.type === 'paragraph' ? boldOnly(block) : null;
    if (block.type === 'paragraph' && title !== null && !title.endsWith(':') && !SYMPTOMS.test(title) && !STEPS.test(title)) {
      runbooks.push({ title, heading: block, line: block.position?.start.line ?? section.startLine, content: [], children: [] });
    } else {
      runbooks.at(-1)?.content.push(block);
    }
  }
  return runbooks;
}

/**
 * The runbooks, one scenario each: one per sub-heading (`### Card network timeout`, or a bold line
 * standing for one), each with symptoms and ordered steps from labelled lists (`**Symptoms:**`,
 * `*Steps*`, `#### Response Steps`), `Symptom: …` / `Step 1: …` items, or an unlabelled list of
 * steps; prose becomes the description. Names map to the fixed scenario ids where they mean one.
 * Returns null when the source has no scenarios section.
 */
export function mapScenarios(context: MapContext, roles: readonly RoleDoc[]): ScenarioDoc[] | null {
  const found = takeSection(context, 'scenarios');
  if (found === null) return null;
  const taken = new Set<string>();
  const runbooks: Runbook[] = [
    ...boldRunbooks(found.section),
    ...context.sections.children(found.section).map((child): Runbook => ({
      title: child.title,
      heading: child.heading,
      line: child.startLine,
      content: child.content,
      children: child.children,
    })),
  ];
  // An empty heading titles nothing; left unused, the report names what is under it.
  return runbooks.filter((runbook) => runbook.title !== '').flatMap((runbook) => toScenario(runbook, taken, roles, context) ?? []);
}

