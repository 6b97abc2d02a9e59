/**
 * The pieces of action/reconcile-run.ts that the alert run and the wake-up share: loading the
 * playbook set (a broken one stops the run before any change), the log line of each outcome, the
 * step outputs, the sinks' access to secrets, and reading the playbooks of other commits once each.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { EOL, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { loadSet, logOutcome, pinnedPlaybooks, setOutputs, sinkDeps } from '../../action/reconcile-run.js';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import { BOT_TOKEN } from '../../src/emulator/index.js';
import type { IncidentOutcome } from '../../src/github/run-incidents.js';
import { packageRoot } from '../../src/package-root.js';
import { FULL_NAME, OWNER, REPO, useGitHub } from '../github/sweep-world.js';
import { captureStdout } from './stdout.js';

const stdout = captureStdout();
/** The output with the platform's line ends read as `\n`. */
const printed = (): string => stdout.text().replaceAll(EOL, '\n');

describe('loadSet', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'load-set-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('no directory: the bundled set, and the log says so', async () => {
    const set = await loadSet(null, 'bundled');
    expect(set).toEqual(await loadPlaybooks(join(packageRoot(), 'playbooks')));
    expect(printed()).toBe('Using the bundled default playbook set (playbooks: bundled).\n');
  });

  test('a directory: its set, quietly', async () => {
    const set = await loadSet(join(packageRoot(), 'playbooks'), 'playbooks');
    expect(set.incidentLabel).toBe((await loadPlaybooks(join(packageRoot(), 'playbooks'))).incidentLabel);
    expect(printed()).toBe('');
  });

  test('a set with errors: each as an annotation, then the run stops saying how to see them', async () => {
    await mkdir(join(dir, 'playbooks'));
    await writeFile(join(dir, 'playbooks', 'settings.yaml'), 'version: 99\n');
    const loading = loadSet(join(dir, 'playbooks'), 'ops/playbooks');
    await expect(loading).rejects.toThrow(new Error('The playbooks in "ops/playbooks" have errors; nothing was changed. Run `npx playbook-ops validate ops/playbooks` to see them.'));
    await expect(loading).rejects.toHaveProperty('cause.name', 'PlaybookError');
    expect(printed()).toMatch(/^::error file=/);
  });

  test('a directory that is gone is not a playbook error: it is thrown as it is', async () => {
    await expect(loadSet(join(dir, 'gone'), 'gone')).rejects.toThrow(`the playbook directory "${join(dir, 'gone')}" does not exist`);
    expect(printed()).toBe('');
  });
});

describe('logOutcome', () => {
  test('one line per incident, and one per effect under it', () => {
    const outcomes: IncidentOutcome[] = [
      { kind: 'reconciled', incident: 1, severity: 'sev-1', status: 'investigation', effects: ['add labels sev-1', 'comment page:sev-1'], due: null },
      { kind: 'reconciled', incident: 2, severity: null, status: 'detection', effects: [], due: null },
      { kind: 'skipped', incident: 3, reason: 'not an incident' },
      { kind: 'quiet', incident: 4, severity: 'sev-3', status: 'detection', due: null },
      { kind: 'quiet', incident: 5, severity: null, status: 'resolved', due: null },
      { kind: 'deferred', incident: 6, done: ['add labels sev-2'], reason: 'the request budget is spent' },
      { kind: 'failed', incident: 7, error: new Error('GitHub answered 502') },
    ];
    for (const outcome of outcomes) logOutcome(outcome);
    expect(printed()).toBe(
      [
        '#1: sev-1, investigation',
        '  add labels sev-1',
        '  comment page:sev-1',
        '#2: no severity, detection',
        '#3: skipped, not an incident',
        '#4: sev-3, detection; nothing due, nothing changed',
        '#5: no severity, resolved; nothing due, nothing changed',
        '#6: left for the next run',
        '  add labels sev-2',
        '#7: failed',
        '',
      ].join('\n'),
    );
  });
});

