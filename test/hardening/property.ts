/**
 * Hardening runs that leave a record: property runs use a known seed (HARDENING_SEED, else a fixed
 * one, so `npm test` is reproducible), and when HARDENING_REPORT_DIR is set (by
 * `npm run hardening-report`) each run writes how many cases it tried and how many passed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

const DEFAULT_SEED = 20_261_201;

/** The seed of every property run in this process. */
export const SEED = Number(process.env.HARDENING_SEED ?? DEFAULT_SEED);

/**
 * Records, for the hardening report, that a test of `category` tried `cases` cases and `passed` of
 * them passed (`seed`: of a property run; `figures`: what the run measured, printed under the table).
 */
export function recordCases(category: string, name: string, cases: number, passed: number, seed: number | null = null, figures: string | null = null): void {
  const dir = process.env.HARDENING_REPORT_DIR;
  if (dir === undefined) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${category}-${name}.json`.replace(/[^A-Za-z0-9.-]+/g, '-')), JSON.stringify({ category, name, cases, passed, seed, figures }));
}

/** Checks `property` over `numRuns` generated cases; throws fast-check's report (with the seed and the shrunk case) on a failure. */
export function checkProperty<Ts>(category: string, name: string, property: fc.IProperty<Ts>, numRuns: number): void {
  const details = fc.check(property, { seed: SEED, numRuns });
  recordCases(category, name, details.numRuns, details.failed ? details.numRuns - 1 : details.numRuns, SEED);
  if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? `${name} failed (seed ${SEED})`);
}
