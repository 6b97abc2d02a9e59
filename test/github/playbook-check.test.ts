/**
 * The playbook check of a pull request (src/github/playbook-check.ts), called as the Action calls
 * it, on a checkout written to a directory and the emulated repository holding the base: the report
 * it makes, what it reads of the base, which generated files it finds and how, and the comment.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRecordLine } from '../../src/engine/records.js';
import { runPlaybookCheck } from '../../src/github/playbook-check.js';
import { ISSUE_FORM_PATH } from '../../src/markdown/issue-form.js';
import { renderCheck } from '../../src/render/playbook-check.js';
import { type Files, baseFiles, edit, regenerated } from '../review/check-world.js';
import { BOT, FULL_NAME, type GitHubWorld, T0, startGitHub } from './sweep-world.js';

const SEVERITIES = 'playbooks/severities.yaml';
let running: { world: GitHubWorld; scratch: string } | undefined;

afterEach(async () => {
  const stopping = running;
  running = undefined;
  if (stopping === undefined) return;
  try {
    stopping.world.emulator.assertNoValidationErrors();
  } finally {
    await stopping.world.emulator.close();
    await rm(stopping.scratch, { recursive: true, force: true });
  }
});

/** A repository whose main branch holds `main` (default: the demo playbooks with their generated files). */
async function start(main?: Files): Promise<{ w: GitHubWorld; base: Files; scratch: string }> {
  const base = main ?? (await baseFiles());
  const w = await startGitHub({ files: base });
  const scratch = await mkdtemp(join(tmpdir(), 'playbook-check-unit-'));
  running = { world: w, scratch };
  return { w, base, scratch };
}