describe('setOutputs', () => {
  beforeEach(() => {
    // Outside a runner the outputs are workflow commands on stdout: one line each, easy to read back.
    vi.stubEnv('GITHUB_OUTPUT', '');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  /** The outputs set, by name. */
  function outputs(): Record<string, string> {
    return Object.fromEntries([...printed().matchAll(/^::set-output name=(\w+)::(.*)$/gm)].map((match): [string, string] => [match[1] ?? '', match[2] ?? '']));
  }

  test('one incident reconciled: its number, severity and status, and the effects of it alone', () => {
    setOutputs([
      { kind: 'skipped', incident: 3, reason: 'not an incident' },
      { kind: 'reconciled', incident: 12, severity: 'sev-1', status: 'investigation', effects: ['add labels sev-1', 'comment page:sev-1'], due: null },
      { kind: 'quiet', incident: 4, severity: 'sev-3', status: 'detection', due: null },
    ]);
    expect(outputs()).toEqual({
      incident: '12',
      severity: 'sev-1',
      status: 'investigation',
      effects: '[{"incident":12,"effect":"add labels sev-1"},{"incident":12,"effect":"comment page:sev-1"}]',
    });
  });

  test('an incident with no severity: the severity output is empty', () => {
    setOutputs([{ kind: 'reconciled', incident: 2, severity: null, status: 'detection', effects: [], due: null }]);
    expect(outputs()).toEqual({ incident: '2', severity: '', status: 'detection', effects: '[]' });
  });

  test('several reconciled: no single incident, and every effect with its incident', () => {
    setOutputs([
      { kind: 'reconciled', incident: 1, severity: 'sev-1', status: 'investigation', effects: ['comment page:sev-1'], due: null },
      { kind: 'reconciled', incident: 2, severity: 'sev-2', status: 'detection', effects: ['add labels sev-2'], due: null },
    ]);
    expect(outputs()).toEqual({ incident: '', severity: '', status: '', effects: '[{"incident":1,"effect":"comment page:sev-1"},{"incident":2,"effect":"add labels sev-2"}]' });
  });

  test('none reconciled: every output empty, no effects', () => {
    setOutputs([{ kind: 'deferred', incident: 6, done: ['add labels sev-2'], reason: 'the request budget is spent' }]);
    expect(outputs()).toEqual({ incident: '', severity: '', status: '', effects: '[]' });
  });
});

describe('sinkDeps', () => {
  test('secrets are the step\'s environment variables, read when asked', () => {
    const env: NodeJS.ProcessEnv = { SLACK_INCIDENTS: 'https://hooks.slack.example/1' };
    const deps = sinkDeps(env);
    env.PAGERDUTY_PAYMENTS = 'routing-key';
    expect([deps.secret('SLACK_INCIDENTS'), deps.secret('PAGERDUTY_PAYMENTS'), deps.secret('MISSING')]).toEqual(['https://hooks.slack.example/1', 'routing-key', undefined]);
  });

  test('the clock is the real one, sleeping waits, and fetch sends the request', async () => {
    const deps = sinkDeps({});
    const before = Date.now();
    await deps.sleep(30);
    const now = deps.now().getTime();
    expect(now - before).toBeGreaterThanOrEqual(29);
    expect(now).toBeLessThanOrEqual(Date.now());
    const response = await deps.fetch('data:text/plain,delivered', { method: 'GET' });
    expect(await response.text()).toBe('delivered');
  });
});

describe('pinnedPlaybooks', () => {
  const world = useGitHub({ files: { 'ops/playbooks/settings.yaml': 'version: 99\n' } });

  test('reads the playbooks of a commit once however many incidents are pinned to it, from the playbooks input\'s path', async () => {
    const w = world();
    const sha = w.emulator.state.repos[FULL_NAME]?.refs['refs/heads/main'] ?? '';
    const other = w.emulator.seed.commit(FULL_NAME, 'main', { 'README.md': 'moved on\n' });
    const at = pinnedPlaybooks(w.octokit, { token: BOT_TOKEN, owner: OWNER, repo: REPO, playbooksInput: 'ops/playbooks' } as Parameters<typeof pinnedPlaybooks>[1]);
    const first = at(sha);
    expect(at(sha)).toBe(first);
    const second = at(other);
    expect(second).not.toBe(first);
    const pinned = await first;
    expect('fallback' in pinned ? pinned.fallback : '').toMatch(new RegExp(`^the playbooks in ops/playbooks at ${sha.slice(0, 7)}, the commit the incident is pinned to have errors`));
    await second;
  });
});
