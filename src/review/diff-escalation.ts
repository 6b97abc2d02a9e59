/**
 * What changed in escalation: technical levels (who they page, after how long) and management
 * escalation per severity (who is notified, by when).
 */
import type { ManagementRule, PlaybookSet, TechnicalLevel } from '../config/model.js';
import { describeDuration } from '../render/human-duration.js';
import { type Change, changed, listDelta, pairByKey, quote } from './changes.js';
import { contactName, contactNames } from './contact-names.js';

function who(what: string, before: TechnicalLevel['contacts'], after: TechnicalLevel['contacts']): string[] {
  const { removed, added } = listDelta(before.map(contactName), after.map(contactName));
  if (removed.length === 0 && added.length === 0) return [];
  const parts = [added.length === 0 ? null : `now ${what} ${added.join(', ')}`, removed.length === 0 ? null : `no longer ${what} ${removed.join(', ')}`];
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
