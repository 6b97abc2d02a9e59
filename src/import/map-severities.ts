import type { Node, Paragraph, Table } from 'mdast';
import type { SeveritiesDoc, SeverityDoc } from '../config/documents.js';
import { findDuration, isUsable, type WordDuration } from './duration-words.js';
import type { Ledger } from './ledger.js';
import { readLevelStatements } from './level-times.js';
import { itemsIn, subItems } from './list-items.js';
import { type MapContext, takeSection } from './map-context.js';
import { plainText } from './plain-text.js';
import type { Section } from './sections.js';
import { type LevelName, nameRank, parseLevelName, type ScaleLevel, SeverityScale } from './severity-scale.js';
import { readTable } from './tables.js';

/** How soon a level is acknowledged when the source does not say: playbook-ops' defaults by level. */
const DEFAULT_RESPONSE = ['15m', '30m', '2h', '24h'];

/** One level as the source states it, before it is numbered. */
interface RawLevel {
  parsed: LevelName;
  at: Node;
  criteria: string[];
  response: WordDuration | null;
  update: WordDuration | null;
  /** From a post-mortem column: required or not, and by when. */
  postmortem: { required: boolean; due: WordDuration | null } | null;
}

/** A status-update cadence a severity states, for the communication plan. */
export interface StatedCadence {
  severity: string;
  every: string;
  at: Node;
}

/** What the severities section gives: the document, the scale to find levels again, and stated update cadences. */
export interface MappedSeverities {
  doc: SeveritiesDoc;
  scale: SeverityScale;
  cadences: StatedCadence[];
}

const COLUMNS = [
  ['level', /\b(sev(erity)?|level|priority|impact( level)?|class|tier|p)\b/],
  ['name', /^(name|title|label)$/],
  ['response', /\b(ack\w*|respon\w*|sla|time to (ack\w*|respond|engage))\b/],
  ['update', /\b(updates?|cadence|status reports?|reporting|comms)\b/],
  ['postmortem', /\bpost ?mortem|\bretro\w*|\bpir\b|\bincident review\b/],
  ['criteria', /\b(meaning|definition|description|criteria|impact|when|conditions?|what|scope|qualifies)\b/],
  ['examples', /\bexamples?\b/],
] as const;

/** `Required within 2 days`, `Yes`, `Optional`, `No`: a post-mortem cell. */
function postmortemCell(text: string): RawLevel['postmortem'] {
  if (/^\s*(no|not required|optional|none|n\/a|-|—)?\s*$/i.test(text) || /\b(optional|not required|no)\b/i.test(text)) {
    return text.trim() === '' ? null : { required: false, due: null };
  }
  return { required: true, due: findDuration(text) };
}

/** The levels of a table whose first level-like column names them (`SEV-1`, `P2`, `High`). */
function fromTable(table: Table, ledger: Ledger): RawLevel[] {
  const read = readTable(table, COLUMNS, 'level');
  if (read === null) return [];
  const levels: RawLevel[] = [];
  for (const { row, cells } of read.rows) {
    const parsed = parseLevelName(cells.level ?? '');
    if (parsed === null) continue;
    const name = cells.name;
    // An empty examples cell gives no example.
    const statements = [cells.criteria, cells.examples === undefined || cells.examples === '' ? undefined : `Example: ${cells.examples}`].filter((text): text is string => text !== undefined && text !== '');
    const response = findDuration(cells.response ?? '');
    const update = findDuration(cells.update ?? '');
    levels.push({
      parsed: name === undefined || name === '' ? parsed : { ...parsed, name },
      at: row,
      criteria: statements,
      response,
      update,
      postmortem: cells.postmortem === undefined ? null : postmortemCell(cells.postmortem),
    });
  }
  if (levels.length > 0) {
    ledger.use(table);
    for (const header of read.unmatched) ledger.note('not imported', table, `column "${header}" of the severity table: no severity field holds it`);
  }
  return levels;
}

