import type { List, Node, Table } from 'mdast';
import type { EscalationDoc, ManagementRuleDoc, TechnicalLevelDoc } from '../config/documents.js';
import type { ContactBook } from './contact-book.js';
import { splitTargets } from './contact-ids.js';
import { formatDuration, parseDuration } from '../config/duration.js';
import { findDuration, IMMEDIATELY, isUsable, splitWithin, type WordDuration } from './duration-words.js';
import { handlesIn, withoutHandles } from './handles.js';
import type { Ledger } from './ledger.js';
import { itemLead } from './list-items.js';
import { type MapContext, takeSection } from './map-context.js';
import type { SeverityScale } from './severity-scale.js';
import { readTable } from './tables.js';

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
  // Patterns written here, not as module constants, so that mutation testing can switch them.
  // Where a wait is stated: `after 10 minutes`, `if unacknowledged for 15 minutes`, `within 5 minutes`.
  const waitPhrase = /[\s,(;–—-]*\b(?:(?:is |are |gets? )?(?:paged|notified|called|escalated to)\s+)?(?:(?:if |when )?(?:not |un)acknowledged\s+(?:after|for|within|in)|after|within|wait(?:s|ing)?|in)\s+(?=\S)/gi;
  // Words around a target that say what happens to it, not who it is.
  const filler = /^(?:page|call|notify|escalate to|then|next)\s+|\s+(?:is |are |gets? )?(?:paged|notified|called|informed|alerted)$/i;
  let stated: WordDuration | null = null;
  let cut = -1;
  // A target names its wait once; the first few candidates are enough, and keep a long item linear.
  for (const after of [...text.matchAll(waitPhrase)].slice(0, 8)) {
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
    name = name.replace(filler, '').replace(/[\s,;:(–—-]+$/, '').trim();
  }
  return { name, handles, wait };
}

/** A technical level as read, before levels are renumbered and their waits put in order. */
interface ReadLevel {
  doc: TechnicalLevelDoc;
  at: Node;
  /** Whether the source states the wait (else it is the default). */
  stated: boolean;
}

/**
 * Appends a technical level, its wait stated, `now`, or the default (noted as assumed). Returns
 * false, adding nothing, when the text names nobody to page.
 */
function addLevel(technical: ReadLevel[], number: number, text: string, at: Node, book: ContactBook, ledger: Ledger): boolean {
  const { name, handles, wait: written } = parseTarget(text);
  if (name === '' && handles.length === 0) return false;
  const wait = written === 'now' || written === null || isUsable(written, false) ? written : null;
  if (written !== wait) ledger.note('not imported', at, `wait ${typeof written === 'object' && written !== null ? written.text : ''} of level ${number}: over 100 years`);
  const shown = name === '' ? handles.join(', ') : name;
  const delay = wait === 'now' ? '0m' : (wait?.text ?? defaultDelay(number));
  if (wait === null) ledger.note('assumed', at, `level ${number} "${shown}" after ${delay}: the source gives no delay; playbook-ops default`);
  const level: TechnicalLevelDoc = { level: number, name: shown, contacts: book.resolve(name, at, handles), after: delay };
  ledger.source(at, level, 'name');
  ledger.source(at, level, 'contacts');
  if (wait !== null) ledger.source(at, level, 'after');
  technical.push({ doc: level, at, stated: wait !== null });
  return true;
}

/**
 * Levels as playbook-ops reads them: numbered 1, 2, 3, … in order, each waiting longer than the one
 * before. A source that numbers with gaps or twice is renumbered; a wait not later than the level
 * before it is read as counted from that level (`L2 after 10 minutes`, `L3 after 5 minutes` → 15m).
 * Each change is noted as assumed.
 */
function inOrder(read: ReadLevel[], ledger: Ledger): TechnicalLevelDoc[] {
  const sorted = read.map((each, index) => ({ each, index })).sort((a, b) => a.each.doc.level - b.each.doc.level || a.index - b.index);
  let previous = -1;
  return sorted.map(({ each }, index) => {
    const { doc, at } = each;
    if (doc.level !== index + 1) {
      ledger.note('assumed', at, `level ${doc.level} "${doc.name}" is written as level ${index + 1}: levels are numbered 1, 2, 3, … in order`);
      doc.level = index + 1;
      // A default wait follows the level's new number.
      if (!each.stated) {
        doc.after = defaultDelay(doc.level);
        ledger.note('assumed', at, `level ${doc.level} "${doc.name}" after ${doc.after}: the default for its new number`);
      }
    }
    const after = parseDuration(doc.after) ?? 0;
    if (after <= previous) {
      const moved = previous + (each.stated && after > 0 ? after : 30);
      ledger.note(
        'assumed',
        at,
        each.stated
          ? `level ${doc.level} "${doc.name}" after ${formatDuration(moved)}: the source's ${doc.after} is not later than the level before (${formatDuration(previous)}), so it is read as counted from that level${after > 0 ? '' : ', plus 30 minutes'}`
          : `level ${doc.level} "${doc.name}" after ${formatDuration(moved)}: 30 minutes after the level before, as the default ${doc.after} is not later than it`,
      );
      doc.after = formatDuration(moved);
    }
    previous = parseDuration(doc.after) ?? previous;
    return doc;
  });
}

/**
 * Appends a management rule: `**SEV-2**: Director notification within 1 hour`; false when it names
 * nobody. A second rule for a severity (`SEV-0` and `SEV-1` both read as sev-1) is noted and left
 * out: the playbooks hold one per severity, and the first one read stands.
 */
function addRule(management: ManagementRuleDoc[], severity: string, text: string, at: Node, book: ContactBook, ledger: Ledger): boolean {
  const split = splitWithin(text);
  const within = split !== null && isUsable(split.duration, false) ? split : null;
  // An unusable deadline is dropped, not left in the name (it would become part of the contact id).
  const name = split?.rest ?? text;
  const handles = handlesIn(name);
  if (splitTargets(notified(withoutHandles(name))).length === 0 && handles.length === 0) return false;
  if (management.some((rule) => rule.severity === severity)) {
    ledger.note('not imported', at, `a second management escalation for ${severity}: the first one stands, as the playbooks hold one per severity`);
    return true;
  }
  if (split !== null && within === null) ledger.note('not imported', at, `deadline ${split.duration.text} of the ${severity} management escalation: over 100 years`);
  const rule: ManagementRuleDoc = {
    severity,
    name: withoutHandles(name) || name,
    notify: book.resolve(notified(withoutHandles(name)), at, handles),
    ...(within === null ? {} : { within: within.duration.text }),
  };
  for (const key of ['severity', 'name', 'notify', ...(within === null ? [] : ['within'])]) ledger.source(at, rule, key);
  management.push(rule);
  return true;
}

/** A table of levels: `Tier | Who | Paged after`. */
function fromTable(table: Table, technical: ReadLevel[], book: ContactBook, ledger: Ledger): void {
  // Written here, not as a module constant, so that mutation testing can switch each column's words.
  const columns = [
    ['level', /\b(level|tier|step|stage|order|l)\b|^#$/],
    ['who', /\b(who|contact|target|team|person|people|page[ds]?|role|escalate to|notify)\b/],
    ['wait', /\b(after|delay|wait|when|time|timeout|minutes)\b/],
  ] as const;
  const read = readTable(table, columns, 'who');
  if (read === null || !read.rows.some((row) => row.cells.wait !== undefined || row.cells.level !== undefined)) return;
  let added = false;
  for (const { row, cells } of read.rows) {
    const number = Number(/\d+/.exec(cells.level ?? '')?.[0] ?? technical.length + 1);
    const wait = cells.wait ?? '';
    const text = wait === '' ? (cells.who ?? '') : `${cells.who ?? ''} after ${/^\s*(?:after|within)\b/i.test(wait) ? wait.replace(/^\s*\w+\s+/, '') : wait}`;
    if (addLevel(technical, number, IMMEDIATELY.test(wait) ? `${cells.who ?? ''} immediately` : text, row, book, ledger)) added = true;
    else ledger.note('not imported', row, `a row of the escalation table that names nobody to page`);
  }
  if (!added) return;
  ledger.use(table);
  for (const header of read.unmatched) ledger.note('not imported', table, `column "${header}" of the escalation table: no escalation field holds it`);
}

/** The items of one list: labelled levels and severities, or, in a numbered list, levels by position. */
function fromList(list: List, technical: ReadLevel[], management: ManagementRuleDoc[], scale: SeverityScale, book: ContactBook, ledger: Ledger): void {
  list.children.forEach((item, index) => {
    const lead = itemLead(item);
    if (lead.text === '') return;
    const level = lead.label === null ? null : /^(?:level|l|tier|t|step|stage)\s*[-_ ]?\s*(\d+)$/i.exec(lead.label);
    const severity = lead.label === null ? null : scale.labelOf(lead.label);
    let used: boolean;
    if (level?.[1] !== undefined && lead.value !== '') {
      used = addLevel(technical, Number(level[1]), lead.value, item, book, ledger);
    } else if (severity !== null && lead.value !== '') {
      used = addRule(management, severity, lead.value, item, book, ledger);
    } else if (list.ordered === true && (handlesIn(lead.text).length > 0 || parseTarget(lead.text).wait !== null)) {
      // `2. Secondary on-call (@org/team) — paged after 10 minutes`: the position is the level.
      used = addLevel(technical, (list.start ?? 1) + index, lead.text, item, book, ledger);
    } else {
      used = false;
    }
    if (used) ledger.use(item);
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
  const technical: ReadLevel[] = [];
  const management: ManagementRuleDoc[] = [];
  for (const part of taken.parts) {
    for (const block of part.content) {
      if (block.type === 'table') fromTable(block, technical, book, ledger);
      else if (block.type === 'list') fromList(block, technical, management, scale, book, ledger);
    }
  }
  return { kind: 'escalation', technical: inOrder(technical, ledger), management, review };
}

