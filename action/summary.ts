/**
 * The job summary, written as `@actions/core`'s `summary` writes it (HTML appended to the
 * `GITHUB_STEP_SUMMARY` file), without importing `@actions/core` (see workflow-commands.ts).
 */
import { constants } from 'node:fs';
import { access, appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import { escapeControls } from '../src/config/printable.js';
import type { EventTarget } from '../src/engine/event-target.js';
import type { IncidentOutcome } from '../src/github/run-incidents.js';

function table(rows: string[][]): string {
  const [header = [], ...body] = rows;
  const row = (tag: string, cells: string[]): string => `<tr>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join('')}</tr>`;
  return `<table>${row('th', header)}${body.map((cells) => row('td', cells)).join('')}</table>`;
}

/**
 * Text as HTML: error messages, reasons and effects may carry what people wrote. GitHub reads the
 * summary as Markdown, in which this HTML is an HTML block: Markdown is not read inside it until a
 * blank line ends it. So besides tags, no line break may come from the text (one becomes `<br>`),
 * and control characters (bidi overrides reorder what is shown) are written as escapes.
 */
function html(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => escapeControls(line).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'))
    .join('<br>');
}

function row(outcome: IncidentOutcome): string[] {
  const incident = `#${outcome.incident}`;
  switch (outcome.kind) {
    case 'reconciled':
      return [incident, html(outcome.severity ?? 'none'), html(outcome.status), outcome.effects.length === 0 ? 'nothing: already up to date' : outcome.effects.map(html).join('<br>')];
    case 'skipped':
      return [incident, '', 'skipped', html(outcome.reason)];
    case 'deferred':
      return [incident, '', 'left for the next run', [...outcome.done, outcome.reason].map(html).join('<br>')];
    case 'failed':
      return [incident, '', 'failed', html(`${outcome.error.message} (the next run tries again)`)];
  }
}

/** The job summary: one row per incident, and what was done (or would be, in a dry run). */
export async function writeSummary(path: string, outcomes: IncidentOutcome[], target: EventTarget, dryRun: boolean): Promise<void> {
  let text = `<h2>${dryRun ? 'playbook-ops plan (dry run)' : 'playbook-ops'}</h2>${EOL}`;
  if (target.type === 'skip') text += `Nothing to do: ${html(target.reason)}.${EOL}`;
  else if (outcomes.length === 0) text += `No incident to reconcile.${EOL}`;
  else text += table([['Incident', 'Severity', 'Status', dryRun ? 'Would do' : 'Done'], ...outcomes.map(row)]) + EOL;
  try {
    await access(path, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
  }
  await appendFile(path, text, { encoding: 'utf8' });
}
