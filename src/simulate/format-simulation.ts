/** The simulation's report as text: the schedule's ticks, then one line per step that fired. */
import type { FiredStep, SimulationReport } from './run-simulation.js';

function stamp(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}

/** `due` written short when it falls on the day `fired` does. */
function dueText(due: string | null, fired: string): string {
  if (due === null) return '-';
  return due.slice(0, 10) === fired.slice(0, 10) ? due.slice(11, 16) : stamp(due);
}

function lateText(step: FiredStep): string {
  if (step.lateMinutes === null) return '-';
  return step.lateMinutes === 0 ? 'on time' : `${step.lateMinutes} min`;
}

function whatText(step: FiredStep): string {
  // A delivery that failed says so in what its applier reported (`…: failed (no-secret)`).
  const failed = /: failed \(([^)]*)\)$/u.exec(step.done);
  return `#${step.issue} ${step.what}${failed === null ? '' : ` [failed: ${failed[1]!}]`}`;
}

function runText(step: FiredStep): string {
  if (step.run.kind === 'event') return step.run.what;
  const late = Date.parse(step.firedAt) - Date.parse(step.run.scheduled);
  return `sweep of ${step.run.scheduled.slice(11, 16)}${late === 0 ? '' : ` (ran ${late / 60_000} min late)`}`;
}

function pad(cells: string[], widths: number[]): string {
  // The last column is padded too, and its padding trimmed off again.
  return cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ').trimEnd();
}

/** The report in words, for a terminal. */
export function formatSimulation(report: SimulationReport): string {
  const { ticks } = report;
  const outages = report.outages.map(([first, last]) => `${stamp(first)}-${last.slice(11, 16)}, ${(Date.parse(last) - Date.parse(first)) / 60_000 + report.everyMinutes} min`);
  const head = [
    `playbook-ops simulate: an incident on ${report.repo} (times UTC), against the GitHub emulator, the Action's runs and the engine's deadlines.`,
    `Schedule */${report.everyMinutes} * * * *: ${ticks.scheduled} ticks from ${ticks.first === null ? '-' : stamp(ticks.first)} to ${ticks.last === null ? '-' : stamp(ticks.last)}: ` +
      `${ticks.onTime} on time, ${ticks.late} late, ${ticks.dropped} dropped${outages.length === 0 ? '' : ` (${outages.join('; ')})`}` +
      `${ticks.off === 0 ? '' : `, ${ticks.off} while the sweep had turned itself off`}.`,
    'A late or dropped tick is GitHub running the scheduled workflow late or not at all; every other run is the event of a person\'s step.',
    '',
  ];
  const rows = [['fired', 'due', 'late', 'what', 'run'], ...report.fired.map((step) => [stamp(step.firedAt), dueText(step.due, step.firedAt), lateText(step), whatText(step), runText(step)])];
  const widths = rows[0]!.map((_, index) => Math.max(...rows.map((row) => row[index]!.length)));
  const tail = [
    '',
    report.pending === null ? 'Nothing is pending: the schedule has no more to do on this incident.' : `Stopped with a deadline still pending at ${stamp(report.pending)}.`,
    `${report.requests} GitHub API requests, every one checked against GitHub's OpenAPI description.`,
  ];
  return `${[...head, ...rows.map((row) => pad(row, widths)), ...tail].join('\n')}\n`;
}
