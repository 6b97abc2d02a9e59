// Benchmark: what importing the library costs a program that uses it. Each import runs in a fresh
// `node` process, alternately with bare `node -e 0`; each process is timed from spawn to exit, and
// times its own `import()` with performance.now() (steadier on a busy machine than the difference
// of two spawn times). Measured: the playbook loader alone, the library root, and the root together
// with the emulator entry point, which is the module graph the root loaded before the emulator moved
// to `playbook-ops/emulator` (the old root re-exported it). Then the packages the root loads, each
// alone, to show where the rest of its cost goes. Needs a build (dist/).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, root } from './util.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/** The root's import before the change, as the issue measured it (another run, for reference). */
const ISSUE_BEFORE_MS = 210;
const GOAL = 0.3;

const dist = (path) => pathToFileURL(join(root, 'dist/src', path)).href;
/** `node` arguments that import `specifiers` in turn and print how long that took. */
const importing = (...specifiers) => [
  '--input-type=module',
  '-e',
  [
    'const start = performance.now();',
    ...specifiers.map((specifier) => `await import(${JSON.stringify(specifier)});`),
    'process.stdout.write(String(performance.now() - start));',
  ].join('\n'),
];

const CASES = {
  bare: ['-e', '0'],
  loader: importing(dist('config/load-playbooks.js')),
  root: importing(dist('index.js')),
  before: importing(dist('index.js'), dist('emulator/index.js')),
  remark: importing('remark'),
  octokit: importing('@octokit/rest', '@octokit/plugin-retry', '@octokit/plugin-throttling', 'bottleneck'),
  handlebars: importing('handlebars'),
  yaml: importing('js-yaml'),
};

/** Spawn-to-exit milliseconds, and the milliseconds the process reported for its imports. */
function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const total = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}\n${result.stdout}\n${result.stderr}`);
  return { total, imports: result.stdout === '' ? 0 : Number(result.stdout) };
}

/** Runs the benchmark and returns its printed lines. */
export function benchImport() {
  for (const path of ['index.js', 'emulator/index.js', 'config/load-playbooks.js']) {
    if (!existsSync(join(root, 'dist/src', path))) throw new Error(`dist/src/${path} is missing: run \`npx tsc -p tsconfig.json\` first`);
  }
  const samples = Object.fromEntries(Object.keys(CASES).map((name) => [name, []]));
  for (const args of Object.values(CASES)) time(args);
  for (let run = 0; run < RUNS; run += 1) {
    for (const [name, args] of Object.entries(CASES)) samples[name].push(time(args));
  }
  const total = (name) => median(samples[name].map((sample) => sample.total));
  const cost = (name) => median(samples[name].map((sample) => sample.imports));
  const ms = (value) => `${value.toFixed(0)} ms`;
  const row = (label, name) => `  ${label.padEnd(46)}${ms(total(name)).padStart(8)}${ms(cost(name)).padStart(9)}`;
  const ratio = cost('root') / cost('before');
  return [
    `import cost of the library (median of ${RUNS} fresh processes each, alternating with bare node)`,
    `  ${''.padEnd(46)}${'process'.padStart(8)}${'import'.padStart(9)}`,
    row('node -e 0', 'bare'),
    row('loader (dist/src/config/load-playbooks.js)', 'loader'),
    row('root (dist/src/index.js)', 'root'),
    row('before: root + emulator (the old root\'s graph)', 'before'),
    '  (process: spawn to exit; import: the import() as timed inside the process)',
    `  root / loader: ${(cost('root') / cost('loader')).toFixed(2)}`,
    `  root / before (root + emulator, measured now): ${ratio.toFixed(2)}  (goal: below ${GOAL.toFixed(2)}; ${ratio < GOAL ? 'met' : 'NOT met'})`,
    `  root / ${ISSUE_BEFORE_MS} ms (the issue's figure for the old root, from another run): ${(cost('root') / ISSUE_BEFORE_MS).toFixed(2)}`,
    '  where the root\'s import goes, each package imported alone (they share some dependencies):',
    `    remark ${ms(cost('remark'))}, Octokit (rest, retry, throttling, bottleneck) ${ms(cost('octokit'))}, handlebars ${ms(cost('handlebars'))}, js-yaml ${ms(cost('yaml'))}`,
  ];
}
