/**
 * Property runs that leave a record: each runs with a known seed (HARDENING_SEED, else a fixed one,
 * so `npm test` is reproducible) and, when HARDENING_REPORT_DIR is set (by
 * `npm run hardening-report`), writes how many cases it tried and whether they passed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

const DEFAULT_SEED = 20_261_201;

/** The seed of every property run in this process. */
export const SEED = Number(process.env.HARDENING_SEED ?? DEFAULT_SEED);

/** Checks `property` over `numRuns` generated cases; throws fast-check's report (with the seed and the shrunk case) on a failure. */
export function checkProperty<Ts>(category: string, name: string, property: fc.IProperty<Ts>, numRuns: number): void {
  const details = fc.check(property, { seed: SEED, numRuns });
  const dir = process.env.HARDENING_REPORT_DIR;
  if (dir !== undefined) {
    mkdirSync(dir, { recursive: true });
    const record = { category, name, cases: details.numRuns, passed: details.failed ? details.numRuns - 1 : details.numRuns, seed: SEED };
    writeFileSync(join(dir, `${category}-${name}.json`.replace(/[^A-Za-z0-9.-]+/g, '-')), JSON.stringify(record));
  }
  if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? `${name} failed (seed ${SEED})`);
}
