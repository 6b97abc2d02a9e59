/**
 * The post-mortem pull request: the file committed on the incident's branch (once), the pull request
 * opened or found, its reviewers asked while it is open, and one `postmortem:pr` comment; where
 * Actions may not open pull requests, the branch is pushed and a `postmortem:branch` comment says how
 * to finish by hand.
 */
import { describe, expect, it } from 'vitest';
import type { PostmortemDraft } from '../../src/engine/postmortem-draft.js';
import { formatRecordLine } from '../../src/engine/records.js';
import { postmortemPr } from '../../src/github/appliers/postmortem-pr.js';
import { BOT, FULL_NAME, useApplierWorld } from './appliers-world.js';

const world = useApplierWorld();
const BRANCH = 'playbook-ops/postmortem-1';
const PATH = 'postmortems/2026-11-27-1-checkout-down.md';

function draft(reviewers: string[] = ['alice', 'bob']): PostmortemDraft {
  return {
    incident: { number: 1, title: 'Checkout down', url: `https://github.com/${FULL_NAME}/issues/1` },
    repo: { owner: 'acme', repo: 'shop', serverUrl: 'https://github.example' },
    branch: BRANCH,
    path: PATH,
    severity: { label: 'sev-1', name: 'Critical' },
    peak: { label: 'sev-1', name: 'Critical' },
    declared: { at: '2026-11-27T02:00:00Z', by: 'alice' },
    resolved: { at: '2026-11-27T02:40:00Z', by: 'bob', summary: 'Rolled back' },
    acknowledged: null,
    durationMinutes: 40,
    services: ['checkout'],
    summary: null,
    scenario: null,
    roles: [],
    timeline: [],
    elements: [],
    reviewers,
    dueAt: '2026-11-29T02:40:00Z',
  };
}

/** Issue #1, the incident. */
function incident(): number {
  return world().emulator.seed.issue(FULL_NAME, { title: 'Checkout down', author: 'alice' }).number;
}

/** The comment with `step` as the plain renderer writes it. */
function recorded(step: 'pr' | 'branch', message: object): string {
  return `${formatRecordLine({ kind: 'postmortem', step })}\n${JSON.stringify(message)}`;
}

