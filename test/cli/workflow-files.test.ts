import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { freshSet, run } from './cli-run.js';

/** A paging workflow whose steps pass no secret. */
const BARE = (job: string) => `on: issues\njobs:\n  ${job}:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: playbook-ops/playbook-ops@v1\n`;

/** Writes `files` (path relative to `cwd` to text), creating their directories. */
async function put(cwd: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(cwd, path, '..'), { recursive: true });
    await writeFile(join(cwd, path), text);
  }
}

/** The sink-secret diagnostics validate reports for the set in `dir`, as "file: message". */
async function sinkSecrets(cwd: string, dir: string): Promise<string[]> {
  const { stdout } = await run(['validate', dir, '--format', 'json'], cwd);
  return (JSON.parse(stdout) as { rule: string; file: string; message: string }[]).filter((diagnostic) => diagnostic.rule === 'sink-secret').map((diagnostic) => `${diagnostic.file}: ${diagnostic.message}`);
}

/** What validate says of the three sinks of the tiny set when `workflow` (and its job) passes none of their secrets. */
function unpassed(workflow: string, job: string, dir = 'playbooks'): string[] {
  return [
    `${dir}/severities.yaml: the pagerduty sink's secret PD_KEY is not passed to playbook-ops in .github/workflows/${workflow} (job ${job}): every delivery to it would fail`,
    `${dir}/escalation.yaml: the webhook sink's secret HOOK_KEY is not passed to playbook-ops in .github/workflows/${workflow} (job ${job}): every delivery to it would fail`,
    `${dir}/contacts.yaml: the slack sink's secret SLACK_URL is not passed to playbook-ops in .github/workflows/${workflow} (job ${job}): every delivery to it would fail`,
  ];
}

describe('the paging workflows validate reads for the sink-secret check', () => {
  test('incidents.yml and incident-sweep.yml of the .github/workflows above the set are both read', async () => {
    const cwd = await freshSet();
    await put(cwd, { '.github/workflows/incidents.yml': BARE('reconcile'), '.github/workflows/incident-sweep.yml': BARE('sweep'), '.github/workflows/other.yml': BARE('reconcile') });
    expect((await sinkSecrets(cwd, 'playbooks')).sort()).toEqual([...unpassed('incidents.yml', 'reconcile'), ...unpassed('incident-sweep.yml', 'sweep')].sort());
  });

  test('either one alone is read', async () => {
    const sweep = await freshSet();
    await put(sweep, { '.github/workflows/incident-sweep.yml': BARE('sweep') });
    expect(await sinkSecrets(sweep, 'playbooks')).toEqual(unpassed('incident-sweep.yml', 'sweep'));
  });

  test('the nearest .github/workflows counts, even with neither file in it', async () => {
    const cwd = await freshSet({}, 'repo/playbooks');
    await put(cwd, { '.github/workflows/incidents.yml': BARE('reconcile'), 'repo/.github/workflows/ci.yml': 'on: push\n' });
    expect(await sinkSecrets(cwd, 'repo/playbooks')).toEqual([]);
  });

  test('the search stops at the repository\'s root, a directory with .git', async () => {
    const cwd = await freshSet({}, 'repo/playbooks');
    await put(cwd, { '.github/workflows/incidents.yml': BARE('reconcile'), 'repo/.git/HEAD': 'ref: refs/heads/main\n' });
    expect(await sinkSecrets(cwd, 'repo/playbooks')).toEqual([]);
    expect(await sinkSecrets(join(cwd, 'repo'), 'playbooks')).toEqual([]);
  });

  test('below the repository\'s root it climbs to the workflows', async () => {
    const cwd = await freshSet({}, 'repo/ops/playbooks');
    await put(cwd, { 'repo/.github/workflows/incidents.yml': BARE('reconcile'), 'repo/.git/HEAD': 'ref: refs/heads/main\n' });
    expect(await sinkSecrets(cwd, 'repo/ops/playbooks')).toEqual(unpassed('incidents.yml', 'reconcile', 'repo/ops/playbooks'));
  });

  test('a workflow that links out of its directory is not read, as if absent', async () => {
    const cwd = await freshSet();
    await put(cwd, { 'elsewhere/incidents.yml': BARE('reconcile'), '.github/workflows/incident-sweep.yml': BARE('sweep') });
    await symlink(join(cwd, 'elsewhere/incidents.yml'), join(cwd, '.github/workflows/incidents.yml'));
    expect(await sinkSecrets(cwd, 'playbooks')).toEqual(unpassed('incident-sweep.yml', 'sweep'));
  });

  test('with no workflows up to the file system\'s root there is nothing to check', async () => {
    expect(await sinkSecrets(await freshSet(), 'playbooks')).toEqual([]);
  });
});
