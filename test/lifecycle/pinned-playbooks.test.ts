import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { eventTarget } from '../../src/engine/event-target.js';
import { githubAppliers } from '../../src/github/appliers/github.js';
import { sourceFor } from '../../src/github/incident-source.js';
import { loadPinnedPlaybooks } from '../../src/github/pinned-playbooks.js';
import { runFailure, runIncidents } from '../../src/github/run-incidents.js';
import { createCommentRenderer } from '../../src/render/comments.js';
import { BOT, FULL_NAME, OWNER, PEOPLE, REPO, type World, startWorld } from './harness.js';

/** The default playbooks as repository files under `playbooks/`. */
async function playbookFiles(edit: (path: string, text: string) => string = (_, text) => text): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir('playbooks', { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative('playbooks', join(entry.parentPath, entry.name));
    files[`playbooks/${path}`] = edit(path, await readFile(join('playbooks', path), 'utf8'));
  }
  return files;
}

/** The same files, with SEV-1's response time changed from 15m to 5m. */
const faster = (path: string, text: string): string => (path === 'severities.yaml' ? text.replace('response_time: 15m', 'response_time: 5m') : text);

async function setOf(files: Record<string, string>): Promise<PlaybookSet> {
  const dir = await mkdtemp(join(tmpdir(), 'pinned-test-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      const target = join(dir, path.slice('playbooks/'.length));
      await mkdir(join(target, '..'), { recursive: true });
      await writeFile(target, text);
    }
    return await loadPlaybooks(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

let world: World | undefined;
afterEach(async () => {
  await world?.stop();
  world = undefined;
});

async function runAt(w: World, sha: string, set: PlaybookSet, payload: object, pinned: boolean) {
  const log = { info: (line: string) => w.log.info.push(line), warning: (line: string) => w.log.warning.push(line) };
  const repo = { owner: OWNER, repo: REPO };
  const options = {
    repo,
    botLogin: BOT,
    set,
    render: createCommentRenderer(),
    ...(pinned ? { playbooksAt: (pin: string) => loadPinnedPlaybooks(w.octokit, { owner: OWNER, repo: REPO, path: 'playbooks' }, pin) } : {}),
  };
  const reader = { octokit: w.octokit, repo, botLogin: BOT, log, playbookRef: { sha, path: 'playbooks', serverUrl: 'https://github.com' } };
  const outcomes = await runIncidents({ octokit: w.octokit, log, now: () => w.now(), appliers: githubAppliers }, options, sourceFor(eventTarget('workflow_dispatch', payload, BOT), reader, set.incidentLabel));
  const failure = runFailure(outcomes);
  if (failure !== null) throw failure;
  return outcomes;
}

describe('an incident runs on the playbooks of the commit it was declared under', () => {
  it('keeps the response time it was declared with when the playbooks change mid-incident', async () => {
    const w = (world = await startWorld());
    const before = await playbookFiles();
    const after = await playbookFiles(faster);
    const declaredAt = w.emulator.seed.commit(FULL_NAME, 'main', before);
    const changedAt = w.emulator.seed.commit(FULL_NAME, 'main', after);
    const opened = await w.open(PEOPLE.write, { severity: 1, scenario: 'Service Outage', summary: 'Payments fail.' });
    const dispatch = { inputs: { issue: String(opened.number) } };

    await runAt(w, declaredAt, await setOf(before), dispatch, true);
    expect(w.card(opened.number)).toContain('(15 min)');

    w.advance(1);
    await runAt(w, changedAt, await setOf(after), dispatch, true);
    expect(w.card(opened.number)).toContain('(15 min)');
    expect(w.card(opened.number)).toMatch(new RegExp(`^<!-- playbook-ops:card pin=${declaredAt},`));
    expect(w.log.warning).toEqual([]);

    // Without the pinned set the same run would apply the new response time: the test can fail.
    await runAt(w, changedAt, await setOf(after), dispatch, false);
    expect(w.card(opened.number)).toContain('(5 min)');
    w.emulator.assertNoValidationErrors();
  });

  it('runs on the playbooks of the run, and says so on the card, when the pinned commit is not in the repository (a transferred issue)', async () => {
    const w = (world = await startWorld());
    const current = await playbookFiles(faster);
    const changedAt = w.emulator.seed.commit(FULL_NAME, 'main', current);
    const opened = await w.open(PEOPLE.write, { severity: 1, scenario: 'Service Outage', summary: 'Payments fail.' });
    const dispatch = { inputs: { issue: String(opened.number) } };
    await runAt(w, 'deadbeefdeadbeefdeadbeefdeadbeefdeadbeef', await setOf(current), dispatch, true);
    w.advance(1);
    await runAt(w, changedAt, await setOf(current), dispatch, true);
    const card = w.card(opened.number);
    expect(card).toContain('(5 min)');
    expect(card).toContain('This incident is pinned to the playbook at [deadbee]');
    expect(card).toContain('there are no playbooks in playbooks at deadbee, the commit the incident is pinned to (or the commit is not in this repository)');
    await w.run(await w.comment(PEOPLE.write, opened.number, '/ack'));
    expect(w.card(opened.number)).toContain('Acknowledged at');
  });

  it('falls back to the playbooks of the run, with a warning, when the pinned commit has none', async () => {
    const w = (world = await startWorld());
    const before = w.emulator.seed.commit(FULL_NAME, 'main', { 'README.md': 'no playbooks yet' });
    const current = await playbookFiles(faster);
    const changedAt = w.emulator.seed.commit(FULL_NAME, 'main', current);
    const opened = await w.open(PEOPLE.write, { severity: 1, scenario: 'Service Outage', summary: 'Payments fail.' });
    const dispatch = { inputs: { issue: String(opened.number) } };
    await runAt(w, before, await setOf(current), dispatch, true);
    w.advance(1);
    await runAt(w, changedAt, await setOf(current), dispatch, true);
    expect(w.log.warning).toEqual([
      `#${opened.number}: there are no playbooks in playbooks at ${before.slice(0, 7)}, the commit the incident is pinned to (or the commit is not in this repository); using the playbooks of this run instead.`,
    ]);
    expect(w.card(opened.number)).toContain('(5 min)');
  });
});
