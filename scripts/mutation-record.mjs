/**
 * The recorded mutation scores (test/mutation/scores.json): one entry per source file, from the last
 * StrykerJS run that mutated it, with the hash of the file as it was then. A full run takes hours
 * on a 2-core machine, so runs over a few files at a time add up to the tree's score; an entry whose
 * file has changed since is stale and says so, never silently counted as current.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const recordPath = join(root, 'test/mutation/scores.json');

/** Stryker's statuses that count, in the order the tables print them. */
export const STATUSES = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'CompileError', 'RuntimeError', 'Ignored'];

export function emptyCounts() {
  return Object.fromEntries(STATUSES.map((status) => [status, 0]));
}

/** `src/engine/time.ts` → `src/engine`, `src/index.ts` → `src`. */
export function folderOf(file) {
  const parts = file.replaceAll('\\', '/').split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : parts.slice(0, -1).join('/') || '.';
}

/** Stryker's score: detected (killed or timed out) over valid mutants (detected, survived, no coverage). */
export function score(counts) {
  const detected = counts.Killed + counts.Timeout;
  const valid = detected + counts.Survived + counts.NoCoverage;
  return { detected, valid, percent: valid === 0 ? null : (100 * detected) / valid };
}

function hashOf(text) {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The recorded entries, `{}` when nothing was recorded yet. */
export function readRecord() {
  return existsSync(recordPath) ? JSON.parse(readFileSync(recordPath, 'utf8')).files : {};
}

/** `12:5 ConditionalExpression: false`: where a mutant is and what it wrote, on one short line. */
function describeMutant(mutant) {
  const replacement = mutant.replacement.replace(/\s+/g, ' ');
  const shown = replacement.length > 80 ? `${replacement.slice(0, 77)}...` : replacement;
  return `${mutant.location.start.line}:${mutant.location.start.column} ${mutant.mutatorName}: ${shown}${mutant.status === 'NoCoverage' ? ' (no test runs it)' : ''}`;
}

/** The test folders a report's run used (StrykerJS lists its test files). */
function testFolders(report) {
  return [...new Set(Object.keys(report.testFiles ?? {}).map((file) => dirname(file.replaceAll('\\', '/'))))].sort();
}

/**
 * A `mutate` pattern of StrykerJS as a test of a path: `**` then a slash is any folders, a trailing
 * `**` anything below, `*` part of one name; an optional `:line:col-line:col` range is dropped.
 */
function globTest(pattern) {
  const path = pattern.replace(/:\d+(?::\d+)?-\d+(?::\d+)?$/, '');
  const source = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*\/|\*\*|\*/g, (star) => ({ '**/': '(?:.*/)?', '**': '.*' })[star] ?? '[^/]*');
  return (file) => new RegExp(`^${source}$`).test(file);
}

/**
 * Whether the run that wrote `report` mutated `file`, by the `mutate` patterns it ran with: the
 * report of an incremental run also carries files of earlier runs as they were then, which must not
 * replace what a later run recorded.
 */
function mutatedBy(report) {
  const patterns = report.config?.mutate ?? [];
  const included = patterns.filter((pattern) => !pattern.startsWith('!')).map(globTest);
  const excluded = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => globTest(pattern.slice(1)));
  return (file) => (included.length === 0 || included.some((test) => test(file))) && !excluded.some((test) => test(file));
}

/** Merges the files that the run of `report` (a StrykerJS JSON report) mutated into the record and writes it. */
export function recordReport(report, measuredAt) {
  const files = readRecord();
  const tests = testFolders(report);
  const mutated = mutatedBy(report);
  for (const [file, { source, mutants }] of Object.entries(report.files ?? {})) {
    if (!mutated(file)) continue;
    const counts = emptyCounts();
    for (const { status } of mutants) counts[status] = (counts[status] ?? 0) + 1;
    const survivors = mutants
      .filter((mutant) => mutant.status === 'Survived' || mutant.status === 'NoCoverage')
      .sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column)
      .map(describeMutant);
    // The hash of the source the run mutated (the report carries it), not of the file now.
    files[file] = { sha256: hashOf(source), measuredAt, tests, counts, survivors };
  }
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  mkdirSync(dirname(recordPath), { recursive: true });
  writeFileSync(recordPath, `${JSON.stringify({ files: sorted }, null, 1)}\n`);
}

/**
 * The record per folder: counts summed over its files, how many of its files are recorded, and
 * how many of those changed since (stale: their counts are of an older version).
 */
export function recordByFolder(files = readRecord()) {
  const folders = new Map();
  for (const [file, entry] of Object.entries(files)) {
    const folder = folderOf(file);
    const summary = folders.get(folder) ?? { counts: emptyCounts(), files: 0, stale: [], gone: [] };
    for (const status of STATUSES) summary.counts[status] += entry.counts[status] ?? 0;
    summary.files += 1;
    if (!existsSync(join(root, file))) summary.gone.push(file);
    else if (hashOf(readFileSync(join(root, file), 'utf8')) !== entry.sha256) summary.stale.push(file);
    folders.set(folder, summary);
  }
  return folders;
}

/**
 * The files a full run mutates: stryker.config.mjs's `mutate`, i.e. every TypeScript file under the
 * folders its patterns start from (src/, action/) but those it excludes.
 */
export async function mutatedFiles() {
  const { default: config } = await import(new URL('../stryker.config.mjs', import.meta.url));
  const excluded = config.mutate.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1).replace(/\*\*$/, ''));
  const roots = [...new Set(config.mutate.filter((pattern) => !pattern.startsWith('!')).map((pattern) => pattern.split('/')[0]))];
  const walk = (dir) =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith('.ts') ? [path] : [];
    });
  return roots.flatMap(walk).filter((file) => !excluded.some((prefix) => file.startsWith(prefix)));
}
