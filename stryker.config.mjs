/**
 * Mutation testing with StrykerJS: `npm run mutation` mutates the library and runs the tests that
 * cover each mutant, then prints the score per folder (scripts/mutation-score.mjs).
 *
 * A full run takes hours on a 2-core machine. Restrict it to what changed:
 *   npx stryker run --mutate src/engine/time.ts && node scripts/mutation-score.mjs
 * Incremental mode reuses earlier results for mutants whose code and covering tests did not change.
 * Its file is under reports/, which is not committed: it is a cache derived from the tree, and with
 * several people editing src/ at once a committed copy would be a large JSON file conflicting on
 * every merge. CI can keep it between runs with a cache keyed by branch.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  // The library and the Action's shell (action/*.ts; its bundle is built from them). Generated files
  // (the OpenAPI extract, compiled schemas) and the scripted demo are not logic to test.
  mutate: ['src/**/*.ts', 'action/*.ts', '!src/emulator/openapi/**', '!src/config/generated/**', '!src/demo/**'],
  // Code that runs at import (module-level constants) cannot be switched per test. Where Stryker sees
  // it run outside every test it is a static mutant, reported as ignored: retesting it would mean
  // running every test. A module first imported inside a test (a lazy import) has its import-time
  // mutants counted as covered by that test alone, the only one run against them; they often
  // survive, so there the score is a lower bound; where that matters the constant is written inside
  // its function.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // One test process: this machine has two shared cores. Use --concurrency 2 on a machine of your own.
  concurrency: 1,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 80, low: 60, break: null },
  tempDirName: '.stryker-tmp',
  // vitest strips types without checking them, so Stryker need not add `// @ts-nocheck` to every
  // file; adding it would also change the generated validators, which a test compares with the schemas.
  disableTypeChecks: false,
  // Stryker rewrites the `extends` and `references` of the tsconfig it names with the TypeScript
  // compiler API, which TypeScript 7 (native) no longer has. Ours have nothing to rewrite (no paths
  // outside the project), so it names a file that does not exist and the rewrite is skipped.
  tsconfigFile: 'tsconfig.stryker-skip.json',
};
