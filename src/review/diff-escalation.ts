/**
 * What changed in escalation: technical levels (who they page, after how long) and management
 * escalation per severity (who is notified, by when).
 */
import type { ManagementRule, PlaybookSet, TechnicalLevel } from '../config/model.js';
import { describeDuration } from '../render/human-duration.js';
import { type Change, changed, listDelta, pairByKey, quote } from './changes.js';
import { contactNames } from './contact-names.js';

/**
 * Who joined and who left a list of contacts, by contact id: a contact whose handle changed is the
 * same contact (the contacts section says what changed about it).
 */
function who(what: string, before: TechnicalLevel['contacts'], after: TechnicalLevel['contacts']): string[] {
  const { removed, added } = listDelta(
    before.map((contact) => contact.id),
    after.map((contact) => contact.id),
  );
  if (removed.length === 0 && added.length === 0) return [];
  const names = (ids: string[], from: TechnicalLevel['contacts']): string => contactNames(from.filter((contact) => ids.includes(contact.id)));
  const parts = [added.length === 0 ? null : `now ${what} ${names(added, after)}`, removed.length === 0 ? null : `no longer ${what} ${names(removed, before)}`];
  return [parts.filter((part) => part !== null).join('; ')];
}

function levelName(level: TechnicalLevel): string {
  return `Level ${level.level} (${level.name})`;
}

function levelChanges(before: TechnicalLevel, after: TechnicalLevel): string[] {
  const renamed = changed(before.name, after.name, quote);
  const delay = changed(before.afterMinutes, after.afterMinutes, describeDuration);
  return [
    ...(renamed === null ? [] : [`renamed ${renamed}`]),
    ...(delay === null ? [] : [`escalates after ${delay} without acknowledgement`]),
    ...who('pages', before.contacts, after.contacts),
  ];
}

function within(minutes: number | null): string {
  return minutes === null ? 'no deadline' : `within ${describeDuration(minutes)}`;
}

function ruleChanges(before: ManagementRule, after: ManagementRule): string[] {
  const renamed = changed(before.name, after.name, quote);
  const deadline = changed(before.withinMinutes, after.withinMinutes, within);
  return [...(renamed === null ? [] : [`renamed ${renamed}`]), ...(deadline === null ? [] : [`deadline ${deadline}`]), ...who('notifies', before.notify, after.notify)];
}

/** The technical escalation changes from `before` to `after`. */
export function diffTechnical(before: PlaybookSet, after: PlaybookSet): Change[] {
  const { removed, added, both } = pairByKey(before.escalation.technical, after.escalation.technical, (level) => String(level.level));
  return [
    ...added.map((level) => `${levelName(level)} added: pages ${contactNames(level.contacts)} after ${describeDuration(level.afterMinutes)}`),
    ...removed.map((level) => `${levelName(level)} removed`),
    ...both.flatMap(([old, now]) => levelChanges(old, now).map((text) => `${levelName(now)}: ${text}`)),
  ].map((text) => ({ area: 'escalation', text }));
}

/** The management escalation changes from `before` to `after`. */
export function diffManagement(before: PlaybookSet, after: PlaybookSet): Change[] {
  const { removed, added, both } = pairByKey(before.escalation.management, after.escalation.management, (rule) => rule.severity);
  const label = (rule: ManagementRule): string => `${rule.severity.toUpperCase()} management escalation`;
  return [
    ...added.map((rule) => `${label(rule)} added: ${rule.name} notifies ${contactNames(rule.notify)}, ${within(rule.withinMinutes)}`),
    ...removed.map((rule) => `${label(rule)} removed (${rule.name})`),
    ...both.flatMap(([old, now]) => ruleChanges(old, now).map((text) => `${label(now)}: ${text}`)),
  ].map((text) => ({ area: 'management', text }));
}
