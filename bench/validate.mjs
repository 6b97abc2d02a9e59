// Benchmark: `playbook-ops validate` on a generated set of 1,000 playbook files, against ajv-cli
// validating the same files against the same schemas. Ours also resolves references, checks the
// semantic rules and computes line/column positions. Both run as fresh processes, alternately,
// and the medians are compared.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, root } from './util.mjs';

const FILES = 1000;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function generateSet(dir) {
  cpSync(join(root, 'playbooks'), dir, { recursive: true });
  const template = readFileSync(join(dir, 'scenarios/service-outage.yaml'), 'utf8');
  const existing = 13;
  for (let index = 0; index < FILES - existing; index += 1) {
    const id = `generated-scenario-${index}`;
    writeFileSync(
      join(dir, 'scenarios', `${id}.yaml`),
      template.replace(/^id: .*$/m, `id: ${id}`).replace(/^name: .*$/m, `name: Generated scenario ${index}`),
    );
  }
}

function time(command, args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}\n${result.stdout}\n${result.stderr}`);
  return ms;
}

/** Runs the benchmark and returns its printed lines. */
export function benchValidate() {
  const dir = mkdtempSync(join(tmpdir(), 'playbook-ops-bench-'));
  try {
    generateSet(dir);
    const ours = ['bin/playbook-ops.js', 'validate', dir, '--format', 'json'];
    const ajv = [
      'node_modules/ajv-cli/dist/index.js', 'validate', '--spec=draft2020', '--strict=true', '--errors=json',
      '-s', 'schemas/playbook.schema.json', '-r', 'schemas/!(playbook).schema.json', '-d', `${dir}/**/*.yaml`,
    ];
    time('node', ours);
    time('node', ajv);
    const oursMs = [];
    const ajvMs = [];
    for (let run = 0; run < RUNS; run += 1) {
      oursMs.push(time('node', ours));
      ajvMs.push(time('node', ajv));
    }
    const a = median(oursMs);
    const b = median(ajvMs);
    return [
      `validate ${FILES} playbook files (median of ${RUNS} runs, each a fresh process)`,
      `  playbook-ops validate: ${a.toFixed(0)} ms (schemas, references, semantic rules, line/column)`,
      `  ajv-cli validate:      ${b.toFixed(0)} ms (schemas only)`,
      `  ratio ours/ajv-cli:    ${(a / b).toFixed(2)}  (goal: below 1.00)`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
