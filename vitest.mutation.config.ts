/**
 * The tests a mutation run uses: every test that runs the sources in process. Tests of the package
 * as built (the committed action/dist, the exports of a compiled copy, the packed tarball) cannot see a mutant in src/
 * and would only slow each mutant down; nor do the hardening sweeps (test/hardening: hundreds of
 * generated incidents or whole lives each, minutes per mutant they cover). Coverage instrumentation
 * makes every test several times slower, so the per-test timeout is longer than `npm test`'s.
 *
 * MUTATION_TESTS narrows the tests to a comma-separated list of folders or files, e.g.
 * `MUTATION_TESTS=test/engine,test/lifecycle/deadlines.test.ts`. Code in src/engine runs in nearly
 * every lifecycle test, so a surviving mutant there reruns hundreds of tests over HTTP (minutes each
 * on a 2-core machine); with the folder's own tests a run takes minutes, and since fewer tests can
 * only kill fewer mutants, its score is a lower bound of the full run's.
 *
 * The files are not isolated, about three times faster per mutant: src/config/duration.ts took 77 s
 * isolated and 26 s not, with the same 7 survivors. Code that runs at import (module-level
 * constants) is the exception to mutant switching; see `ignoreStatic` in stryker.config.mjs.
 *
 * Every test a mutant's code runs in is rerun for that mutant. The generated-input tests (thousands
 * of documents compared with remark, a megabyte of hostile text) take half a minute each under
 * coverage instrumentation, and cover nearly every mutant of src/markdown and src/import; here they
 * try a tenth of their inputs: the same kinds of input, fewer of each.
 */
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

const only = process.env.MUTATION_TESTS?.split(',').filter((entry) => entry !== '');

export default defineConfig({
  test: {
    ...base.test,
    include: only?.map((entry) => (entry.endsWith('.ts') ? entry : `${entry}/**/*.test.ts`)) ?? base.test?.include,
    exclude: ['test/library.test.ts', 'test/lifecycle/bundled-action.test.ts', 'test/package/pack-install.test.ts', 'test/hardening/**', '**/node_modules/**'],
    testTimeout: 180_000,
    isolate: false,
    // Generated-input tests try a tenth of their inputs (test/generated-count.ts).
    env: { MUTATION_RUN: '1' },
  },
});
