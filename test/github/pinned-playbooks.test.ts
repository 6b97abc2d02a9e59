/**
 * The playbooks an incident is pinned to (src/github/pinned-playbooks.ts), read from git at a
 * commit of the emulated repository: what is read and with which requests, and why the run's own
 * set is used instead when the commit's cannot be had (a message that ends up on the card).
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PlaybookSet } from '../../src/config/model.js';
import { loadPinnedPlaybooks } from '../../src/github/pinned-playbooks.js';
import { FULL_NAME, type GitHubWorld, shippedSet, useGitHub } from './sweep-world.js';

const world = useGitHub();
const ROLE = 'the commit the incident is pinned to';
let shipped: PlaybookSet;
/** The shipped playbooks as repository files under `playbooks/`. */
let files: Record<string, string>;

beforeAll(async () => {
  shipped = await shippedSet();
  files = {};
  for (const entry of await readdir('playbooks', { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative('playbooks', join(entry.parentPath, entry.name)).split('\\').join('/');
    files[`playbooks/${path}`] = await readFile(join('playbooks', path), 'utf8');
  }
});

afterEach(() => {
  vi.unstubAllEnvs();
});

function commit(w: GitHubWorld, changes: Record<string, string | null>): string {
  return w.emulator.seed.commit(FULL_NAME, 'main', changes);
}

/** The parts of a set that say which files it was loaded from and what they hold. */
function essence(set: PlaybookSet) {
  return { severities: set.severities, reviews: set.reviews.map((review) => review.file).sort(), scenarios: set.scenarios.map((scenario) => scenario.id).sort(), incidentLabel: set.incidentLabel };
}

describe('the pinned playbooks', () => {
  it('are read from the playbook directory at the commit: a listing per directory, a blob per YAML file, nothing the loader skips', async () => {
    const w = world();
    const skipped = { 'playbooks/.draft.yaml': 'kind: settings\n', 'playbooks/.drafts/severities.yaml': 'kind: severities\n', 'playbooks/node_modules/x/index.yaml': 'x: 1\n' };
    const sha = commit(w, { ...files, ...skipped, 'playbooks/README.md': '# Playbooks\n', 'src/app.yaml': 'not: playbooks\n' });
    const from = w.emulator.requests.length;

    const pinned = await loadPinnedPlaybooks(w.octokit, { ...w.repo, path: 'playbooks' }, sha);

    if (!('set' in pinned)) throw new Error(`fell back: ${pinned.fallback}`);
    expect(essence(pinned.set)).toEqual(essence(shipped));
    const calls = w.calls(from);
    expect(calls.filter((call) => call.includes('/contents/'))).toEqual([`GET /repos/${FULL_NAME}/contents/playbooks`, `GET /repos/${FULL_NAME}/contents/playbooks%2Fscenarios`]);
    expect(calls.filter((call) => call.includes('/git/blobs/'))).toHaveLength(Object.keys(files).length);
    expect(calls).toHaveLength(Object.keys(files).length + 2);
    expect(w.emulator.requests.slice(from).every((request) => request.query.ref === undefined || request.query.ref === sha)).toBe(true);
    expect(w.emulator.requests[from]?.query).toEqual({ ref: sha });
  });

  it('are the commit’s, not the branch’s: a later commit changes nothing of them', async () => {
    const w = world();
    const sha = commit(w, files);
    commit(w, { 'playbooks/severities.yaml': (files['playbooks/severities.yaml'] ?? '').replace('response_time: 15m', 'response_time: 5m') });
    const pinned = await loadPinnedPlaybooks(w.octokit, { ...w.repo, path: 'playbooks' }, sha);
    expect('set' in pinned && pinned.set.severities).toEqual(shipped.severities);
  });

  it('take the directory however it is written: ./playbooks/ reads as playbooks', async () => {
    const w = world();
    const sha = commit(w, files);
    const pinned = await loadPinnedPlaybooks(w.octokit, { ...w.repo, path: './playbooks//' }, sha);
    expect('set' in pinned && essence(pinned.set)).toEqual(essence(shipped));
  });

  it('read .yml files and upper-case extensions as the checkout’s loader does', async () => {
    const w = world();
    const { 'playbooks/tools.yaml': tools, 'playbooks/roles.yaml': roles, ...rest } = files;
    const sha = commit(w, { ...rest, 'playbooks/tools.yml': tools ?? '', 'playbooks/Roles.YAML': roles ?? '' });
    const pinned = await loadPinnedPlaybooks(w.octokit, { ...w.repo, path: 'playbooks' }, sha);
    if (!('set' in pinned)) throw new Error(`fell back: ${pinned.fallback}`);
    expect(pinned.set.roles.map((role) => role.id)).toEqual(shipped.roles.map((role) => role.id));
    expect(pinned.set.tools).toEqual(shipped.tools);
  });

  it('decode a blob GitHub sends as UTF-8 text as well as one in base64', async () => {
    const w = world();
    const sha = commit(w, files);
    w.octokit.hook.wrap('request', async (request, options) => {
      const response = await request(options);
      const blob = response.data as { encoding?: string; content?: string };
      if (options.url.includes('/git/blobs/') && blob.encoding === 'base64' && blob.content !== undefined) {
        blob.content = Buffer.from(blob.content, 'base64').toString('utf8');
        blob.encoding = 'utf-8';
      }
      return response;
    });
    const pinned = await loadPinnedPlaybooks(w.octokit, { ...w.repo, path: 'playbooks' }, sha);
    expect('set' in pinned && essence(pinned.set)).toEqual(essence(shipped));
  });

  it('leave no files behind in the temporary directory', async () => {
    const w = world();
    const sha = commit(w, files);
    const scratch = await mkdtemp(join(tmpdir(), 'pinned-scratch-'));
    try {
      vi.stubEnv('TMPDIR', scratch);
      expect(tmpdir()).toBe(scratch);
      const pinned = await loadPinnedPlaybooks(w.octokit, { ...w.repo, path: 'playbooks' }, sha);
      expect('set' in pinned).toBe(true);
      expect(await readdir(scratch)).toEqual([]);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});

describe('the run’s own playbooks are used instead, saying why,', () => {
  it('when the commit is not in this repository', async () => {
    const w = world();
    commit(w, files);
    expect(await loadPinnedPlaybooks(w.octokit, { ...w.repo, path: 'playbooks' }, 'deadbeefdeadbeefdeadbeefdeadbeefdeadbeef')).toEqual({
      fallback: `there are no playbooks in playbooks at deadbee, ${ROLE} (or the commit is not in this repository)`,
    });
  });

  it('when the commit has no playbook directory, naming the role the caller gives the commit', async () => {
    const w = world();
    const sha = commit(w, { 'README.md': 'nothing here yet' });
    expect(await loadPinnedPlaybooks(w.octokit, { ...w.repo, path: 'playbooks' }, sha, 'the base of this pull request')).toEqual({
      fallback: `there are no playbooks in playbooks at ${sha.slice(0, 7)}, the base of this pull request (or the commit is not in this repository)`,
    });
  });

  it('when the playbook path is a file', async () => {
    const w = world();
    const sha = commit(w, files);
    expect(await loadPinnedPlaybooks(w.octokit, { ...w.repo, path: 'playbooks/settings.yaml' }, sha)).toEqual({
      fallback: `the playbooks in playbooks/settings.yaml at ${sha.slice(0, 7)}, ${ROLE} cannot be read: playbooks/settings.yaml is a file, not a directory`,
    });
  });

  it('when a directory has as many entries as GitHub lists, or more', async () => {
    const w = world();
    const scenarios = Object.keys(files).filter((path) => path.startsWith('playbooks/scenarios/')).length;
    // Exactly 1000 entries in playbooks/scenarios: GitHub's listing may have left some out.
    const crowd = Object.fromEntries(Array.from({ length: 1000 - scenarios }, (_, index) => [`playbooks/scenarios/notes-${index}.md`, `${index}\n`]));
    const sha = commit(w, { ...files, ...crowd });
    const from = w.emulator.requests.length;
    expect(await loadPinnedPlaybooks(w.octokit, { ...w.repo, path: 'playbooks' }, sha)).toEqual({
      fallback: `the playbooks in playbooks at ${sha.slice(0, 7)}, ${ROLE} cannot be read: playbooks/scenarios has 1000 or more entries, more than GitHub lists`,
    });
    expect(w.calls(from).filter((call) => call.includes('/git/blobs/')).length).toBeLessThan(Object.keys(files).length);
  });

  it('when the playbooks there have errors, quoting them with the folder as the repository names it', async () => {
    const w = world();
    const sha = commit(w, { ...files, 'playbooks/severities.yaml': (files['playbooks/severities.yaml'] ?? '').replace('response_time: 15m', 'response_time: soon') });
    const pinned = await loadPinnedPlaybooks(w.octokit, { ...w.repo, path: 'playbooks' }, sha);
    expect(Object.keys(pinned)).toEqual(['fallback']);
    expect('fallback' in pinned && pinned.fallback).toMatch(new RegExp(`^the playbooks in playbooks at ${sha.slice(0, 7)}, ${ROLE} have errors \\(the playbook set in "playbooks" has 1 error:\\n  severities\\.yaml:\\d+:\\d+ `));
  });
});

describe('a failure another run may not meet', () => {
  it('that is not an Error is named as it was thrown', async () => {
    const w = world();
    const sha = commit(w, files);
    w.octokit.hook.before('request', () => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- what a faulty plugin might throw
      throw 'socket hang up';
    });
    await expect(loadPinnedPlaybooks(w.octokit, { ...w.repo, path: 'playbooks' }, sha)).rejects.toThrow(new Error(`Could not read the playbooks in playbooks at ${sha.slice(0, 7)}, ${ROLE}: socket hang up`));
  });

  it('is thrown, naming the playbooks and keeping GitHub’s error as the cause', async () => {
    const w = world();
    const sha = commit(w, files);
    w.emulator.faults.add({ method: 'GET', path: /\/git\/blobs\//, status: 502, times: 4 });
    const failure = loadPinnedPlaybooks(w.octokit, { ...w.repo, path: 'playbooks' }, sha);
    await expect(failure).rejects.toThrow(new RegExp(`^Could not read the playbooks in playbooks at ${sha.slice(0, 7)}, ${ROLE}: Bad Gateway`));
    await expect(failure).rejects.toMatchObject({ cause: { status: 502 } });
  });
});
