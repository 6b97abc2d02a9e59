/**
 * Technical escalation climbs one level at a time and each level waits longer than the one
 * before it (`escalation-order`); otherwise "move up after N minutes" would be ambiguous.
 */
import type { Diagnostic } from '../diagnostic.js';
import type { DocumentSet } from '../document-set.js';
import { formatDuration, parseDuration } from '../duration.js';
import { diagnosticAt } from '../located.js';

/** Every `escalation-order` problem of the set. */
export function checkEscalation(set: DocumentSet): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const document of set.valid('escalation')) {
    let previous: { level: number; after: number } | null = null;
    document.value.technical.forEach((level, index) => {
      if (level.level !== index + 1) {
        diagnostics.push(
          diagnosticAt(document, `/technical/${index}/level`, {
            rule: 'escalation-order',
            message: `technical level ${level.level} is listed where level ${index + 1} belongs`,
            hint: 'number the technical levels 1, 2, 3, … in the order they are listed, without gaps or repeats',
          }),
        );
      }
      const after = parseDuration(level.after);
      if (after === null) return;
      if (previous !== null && after <= previous.after) {
        diagnostics.push(
          diagnosticAt(document, `/technical/${index}/after`, {
            rule: 'escalation-order',
            message: `level ${level.level} escalates after ${level.after}, which is not later than level ${previous.level} (${formatDuration(previous.after)})`,
            hint: 'each level must wait longer than the level before it: make "after" strictly increase from level to level',
          }),
        );
      }
      previous = { level: level.level, after };
    });
  }
  return diagnostics;
}
