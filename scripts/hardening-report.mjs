#!/usr/bin/env node
/**
 * `npm run hardening-report`: runs the tests of each hardening category and prints a table of
 * category, cases tried, cases passed, and the seed of the property runs (HARDENING_SEED picks
 * another). A property run counts each generated case; any other test counts as one case. A
 * category without tests yet is printed as such, not left out. Under the table, the figures a
 * recorded run measured (the load run's requests per event and per sweep), with the command that
 * measures the rest.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The test files of each category of the hardening issue, in its order. */
const CATEGORIES = [
  ['hostile text', ['test/hardening/hostile-text.test.ts', 'test/lifecycle/hostile-text.test.ts', 'test/action/workflow-commands.test.ts', 'test/engine/commands.test.ts']],
  ['hostile YAML and Markdown files', ['test/hardening/hostile-files.test.ts', 'test/config/hostile-yaml.test.ts', 'test/config/not-utf8.test.ts', 'test/config/outside-links.test.ts', 'test/import/import-never-throws.test.ts', 'test/import/markdown-tree.test.ts', 'test/import/tolerance.test.ts']],
  ['commands and identities', ['test/hardening/commands-identities.test.ts', 'test/lifecycle/permissions.test.ts', 'test/lifecycle/edited-commands.test.ts', 'test/lifecycle/reports.test.ts', 'test/lifecycle/unknown-commands.test.ts', 'test/lifecycle/commands.test.ts']],
  ['API faults', ['test/hardening/api-faults.test.ts', 'test/lifecycle/faults.test.ts', 'test/emulator/faults.test.ts', 'test/lifecycle/request-budget.test.ts']],
  ['delivery faults', ['test/hardening/delivery-faults.test.ts', 'test/lifecycle/idempotency.test.ts', 'test/lifecycle/dispatch-and-skips.test.ts', 'test/lifecycle/issue-events.test.ts']],
  ['load', ['test/hardening/load.test.ts']],
  ['mutation', []],
];

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
  return { category, cases: paths.length === 0 ? 'not covered yet' : String(cases), passed: paths.length === 0 ? '' : String(passed), seed: seeds === '' ? '—' : seeds };
});

const header = ['category', 'cases', 'passed', 'property seed'];
const table = [header, ...rows.map((row) => [row.category, row.cases, row.passed, row.seed])];
const widths = header.map((_, column) => Math.max(...table.map((row) => row[column].length)));
for (const row of table) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
for (const property of properties) if (property.figures) console.log(`\n${property.category} figures: ${property.figures}`);
const failed = report.numFailedTests;
console.log(`\n${report.numPassedTests} tests passed, ${failed} failed (${files.length} files); recorded runs: ${properties.map((property) => `${property.category}/${property.name} ${property.cases} cases`).join(', ')}`);
process.exit(failed === 0 ? 0 : 1);
