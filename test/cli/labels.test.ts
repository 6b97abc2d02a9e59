import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type LabelsEnv, labelsCommandWith } from '../../src/cli/commands/labels.js';
import { commandLoaders } from '../../src/cli/commands/index.js';
import type { Emulator } from '../../src/emulator/index.js';
import { startEmulator } from '../emulator/helpers.js';
import { BROKEN_ROLES, brokenRolesDiagnostic, freshSet, run, usage } from './cli-run.js';

let emulator: Emulator;
/** The environment `labels` reads, per test. */
let env: LabelsEnv;
const original = commandLoaders.labels!;

beforeEach(async () => {
  emulator = await startEmulator();
  env = { GITHUB_TOKEN: 'alice-token' };
  // The command as the CLI builds it, with this test's environment and without GitHub's pacing.
  commandLoaders.labels = () => Promise.resolve(labelsCommandWith(env, { pace: false, retryAfterUnitMs: 1 }));
});
afterEach(async () => {
  commandLoaders.labels = original;
  await emulator.close();
});

const labelsOf = (repo: string) => emulator.state.repos[repo]?.labels.map(({ name, color, description }) => `${name} ${color} ${String(description)}`) ?? [];

const CREATED_REST = [
  'created scenario:bare (#5319e7: Scenario: Bare)',
  'created scenario:outage (#5319e7: Scenario: Outage)',
  "created sla-missed (#fef2c0: Nobody acknowledged the incident within its severity's response time)",
  "created postmortem-overdue (#fef2c0: The incident's post-mortem was not merged by its due time)",
];
const SPECS = [
  'incident d73a4a An incident: playbook-ops runs the playbooks on this issue',
  'sev-1 b60205 Critical: respond within 15 min, updates every 20 min',
  'sev-2 d93f0b High: respond within 1 h',
  'scenario:bare 5319e7 Scenario: Bare',
  'scenario:outage 5319e7 Scenario: Outage',
  "sla-missed fef2c0 Nobody acknowledged the incident within its severity's response time",
  "postmortem-overdue fef2c0 The incident's post-mortem was not merged by its due time",
];
const sync = (...argv: string[]) => ['labels', 'sync', ...argv, '--api-url', emulator.url];

