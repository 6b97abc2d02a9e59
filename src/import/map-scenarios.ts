import type { Paragraph } from 'mdast';
import type { RoleDoc, ScenarioDoc } from '../config/documents.js';
import { findSection } from './find-section.js';
import { roleId, scenarioId } from './known-ids.js';
import { labelledLists } from './labelled-lists.js';
import { subItems } from './list-items.js';
import type { MapContext } from './map-context.js';
import { plainText } from './plain-text.js';
import { splitAbbreviation } from './map-roles.js';
import type { Section } from './sections.js';
import { uniqueId } from './slug.js';

/** A scenarios heading: `Common Incident Scenarios`, `Runbooks`, `Incident Types`. */
const isScenariosTitle = (words: string): boolean =>
  /\bscenarios?\b|\brunbooks?\b|\bcommon incidents?\b|\bincident types?\b/.test(words);

const SYMPTOMS = /\b(symptoms?|signs?|indicators?|how to recogni[sz]e|detection)\b/i;
const STEPS = /\b(steps?|response|actions?|what to do|procedure|remediation|runbook)\b/i;
const OWNER = /^\s*(?:owner|owned by|led by|lead role)\s*:\s*(.+?)\.?\s*$/i;

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

/** One scenario from its sub-section: symptoms and ordered steps from labelled lists, prose as the description. */
function toScenario(child: Section, taken: Set<string>, roles: readonly RoleDoc[], context: MapContext): ScenarioDoc | null {
  const { ledger, review } = context;
  let symptoms: string[] | null = null;
  let steps: string[] | null = null;
  for (const { label, labelNode, list } of labelledLists(child)) {
    const items = subItems([list]);
    const texts = items.map((item) => item.text);
    if (symptoms === null && SYMPTOMS.test(label)) symptoms = texts;
    else if (steps === null && STEPS.test(label)) steps = texts;
    else continue;
    ledger.use(labelNode, ...items.map((item) => item.item));
  }
  if (symptoms === null && steps === null) return null;
  let owner: string | null = null;
  const description: string[] = [];
  for (const block of child.content) {
    if (block.type !== 'paragraph' || ledger.isUsed(block)) continue;
    const named = ownerOf(block, roles);
    if (named !== null && owner === null) {
      owner = named;
      ledger.use(block);
    } else if (!/:$/.test(plainText(block)) && !block.children.every((node) => node.type === 'strong')) {
      description.push(plainText(block));
      ledger.use(block);
    }
  }
  const at = child.heading ?? child.startLine;
  if (symptoms === null) ledger.note('missing', at, `symptoms of scenario "${child.title}": wrote "[Symptom]"`);
  if (steps === null) ledger.note('missing', at, `response steps of scenario "${child.title}": wrote "[Response Step]"`);
  return {
    kind: 'scenario',
    id: uniqueId(scenarioId(child.title), taken),
    name: child.title,
    ...(description.length === 0 ? {} : { description: description.join('\n\n') }),
    ...(owner === null ? {} : { owner }),
    symptoms: symptoms ?? ['[Symptom]'],
    steps: steps ?? ['[Response Step]'],
    review,
  };
}

/**
 * The common incident scenarios, one per sub-heading, each with `**Symptoms:**` and `**Response
 * Steps:**` lists (steps keep their order). Names map to the fixed scenario ids. Returns null when
 * the source has no scenarios section.
 */
export function mapScenarios(context: MapContext, roles: readonly RoleDoc[]): ScenarioDoc[] | null {
  const { body, ledger } = context;
  const section = findSection(body, isScenariosTitle, ledger);
  if (section === null) return null;
  ledger.claim(section);
  const taken = new Set<string>();
  return section.children.flatMap((child) => toScenario(child, taken, roles, context) ?? []);
}
