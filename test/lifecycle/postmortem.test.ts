/**
 * Post-mortems as pull requests, over HTTP against the emulator on a fixed clock: the file a
 * resolved SEV-1/2 gets (a golden file: `UPDATE=1 npx vitest run test/lifecycle/postmortem.test.ts`
 * rewrites it), one pull request across reruns and a 500 after the write, its deadline (each step
 * once), its merge (follow-up issues, once), and the fallback where Actions may not open pull requests.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IssueRecord, PullData } from '../../src/emulator/state/types.js';
import { FULL_NAME, OWNER, PEOPLE, REPO, type World, declare, useWorld } from './harness.js';
import { type Delivery, pullRequestClosedEvent } from './payloads.js';

const world = useWorld();
const repo = { owner: OWNER, repo: REPO };
const GOLDEN = join(import.meta.dirname, '..', 'fixtures', 'postmortem', 'sev-1-lowered.md');
const HOUR = 60;

/**
 * A SEV-2 raised to SEV-1, acknowledged, with a commander and a technical lead, an update, lowered
 * to SEV-2 again and resolved: each step a comment and its run. Returns the issue number.
 */
async function resolvedIncident(w: World, roles = '/ic @mona\n/role tech @ada'): Promise<number> {
  const number = await declare(w, 2);
  w.advance(4);
  await w.run(await w.comment(PEOPLE.write, number, '/sev 1'));
  await w.run(await w.comment(PEOPLE.triage, number, '/ack'));
  await w.run(await w.comment(PEOPLE.write, number, roles));
  w.advance(10);
  await w.run(await w.comment(PEOPLE.maintain, number, '/update Rolled back deploy 4512; error rate falling.'));
  await w.run(await w.comment(PEOPLE.maintain, number, '/sev 2'));
  w.advance(20);
  await w.run(await w.comment(PEOPLE.maintain, number, '/resolve Deploy 4512 rolled back; payments flowing.'));
  return number;
}

function pulls(w: World): (IssueRecord & { pull: PullData })[] {
  return (w.emulator.state.repos[FULL_NAME]?.issues ?? []).filter((issue): issue is IssueRecord & { pull: PullData } => issue.pull !== null);
}

function onlyPull(w: World): IssueRecord & { pull: PullData } {
  const all = pulls(w);
  expect(all).toHaveLength(1);
  return all[0]!;
}

async function fileOn(w: World, ref: string, path: string): Promise<{ text: string; sha: string }> {
  const { data } = await w.people[PEOPLE.admin].rest.repos.getContent({ ...repo, path, ref });
  if (Array.isArray(data) || data.type !== 'file') throw new Error(`${path} is not a file`);
  return { text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha };
}

function golden(text: string): void {
  if (process.env.UPDATE === '1') writeFileSync(GOLDEN, text);
  expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
}

function markers(w: World, number: number): string[] {
  return w.botComments(number).map((comment) => comment.marker);
}

/** The post-mortem file path of the incident `resolvedIncident` makes first. */
const PATH = 'postmortems/2026-11-27-1-checkout-payments-failing.md';

