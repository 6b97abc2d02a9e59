import type { List, Node, Table } from 'mdast';
import type { EscalationDoc, ManagementRuleDoc, TechnicalLevelDoc } from '../config/documents.js';
import type { ContactBook } from './contact-book.js';
import { findDuration, IMMEDIATELY, splitWithin, type WordDuration } from './duration-words.js';
import { handlesIn, withoutHandles } from './handles.js';
import type { Ledger } from './ledger.js';
import { itemLead } from './list-items.js';
import { type MapContext, takeSection } from './map-context.js';
import type { SeverityScale } from './severity-scale.js';
import { readTable } from './tables.js';

const LEVEL = /^(?:level|l|tier|t|step|stage)\s*[-_ ]?\s*(\d+)$/i;
/** Where a level's wait is stated: `after 10 minutes`, `if unacknowledged for 15 minutes`, `within 5 minutes`. */
const AFTER = /[\s,(;–—-]*\b(?:(?:is |are |gets? )?(?:paged|notified|called|escalated to)\s+)?(?:(?:if |when )?(?:not |un)acknowledged\s+(?:after|for|within|in)|after|within|wait(?:s|ing)?|in)\s+(?=\S)/i;
/** Words around a target that say what happens to it, not who it is. */
const FILLER = /^(?:page|call|notify|escalate to|then|next)\s+|\s+(?:is |are |gets? )?(?:paged|notified|called|informed|alerted)$/i;

/**
 * How long an unacknowledged incident waits before it reaches each level when the source does not
 * say: playbook-ops' defaults (L1 at once, L2 after 30m, L3 after 1h, L4 after 2h), then one more
 * hour per further level so delays keep increasing.
 */
export function defaultDelay(level: number): string {
  const defaults = ['0m', '30m', '1h', '2h'];
  return defaults[level - 1] ?? `${level - 2}h`;
}

/** `Director notification` → `Director`: who a management rule notifies. */
function notified(name: string): string {
  return name.replace(/\s+(?:notifications?|notified|paged|informed|briefing|call|alerted)\s*$/i, '').trim();
}

/** A target as written: `Secondary on-call (@org/team) — paged after 10 minutes` → who, their handles and the wait. */
export function parseTarget(text: string): { name: string; handles: string[]; wait: WordDuration | 'now' | null } {
  const handles = handlesIn(text);
  let stated: WordDuration | null = null;
  let cut = -1;
  // A target names its wait once; the first few candidates are enough, and keep a long item linear.
  for (const after of [...text.matchAll(new RegExp(AFTER.source, 'gi'))].slice(0, 8)) {
    const duration = findDuration(text.slice(after.index + after[0].length));
    if (duration?.index !== 0) continue;
    stated = duration;
    cut = after.index;
    break;
  }
  let wait: WordDuration | 'now' | null = stated;
  if (stated === null) {
    const now = IMMEDIATELY.exec(text);
    const bare = findDuration(text);
    if (now !== null) {
      wait = 'now';
      cut = now.index;
    } else if (bare?.minutes === 0) {
      wait = bare;
      cut = bare.index;
    }
  }
  const before = cut < 0 ? text : text.slice(0, cut);
  let name = withoutHandles(before).replace(/[\s,;:(–—-]+$/, '');
  for (let previous = ''; previous !== name; ) {
    previous = name;
    name = name.replace(FILLER, '').replace(/[\s,;:(–—-]+$/, '').trim();
  }
  return { name, handles, wait };
}

/** Appends a technical level, its wait stated, `now`, or the default (noted as assumed). */
function addLevel(technical: TechnicalLevelDoc[], number: number, text: string, at: Node, book: ContactBook, ledger: Ledger): void {
  const { name, handles, wait } = parseTarget(text);
  const shown = name === '' ? (handles.join(', ') || `Level ${number}`) : name;
  const delay = wait === 'now' ? '0m' : (wait?.text ?? defaultDelay(number));
  if (wait === null) ledger.note('assumed', at, `level ${number} "${shown}" after ${delay}: the source gives no delay; playbook-ops default`);
  const level: TechnicalLevelDoc = { level: number, name: shown, contacts: book.resolve(name, at, handles), after: delay };
  ledger.source(at, level, 'name');
  ledger.source(at, level, 'contacts');
  if (wait !== null) ledger.source(at, level, 'after');
  technical.push(level);
}

/** Appends a management rule: `**SEV-2**: Director notification within 1 hour`. */
function addRule(management: ManagementRuleDoc[], severity: string, text: string, at: Node, book: ContactBook, ledger: Ledger): void {
  const within = splitWithin(text);
  const name = within?.rest ?? text;
  const handles = handlesIn(name);
  const rule: ManagementRuleDoc = {
    severity,
    name: withoutHandles(name) || name,
    notify: book.resolve(notified(withoutHandles(name)), at, handles),
    ...(within === null ? {} : { within: within.duration.text }),
  };
  for (const key of ['severity', 'name', 'notify', ...(within === null ? [] : ['within'])]) ledger.source(at, rule, key);
  management.push(rule);
}

const COLUMNS = [
  ['level', /\b(level|tier|step|stage|order|l)\b|^#$/],
  ['who', /\b(who|contact|target|team|person|people|page[ds]?|role|escalate to|notify)\b/],
  ['wait', /\b(after|delay|wait|when|time|timeout|minutes)\b/],
] as const;

/** A table of levels: `Tier | Who | Paged after`. */
function fromTable(table: Table, technical: TechnicalLevelDoc[], book: ContactBook, ledger: Ledger): void {
  const read = readTable(table, COLUMNS, 'who');
  if (read === null || !read.rows.some((row) => row.cells.wait !== undefined || row.cells.level !== undefined)) return;
  for (const { row, cells } of read.rows) {
    const number = Number(/\d+/.exec(cells.level ?? '')?.[0] ?? technical.length + 1);
    const wait = cells.wait ?? '';
    const text = wait === '' ? (cells.who ?? '') : `${cells.who ?? ''} after ${/^\s*(?:after|within)\b/i.test(wait) ? wait.replace(/^\s*\w+\s+/, '') : wait}`;
    addLevel(technical, number, IMMEDIATELY.test(wait) ? `${cells.who ?? ''} immediately` : text, row, book, ledger);
  }
  ledger.use(table);
  for (const header of read.unmatched) ledger.note('not imported', table, `column "${header}" of the escalation table: no escalation field holds it`);
}

/** The items of one list: labelled levels and severities, or, in a numbered list, levels by position. */
function fromList(list: List, technical: TechnicalLevelDoc[], management: ManagementRuleDoc[], scale: SeverityScale, book: ContactBook, ledger: Ledger): void {
  list.children.forEach((item, index) => {
    const lead = itemLead(item);
    if (lead.text === '') return;
    const level = lead.label === null ? null : LEVEL.exec(lead.label);
    const severity = lead.label === null ? null : scale.labelOf(lead.label);
    if (level?.[1] !== undefined && lead.value !== '') {
      addLevel(technical, Number(level[1]), lead.value, item, book, ledger);
    } else if (severity !== null && lead.value !== '') {
      addRule(management, severity, lead.value, item, book, ledger);
    } else if (list.ordered === true && (handlesIn(lead.text).length > 0 || parseTarget(lead.text).wait !== null)) {
      // `2. Secondary on-call (@org/team) — paged after 10 minutes`: the position is the level.
      addLevel(technical, (list.start ?? 1) + index, lead.text, item, book, ledger);
    } else {
      return;
    }
    ledger.use(item);
  });
}

/**
 * Escalation: technical levels (`**Level 2**: Senior engineers and team leads`, a numbered list of
 * who is paged when, or a `Tier | Who | Paged after` table) and management escalation by severity
 * (`**SEV-2**: Director notification within 1 hour`). Targets become contact ids, by their GitHub
 * handles when they give any, through `book`, which adds the people the contact list lacks. A
 * level's delay comes from the source (`after 10 minutes`, `immediately`), else from
 * {@link defaultDelay}, noted as assumed. Returns null when the source has no escalation section.
 */
export function mapEscalation(context: MapContext, book: ContactBook): EscalationDoc | null {
  const { ledger, review, scale } = context;
  const taken = takeSection(context, 'escalation');
  if (taken === null) return null;
  const technical: TechnicalLevelDoc[] = [];
  const management: ManagementRuleDoc[] = [];
  for (const part of taken.parts) {
    for (const block of part.content) {
      if (block.type === 'table') fromTable(block, technical, book, ledger);
      else if (block.type === 'list') fromList(block, technical, management, scale, book, ledger);
    }
  }
  technical.sort((a, b) => a.level - b.level);
  return { kind: 'escalation', technical, management, review };
}

