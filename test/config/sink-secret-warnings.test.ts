/**
 * The `sink-secret` warning, judged from the workflow files themselves: which step counts as the
 * playbook-ops step, which environments reach it, and which workflows are not judged at all.
 */
import { describe, expect, test } from 'vitest';
import type { PlaybookSet } from '../../src/config/model.js';
import { checkSinkSecrets } from '../../src/config/sink-secrets.js';
import { validatePlaybooks } from '../../src/config/validate-playbooks.js';
import { positionOf } from './fixture.js';
import { tinySet } from './tiny-set.js';

// The tiny set's sinks: PagerDuty PD_KEY on sev-1, a webhook HOOK_KEY on escalation level 2, Slack SLACK_URL on the contact boss.
async function tiny(): Promise<{ dir: string; set: PlaybookSet }> {
  const dir = await tinySet();
  return { dir, set: (await validatePlaybooks(dir)).set as PlaybookSet };
}

/** A workflow whose `job` has a step `uses` with `stepEnv`, the job env `jobEnv` and the top-level env `topEnv`. */
function workflow(job: string, uses: string, { topEnv = '{}', jobEnv = '{}', stepEnv = '{}' } = {}): string {
  return `on: issues\nenv: ${topEnv}\njobs:\n  ${job}:\n    runs-on: ubuntu-latest\n    env: ${jobEnv}\n    steps:\n      - uses: actions/checkout@v4\n      - uses: ${uses}\n        env: ${stepEnv}\n`;
}

function secretsWarned(set: PlaybookSet, path: string, text: string): string[] {
  return checkSinkSecrets(set, [{ path, text }]).map((diagnostic) => diagnostic.message.split(' ')[4] ?? '');
}

describe('sink-secret', () => {
  test('warns once per secret and workflow, at the first place that lists the sink', async () => {
    const { dir, set } = await tiny();
    const path = '.github/workflows/incidents.yml';
    const warning = (file: string, needle: string, type: string, secret: string) => async () => ({
      file,
      ...(await positionOf(dir, file, needle)),
      severity: 'warning',
      rule: 'sink-secret',
      message: `the ${type} sink's secret ${secret} is not passed to playbook-ops in ${path} (job reconcile): every delivery to it would fail`,
      hint: `add "${secret}: \${{ secrets.${secret} }}" under env: of the playbook-ops step, and the repository secret ${secret}`,
      pointer: '',
    });
    expect(checkSinkSecrets(set, [{ path, text: workflow('reconcile', 'playbook-ops/playbook-ops@v1') }])).toEqual([
      await warning('severities.yaml', 'level: 1', 'pagerduty', 'PD_KEY')(),
      await warning('escalation.yaml', 'level: 2', 'webhook', 'HOOK_KEY')(),
      await warning('contacts.yaml', 'id: boss', 'slack', 'SLACK_URL')(),
    ]);
  });

  test('a secret set on the workflow, on the job or on the step counts as passed', async () => {
    const { set } = await tiny();
    const text = workflow('sweep', 'playbook-ops/playbook-ops@v1', { topEnv: '{ PD_KEY: a }', jobEnv: '{ HOOK_KEY: b }', stepEnv: '{ SLACK_URL: c }' });
    expect(secretsWarned(set, '.github/workflows/incident-sweep.yml', text)).toEqual([]);
    expect(secretsWarned(set, '.github/workflows/incident-sweep.yml', workflow('sweep', 'playbook-ops/playbook-ops@v1', { jobEnv: '{ HOOK_KEY: b }' }))).toEqual(['PD_KEY', 'SLACK_URL']);
  });

  test('the playbook-ops step is the published Action under any owner, a copy of it in the repository, or the repository itself', async () => {
    const { set } = await tiny();
    for (const uses of ['playbook-ops/action@v2', 'acme/playbook-ops@main', './vendor/playbook-ops', './']) {
      expect(secretsWarned(set, '.github/workflows/incidents.yml', workflow('reconcile', uses)), uses).toEqual(['PD_KEY', 'HOOK_KEY', 'SLACK_URL']);
    }
  });

  test('a workflow whose paging job runs no playbook-ops step is not judged', async () => {
    const { set } = await tiny();
    for (const uses of ['acme/playbook-opsx@v1', 'acme/my-playbook-ops@v1', '[playbook-ops/playbook-ops@v1]']) {
      expect(secretsWarned(set, '.github/workflows/incidents.yml', workflow('reconcile', uses)), uses).toEqual([]);
    }
  });

  test('workflows that are not the paging ones, have no paging job or steps, or do not parse, are not judged', async () => {
    const { set } = await tiny();
    const judged = (path: string, text: string) => checkSinkSecrets(set, [{ path, text }]);
    expect(judged('.github/workflows/ci.yml', workflow('reconcile', 'playbook-ops/playbook-ops@v1'))).toEqual([]);
    expect(judged('.github/workflows/ci.yml', workflow('undefined', 'playbook-ops/playbook-ops@v1'))).toEqual([]);
    expect(judged('.github/workflows/incidents.yml', workflow('sweep', 'playbook-ops/playbook-ops@v1'))).toEqual([]);
    expect(judged('.github/workflows/incidents.yml', 'on: issues\n')).toEqual([]);
    expect(judged('.github/workflows/incidents.yml', 'jobs:\n  reconcile:\n    runs-on: ubuntu-latest\n')).toEqual([]);
    expect(judged('.github/workflows/incidents.yml', 'jobs: [\n')).toEqual([]);
    expect(judged('.github/workflows/incidents.yml', '')).toEqual([]);
  });

  test('a workflow file that is empty or malformed is not judged, rather than stopping validate', async () => {
    const { set } = await tiny();
    const judged = (text: string) => checkSinkSecrets(set, [{ path: '.github/workflows/incidents.yml', text }]);
    for (const text of ['~\n', 'just text\n', 'jobs:\n  reconcile: ~\n', 'jobs:\n  reconcile:\n    steps: 5\n']) expect(judged(text), text).toEqual([]);
    // A step that is nothing is passed over; the playbook-ops step after it still counts.
    expect(judged('jobs:\n  reconcile:\n    steps:\n      - ~\n      - uses: ./\n').map((diagnostic) => diagnostic.rule)).toEqual(['sink-secret', 'sink-secret', 'sink-secret']);
  });
});
