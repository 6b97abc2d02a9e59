// Benchmark: what importing the library costs a program that uses it. Each import runs in a fresh
// `node` process, alternately with bare `node -e 0`; each process is timed from spawn to exit, and
// times its own `import()` with performance.now() (steadier on a busy machine than the difference
// of two spawn times). Measured: the playbook loader alone, the library root, each opt-in entry point
// (`playbook-ops/engine`, `/github`, `/render`, `/emulator`) alone, and all five together, which is
// the module graph the old root loaded (it re-exported the engine, the shell, the renderer and the
// emulator). Then the heavy packages, each alone, to show what the entry points that load them pay
// for. Needs a build (dist/).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, root } from './util.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/** Issue 13's figures (another run, for reference): the old root's graph, and the root when it was filed. */
const ISSUE_OLD_ROOT_MS = 479;
const ISSUE_ROOT_MS = 391;
/** Issue 13: the root imports in under 30% of the old root's time. */
const GOAL = 0.3;
/** The entry points besides the root, by subpath, and their built files. */
const SUBPATHS = {
  engine: 'engine/index.js',
  github: 'github/index.js',
  render: 'render/index.js',
  emulator: 'emulator/index.js',
};

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
  ...Object.fromEntries(Object.entries(SUBPATHS).map(([name, path]) => [name, importing(dist(path))])),
  before: importing(dist('index.js'), ...Object.values(SUBPATHS).map(dist)),
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
  for (const path of ['index.js', ...Object.values(SUBPATHS), 'config/load-playbooks.js']) {
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
    row('root: playbook-ops', 'root'),
    ...Object.keys(SUBPATHS).map((name) => row(`  playbook-ops/${name} alone`, name)),
    row('old root: root + the four subpaths', 'before'),
    '  (process: spawn to exit; import: the import() as timed inside the process)',
    `  root / old root (measured now): ${ratio.toFixed(2)}  (goal: below ${GOAL.toFixed(2)}; ${ratio < GOAL ? 'met' : 'NOT met'})`,
    `  root / loader: ${(cost('root') / cost('loader')).toFixed(2)}`,
    `  root / ${ISSUE_OLD_ROOT_MS} ms and / ${ISSUE_ROOT_MS} ms (issue 13's old root and root, another run): ${(cost('root') / ISSUE_OLD_ROOT_MS).toFixed(2)}, ${(cost('root') / ISSUE_ROOT_MS).toFixed(2)}`,
    '  what the opt-in entry points pay for, each package imported alone (they share some dependencies):',
    `    remark ${ms(cost('remark'))} (engine, github), Octokit (rest, retry, throttling, bottleneck) ${ms(cost('octokit'))} (github), handlebars ${ms(cost('handlebars'))} (render); js-yaml ${ms(cost('yaml'))} (root)`,
  ];
}
