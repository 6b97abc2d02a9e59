/**
 * The mutation record (scripts/mutation-record.mjs through `node scripts/mutation-score.mjs --record`)
 * is what the scores per folder are read from, so it must take from a report only what its run
 * measured and say when a recorded file has changed since. The scripts run as people run them, in a
 * throwaway project of four source files.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

interface Mutant {
  status: string;
  line: number;
  mutatorName?: string;
  replacement?: string;
}

interface Entry {
  sha256: string;
  tests: string[];
  counts: Record<string, number>;
  survivors: string[];
}

const SOURCES = { 'src/a/one.ts': 'export const one = 1;\n', 'src/a/two.ts': 'export const two = 2;\n', 'src/b/three.ts': 'export const three = 3;\n', 'src/b/deep/four.ts': 'export const four = 4;\n' };

let project: string;

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'playbook-ops-record-'));
  for (const script of ['mutation-record.mjs', 'mutation-score.mjs']) cpSync(join('scripts', script), join(project, 'scripts', script));
  writeFileSync(join(project, 'stryker.config.mjs'), "export default { mutate: ['src/**/*.ts'] };\n");
  writeFileSync(join(project, 'package.json'), '{ "type": "module" }\n');
  for (const [path, text] of Object.entries(SOURCES)) write(path, text);
});

afterEach(() => rmSync(project, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(project, dirname(path)), { recursive: true });
  writeFileSync(join(project, path), text);
}

/** A StrykerJS JSON report of a run with `mutate` patterns, carrying `files` as they were. */
function report(name: string, mutate: string[], files: Record<string, Mutant[]>, testFiles = ['test/a/one.test.ts']): string {
  const path = join(project, `${name}.json`);
  const entries = Object.entries(files).map(([file, mutants]): [string, unknown] => [
    file,
    {
      source: readFileSync(join(project, file), 'utf8'),
      mutants: mutants.map(({ status, line, mutatorName = 'BooleanLiteral', replacement = 'false' }) => ({ status, mutatorName, replacement, location: { start: { line, column: 3 }, end: { line, column: 9 } } })),
    },
  ]);
  writeFileSync(path, JSON.stringify({ config: { mutate }, testFiles: Object.fromEntries(testFiles.map((file) => [file, { tests: [] }])), files: Object.fromEntries(entries) }));
  return path;
}

function record(...reports: string[]): string {
  return execFileSync(process.execPath, ['scripts/mutation-score.mjs', '--record', ...reports], { cwd: project, encoding: 'utf8' });
}

function recorded(): Record<string, Entry> {
  return (JSON.parse(readFileSync(join(project, 'test/mutation/scores.json'), 'utf8')) as { files: Record<string, Entry> }).files;
}

/** The row of `folder` in the table of everything recorded (the second table printed). */
function recordedRow(output: string, folder: string): string[] {
  const table = output.slice(output.indexOf('everything recorded'));
  const row = table.split('\n').find((line) => line.startsWith(`${folder} `));
  if (row === undefined) throw new Error(`no row for ${folder} in\n${table}`);
  return row.split('|').map((cell) => cell.trim());
}

const killed = (line: number): Mutant => ({ status: 'Killed', line });

describe('the mutation record', () => {
  it('files each mutated file with its counts, its survivors in line order and the test folders the run used', () => {
    const output = record(
      report('first', ['src/**/*.ts'], {
        'src/a/one.ts': [killed(1), { status: 'Survived', line: 4, mutatorName: 'StringLiteral', replacement: '""' }, { status: 'NoCoverage', line: 2 }, { status: 'Timeout', line: 5 }, { status: 'Ignored', line: 6 }],
      }, ['test/a/one.test.ts', 'test/a/two.test.ts', 'test/lifecycle/x.test.ts']),
    );
    const entry = recorded()['src/a/one.ts'];
    expect(entry?.counts).toEqual({ Killed: 1, Timeout: 1, Survived: 1, NoCoverage: 1, CompileError: 0, RuntimeError: 0, Ignored: 1 });
    expect(entry?.survivors).toEqual(['2:3 BooleanLiteral: false (no test runs it)', '4:3 StringLiteral: ""']);
    expect(entry?.tests).toEqual(['test/a', 'test/lifecycle']);
    // Detected (killed, timed out) over valid (those and survived, no coverage): 2 of 4; ignored left out.
    expect(recordedRow(output, 'src/a').slice(1, 3)).toEqual(['50.00', '66.67']);
    expect(recordedRow(output, 'src/a').at(-1)).toBe('1 of 2 files');
  });

  it('takes from a report only the files its run mutated, not older ones an incremental report carries', () => {
    record(report('full', ['src/**/*.ts'], { 'src/a/one.ts': [killed(1)], 'src/a/two.ts': [{ status: 'Survived', line: 1 }], 'src/b/three.ts': [killed(1)] }));
    const before = recorded();
    record(report('later', ['src/a/two.ts'], { 'src/a/one.ts': [{ status: 'Survived', line: 1 }], 'src/a/two.ts': [killed(1), killed(2)] }));
    const after = recorded();
    expect(after['src/a/one.ts']).toEqual(before['src/a/one.ts']);
    expect(after['src/a/two.ts']?.counts.Killed).toBe(2);
    expect(after['src/b/three.ts']).toEqual(before['src/b/three.ts']);
  });

  it('follows the run’s exclusions, folder wildcards and line ranges', () => {
    record(report('excluding', ['src/**/*.ts', '!src/b/**'], { 'src/a/one.ts': [killed(1)], 'src/b/three.ts': [killed(1)], 'src/b/deep/four.ts': [killed(1)] }));
    expect(Object.keys(recorded())).toEqual(['src/a/one.ts']);
    record(report('ranged', ['src/b/three.ts:1-3'], { 'src/b/three.ts': [killed(1)], 'src/b/deep/four.ts': [killed(1)] }));
    expect(Object.keys(recorded())).toEqual(['src/a/one.ts', 'src/b/three.ts']);
    record(report('one-level', ['src/*/*.ts'], { 'src/a/two.ts': [killed(1)], 'src/b/deep/four.ts': [killed(1)] }));
    expect(Object.keys(recorded())).toEqual(['src/a/one.ts', 'src/a/two.ts', 'src/b/three.ts']);
    record(report('any-depth', ['src/**/four.ts'], { 'src/b/deep/four.ts': [killed(1)] }));
    expect(Object.keys(recorded())).toContain('src/b/deep/four.ts');
  });

  it('says how many recorded files changed since they were measured', () => {
    record(report('full', ['src/**/*.ts'], { 'src/a/one.ts': [killed(1)], 'src/a/two.ts': [killed(1)] }));
    write('src/a/two.ts', 'export const two = 22;\n');
    const output = record(report('other', ['src/b/three.ts'], { 'src/b/three.ts': [killed(1)] }));
    expect(recordedRow(output, 'src/a').at(-1)).toBe('2 of 2 files, 1 changed since');
    expect(recordedRow(output, 'src/b').at(-1)).toBe('1 of 2 files');
  });
});
