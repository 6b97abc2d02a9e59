// Load (hardening issue, item 6): 500 open incidents, each declared as a person declares one (the
// form, then the `issues.opened` run), then 50 events a minute for 10 virtual minutes (comments with
// commands and label changes from people of every permission) with the sweep every 5 minutes
// throughout, against the emulator over HTTP on a virtual clock. Prints requests per event run and per
// sweep, the wall time of a sweep, peak memory, and whether every deadline action happened once.
// The run is test/hardening/load-run.ts (load.test.ts runs it small), compiled first (bench/tsconfig.json, into node_modules/.cache/playbook-ops-bench).
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { root } from './util.mjs';

const SHAPE = {
  incidents: Number(process.env.LOAD_INCIDENTS ?? 500),
  declareOverMinutes: 120,
  loadMinutes: Number(process.env.LOAD_MINUTES ?? 10),
  eventsPerMinute: 50,
};
const SWEEP_MINUTES = 5;
/** REST requests an hour per repository that `GITHUB_TOKEN` may send. */
const TOKEN_PER_HOUR = 1000;

const mean = (values) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);
const max = (values) => (values.length === 0 ? 0 : Math.max(...values));
const round = (value, digits = 1) => Number(value.toFixed(digits));
const mb = (bytes) => `${Math.round(bytes / 2 ** 20)} MB`;

export async function benchLoad() {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'bench/tsconfig.json')], { cwd: root, stdio: 'inherit' });
  const began = performance.now();
  const output = execFileSync(process.execPath, [join(root, 'bench/load-child.mjs'), JSON.stringify(SHAPE)], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const seconds = (performance.now() - began) / 1000;
  const { result, memory } = JSON.parse(output);
  const { events, declarations, sweeps, deadlines } = result;
  const load = sweeps.filter((sweep) => sweep.phase === 'load');
  const all = (runs, field) => runs.map((run) => run[field]);
  const lines = [];
  const after = sweeps.filter((sweep) => sweep.phase === 'after');
  lines.push(`${SHAPE.incidents} incidents declared over ${SHAPE.declareOverMinutes} virtual minutes, then ${events.length} events over ${SHAPE.loadMinutes} (${SHAPE.eventsPerMinute} a minute), a sweep every 5 minutes throughout (${sweeps.length} sweeps: ${load.length} under load, ${after.length} after until one left nothing for later); ${round(seconds, 0)} s wall, load average ${loadavg().map((value) => value.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
  lines.push(`declaration run: ${round(mean(all(declarations, 'requests')))} requests mean, ${max(all(declarations, 'requests'))} max`);
  lines.push(`event run: ${round(mean(all(events, 'requests')))} requests mean, ${max(all(events, 'requests'))} max (${round(mean(all(events, 'reads')))} reads, ${round(mean(all(events, 'writes')))} writes mean; budget max-requests 500)`);
  const kinds = [...new Set(events.map((event) => event.kind))];
  lines.push(`  by kind: ${kinds.map((kind) => { const of = events.filter((event) => event.kind === kind); return `${kind} ${round(mean(all(of, 'requests')))}/${max(all(of, 'requests'))}`; }).join('; ')}`);
  for (const [name, of] of [['sweep under load', load], ['sweep while declaring', sweeps.filter((sweep) => sweep.phase === 'declaring')], ['sweep after the events', after]]) {
    if (of.length === 0) continue;
    lines.push(`${name}: ${round(mean(all(of, 'reads')))} reads, ${round(mean(all(of, 'writes')))} writes mean; ${max(all(of, 'reads'))} reads, ${max(all(of, 'writes'))} writes max; incidents read whole ${round(mean(all(of, 'reconciled')))} mean, ${max(all(of, 'reconciled'))} max, left for the next run ${max(all(of, 'deferred'))} max; wall ${round(mean(all(of, 'ms')), 0)} ms mean, ${round(max(all(of, 'ms')), 0)} ms max`);
  }
  const loadRequests = events.reduce((sum, event) => sum + event.requests, 0) + load.reduce((sum, sweep) => sum + sweep.requests, 0);
  const perHour = (loadRequests / SHAPE.loadMinutes) * 60;
  lines.push(`requests an hour at this rate: ${Math.round(perHour)} (${round(perHour / TOKEN_PER_HOUR)}× GITHUB_TOKEN's ${TOKEN_PER_HOUR}); sweeps alone: ${Math.round((load.reduce((sum, sweep) => sum + sweep.requests, 0) / SHAPE.loadMinutes) * 60)} an hour`);
  lines.push(`peak memory of the process (emulator with its recorded requests, runs and checks): RSS ${mb(memory.maxRss)}, heap ${mb(memory.peakHeap)} (heap ${mb(memory.heapAtStart)} at start, ${mb(memory.heapAtEnd)} at end; ${memory.emulatorRequestsRecorded} requests recorded)`);
  const problems = [...result.failures, ...result.overBudget, ...deadlines.missed, ...deadlines.duplicates, ...deadlines.unasked];
  lines.push(`deadline actions (pages, SLA label, update reminders): ${deadlines.due} due (${Object.entries(deadlines.dueByKind).map(([kind, count]) => `${count} ${kind}`).join(', ')}), ${deadlines.doneOnce} done exactly once, ${deadlines.missed.length} missed, ${deadlines.duplicates.length} duplicated, ${deadlines.unasked.length} done unasked; ${deadlines.late.length} waited for a later sweep (${SWEEP_MINUTES} min or more) because the sweep that found them due had spent its budget`);
  lines.push(`bot comments: ${Object.entries(result.botComments).map(([kind, count]) => `${count} ${kind}`).join(', ')}`);
  if (problems.length > 0) lines.push(`PROBLEMS: ${problems.slice(0, 20).join('; ')}${problems.length > 20 ? ` (and ${problems.length - 20} more)` : ''}`);
  return lines;
}