describe('the post-mortem pull request', () => {
  it('commits the file on the incident’s branch, opens the pull request, asks the reviewers and records it', async () => {
    const w = world();
    const number = incident();
    const main = w.repo().refs['refs/heads/main'];
    const done = await postmortemPr({ kind: 'postmortem-pr', draft: draft(['alice', 'mallory']) }, w.context(number));
    const pull = w.repo().issues.find((issue) => issue.pull !== null);
    const pulled = pull?.number ?? 0;
    expect(done).toBe(`open the post-mortem pull request (${PATH}): #${pulled}`);
    expect(pull).toMatchObject({ title: 'Post-mortem: Checkout down', body: 'Closes the post-mortem of #1.', pull: { head: BRANCH, base: 'main', requestedReviewers: ['alice'] } });
    const { data } = await w.octokit.rest.repos.getContent({ owner: 'acme', repo: 'shop', path: PATH, ref: BRANCH });
    expect(Buffer.from((data as { content: string }).content, 'base64').toString()).toBe('# Post-mortem of #1\n');
    const head = await w.octokit.rest.git.getCommit({ owner: 'acme', repo: 'shop', commit_sha: w.repo().refs[`refs/heads/${BRANCH}`] ?? '' });
    expect(head.data).toMatchObject({ message: 'Post-mortem of #1', parents: [{ sha: main }] });
    expect(w.comments(number).map((comment) => comment.body)).toEqual([
      recorded('pr', {
        type: 'postmortem-opened',
        pull: { number: pulled, url: `https://github.com/acme/shop/pull/${pulled}` },
        path: PATH,
        reviewers: ['alice'],
        notRequested: ['mallory'],
        dueAt: '2026-11-29T02:40:00Z',
      }),
    ]);
  });

  it('opens the pull request from a branch pushed before without committing again', async () => {
    const w = world();
    const number = incident();
    const pushed = w.emulator.seed.commit(FULL_NAME, BRANCH, { [PATH]: 'pushed\n' });
    await postmortemPr({ kind: 'postmortem-pr', draft: draft() }, w.context(number));
    expect(w.repo().refs[`refs/heads/${BRANCH}`]).toBe(pushed);
    expect(w.emulator.requests.filter((request) => request.method === 'POST').map((request) => request.path)).toEqual([
      '/repos/acme/shop/pulls',
      expect.stringMatching(/\/requested_reviewers$/),
      '/repos/acme/shop/issues/1/comments',
    ]);
  });

  it('finds the pull request its branch has, asks reviewers only while it is open, and records it once', async () => {
    const w = world();
    const number = incident();
    w.emulator.seed.commit(FULL_NAME, BRANCH, { [PATH]: 'pushed\n' });
    const { data: open } = await w.octokit.rest.pulls.create({ owner: 'acme', repo: 'shop', head: BRANCH, base: 'main', title: 'By hand' });
    w.requests();
    await expect(postmortemPr({ kind: 'postmortem-pr', draft: draft() }, w.context(number))).resolves.toBe(`open the post-mortem pull request (${PATH}): #${open.number}`);
    expect(w.requests().filter((line) => !line.startsWith('GET'))).toEqual([`POST /repos/acme/shop/pulls/${open.number}/requested_reviewers`, 'POST /repos/acme/shop/issues/1/comments']);
    await w.octokit.rest.pulls.merge({ owner: 'acme', repo: 'shop', pull_number: open.number });
    w.requests();
    await expect(postmortemPr({ kind: 'postmortem-pr', draft: draft() }, w.context(number))).resolves.toBe(
      `open the post-mortem pull request (${PATH}): #${open.number}, already recorded by another run`,
    );
    expect(w.requests().filter((line) => !line.startsWith('GET'))).toEqual([]);
  });

  it('records a merged pull request with no reviewers asked', async () => {
    const w = world();
    const number = incident();
    w.emulator.seed.commit(FULL_NAME, BRANCH, { [PATH]: 'pushed\n' });
    const { data: open } = await w.octokit.rest.pulls.create({ owner: 'acme', repo: 'shop', head: BRANCH, base: 'main', title: 'By hand' });
    await w.octokit.rest.pulls.merge({ owner: 'acme', repo: 'shop', pull_number: open.number });
    await postmortemPr({ kind: 'postmortem-pr', draft: draft() }, w.context(number));
    expect(w.issue(open.number).pull?.requestedReviewers).toEqual([]);
    expect(w.comments(number).map((comment) => comment.body)).toEqual([
      recorded('pr', { type: 'postmortem-opened', pull: { number: open.number, url: `https://github.com/acme/shop/pull/${open.number}` }, path: PATH, reviewers: [], notRequested: [], dueAt: '2026-11-29T02:40:00Z' }),
    ]);
  });

  it('where Actions may not open pull requests, pushes the branch and records once how to open it by hand', async () => {
    const w = world();
    const number = incident();
    w.emulator.seed.repo('acme', 'docs', { defaultBranch: 'release/1.x', files: { 'README.md': '# docs\n' } });
    const docs = w.emulator.state.repos['acme/docs'];
    if (docs !== undefined) docs.actionsMayCreatePulls = false;
    w.repo().actionsMayCreatePulls = false;
    const effect = { kind: 'postmortem-pr', draft: draft() } as const;
    const context = w.context(number);
    await expect(postmortemPr(effect, context)).resolves.toBe(`push the post-mortem branch ${BRANCH} (GitHub Actions may not open pull requests here)`);
    expect(w.repo().refs[`refs/heads/${BRANCH}`]).toMatch(/^[0-9a-f]{40}$/);
    expect(w.logged.warning).toEqual([
      `#1: GitHub Actions is not permitted to create or approve pull requests. - https://docs.github.com/rest/pulls/pulls#create-a-pull-request; the post-mortem branch ${BRANCH} is pushed for someone to open the pull request.`,
    ]);
    const compareUrl = 'https://github.example/acme/shop/compare/main...playbook-ops%2Fpostmortem-1?expand=1';
    expect(w.comments(number).map((comment) => comment.body)).toEqual([
      recorded('branch', { type: 'postmortem-branch', branch: BRANCH, path: PATH, compareUrl, dueAt: '2026-11-29T02:40:00Z' }),
    ]);
    await postmortemPr(effect, context);
    expect(w.comments(number)).toHaveLength(1);
    const docsIssue = w.emulator.seed.issue('acme/docs', { title: 'Docs down', author: 'alice' }).number;
    await postmortemPr(effect, { ...context, issue: { owner: 'acme', repo: 'docs', number: docsIssue } });
    expect(w.emulator.state.repos['acme/docs']?.comments.at(-1)?.body).toContain('"compareUrl":"https://github.example/acme/docs/compare/release%2F1.x...playbook-ops%2Fpostmortem-1?expand=1"');
    expect(w.comments(number)).toHaveLength(1);
    expect(w.emulator.requests.some((request) => request.user === BOT && request.path.endsWith('/requested_reviewers'))).toBe(false);
  });
});