/** Writes `files` as a checkout under `scratch`; returns its directory. */
async function checkout(scratch: string, files: Files): Promise<string> {
  const workspace = await mkdtemp(join(scratch, 'workspace-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(workspace, path)), { recursive: true });
    await writeFile(join(workspace, path), text);
  }
  return workspace;
}

interface Pull {
  number: number;
  baseSha: string;
  headSha: string;
}

/** Pushes `changes` to a branch and opens a pull request of it into main. */
async function pull(w: GitHubWorld, changes: Files): Promise<Pull> {
  const headSha = w.emulator.seed.commit(FULL_NAME, 'change', changes);
  const baseSha = w.emulator.state.repos[FULL_NAME]?.refs['refs/heads/main'] ?? '';
  const { data } = await w.octokit.rest.pulls.create({ ...w.repo, head: 'change', base: 'main', title: 'Playbooks' });
  return { number: data.number, baseSha, headSha };
}

async function check(w: GitHubWorld, workspace: string, target: Pull, options: { fork?: boolean; playbooksDir?: string; now?: string } = {}) {
  const from = w.emulator.requests.length;
  const result = await runPlaybookCheck(
    { octokit: w.octokit, log: w.logger, now: () => new Date(options.now ?? T0) },
    { repo: w.repo, botLogin: BOT, pullRequest: { ...target, fork: options.fork === true }, workspace, playbooksDir: options.playbooksDir ?? join(workspace, 'playbooks') },
  );
  return { ...result, calls: w.calls(from) };
}

function checkComments(w: GitHubWorld, number: number): string[] {
  return (w.emulator.state.repos[FULL_NAME]?.comments ?? []).filter((comment) => comment.issueNumber === number && parseRecordLine(comment.body)?.marker.kind === 'playbook-check').map((comment) => comment.body);
}

describe('the playbook check', () => {
  it('of a pull request that changes nothing the playbooks say reports no change, reads the base at its commit, and keeps one comment', async () => {
    const { w, base, scratch } = await start();
    const target = await pull(w, { 'README.md': 'docs only\n' });
    const workspace = await checkout(scratch, base);

    const result = await check(w, workspace, target);

    expect(result.report).toMatchObject({ playbooksPath: 'playbooks', headSha: target.headSha, baseSha: target.baseSha, base: { available: true }, changes: [], stale: [] });
    expect(result.report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    expect(result.report.preview?.length).toBeGreaterThan(0);
    expect(result.body).toBe(renderCheck(result.report));
    expect(result.comment).toEqual({ kind: 'created' });
    expect(checkComments(w, target.number)).toHaveLength(1);
    expect(checkComments(w, target.number)[0]).toContain(result.body.split('\n').slice(1).join('\n'));
    const listing = w.emulator.requests.find((request) => request.operationId === 'repos/get-content');
    expect(listing).toMatchObject({ path: `/repos/${FULL_NAME}/contents/playbooks`, query: { ref: target.baseSha } });

    const again = await check(w, workspace, target);
    expect(again.comment).toEqual({ kind: 'unchanged' });
  });

  it('compares the head with the base: what changes, and the escalation preview under both', async () => {
    const { w, base, scratch } = await start();
    const changes = await regenerated(base, { [SEVERITIES]: edit(base[SEVERITIES], 'response_time: 15m', 'response_time: 5m') });
    const target = await pull(w, changes);
    const workspace = await checkout(scratch, { ...base, ...changes });

    const { report } = await check(w, workspace, target);

    expect(report.changes?.length).toBeGreaterThan(0);
    expect(JSON.stringify(report.changes)).toContain('15');
    expect(report.stale).toEqual([]);
    expect(report.base).toEqual({ available: true });
  });

  it('of a head with errors reports them at their repository paths, and reads no base and compares nothing', async () => {
    const { w, base, scratch } = await start();
    const broken = edit(base[SEVERITIES], 'response_time: 15m', 'response_time: soon');
    const target = await pull(w, { [SEVERITIES]: broken });
    const workspace = await checkout(scratch, { ...base, [SEVERITIES]: broken, '.github/CODEOWNERS': 'stale\n' });

    const result = await check(w, workspace, target);

    const errors = result.report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    expect(errors.map((diagnostic) => diagnostic.file)).toEqual([SEVERITIES]);
    expect(result.report).toMatchObject({ base: { available: true }, changes: null, preview: null, stale: [] });
    expect(result.calls.filter((call) => call.includes('/contents/') || call.includes('/git/'))).toEqual([]);
  });

  it('of a base without playbooks says why it compares with nothing, and previews the head alone', async () => {
    const { w, base, scratch } = await start({ 'README.md': 'new repository\n' });
    const playbooks = await baseFiles();
    const target = await pull(w, playbooks);
    const workspace = await checkout(scratch, { ...base, ...playbooks });

    const { report } = await check(w, workspace, target);

    expect(report.base).toEqual({ available: false, reason: `there are no playbooks in playbooks at ${target.baseSha.slice(0, 7)}, the base of this pull request (or the commit is not in this repository)` });
    expect(report.changes).toEqual([]);
    expect(report.preview?.length).toBeGreaterThan(0);
  });

  it('judges review dates by the run’s clock: files not reviewed for a year are overdue', async () => {
    const { w, base, scratch } = await start();
    const target = await pull(w, { 'README.md': 'docs only\n' });
    const workspace = await checkout(scratch, base);
    const rules = async (now: string) => new Set((await check(w, workspace, target, { now })).report.diagnostics.map((diagnostic) => diagnostic.rule));
    expect(await rules(T0)).not.toContain('review-overdue');
    expect(await rules('2028-01-01T00:00:00Z')).toContain('review-overdue');
  });

  it('names a nested playbook directory by its path from the repository root', async () => {
    const { w, base, scratch } = await start();
    const target = await pull(w, { 'README.md': 'docs only\n' });
    const nested = Object.fromEntries(Object.entries(base).map(([path, text]) => [path.startsWith('playbooks/') ? `ops/${path}` : path, text]));
    const workspace = await checkout(scratch, nested);
    const { report } = await check(w, workspace, target, { playbooksDir: join(workspace, 'ops', 'playbooks') });
    expect(report.playbooksPath).toBe('ops/playbooks');
    expect(report.base).toEqual({ available: false, reason: `there are no playbooks in ops/playbooks at ${target.baseSha.slice(0, 7)}, the base of this pull request (or the commit is not in this repository)` });
  });

  it('from a fork writes no comment and says why', async () => {
    const { w, base, scratch } = await start();
    const target = await pull(w, { 'README.md': 'docs only\n' });
    const workspace = await checkout(scratch, base);

    const result = await check(w, workspace, target, { fork: true });

    expect(result.comment).toEqual({
      kind: 'not-written',
      reason: 'this pull request comes from a fork, and GitHub gives its workflow a read-only token, so no comment could be written; the job summary holds the whole report',
    });
    expect(result.calls.filter((call) => !call.startsWith('GET '))).toEqual([]);
    expect(checkComments(w, target.number)).toEqual([]);
  });
});

describe('the generated files of the checkout', () => {
  it('missing are reported missing, the CODEOWNERS at its first place', async () => {
    const { w, base, scratch } = await start();
    const target = await pull(w, { 'README.md': 'docs only\n' });
    const { '.github/CODEOWNERS': _codeowners, [ISSUE_FORM_PATH]: _form, ...rest } = base;
    const workspace = await checkout(scratch, rest);

    const { report } = await check(w, workspace, target);

    expect(report.stale.map(({ path, problem }) => ({ path, problem }))).toEqual([
      { path: '.github/CODEOWNERS', problem: 'missing' },
      { path: ISSUE_FORM_PATH, problem: 'missing' },
    ]);
    expect(w.log.warning).toEqual([]);
  });

  it('are found at any place GitHub reads a CODEOWNERS from, the first one winning', async () => {
    const { w, base, scratch } = await start();
    const target = await pull(w, { 'README.md': 'docs only\n' });
    const { '.github/CODEOWNERS': codeowners = '', ...rest } = base;

    const atDocs = await check(w, await checkout(scratch, { ...rest, 'docs/CODEOWNERS': codeowners }), target);
    expect(atDocs.report.stale).toEqual([]);

    const rootFirst = await check(w, await checkout(scratch, { ...rest, CODEOWNERS: 'old\n', 'docs/CODEOWNERS': codeowners }), target);
    expect(rootFirst.report.stale.map(({ path, problem }) => ({ path, problem }))).toEqual([{ path: 'CODEOWNERS', problem: 'missing' }]);
  });

  it('behind a path that is not a directory count as absent, without a warning', async () => {
    const { w, base, scratch } = await start();
    const target = await pull(w, { 'README.md': 'docs only\n' });
    const { '.github/CODEOWNERS': codeowners = '', [ISSUE_FORM_PATH]: _form, ...rest } = base;
    const workspace = await checkout(scratch, { ...rest, '.github': 'a file, not a directory\n', CODEOWNERS: codeowners });

    const { report } = await check(w, workspace, target);

    expect(report.stale.map(({ path, problem }) => ({ path, problem }))).toEqual([{ path: ISSUE_FORM_PATH, problem: 'missing' }]);
    expect(w.log.warning).toEqual([]);
  });

  it('a link out of the checkout is not followed: read as empty (not as absent: a later place is not used), and the log says why', async () => {
    const { w, base, scratch } = await start();
    const target = await pull(w, { 'README.md': 'docs only\n' });
    const { '.github/CODEOWNERS': codeowners = '', ...rest } = base;
    const workspace = await checkout(scratch, { ...rest, 'docs/CODEOWNERS': codeowners });
    const outside = join(scratch, 'outside-CODEOWNERS');
    await writeFile(outside, codeowners);
    await symlink(outside, join(workspace, '.github', 'CODEOWNERS'));

    const { report } = await check(w, workspace, target);

    expect(report.stale.map(({ path, problem }) => ({ path, problem }))).toEqual([{ path: '.github/CODEOWNERS', problem: 'missing' }]);
    expect(w.log.warning).toEqual([expect.stringMatching(/^\.github\/CODEOWNERS was not read: \S/)]);
  });

  it('one too large to be generated is not read, and the log gives its size', async () => {
    const { w, base, scratch } = await start();
    const target = await pull(w, { 'README.md': 'docs only\n' });
    const workspace = await checkout(scratch, { ...base, '.github/CODEOWNERS': 'x'.repeat(1024 * 1024 + 1), 'docs/CODEOWNERS': base['.github/CODEOWNERS'] ?? '' });

    const { report } = await check(w, workspace, target);

    expect(report.stale.map(({ path, problem }) => ({ path, problem }))).toEqual([{ path: '.github/CODEOWNERS', problem: 'missing' }]);
    expect(w.log.warning).toEqual(['.github/CODEOWNERS was not read: it is 1,048,577 bytes, more than a generated file can be']);
  });
});