describe('the post-mortem pull request', () => {
  it('opens one pull request adding the post-mortem file, asks the commander and the technical lead, and links it on the card', async () => {
    const w = world();
    const number = await resolvedIncident(w);
    const pull = onlyPull(w);
    expect(pull.pull).toMatchObject({ head: 'playbook-ops/postmortem-1', base: 'main', requestedReviewers: ['mona', 'ada'] });
    expect(pull.title).toBe('Post-mortem: [Incident] Checkout payments failing (#1)');
    expect(pull.body).toContain('- **File:** `postmortems/2026-11-27-1-checkout-payments-failing.md`');
    expect(pull.body).toContain('- **Due:** 2026-11-29 03:41 UTC');

    golden((await fileOn(w, 'playbook-ops/postmortem-1', PATH)).text);

    expect(w.snapshot(number).labels).toContain('postmortem-pending');
    const opened = w.botComments(number).find((comment) => comment.marker === 'postmortem:pr');
    expect(opened?.body).toContain(`### 📝 Post-mortem: pull request #${pull.number}`);
    expect(opened?.body).toContain('Review requested from @mona, @ada.');
    expect(w.card(number)).toContain(
      '| Post-mortem | **pending**, due 2026-11-29 03:41 UTC: pull request on [playbook-ops/postmortem-1](<https://github.com/acme/payments/pulls?q=is%3Apr%20head%3Aplaybook-ops%2Fpostmortem-1>) |',
    );

    const rerun = await w.run(w.dispatch(number));
    expect(rerun.writes).toEqual([]);
    expect(pulls(w)).toHaveLength(1);
  });

  it('a 500 after GitHub opened the pull request, retried or not, leaves one pull request and one record', async () => {
    const w = world();
    const fault = w.emulator.faults.add({ method: 'POST', path: '/repos/acme/payments/pulls', afterWrite: true, times: 4 });
    const number = await resolvedIncident(w);
    expect(fault.fired).toBeGreaterThan(0);
    expect(onlyPull(w).pull.requestedReviewers).toEqual(['mona', 'ada']);
    expect(markers(w, number).filter((marker) => marker === 'postmortem:pr')).toHaveLength(1);

    const rerun = await w.run(w.dispatch(number));
    expect(rerun.writes).toEqual([]);
    expect(pulls(w)).toHaveLength(1);
  });

  it('a run that stopped after pushing the branch opens the pull request on the next run, with the same commit', async () => {
    const w = world();
    w.emulator.faults.add({ method: 'POST', path: '/repos/acme/payments/pulls', status: 502, times: 4 });
    const number = await declare(w, 1);
    const resolve = await w.comment(PEOPLE.write, number, '/resolve');
    await expect(w.run(resolve)).rejects.toThrow(/post-mortem pull request/);
    const head = w.emulator.state.repos[FULL_NAME]?.refs['refs/heads/playbook-ops/postmortem-1'];
    expect(head).toBeDefined();
    expect(pulls(w)).toHaveLength(0);

    await w.run(resolve);
    expect(onlyPull(w).pull.head).toBe('playbook-ops/postmortem-1');
    expect(w.emulator.state.repos[FULL_NAME]?.refs['refs/heads/playbook-ops/postmortem-1']).toBe(head);
  });

  it('asks only the reviewers GitHub accepts and says who was left out', async () => {
    const w = world();
    const number = await resolvedIncident(w, '/ic @mona\n/role tech @zed');
    expect(onlyPull(w).pull.requestedReviewers).toEqual(['mona']);
    const opened = w.botComments(number).find((comment) => comment.marker === 'postmortem:pr');
    expect(opened?.body).toContain('Review requested from @mona.');
    expect(opened?.body).toContain('GitHub would not take zed as reviewers');
  });

  it('a SEV-3 resolved without ever being higher needs none', async () => {
    const w = world();
    const number = await declare(w, 3);
    const resolved = await w.run(await w.comment(PEOPLE.write, number, '/resolve'));
    expect(resolved.results[0]?.effects).toEqual(['update the incident card', 'close the issue (resolved)']);
    expect(pulls(w)).toHaveLength(0);
    expect(w.snapshot(number).labels).not.toContain('postmortem-pending');
  });
});

describe('where GitHub Actions may not open pull requests', () => {
  it('pushes the branch and comments a compare link and the setting to change, once', async () => {
    const w = world();
    const settings = w.emulator.state.repos[FULL_NAME];
    if (settings === undefined) throw new Error('no repository');
    settings.actionsMayCreatePulls = false;
    const number = await resolvedIncident(w);
    expect(pulls(w)).toHaveLength(0);
    expect((await fileOn(w, 'playbook-ops/postmortem-1', PATH)).text).toBe(readFileSync(GOLDEN, 'utf8'));
    const comment = w.botComments(number).find((candidate) => candidate.marker === 'postmortem:branch');
    expect(comment?.body).toContain('[Open the pull request](<https://github.com/acme/payments/compare/main...playbook-ops%2Fpostmortem-1?expand=1>)');
    expect(comment?.body).toContain('**Settings → Actions → General → Workflow permissions → Allow GitHub Actions to create and approve pull requests**');
    expect(w.log.warning.some((line) => line.includes('GitHub Actions is not permitted to create or approve pull requests'))).toBe(true);

    const rerun = await w.run(w.dispatch(number));
    expect(rerun.writes).toEqual([]);
    expect(markers(w, number).filter((marker) => marker.startsWith('postmortem:'))).toEqual(['postmortem:branch']);
  });
});

describe('the post-mortem deadline', () => {
  it('just before it nothing happens; at it the label, one reminder to the owners and the management escalation; long after, nothing more', async () => {
    const w = world();
    const number = await resolvedIncident(w);
    w.advance(48 * HOUR - 1);
    const before = await w.run(w.dispatch(number));
    expect(before.writes).toEqual([]);

    w.advance(1);
    const at = await w.run(w.dispatch(number));
    expect(at.results[0]?.effects).toEqual(['update the incident card', 'add labels postmortem-overdue', 'comment postmortem:overdue', 'comment postmortem:escalation']);
    expect(w.snapshot(number).labels).toEqual(['incident', 'postmortem-overdue', 'postmortem-pending', 'scenario:service-outage', 'sev-2']);
    const [overdue, escalation] = ['postmortem:overdue', 'postmortem:escalation'].map((marker) => w.botComments(number).find((comment) => comment.marker === marker)?.body ?? '');
    expect(overdue).toContain('@mona, @ada: the post-mortem of this incident was due **2026-11-29 03:41 UTC**');
    expect(escalation).toContain("This SEV-1 (Critical) incident's post-mortem was due **2026-11-29 03:41 UTC** and is not merged yet.");
    expect(escalation).toContain('- **CTO/VP Engineering notification:** @chen, @ravi');
    expect(w.card(number)).toContain('**Post-mortem overdue since 2026-11-29 03:41 UTC**');

    w.advance(6 * HOUR);
    const later = await w.run(w.dispatch(number));
    expect(later.writes).toEqual([]);
  });

  it('a run six hours late takes each step once, in order', async () => {
    const w = world();
    const number = await resolvedIncident(w);
    w.advance(54 * HOUR);
    const late = await w.run(w.dispatch(number));
    expect(late.results[0]?.effects).toEqual(['update the incident card', 'add labels postmortem-overdue', 'comment postmortem:overdue', 'comment postmortem:escalation']);
    const again = await w.run(w.dispatch(number));
    expect(again.writes).toEqual([]);
    expect(markers(w, number).filter((marker) => marker.startsWith('postmortem:'))).toEqual(['postmortem:pr', 'postmortem:overdue', 'postmortem:escalation']);
  });
});