describe('labels sync', () => {
  test('creates the missing labels, updates the ones that differ, says what changed; a second run changes nothing', async () => {
    const cwd = await freshSet();
    expect(await run(sync('--repo', 'acme/shop'), cwd)).toEqual({
      code: 0,
      stdout: [
        'updated incident: color "ededed" → "d73a4a", description "" → "An incident: playbook-ops runs the playbooks on this issue"',
        'updated sev-1: description "Critical" → "Critical: respond within 15 min, updates every 20 min"',
        'created sev-2 (#d93f0b: High: respond within 1 h)',
        ...CREATED_REST,
        'acme/shop: 5 created, 2 updated, 0 unchanged',
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(labelsOf('acme/shop')).toEqual(SPECS);
    expect(await run(sync('--repo', 'acme/shop', 'playbooks'), cwd)).toEqual({ code: 0, stdout: 'acme/shop: 0 created, 0 updated, 7 unchanged\n', stderr: '' });
  });

  test('a label under another case is renamed; labels the playbooks do not name are left alone', async () => {
    emulator.seed.repo('acme', 'ops', { labels: [{ name: 'SEV-2', color: 'd93f0b', description: 'High' }, 'bug'] });
    const { code, stdout } = await run(sync('--repo', 'acme/ops'), await freshSet());
    expect(code).toBe(0);
    expect(stdout).toContain('\nupdated sev-2: name "SEV-2" → "sev-2", description "High" → "High: respond within 1 h"\n');
    expect(stdout).toMatch(/\nacme\/ops: 6 created, 1 updated, 0 unchanged\n$/);
    expect(labelsOf('acme/ops')).toContain('bug ededed null');
  });

  test('--dry-run prints what would change and changes nothing', async () => {
    emulator.seed.repo('acme', 'ops', { labels: [{ name: 'SEV-2', color: 'd93f0b', description: 'High' }] });
    expect(await run(sync('--repo', 'acme/ops', '--dry-run'), await freshSet())).toEqual({
      code: 0,
      stdout: [
        'would create incident (#d73a4a: An incident: playbook-ops runs the playbooks on this issue)',
        'would create sev-1 (#b60205: Critical: respond within 15 min, updates every 20 min)',
        'would update sev-2: name "SEV-2" → "sev-2", description "High" → "High: respond within 1 h"',
        ...CREATED_REST.map((line) => line.replace('created', 'would create')),
        'acme/ops: 6 to create, 1 to update, 0 unchanged',
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(labelsOf('acme/ops')).toEqual(['SEV-2 d93f0b High']);
  });

  test('the API URL comes from GITHUB_API_URL when --api-url is not given, a trailing slash dropped', async () => {
    env.GITHUB_API_URL = `${emulator.url}/`;
    const { code, stdout } = await run(['labels', 'sync', '--repo', 'acme/shop', '--dry-run'], await freshSet());
    expect(code).toBe(0);
    expect(stdout).toMatch(/\nacme\/shop: 5 to create, 2 to update, 0 unchanged\n$/);
    expect(emulator.requests.map((request) => request.path)).toEqual(['/repos/acme/shop/labels']);
  });

  test('a failed request exits 1 with GitHub\'s message and a hint by its status', async () => {
    const cwd = await freshSet();
    const cases: [number, RegExp][] = [
      [401, /^playbook-ops labels sync: Bad credentials - \S+ \(check GITHUB_TOKEN\)\n$/],
      [403, /^playbook-ops labels sync: Forbidden - \S+ \(the token needs issues: write on the repository\)\n$/],
      [404, /^playbook-ops labels sync: Not Found - \S+ \(check --repo, and that the token can see the repository\)\n$/],
      [422, /^playbook-ops labels sync: Validation Failed - \S+\n$/],
    ];
    for (const [status, message] of cases) {
      emulator.faults.add({ method: 'GET', path: '/repos/acme/shop/labels', status });
      const { code, stdout, stderr } = await run(sync('--repo', 'acme/shop'), cwd);
      expect({ code, stdout }, String(status)).toEqual({ code: 1, stdout: '' });
      expect(stderr, String(status)).toMatch(message);
    }
    expect(labelsOf('acme/shop')).toEqual(['incident ededed null', 'sev-1 b60205 Critical']);
  });

  test('an owner with hyphens and a name with dots, hyphens and underscores name a repository', async () => {
    const { code, stdout, stderr } = await run(sync('--repo', 'my-org9/shop.web_x-1'), await freshSet());
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(/^playbook-ops labels sync: Not Found - /);
    expect(emulator.requests.map((request) => request.path)).toEqual(['/repos/my-org9/shop.web_x-1/labels']);
  });

  test('a set with errors syncs nothing and exits 1', async () => {
    expect(await run(sync('--repo', 'acme/shop'), await freshSet(BROKEN_ROLES))).toEqual({ code: 1, stdout: '', stderr: `${brokenRolesDiagnostic('playbooks')}1 error in playbooks: no labels were synced\n` });
    expect(emulator.requests).toEqual([]);
  });

  test('usage errors: the subcommand, --repo, the token and the API URL', async () => {
    const cwd = await freshSet();
    expect(await run(['labels'], cwd)).toEqual(usage('labels', 'missing subcommand: playbook-ops labels sync'));
    expect(await run(['labels', 'add'], cwd)).toEqual(usage('labels', 'unknown subcommand "add": the one there is, is sync'));
    expect(await run(['labels', 'sync', 'playbooks', 'more'], cwd)).toEqual(usage('labels', 'unexpected argument "more"'));
    expect(await run(['labels', 'sync'], cwd)).toEqual(usage('labels', 'missing --repo OWNER/NAME: name the repository whose labels to sync'));
    for (const repo of ['acme', 'acme/shop/x', 'ac_me/shop', '/shop', 'acme/', 'acme/sh op']) {
      expect(await run(['labels', 'sync', '--repo', repo], cwd), repo).toEqual(usage('labels', `--repo must be OWNER/NAME, got "${repo}"`));
    }
    expect(await run(['labels', 'sync', '--repo', 'acme/shop', '--api-url', 'ftp://x'], cwd)).toEqual(usage('labels', '--api-url must be an http(s) URL, got "ftp://x"'));
    expect(await run(['labels', 'sync', '--repo', 'acme/shop', '--api-url', 'xhttp://a'], cwd)).toEqual(usage('labels', '--api-url must be an http(s) URL, got "xhttp://a"'));
    expect(await run(['labels', 'sync', '--repo', 'acme/shop', '--api-url', 'https://'], cwd)).toEqual(usage('labels', '--api-url must be an http(s) URL, got "https://"'));
    expect(await run(['labels', 'sync', '--repo', 'acme/shop', '--api-url', 'http://a b'], cwd)).toEqual(usage('labels', '--api-url must be an http(s) URL, got "http://a b"'));
    env.GITHUB_API_URL = 'api.github.com';
    expect(await run(['labels', 'sync', '--repo', 'acme/shop'], cwd)).toEqual(usage('labels', '--api-url must be an http(s) URL, got "api.github.com"'));
    for (const token of [undefined, '']) {
      env.GITHUB_TOKEN = token;
      expect(await run(sync('--repo', 'acme/shop'), cwd)).toEqual(usage('labels', 'GITHUB_TOKEN is not set: export a token with issues: write (for example GITHUB_TOKEN=$(gh auth token))'));
    }
    expect(emulator.requests).toEqual([]);
  });

  test('without --api-url or GITHUB_API_URL the default API URL is accepted, and a set with errors stops before any request', async () => {
    const { code, stderr } = await run(['labels', 'sync', '--repo', 'acme/shop'], await freshSet(BROKEN_ROLES));
    expect({ code, stderr }).toEqual({ code: 1, stderr: `${brokenRolesDiagnostic('playbooks')}1 error in playbooks: no labels were synced\n` });
  });
});
