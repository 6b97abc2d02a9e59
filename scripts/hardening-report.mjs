#!/usr/bin/env node
/**
 * `npm run hardening-report`: runs the tests of each hardening category and prints a table of
 * category, cases tried, cases passed, and the seed of the property runs (HARDENING_SEED picks
 * another). A property run counts each generated case; any other test counts as one case. Under
 * them, a row per source folder from the recorded mutation scores (test/mutation/scores.json, written
 * by `npm run mutation`): its mutants tried and detected, the score against its goal, and how much
 * of the folder the record covers. Under the table, the figures a recorded run measured (the load
 * run's requests per event and per sweep), with the command that measures the rest.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { folderOf, mutatedFiles, recordByFolder, score } from './mutation-record.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The test files of each category of the hardening issue, in its order. */
const CATEGORIES = [
  ['hostile text', ['test/hardening/hostile-text.test.ts', 'test/lifecycle/hostile-text.test.ts', 'test/action/workflow-commands.test.ts', 'test/engine/commands.test.ts']],
  ['hostile YAML and Markdown files', ['test/hardening/hostile-files.test.ts', 'test/config/hostile-yaml.test.ts', 'test/config/not-utf8.test.ts', 'test/config/outside-links.test.ts', 'test/import/import-never-throws.test.ts', 'test/import/markdown-tree.test.ts', 'test/import/tolerance.test.ts']],
  ['commands and identities', ['test/hardening/commands-identities.test.ts', 'test/lifecycle/permissions.test.ts', 'test/lifecycle/edited-commands.test.ts', 'test/lifecycle/reports.test.ts', 'test/lifecycle/unknown-commands.test.ts', 'test/lifecycle/commands.test.ts']],
  ['API faults', ['test/hardening/api-faults-1.test.ts', 'test/hardening/api-faults-2.test.ts', 'test/lifecycle/faults.test.ts', 'test/emulator/faults.test.ts', 'test/lifecycle/request-budget.test.ts']],
  ['delivery faults', ['test/hardening/delivery-faults.test.ts', 'test/lifecycle/idempotency.test.ts', 'test/lifecycle/dispatch-and-skips.test.ts', 'test/lifecycle/issue-events.test.ts']],
  ['load', ['test/hardening/load.test.ts']],
];

/** The score the hardening issue asks of each folder's tests: 85% where the product's logic lives, 75% elsewhere. */
const MUTATION_GOALS = { 'src/engine': 85, 'src/github': 85, 'src/config': 85 };
const OTHER_GOAL = 75;

const records = mkdtempSync(join(tmpdir(), 'hardening-'));
const results = join(records, 'vitest.json');
const files = CATEGORIES.flatMap(([, paths]) => paths).filter((path) => existsSync(join(root, path)));
console.error(`running ${files.length} test files of ${CATEGORIES.length} categories…`);
try {
  execFileSync('npx', ['vitest', 'run', ...files, '--reporter=json', `--outputFile=${results}`], {
    cwd: root,
    env: { ...process.env, HARDENING_REPORT_DIR: records },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
} catch {
  // Failures are counted below from the results; a run that wrote none is reported as such.
}
if (!existsSync(results)) {
  console.error('vitest wrote no results: see the errors above.');
  process.exit(2);
}
const report = JSON.parse(readFileSync(results, 'utf8'));
const properties = readdirSync(records)
  .filter((name) => name !== 'vitest.json')
  .map((name) => JSON.parse(readFileSync(join(records, name), 'utf8')));
rmSync(records, { recursive: true, force: true });

const rows = CATEGORIES.map(([category, paths]) => {
  const suites = report.testResults.filter((suite) => paths.includes(relative(root, suite.name)));
  const tests = suites.flatMap((suite) => suite.assertionResults);
  const mine = properties.filter((property) => property.category === category.replaceAll(' ', '-'));
  // A recorded test (a property run, a fault on every request) is one test in vitest's count and its cases in ours.
  const cases = tests.length - mine.length + mine.reduce((sum, property) => sum + property.cases, 0);
  const passed = tests.filter((test) => test.status === 'passed').length - mine.filter((property) => property.passed === property.cases).length + mine.reduce((sum, property) => sum + property.passed, 0);
  const seeds = [...new Set(mine.map((property) => property.seed))].join(', ');
  return { category, cases: String(cases), passed: String(passed), seed: seeds === '' ? '—' : seeds };
});

// Mutation runs take hours, so the report reads what `npm run mutation` recorded: each mutant is a
// case, passed when a test detected it.
const everyFile = await mutatedFiles();
const recorded = recordByFolder();
const folders = [...new Set(everyFile.map(folderOf))].sort();
const mutation = folders.map((folder) => {
  const goal = MUTATION_GOALS[folder] ?? OTHER_GOAL;
  const files = everyFile.filter((file) => folderOf(file) === folder).length;
  const summary = recorded.get(folder);
  if (summary === undefined) return { category: `mutation ${folder}`, cases: 'not recorded yet', passed: '', seed: `goal ${goal}%, ${files} files` };
  const { detected, valid, percent } = score(summary.counts);
  const stale = summary.stale.length + summary.gone.length === 0 ? '' : `, ${summary.stale.length + summary.gone.length} changed since`;
  const shown = percent === null ? 'n/a' : `${percent.toFixed(1)}%`;
  return { category: `mutation ${folder}`, cases: String(valid), passed: String(detected), seed: `score ${shown} (goal ${goal}%), ${summary.files} of ${files} files recorded${stale}` };
});

const header = ['category', 'cases', 'passed', 'property seed, or mutation record'];
const table = [header, ...[...rows, ...mutation].map((row) => [row.category, row.cases, row.passed, row.seed])];
const widths = header.map((_, column) => Math.max(...table.map((row) => row[column].length)));
for (const row of table) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
for (const property of properties) if (property.figures) console.log(`\n${property.category} figures: ${property.figures}`);
const failed = report.numFailedTests;
console.log(`\n${report.numPassedTests} tests passed, ${failed} failed (${files.length} files); recorded runs: ${properties.map((property) => `${property.category}/${property.name} ${property.cases} cases`).join(', ')}`);
process.exit(failed === 0 ? 0 : 1);
