/**
 * The Action's inputs (action.yml) and the runner's variables, read from a plain environment: each
 * input's default, what each accepts, and the whole message of each refusal (it says how to fix it).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type ActionInputs, InputError, readInputs } from '../../action/inputs.js';

let workspace: string;

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'inputs-'));
  await mkdir(join(workspace, 'playbooks'));
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

/** What every runner sets, and the token input: the least a run needs. */
function runnerEnv(more: Record<string, string> = {}): Record<string, string> {
  return {
    'INPUT_GITHUB-TOKEN': 'ghs_token',
    GITHUB_REPOSITORY: 'acme/payments',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'issues',
    GITHUB_EVENT_PATH: '/home/runner/work/_temp/_github_workflow/event.json',
    ...more,
  };
}

/** The refusal `readInputs` throws for `env`: an InputError, by its message. */
function refusal(env: Record<string, string>): string {
  try {
    readInputs(env);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('readInputs accepted the environment');
}

const OUTSIDE_A_WORKFLOW = 'run this action inside a GitHub Actions workflow.';

test('with only what the runner sets, every input has its documented default', () => {
  expect(readInputs(runnerEnv())).toEqual<ActionInputs>({
    token: 'ghs_token',
    playbooksDir: join(workspace, 'playbooks'),
    playbooksInput: 'playbooks',
    botLogin: 'github-actions[bot]',
    dryRun: false,
    maxRequests: 500,
    owner: 'acme',
    repo: 'payments',
    eventName: 'issues',
    eventPath: '/home/runner/work/_temp/_github_workflow/event.json',
    apiUrl: 'https://api.github.com',
    serverUrl: 'https://github.com',
    sha: 'HEAD',
    workspace,
    sweepWorkflow: null,
    wakeSweep: false,
    workflowFile: null,
    runId: null,
  });
});

test('every input and runner variable given is read, inputs without the white space around them', async () => {
  await mkdir(join(workspace, 'ops', 'playbooks'), { recursive: true });
  const env = runnerEnv({
    'INPUT_GITHUB-TOKEN': '  ghs_other \n',
    INPUT_PLAYBOOKS: ' ops/playbooks ',
    'INPUT_BOT-LOGIN': ' incident-app[bot] ',
    'INPUT_DRY-RUN': ' true ',
    'INPUT_MAX-REQUESTS': ' 120 ',
    'INPUT_SWEEP-WORKFLOW': ' sweep.yaml ',
    'INPUT_WAKE-SWEEP': 'true',
    GITHUB_API_URL: 'https://ghe.example/api/v3',
    GITHUB_SERVER_URL: 'https://ghe.example',
    GITHUB_SHA: 'a1b2c3',
    GITHUB_WORKFLOW_REF: 'acme/payments/.github/workflows/incident-sweep-wake.yml@refs/heads/main',
    GITHUB_RUN_ID: '9876543210',
  });
  expect(readInputs(env)).toEqual<ActionInputs>({
    token: 'ghs_other',
    playbooksDir: join(workspace, 'ops', 'playbooks'),
    playbooksInput: 'ops/playbooks',
    botLogin: 'incident-app[bot]',
    dryRun: true,
    maxRequests: 120,
    owner: 'acme',
    repo: 'payments',
    eventName: 'issues',
    eventPath: '/home/runner/work/_temp/_github_workflow/event.json',
    apiUrl: 'https://ghe.example/api/v3',
    serverUrl: 'https://ghe.example',
    sha: 'a1b2c3',
    workspace,
    sweepWorkflow: 'sweep.yaml',
    wakeSweep: true,
    workflowFile: 'incident-sweep-wake.yml',
    runId: 9876543210,
  });
});

test('empty inputs and runner URLs fall back to their defaults, as a workflow that passes "" gets them', () => {
  const inputs = readInputs(
    runnerEnv({ INPUT_PLAYBOOKS: ' ', 'INPUT_BOT-LOGIN': '', 'INPUT_DRY-RUN': '', 'INPUT_MAX-REQUESTS': '', 'INPUT_SWEEP-WORKFLOW': '', 'INPUT_WAKE-SWEEP': '', GITHUB_API_URL: '', GITHUB_SERVER_URL: '', GITHUB_SHA: '' }),
  );
  expect(inputs).toMatchObject({ playbooksInput: 'playbooks', botLogin: 'github-actions[bot]', dryRun: false, maxRequests: 500, sweepWorkflow: null, wakeSweep: false });
  expect([inputs.apiUrl, inputs.serverUrl, inputs.sha]).toEqual(['https://api.github.com', 'https://github.com', 'HEAD']);
});

describe('github-token', () => {
  test.each(['', '   '])('%j is refused, saying what to pass', (token) => {
    expect(refusal(runnerEnv({ 'INPUT_GITHUB-TOKEN': token }))).toBe('Input github-token is empty: pass `github-token: ${{ github.token }}` or a token with issues: write.');
  });
});

describe('runner variables', () => {
  test.each(['GITHUB_REPOSITORY', 'GITHUB_EVENT_NAME', 'GITHUB_EVENT_PATH'])('%s unset or empty: run it inside a workflow', (name) => {
    const { [name]: _dropped, ...unset } = runnerEnv();
    expect(refusal(unset)).toBe(`${name} is not set: ${OUTSIDE_A_WORKFLOW}`);
    expect(refusal(runnerEnv({ [name]: '' }))).toBe(`${name} is not set: ${OUTSIDE_A_WORKFLOW}`);
  });

  test.each(['acme', 'acme/payments/extra', 'acme/', '/payments'])('GITHUB_REPOSITORY %j is not owner/name', (repository) => {
    expect(refusal(runnerEnv({ GITHUB_REPOSITORY: repository }))).toBe(`GITHUB_REPOSITORY "${repository}" is not owner/name.`);
  });

  test('without GITHUB_WORKSPACE the workspace is the working directory', () => {
    const env = runnerEnv({ INPUT_PLAYBOOKS: join(workspace, 'playbooks') });
    delete env.GITHUB_WORKSPACE;
    expect(readInputs(env)).toMatchObject({ workspace: process.cwd(), playbooksDir: join(workspace, 'playbooks') });
  });

  test('a relative GITHUB_WORKSPACE is made absolute, and the playbooks directory with it', () => {
    const inputs = readInputs(runnerEnv({ GITHUB_WORKSPACE: relative(process.cwd(), workspace) }));
    expect(inputs).toMatchObject({ workspace, playbooksDir: join(workspace, 'playbooks') });
  });

  test.each([
    ['acme/payments/.github/workflows/incidents.yml@refs/heads/main', 'incidents.yml'],
    ['acme/payments/.github/workflows/incident-sweep.yaml@refs/tags/v1', 'incident-sweep.yaml'],
    ['acme/payments/.github/workflows/incidents.yml', null],
    ['acme/payments/.github/workflows/@refs/heads/main', null],
    ['acme/payments/.github/workflows/nested/incidents.yml@refs/heads/main', null],
    ['acme/payments/workflows/incidents.yml@refs/heads/main', null],
    ['', null],
  ])('the workflow file of GITHUB_WORKFLOW_REF %j is %j', (ref, file) => {
    expect(readInputs(runnerEnv({ GITHUB_WORKFLOW_REF: ref })).workflowFile).toBe(file);
  });

  test.each([
    ['1', 1],
    ['1234567890123456', 1234567890123456],
    ['12345678901234567', null],
    ['0', null],
    ['017', null],
    ['17a', null],
    ['-17', null],
    ['', null],
  ])('GITHUB_RUN_ID %j is the run id %j', (id, runId) => {
    expect(readInputs(runnerEnv({ GITHUB_RUN_ID: id })).runId).toBe(runId);
  });
});

describe('dry-run and wake-sweep', () => {
  test.each([
    ['true', true],
    ['TRUE', true],
    ['True', true],
    ['false', false],
    ['False', false],
  ])('%j reads as %j', (value, expected) => {
    const inputs = readInputs(runnerEnv({ 'INPUT_DRY-RUN': value, 'INPUT_WAKE-SWEEP': value, 'INPUT_SWEEP-WORKFLOW': 'incident-sweep.yml' }));
    expect([inputs.dryRun, inputs.wakeSweep]).toEqual([expected, expected]);
  });

  test.each(['dry-run', 'wake-sweep'])('%s refuses anything but true or false, quoting it', (name) => {
    expect(refusal(runnerEnv({ [`INPUT_${name.toUpperCase()}`]: 'Yes', 'INPUT_SWEEP-WORKFLOW': 'incident-sweep.yml' }))).toBe(`Input ${name} must be "true" or "false", not "yes".`);
    expect(refusal(runnerEnv({ [`INPUT_${name.toUpperCase()}`]: 'truer', 'INPUT_SWEEP-WORKFLOW': 'incident-sweep.yml' }))).toBe(`Input ${name} must be "true" or "false", not "truer".`);
  });

  test('wake-sweep without a sweep workflow to wake is refused', () => {
    expect(refusal(runnerEnv({ 'INPUT_WAKE-SWEEP': 'true', 'INPUT_SWEEP-WORKFLOW': '' }))).toBe(
      'Input wake-sweep is "true" but sweep-workflow is empty: name the sweep\'s workflow file (e.g. incident-sweep.yml) to wake.',
    );
  });
});

describe('max-requests', () => {
  test.each([
    ['1', 1],
    ['7', 7],
    ['9999999', 9999999],
  ])('%j allows %j requests', (value, count) => {
    expect(readInputs(runnerEnv({ 'INPUT_MAX-REQUESTS': value })).maxRequests).toBe(count);
  });

  test.each(['0', '10000000', '050', '1.5', '-5', '5x', 'x5', 'many'])('%j is refused: a whole number from 1 to 9999999', (value) => {
    expect(refusal(runnerEnv({ 'INPUT_MAX-REQUESTS': value }))).toBe(`Input max-requests must be a whole number of requests from 1 to 9999999, not "${value}".`);
  });
});

describe('sweep-workflow', () => {
  test.each(['incident-sweep.yml', 'incident-sweep.yaml', 'Sweep_2.v1.yml', 'a.yml'])('%j is a workflow file name', (value) => {
    expect(readInputs(runnerEnv({ 'INPUT_SWEEP-WORKFLOW': value })).sweepWorkflow).toBe(value);
  });

  test.each(['incident-sweep', 'incident-sweep.yml.bak', '.github/workflows/incident-sweep.yml', '../incident-sweep.yml', 'incident sweep.yml', '.yml', 'incident-sweep.ymll', 'sweep.xml'])(
    '%j is refused: a file name under .github/workflows/',
    (value) => {
      expect(refusal(runnerEnv({ 'INPUT_SWEEP-WORKFLOW': value }))).toBe(
        `Input sweep-workflow must be the file name of a workflow under .github/workflows/ (e.g. incident-sweep.yml), or empty; not "${value}".`,
      );
    },
  );
});

describe('playbooks', () => {
  test('a relative directory is read under the workspace, normalized', async () => {
    await mkdir(join(workspace, 'ops', 'set'), { recursive: true });
    expect(readInputs(runnerEnv({ INPUT_PLAYBOOKS: './ops/../ops/set' }))).toMatchObject({ playbooksDir: join(workspace, 'ops', 'set'), playbooksInput: './ops/../ops/set' });
  });

  test('an absolute directory is used as it is, wherever the workspace is', async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), 'inputs-elsewhere-'));
    try {
      expect(readInputs(runnerEnv({ INPUT_PLAYBOOKS: elsewhere })).playbooksDir).toBe(elsewhere);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });

  test('a missing directory is refused, naming the workspace and the three ways out', () => {
    expect(refusal(runnerEnv({ INPUT_PLAYBOOKS: 'playbook' }))).toBe(
      `Input playbooks: the directory "playbook" does not exist in the workspace (${workspace}). Check out the repository first (actions/checkout), fix the path, or write \`playbooks: bundled\` to run on the bundled default set.`,
    );
  });

  test('a file is refused: name the directory', async () => {
    await writeFile(join(workspace, 'playbook.yaml'), 'version: 1\n');
    expect(refusal(runnerEnv({ INPUT_PLAYBOOKS: 'playbook.yaml' }))).toBe('Input playbooks: "playbook.yaml" is a file; name the directory that holds the playbook files.');
  });

  test('the word bundled picks the bundled set (no directory)', () => {
    expect(readInputs(runnerEnv({ INPUT_PLAYBOOKS: 'bundled' }))).toMatchObject({ playbooksDir: null, playbooksInput: 'bundled' });
  });

  test('a directory named bundled in the workspace is the team\'s own set, not the bundled one', async () => {
    await mkdir(join(workspace, 'bundled'));
    expect(readInputs(runnerEnv({ INPUT_PLAYBOOKS: 'bundled' })).playbooksDir).toBe(join(workspace, 'bundled'));
  });

  test.each(['Bundled', 'bundled/'])('only the exact word picks the bundled set: %j is a missing directory', (value) => {
    expect(refusal(runnerEnv({ INPUT_PLAYBOOKS: value }))).toMatch(new RegExp(`^Input playbooks: the directory "${value}" does not exist`));
  });
});