/** Writes two action items (and leaves the template's empty one) into the post-mortem on its branch, then merges it as `mona`. */
async function writeAndMerge(w: World): Promise<Delivery> {
  const pull = onlyPull(w);
  const file = await fileOn(w, pull.pull.head, PATH);
  const items = '- [ ] Alert on the 503 rate of payments-api (@ada)\n- [x] Add a canary stage to deploys\n- [ ] <!-- action item -->';
  const text = file.text.replace('- [ ] <!-- action item -->', items);
  await w.people[PEOPLE.admin].rest.repos.createOrUpdateFileContents({ ...repo, path: PATH, branch: pull.pull.head, message: 'Write the post-mortem', content: Buffer.from(text).toString('base64'), sha: file.sha });
  await w.people[PEOPLE.maintain].rest.pulls.merge({ ...repo, pull_number: pull.number });
  const { data } = await w.people[PEOPLE.maintain].rest.pulls.get({ ...repo, pull_number: pull.number });
  return pullRequestClosedEvent(data, { owner: OWNER, repo: REPO, sender: PEOPLE.maintain });
}

function followUps(w: World): IssueRecord[] {
  return (w.emulator.state.repos[FULL_NAME]?.issues ?? []).filter((issue) => issue.labels.includes('follow-up'));
}

describe('the merge', () => {
  it('opens one follow-up issue per action item, linked both ways, and marks the incident complete, once across reruns and a 500 after the write', async () => {
    const w = world();
    const number = await resolvedIncident(w);
    const merged = await writeAndMerge(w);
    const fault = w.emulator.faults.add({ method: 'POST', path: '/repos/acme/payments/issues', afterWrite: true });

    const run = await w.run(merged);
    expect(fault.fired).toBe(1);
    const pull = onlyPull(w);
    expect(run.results[0]?.effects).toEqual([
      'update the incident card',
      `open 2 follow-up issue(s) from post-mortem #${pull.number} and mark the incident complete`,
      'remove label postmortem-pending',
    ]);
    const issues = followUps(w);
    expect(issues.map((issue) => issue.title)).toEqual(['Alert on the 503 rate of payments-api (@ada) (follow-up of #1)', 'Add a canary stage to deploys (follow-up of #1)']);
    for (const issue of issues) {
      expect(issue.body).toContain(`An action item from the post-mortem of incident #${number} (\\[Incident\\] Checkout payments failing), merged in #${pull.number}:`);
      expect(issue.author).toBe('github-actions[bot]');
    }
    const complete = w.botComments(number).find((comment) => comment.marker === 'postmortem:complete')?.body ?? '';
    expect(complete).toContain(`- #${issues[0]?.number ?? 0}: Alert on the 503 rate of payments-api (@\u200Bada) (follow-up of #1)`);
    expect(complete).toContain(`- #${issues[1]?.number ?? 0}: Add a canary stage to deploys (follow-up of #1)`);
    expect(w.snapshot(number).labels).not.toContain('postmortem-pending');
    expect(w.card(number)).toContain('**Post-mortem complete**');

    for (const delivery of [merged, w.dispatch(number)]) {
      const rerun = await w.run(delivery);
      expect(rerun.writes).toEqual([]);
    }
    expect(followUps(w)).toHaveLength(2);
  });

  it('is noticed without its event: the next run of the incident finds the merge', async () => {
    const w = world();
    const number = await resolvedIncident(w);
    await writeAndMerge(w);
    w.advance(3 * 24 * HOUR);
    const run = await w.run(w.dispatch(number));
    expect(run.results[0]?.effects).toContain('remove label postmortem-pending');
    expect(followUps(w)).toHaveLength(2);
    // Merged before it was due: never overdue.
    expect(markers(w, number)).not.toContain('postmortem:overdue');
    expect(w.snapshot(number).labels).not.toContain('postmortem-overdue');
  });

  it('a pull request closed without a merge completes nothing', async () => {
    const w = world();
    const number = await resolvedIncident(w);
    const pull = onlyPull(w);
    await w.people[PEOPLE.maintain].rest.pulls.update({ ...repo, pull_number: pull.number, state: 'closed' });
    const { data } = await w.people[PEOPLE.maintain].rest.pulls.get({ ...repo, pull_number: pull.number });
    const run = await w.run(pullRequestClosedEvent(data, { owner: OWNER, repo: REPO, sender: PEOPLE.maintain }));
    expect(run.writes).toEqual([]);
    expect(w.snapshot(number).labels).toContain('postmortem-pending');
    expect(followUps(w)).toHaveLength(0);
  });
});