/** A level from a statement list: the label's rest, its sub-bullets or its paragraphs. */
function fromStatements(parsed: LevelName, at: Node, statements: string[]): RawLevel {
  const read = readLevelStatements(statements);
  return { parsed, at, criteria: read.criteria, response: read.response, update: read.update, postmortem: null };
}

/** The levels of one part of the section: its sub-heading (`### P1 — Urgent`), its tables and its list items. */
function levelsOf(part: Section, isTop: boolean, ledger: Ledger): RawLevel[] {
  const heading = isTop ? null : parseLevelName(part.title);
  if (heading !== null && part.heading !== null) {
    // A level's own sub-section: its paragraphs and bullets are its statements.
    const paragraphs = part.content.filter((block): block is Paragraph => block.type === 'paragraph');
    const bullets = subItems(part.content.filter((block) => block.type === 'list'));
    ledger.use(part.heading, ...paragraphs, ...bullets.map((bullet) => bullet.item));
    return [fromStatements(heading, part.heading, [...paragraphs.map(plainText), ...bullets.map((bullet) => bullet.text)])];
  }
  const levels: RawLevel[] = [];
  for (const block of part.content) if (block.type === 'table') levels.push(...fromTable(block, ledger));
  for (const lead of itemsIn(part.content)) {
    const parsed = parseLevelName(lead.label ?? lead.text);
    if (parsed === null) continue;
    // `**SEV-1**: Critical` names the level after the label when the label itself does not.
    const valueIsName = parsed.name === null && lead.label !== null && lead.value !== '' && findDuration(lead.value) === null && lead.value.split(' ').length <= 3;
    const named = valueIsName ? { ...parsed, name: lead.value } : parsed;
    const subs = subItems(lead.sublists);
    const statements = [...(lead.label !== null && lead.value !== '' && !valueIsName ? [lead.value] : []), ...subs.map((sub) => sub.text)];
    ledger.use(lead.item, ...subs.map((sub) => sub.item));
    levels.push(fromStatements(named, lead.item, statements));
  }
  return levels;
}

/** A level's number for ordering: a level without one comes after the numbered ones. */
function numberOrLast(level: RawLevel): number {
  return level.parsed.number ?? Number.MAX_SAFE_INTEGER;
}

/**
 * Numbers the levels as playbook-ops does, 1 the most severe: by the source's numbers when it
 * numbers them (`SEV-0` … `SEV-3` become levels 1–4), else by how severe their names sound, then
 * by their numbers (a level without one last), then in the source's order (the sort is stable).
 */
function numbered(raw: RawLevel[]): { raw: RawLevel; level: number }[] {
  const allNumbered = raw.every((each) => each.parsed.number !== null);
  const sorted = [...raw].sort((a, b) =>
    allNumbered ? (a.parsed.number ?? 0) - (b.parsed.number ?? 0) : nameRank(a.parsed.name ?? '') - nameRank(b.parsed.name ?? '') || numberOrLast(a) - numberOrLast(b),
  );
  const fromOne = allNumbered && sorted.every((each) => (each.parsed.number ?? 0) >= 1);
  return sorted.map((each, index) => ({ raw: each, level: fromOne ? (each.parsed.number ?? index + 1) : index + 1 }));
}

/** `SEV-1` and `sev-1` are the same label; `P1` or `SEV-0` for `sev-1` is not. */
function sameCode(code: string, label: string): boolean {
  return code.toLowerCase().replace(/^severity/, 'sev').replace(/[\s_-]/g, '') === label.replace(/-/g, '');
}

/** Drops a stated time validation would reject (`0 minutes` to respond, `every 0 minutes`), with a note. */
function dropUnusable(level: RawLevel, label: string, ledger: Ledger): void {
  for (const [key, what] of [['response', 'response time'], ['update', 'status-update cadence']] as const) {
    const duration = level[key];
    if (duration === null || isUsable(duration, true)) continue;
    ledger.note('not imported', level.at, `${what} ${duration.text} of ${label}: not a usable duration (zero or over 100 years)`);
    level[key] = null;
  }
  const due = level.postmortem?.due;
  if (level.postmortem !== null && due !== undefined && due !== null && !isUsable(due, false)) {
    ledger.note('not imported', level.at, `post-mortem due ${due.text} of ${label}: not a usable duration (over 100 years)`);
    level.postmortem.due = null;
  }
}

