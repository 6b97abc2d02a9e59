#!/usr/bin/env node
/**
 * Prints the mutation score of each source folder (src/engine, src/github, src/config, ...) from
 * StrykerJS's JSON reports, so a run says where the tests are weakest, not only one overall number.
 *
 *   node scripts/mutation-score.mjs [--record] [report.json ...]   (default reports/mutation/mutation.json)
 *
 * `--record` also files each mutated file's result in test/mutation/scores.json (with its surviving
 * mutants, the tests the run used and the file's hash) and prints the score per folder over
 * everything recorded, since runs over part of the tree add up to the whole (see mutation-record.mjs).
 * `npm run mutation` runs it after `stryker run`. The score is Stryker's: detected (killed or timed
 * out) over valid mutants (detected, survived, no coverage); compile and runtime errors and ignored
 * mutants do not count. "covered" leaves out the mutants no test runs.
 */
import { readFileSync } from 'node:fs';
import { STATUSES, emptyCounts, folderOf, mutatedFiles, recordByFolder, recordPath, recordReport, root, score } from './mutation-record.mjs';

const args = process.argv.slice(2);
const record = args.includes('--record');
const paths = args.filter((arg) => arg !== '--record');

function percent(part, whole) {
  return whole === 0 ? 'n/a' : ((100 * part) / whole).toFixed(2);
}

function printTable(title, rows, extra = { header: null, cell: () => '' }) {
  const headers = ['', 'score %', 'covered %', 'killed', 'timeout', 'survived', 'no cov', 'errors', ...(extra.header === null ? [] : [extra.header])];
  const cells = (name, counts, more) => {
    const { detected, valid } = score(counts);
    const covered = detected + counts.Survived;
    return [name, percent(detected, valid), percent(detected, covered), counts.Killed, counts.Timeout, counts.Survived, counts.NoCoverage, counts.CompileError + counts.RuntimeError, ...(extra.header === null ? [] : [more])].map(String);
  };
  const total = emptyCounts();
  for (const [, counts] of rows) for (const status of STATUSES) total[status] += counts[status];
  const table = [headers, ...rows.map(([name, counts, more]) => cells(name, counts, more)), cells('All files', total, '')];
  const widths = headers.map((_, column) => Math.max(...table.map((row) => row[column].length)));
  console.log(`\n${title}`);
  for (const row of table) console.log(row.map((cell, column) => (column === 0 || column === 8 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ').trimEnd());
}

const reports = (paths.length === 0 ? ['reports/mutation/mutation.json'] : paths).map((path) => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    console.error(`Cannot read the mutation report ${path} (${error.message}); run \`npx stryker run\` first.`);
    process.exit(1);
  }
});

const folders = new Map();
for (const report of reports) {
  for (const [file, { mutants }] of Object.entries(report.files ?? {})) {
    const counts = folders.get(folderOf(file)) ?? emptyCounts();
    for (const { status } of mutants) counts[status] = (counts[status] ?? 0) + 1;
    folders.set(folderOf(file), counts);
  }
}
const byName = ([a], [b]) => (a < b ? -1 : a > b ? 1 : 0);
printTable('Mutation score per folder, this run', [...folders].sort(byName));

if (record) {
  for (const report of reports) recordReport(report, new Date().toISOString().slice(0, 10));
  const all = await mutatedFiles();
  const recorded = recordByFolder();
  const rows = [...recorded].sort(byName).map(([folder, summary]) => {
    const total = all.filter((file) => folderOf(file) === folder).length;
    const stale = summary.stale.length === 0 ? '' : `, ${summary.stale.length} changed since`;
    return [folder, summary.counts, `${summary.files} of ${total} files${stale}`];
  });
  printTable(`Mutation score per folder, everything recorded in ${recordPath.slice(root.length)}`, rows, { header: 'measured' });
}
