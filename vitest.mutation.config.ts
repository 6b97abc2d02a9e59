/**
 * The tests a mutation run uses: every test that runs the sources in process. Tests of the package
 * as built (the committed action/dist, the exports of a compiled copy, the packed tarball) cannot see a mutant in src/
 * and would only slow each mutant down; nor do the hardening sweeps (test/hardening: hundreds of
 * generated incidents or whole lives each, minutes per mutant they cover). Coverage instrumentation
 * makes every test several times slower, so the per-test timeout is longer than `npm test`'s.
 */
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    test: { exclude: ['test/library.test.ts', 'test/lifecycle/bundled-action.test.ts', 'test/package/pack-install.test.ts', 'test/hardening/**', '**/node_modules/**'], testTimeout: 180_000 },
  }),
);