/** Writes a duration, noting when business days became calendar days. */
function durationText(duration: WordDuration, ledger: Ledger, at: Node, what: string): string {
  if (duration.business) ledger.note('assumed', at, `${what} ${duration.text}: the source counts business days; playbook-ops counts calendar time`);
  return duration.text;
}

/**
 * The severity levels, from whatever form the source uses: list items labelled with a level
 * (`**SEV-1 (Critical)**`, `Critical — …`) with statements after the label or in sub-bullets, a
 * table found by its columns (`Severity | Meaning | Acknowledge within | Update every`), or one
 * sub-heading per level with sentences (`A P1 must be acknowledged within 15 minutes`). A level
 * without a response time gets playbook-ops' default for its level, noted as assumed. Returns null
 * when the source has no severities section.
 */
export function mapSeverities(context: MapContext): MappedSeverities | null {
  const { ledger, review } = context;
  const taken = takeSection(context, 'severities');
  if (taken === null) return null;
  let raw = taken.parts.flatMap((part) => levelsOf(part, part === taken.section, ledger));
  for (const other of context.sections.alternatives('severities')) {
    if (raw.length > 0) break;
    const parts = context.sections.parts(other);
    ledger.claim(other);
    raw = parts.flatMap((part) => levelsOf(part, part === other, ledger));
  }
  const severities: SeverityDoc[] = [];
  const levels: ScaleLevel[] = [];
  const cadences: StatedCadence[] = [];
  for (const { raw: each, level } of numbered(raw)) {
    const label = `sev-${level}`;
    dropUnusable(each, label, ledger);
    const { code, name } = each.parsed;
    if (levels.some((known) => known.label === label)) {
      ledger.note('not imported', each.at, `a second definition of ${code ?? name ?? label}: the first one is kept`);
      continue;
    }
    const written = name === null ? (code ?? label.toUpperCase()) : code === null || sameCode(code, label) ? name : `${name} (${code})`;
    if (code === null) ledger.note('assumed', each.at, `level ${level}, label ${label}: the source names "${name ?? ''}" without a number`);
    else if (!sameCode(code, label)) ledger.note('assumed', each.at, `${code} is level ${level}, label ${label}: playbook-ops numbers levels from 1, most severe first, and /sev ${level} sets it`);
    const fallback = DEFAULT_RESPONSE[level - 1] ?? '24h';
    if (each.response === null) ledger.note('assumed', each.at, `response time of ${label} ${fallback}: the source states none; playbook-ops default for level ${level}`);
    if (each.criteria.length === 0) ledger.note('missing', each.at, `criteria for ${label}: wrote "[Criterion]"`);
    const severity: SeverityDoc = {
      level,
      label,
      name: written,
      criteria: each.criteria.length === 0 ? ['[Criterion]'] : each.criteria,
      response_time: each.response === null ? fallback : durationText(each.response, ledger, each.at, `response time of ${label}`),
      ...(each.postmortem === null
        ? {}
        : { postmortem: { required: each.postmortem.required, ...(each.postmortem.due === null ? {} : { due_after_resolution: durationText(each.postmortem.due, ledger, each.at, `post-mortem of ${label} due`) }) } }),
    };
    for (const key of ['level', 'name', 'criteria', ...(each.response === null ? [] : ['response_time']), ...(each.postmortem === null ? [] : ['postmortem'])]) ledger.source(each.at, severity, key);
    severities.push(severity);
    levels.push({ label, level, code, name: name ?? written, family: each.parsed.family, number: each.parsed.number });
    if (each.update !== null) cadences.push({ severity: label, every: durationText(each.update, ledger, each.at, `status updates of ${label} every`), at: each.at });
  }
  return { doc: { kind: 'severities', severities, review }, scale: new SeverityScale(levels), cadences };
}
