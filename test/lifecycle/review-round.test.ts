/**
 * Quarterly playbook reviews as pull requests, over HTTP against the emulator on a fixed clock: a
 * round opens once (reruns and a 500 after the write included), a file that falls due while it is
 * open joins it, the owners are reminded once when it is overdue, and a round's branch never gets
 * a second pull request.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { writeDemoPlaybooks } from '../../src/demo/demo-playbooks.js';
import type { IssueRecord, PullData } from '../../src/emulator/state/types.js';
import { type ReviewOutcome, runReviewRound } from '../../src/github/review-round.js';
import { createCommentRenderer } from '../../src/render/comments.js';
import { BOT, FULL_NAME, OWNER, PEOPLE, REPO, type World, declare, startWorld, writesOf } from './harness.js';

const repo = { owner: OWNER, repo: REPO };

/**
 * The demo set with owners who can review (`@mona`; settings.yaml `@ada`, reviewed later, so it
 * falls due on 2027-03-15 while the others fall due on 2027-02-25), as files by repository path.
 */
async function reviewedSet(): Promise<{ set: PlaybookSet; files: Record<string, string> }> {
  const dir = await mkdtemp(join(tmpdir(), 'playbook-ops-review-'));
  try {
    const root = await writeDemoPlaybooks(join(dir, 'playbooks'));
    const files: Record<string, string> = {};
    const walk = async (at: string): Promise<void> => {
      for (const entry of await readdir(at, { withFileTypes: true })) {
        const path = join(at, entry.name);
        if (entry.isDirectory()) await walk(path);
        else if (entry.name.endsWith('.yaml')) {
          const settings = entry.name === 'settings.yaml';
          const text = (await readFile(path, 'utf8'))
            .replace(/owners: \["\[Owner\]"\]/u, settings ? 'owners: ["@ada"]' : 'owners: ["@mona"]')
            .replace(/last_reviewed: "2026-11-27"/u, settings ? 'last_reviewed: "2026-12-15"' : 'last_reviewed: "2026-11-27"');
          await writeFile(path, text);
          files[`playbooks/${relative(root, path)}`] = text;
        }
      }
    };
    await walk(root);
    return { set: await loadPlaybooks(root), files };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

let current: World | undefined;
afterEach(async () => {
  const ending = current;
  current = undefined;
  if (ending === undefined) return;
  try {
    ending.emulator.assertNoValidationErrors();
  } finally {
    await ending.stop();
  }
});

/** A world on 2027-02-20 whose repository holds the set, with one SEV-1 acknowledged late and resolved. */
async function reviewWorld(): Promise<{ w: World; set: PlaybookSet; review: () => Promise<ReviewOutcome & { writes: number }> }> {
  const { set, files } = await reviewedSet();
  const w = await startWorld({ at: new Date('2027-02-20T03:00:00Z'), set });
  current = w;
  w.emulator.seed.commit(FULL_NAME, 'main', files, { message: 'Add the playbooks' });
  const number = await declare(w, 1);
  w.advance(20);
  await w.run(await w.comment(PEOPLE.triage, number, '/ack'));
  w.advance(40);
  await w.run(await w.comment(PEOPLE.write, number, '/resolve Rolled back.'));
  const log = { info: (line: string) => w.log.info.push(line), warning: (line: string) => w.log.warning.push(line) };
  const review = async () => {
    const from = w.emulator.requests.length;
    const outcome = await runReviewRound({ octokit: w.octokit, log, now: () => w.now() }, { repo, botLogin: BOT, set, playbooksPath: 'playbooks', render: createCommentRenderer() });
    return { ...outcome, writes: writesOf(w.emulator.requests.slice(from)).length };
  };
  return { w, set, review };
}

function reviewPulls(w: World): (IssueRecord & { pull: PullData })[] {
  return (w.emulator.state.repos[FULL_NAME]?.issues ?? []).filter((issue): issue is IssueRecord & { pull: PullData } => issue.pull?.head.startsWith('playbook-ops/review-') === true);
}

async function fileOn(w: World, ref: string, path: string): Promise<string> {
  const { data } = await w.people[PEOPLE.admin].rest.repos.getContent({ ...repo, path, ref });
  if (Array.isArray(data) || data.type !== 'file') throw new Error(`${path} is not a file`);
  return Buffer.from(data.content, 'base64').toString('utf8');
}

/** Moves the world's clock to `iso`. */
function setClock(w: World, iso: string): void {
  w.advance((Date.parse(iso) - w.now().getTime()) / 60_000);
}

describe('the quarterly review round', () => {
  it('reads nothing while no file is due', async () => {
    const { review } = await reviewWorld();
    const outcome = await review();
    expect(outcome).toMatchObject({ step: 'nothing', writes: 0 });
  });

  it('opens one pull request for the files due: last_reviewed bumped, owners asked, checklist, incidents against their target', async () => {
    const { w, review } = await reviewWorld();
    setClock(w, '2027-02-25T06:00:00Z');
    w.emulator.faults.add({ method: 'POST', path: '/repos/acme/payments/pulls', afterWrite: true });
    const opened = await review();
    expect(opened.step).toBe('round');
    const [pull, ...others] = reviewPulls(w);
    expect(others).toEqual([]);
    expect(pull?.pull).toMatchObject({ head: 'playbook-ops/review-2027-02-25', base: 'main', requestedReviewers: ['mona'] });
    expect(pull?.title).toBe('Playbook review: 12 files due (round 2027-02-25)');
    const body = pull?.body ?? '';
    expect(body.split('\n')[0]).toMatch(/^<!-- playbook-ops:review-round files=communication.yaml,contacts.yaml,escalation.yaml,postmortem.yaml,process.yaml,roles.yaml,scenarios%2F/u);
    expect(body).not.toContain('settings.yaml');
    expect(body).toContain('| `severities.yaml` | @mona | 2026-11-27 | 2027-02-25 |');
    expect(body).toContain('- [ ] Review and update escalation contacts');
    expect(body).toContain('0 of 1 incident acknowledged within their severity\'s response time.');
    expect(body).toContain('| #1 \\[Incident\\] Checkout payments failing | SEV-1 | Service Outage | 2027-02-20 03:01 UTC | 21 min ❌ | 15 min | 1 h 2 min |');
    expect(body).toContain('    x-axis ["1"]\n    y-axis "minutes"\n    bar [21]\n    line [15]');
    expect(await fileOn(w, 'playbook-ops/review-2027-02-25', 'playbooks/severities.yaml')).toContain('  last_reviewed: "2027-02-25"\n');
    expect(await fileOn(w, 'playbook-ops/review-2027-02-25', 'playbooks/settings.yaml')).toContain('  last_reviewed: "2026-12-15"\n');
    expect(await fileOn(w, 'main', 'playbooks/severities.yaml')).toContain('  last_reviewed: "2026-11-27"\n');

    const again = await review();
    expect(again).toMatchObject({ step: 'nothing', writes: 0 });
    expect(reviewPulls(w)).toHaveLength(1);
  });

  it('a file that falls due while the round is open joins it; an overdue round reminds its owners once; reruns add nothing', async () => {
    const { w, review } = await reviewWorld();
    setClock(w, '2027-02-25T06:00:00Z');
    await review();
    const [pull] = reviewPulls(w);

    setClock(w, '2027-03-15T06:00:00Z');
    const joined = await review();
    expect(joined).toMatchObject({ step: 'round', pull: pull?.number });
    expect(joined.done).toContain('added to review round');
    expect(reviewPulls(w)).toHaveLength(1);
    expect(pull?.body?.split('\n')[0]).toContain('settings.yaml');
    expect(pull?.title).toBe('Playbook review: 13 files due (round 2027-02-25)');
    expect(pull?.pull.requestedReviewers).toEqual(['mona', 'ada']);
    expect(await fileOn(w, 'playbook-ops/review-2027-02-25', 'playbooks/settings.yaml')).toContain('  last_reviewed: "2027-03-15"\n');
    expect(await fileOn(w, 'playbook-ops/review-2027-02-25', 'playbooks/severities.yaml')).toContain('  last_reviewed: "2027-02-25"\n');

    const reminded = await review();
    expect(reminded).toMatchObject({ step: 'remind', pull: pull?.number });
    const comments = w.emulator.state.repos[FULL_NAME]?.comments.filter((comment) => comment.issueNumber === pull?.number) ?? [];
    expect(comments.map((comment) => comment.body.split('\n')[0])).toEqual(['<!-- playbook-ops:review-reminder -->']);
    // contacts.yaml (rewritten by the demo) still names a placeholder owner: it is shown as one, and not asked.
    expect(comments[0]?.body).toContain('@mona, _\\[Owner\\]_ (to be filled in), @ada: this review was due to be merged by **2027-03-11**');

    w.advance(24 * 60);
    const quiet = await review();
    expect(quiet).toMatchObject({ step: 'nothing', writes: 0 });
  });

  it('a round merged (or closed) never gets a second pull request on its branch', async () => {
    const { w, review } = await reviewWorld();
    setClock(w, '2027-02-25T06:00:00Z');
    await review();
    const [pull] = reviewPulls(w);
    await w.people[PEOPLE.maintain].rest.pulls.merge({ ...repo, pull_number: pull?.number ?? 0 });
    // This run's set still says the files are due (as a run on the old commit would).
    const after = await review();
    expect(after).toMatchObject({ step: 'nothing', writes: 0 });
    expect(after.done).toContain('already had its pull request');
    expect(reviewPulls(w)).toHaveLength(1);
  });
});
