/**
 * The job summary, written as `@actions/core`'s `summary` writes it (HTML appended to the
 * `GITHUB_STEP_SUMMARY` file), without importing `@actions/core` (see workflow-commands.ts).
 */
import { constants } from 'node:fs';
import { access, appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import type { EventTarget } from '../src/engine/event-target.js';
import type { IncidentResult } from '../src/github/run-incidents.js';

function table(rows: string[][]): string {
  const [header = [], ...body] = rows;
  const row = (tag: string, cells: string[]): string => `<tr>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join('')}</tr>`;
  return `<table>${row('th', header)}${body.map((cells) => row('td', cells)).join('')}</table>`;
}

/** The job summary: one row per incident, and what was done (or would be, in a dry run). */
export async function writeSummary(path: string, results: IncidentResult[], target: EventTarget, dryRun: boolean): Promise<void> {
  let html = `<h2>${dryRun ? 'playbook-ops plan (dry run)' : 'playbook-ops'}</h2>${EOL}`;
  if (target.type === 'skip') html += `Nothing to do: ${target.reason}.${EOL}`;
  else if (results.length === 0) html += `No incident to reconcile.${EOL}`;
  else {
    html += table([
      ['Incident', 'Severity', 'Status', dryRun ? 'Would do' : 'Done'],
      ...results.map((result) => [
        `#${result.incident}`,
        result.severity ?? 'none',
        result.status,
        result.effects.length === 0 ? 'nothing: already up to date' : result.effects.join('<br>'),
      ]),
    ]);
    html += EOL;
  }
  try {
    await access(path, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
  }
  await appendFile(path, html, { encoding: 'utf8' });
}
