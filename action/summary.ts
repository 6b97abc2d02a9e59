/**
 * The job summary, written as `@actions/core`'s `summary` writes it (HTML appended to the
 * `GITHUB_STEP_SUMMARY` file), without importing `@actions/core` (see workflow-commands.ts).
 */
import { constants } from 'node:fs';
import { access, appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import { escapeControls } from '../src/config/printable.js';
import type { EventTarget } from '../src/engine/event-target.js';
import type { KeptSweep } from '../src/github/keep-sweep.js';
import type { IncidentOutcome } from '../src/github/run-incidents.js';

function table(header: string[], body: string[][]): string {
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

/** A deadline as the on-call engineer reads it: UTC, to the minute. */
function deadline(due: string | null): string {
  return due === null ? 'none pending' : `${new Date(due).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function row(outcome: IncidentOutcome): [incident: string, severity: string, status: string, what: string] {
  const incident = `#${outcome.incident}`;
  switch (outcome.kind) {
    case 'reconciled':
      return [incident, html(outcome.severity ?? 'none'), html(outcome.status), outcome.effects.length === 0 ? 'nothing: already up to date' : outcome.effects.map(html).join('<br>')];
    case 'quiet':
      return [incident, html(outcome.severity ?? 'none'), html(outcome.status), 'nothing: not due, not changed (not read)'];
    case 'skipped':
      return [incident, '', 'skipped', html(outcome.reason)];
    case 'deferred':
      return [incident, '', 'left for the next run', [...outcome.done, outcome.reason].map(html).join('<br>')];
    case 'failed':
      return [incident, '', 'failed', html(`${outcome.error.message} (the next run tries again)`)];
  }
}

/** The outcome's next deadline, for a sweep's table. */
function dueOf(outcome: IncidentOutcome): string {
  return outcome.kind === 'reconciled' || outcome.kind === 'quiet' ? deadline(outcome.due) : '';
}

/** What was done to the sweep workflow (turned on or off), and GitHub's refusal, as summary lines. */
function sweepLines(kept: KeptSweep | undefined): string {
  if (kept === undefined) return '';
  const done = kept.done === null ? '' : `Sweep: ${html(kept.done)}.${EOL}`;
  return done + (kept.warning === null ? '' : `Warning: ${html(kept.warning)}${EOL}`);
}

/** Appends to the summary file, which the runner creates: a missing or read-only one fails, as in `@actions/core`. */
async function append(path: string, text: string): Promise<void> {
  try {
    await access(path, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
  }
  // A string is written as UTF-8.
  await appendFile(path, text);
}

/** The job summary of the daily wake-up: what it did to the sweep workflow. */
export async function writeWakeSummary(path: string, kept: KeptSweep, dryRun: boolean): Promise<void> {
  await append(path, `<h2>${dryRun ? 'playbook-ops plan (dry run)' : 'playbook-ops'}</h2>${EOL}${sweepLines(kept)}`);
}

/**
 * The job summary: one row per incident, and what was done (or would be, in a dry run). A sweep
 * (a run over every incident) also shows each incident's next deadline. `kept` says what the run did
 * to the sweep workflow.
 */
export async function writeSummary(path: string, outcomes: IncidentOutcome[], target: EventTarget, dryRun: boolean, kept?: KeptSweep): Promise<void> {
  let text = `<h2>${dryRun ? 'playbook-ops plan (dry run)' : 'playbook-ops'}</h2>${EOL}`;
  const done = dryRun ? 'Would do' : 'Done now';
  if (target.type === 'skip') text += `Nothing to do: ${html(target.reason)}.${EOL}`;
  else if (outcomes.length === 0) text += `No incident to reconcile.${EOL}`;
  else if (target.type === 'open-incidents') {
    const rows = outcomes.map((outcome) => {
      const [incident, severity, status, what] = row(outcome);
      return [incident, severity, status, dueOf(outcome), what];
    });
    text += table(['Incident', 'Severity', 'Phase', 'Next deadline', done], rows) + EOL;
  } else text += table(['Incident', 'Severity', 'Status', dryRun ? 'Would do' : 'Done'], outcomes.map(row)) + EOL;
  await append(path, text + sweepLines(kept));
}

/**
 * The job summary of an alert run: what was done with the alert (or why it was refused), then the
 * incident it went to, as any run's table shows it.
 */
export async function writeAlertSummary(path: string, what: string, outcomes: IncidentOutcome[], dryRun: boolean): Promise<void> {
  let text = `<h2>${dryRun ? 'playbook-ops plan (dry run)' : 'playbook-ops'}: alert</h2>${EOL}<p>${html(what)}</p>${EOL}`;
  if (outcomes.length > 0) text += table(['Incident', 'Severity', 'Status', dryRun ? 'Would do' : 'Done'], outcomes.map(row)) + EOL;
  await append(path, text);
}
