#!/usr/bin/env node
/**
 * Prints the mutation score of each source folder (src/engine, src/github, src/config, ...) from
 * StrykerJS's JSON report, so a run says where the tests are weakest, not only one overall number.
 *
 *   node scripts/mutation-score.mjs [reports/mutation/mutation.json]
 *
 * `npm run mutation` runs it after `stryker run`. The score is Stryker's: detected (killed or
 * timed out) over valid mutants (detected, survived, no coverage); compile and runtime errors and
 * ignored mutants do not count. "covered" leaves out the mutants no test runs.
 */
import { readFileSync } from 'node:fs';

const path = process.argv[2] ?? 'reports/mutation/mutation.json';

/** The folder a file is counted under: `src/engine/time.ts` → `src/engine`, `src/index.ts` → `src`. */
function folderOf(file) {
  const parts = file.replaceAll('\\', '/').split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : parts.slice(0, -1).join('/') || '.';
}

function emptyCounts() {
  return { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, CompileError: 0, RuntimeError: 0, Ignored: 0, Pending: 0 };
}

function percent(part, whole) {
  return whole === 0 ? 'n/a' : ((100 * part) / whole).toFixed(2);
}

let report;
try {
  report = JSON.parse(readFileSync(path, 'utf8'));
} catch (error) {
  console.error(`Cannot read the mutation report ${path} (${error.message}); run \`npx stryker run\` first.`);
  process.exit(1);
}

const folders = new Map();
const total = emptyCounts();
for (const [file, { mutants }] of Object.entries(report.files ?? {})) {
  const folder = folderOf(file);
  if (!folders.has(folder)) folders.set(folder, emptyCounts());
  const counts = folders.get(folder);
  for (const { status } of mutants) {
    counts[status] = (counts[status] ?? 0) + 1;
    total[status] = (total[status] ?? 0) + 1;
  }
}

const rows = [...folders].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const headers = ['', 'score %', 'covered %', 'killed', 'timeout', 'survived', 'no cov', 'errors'];
const cells = (name, counts) => {
  const detected = counts.Killed + counts.Timeout;
  const covered = detected + counts.Survived;
  const valid = covered + counts.NoCoverage;
  return [name, percent(detected, valid), percent(detected, covered), counts.Killed, counts.Timeout, counts.Survived, counts.NoCoverage, counts.CompileError + counts.RuntimeError].map(String);
};
const table = [headers, ...rows.map(([folder, counts]) => cells(folder, counts)), cells('All files', total)];
const widths = headers.map((_, column) => Math.max(...table.map((row) => row[column].length)));
console.log('\nMutation score per folder');
for (const row of table) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | '));
