/**
 * The playbook check on pull requests, end to end: GitHub's `pull_request` payloads, the real
 * Octokit over HTTP against the emulator, the base set read from git, the checkout validated.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parseRecordLine } from '../../src/engine/records.js';
import { type CheckWorld, BOT, baseFiles, edit, lineOf, regenerated, startCheckWorld } from './check-world.js';

let w: CheckWorld;

beforeEach(async () => {
  w = await startCheckWorld();
});
afterEach(async () => {
  try {
    w.emulator.assertNoValidationErrors();
  } finally {
    await w.stop();
  }
});

const SEVERITIES = 'playbooks/severities.yaml';
const ESCALATION = 'playbooks/escalation.yaml';

/** The bullet lines under "What changes", in order. */
function changeLines(body: string): string[] {
  const section = body.split('### What changes')[1]?.split('### Escalation preview')[0] ?? '';
  return section.split('\n').filter((line) => line.startsWith('- '));
}

/** The rows of the preview table of one severity: time, before, after. */
function previewRows(body: string, title: string): string[][] {
  const section = body.split(`#### ${title}`)[1]?.split('```')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| T+'))
    .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| | \|$/g, '')));
}

function playbookComments(number: number) {
  return w.comments(number).filter((comment) => parseRecordLine(comment.body)?.marker.kind === 'playbook-check');
}

describe('a pull request that breaks a file', () => {
  test('gets annotations on the repository-relative lines and a failing check; the summary lists every diagnostic', async () => {
    const severities = edit(w.base[SEVERITIES], 'response_time: 15m', 'response_time: soon');
    const escalation = edit(w.base[ESCALATION], 'contacts: [senior-engineers, team-leads]', 'contacts: [senior-engineers, team-leeds]');
    const pull = await w.push('broken', { [SEVERITIES]: severities, [ESCALATION]: escalation });
    const run = await w.check(pull);

    expect(run.failed).toBe(true);
    const errors = run.annotations.filter((annotation) => annotation.kind === 'error' && annotation.file !== null);
    expect(errors.map(({ file, line }) => ({ file, line }))).toEqual([
      { file: ESCALATION, line: lineOf(escalation, 'team-leeds') },
      { file: SEVERITIES, line: lineOf(severities, 'response_time: soon') },
    ]);
    // The step's failure names the fix.
    expect(run.annotations.at(-1)?.message).toContain('the playbooks in playbooks have 2 errors');
    expect(run.annotations.at(-1)?.message).toContain('npx playbook-ops validate playbooks');
    expect(run.summary).toContain(`\`${SEVERITIES}:${lineOf(severities, 'response_time: soon')}\``);
    expect(run.summary).toContain(`\`${ESCALATION}:${lineOf(escalation, 'team-leeds')}\``);
    // The comment says so too, and compares nothing it cannot.
    const [comment] = playbookComments(pull.payload.number as number);
    expect(comment?.body).toContain('have **2 errors**');
    expect(comment?.body).toContain('Not compared: the playbooks must be valid first.');
  });

  test('the job summary lists every diagnostic, past the ten GitHub shows per kind', async () => {
    let severities = w.base[SEVERITIES] ?? '';
    for (const [from, to] of [['15m', 'x1'], ['30m', 'x2'], ['2h', 'x3'], ['24h', 'x4']] as const) severities = edit(severities, `response_time: ${from}`, `response_time: ${to}`);
    severities = severities.replaceAll('due_after_resolution: 48h', 'due_after_resolution: later');
    let escalation = w.base[ESCALATION] ?? '';
    for (const [from, to] of [['0m', 'y1'], ['30m', 'y2'], ['1h', 'y3'], ['2h', 'y4']] as const) escalation = edit(escalation, `after: ${from}`, `after: ${to}`);
    for (const [from, to] of [['within: 1h', 'within: z1'], ['within: 30m', 'within: z2']] as const) escalation = edit(escalation, from, to);
    const run = await w.check(await w.push('many', { [SEVERITIES]: severities, [ESCALATION]: escalation }));

    const errors = run.annotations.filter((annotation) => annotation.kind === 'error' && annotation.file !== null);
    expect(errors.length).toBeGreaterThan(10);
    const listed = run.summary.split('\n').filter((line) => /^\| `playbooks\/[a-z-]+\.yaml:\d+` \| error \|/.test(line));
    expect(listed).toHaveLength(errors.length);
  });
});

describe('a pull request that changes the SEV-1 response time and an L2 contact', () => {
  // The form states the response times, so it is regenerated with them, as the check asks.
  const change = (base: Record<string, string>) =>
    regenerated(base, {
      [SEVERITIES]: edit(base[SEVERITIES], 'response_time: 15m', 'response_time: 10m'),
      [ESCALATION]: edit(base[ESCALATION], 'contacts: [senior-engineers, team-leads]', 'contacts: [senior-engineers, engineering-director]'),
    });

  test('gets one comment whose diff and preview name exactly those changes, and a passing check', async () => {
    const pull = await w.push('faster-sev1', await change(w.base));
    const run = await w.check(pull);

    expect(run.failed).toBe(false);
    const comments = playbookComments(pull.payload.number as number);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(comments[0]?.author).toBe(BOT);
    expect(changeLines(body)).toEqual([
      '- SEV-1 response time 15 min → 10 min',
      '- Level 2 (Senior engineers and team leads): now pages Director (@\u200Bdana); no longer pages Team leads (@\u200Bacme/team-leads)',
    ]);
    // SEV-1: acknowledgement within 10 minutes instead of 15, and level 2 pages the director at T+30.
    const rows = previewRows(body, 'SEV-1 (Critical)');
    const row = (time: string): string[] => rows.find((candidate) => candidate[0] === time) ?? [];
    expect(rows.map((candidate) => candidate[0])).toEqual(['T+0 min', 'T+10 min', 'T+15 min', 'T+30 min', 'T+1 h', 'T+1 h 30 min', 'T+2 h']);
    expect(row('T+0 min')[1]).toContain('acknowledge within 15 min');
    expect(row('T+0 min')[2]).toContain('acknowledge within 10 min');
    // The response time runs out 5 minutes sooner.
    expect(row('T+10 min').slice(1)).toEqual(['—', 'Adds the label sla-missed']);
    expect(row('T+15 min').slice(1)).toEqual(['Adds the label sla-missed', '—']);
    expect(row('T+30 min')[1]).toContain('Team leads');
    expect(row('T+30 min')[2]).toContain('Director (@\u200Bdana)');
    expect(row('T+30 min')[2]).not.toContain('Team leads');
    // Nothing else differs between before and after.
    expect(rows.filter((candidate) => candidate[1] !== candidate[2]).map((candidate) => candidate[0])).toEqual(['T+0 min', 'T+10 min', 'T+15 min', 'T+30 min']);
    // Every severity pages level 2, so each changed at the level-2 row only; each has its chart.
    for (const title of ['SEV-2 (High)', 'SEV-3 (Medium)', 'SEV-4 (Low)']) {
      const changed = previewRows(body, title).filter((row) => row[1] !== row[2]);
      expect(changed).toHaveLength(1);
      expect(changed[0]?.[2]).toContain('pages level 2');
    }
    expect(body.match(/```mermaid\ngantt\n/g)).toHaveLength(4);
    expect(body).toContain('section Before');
    // Nobody is pinged by a review comment.
    expect(body).not.toMatch(/(?<![\w\u200B])@(?!\u200B)/);
  });

  test('a second push updates the same comment; a rerun writes nothing', async () => {
    const first = await w.push('faster-sev1', await change(w.base));
    await w.check(first);
    const [posted] = playbookComments(first.payload.number as number);

    const second = await w.push('faster-sev1', await regenerated(first.files, { [SEVERITIES]: edit(first.files[SEVERITIES], 'response_time: 10m', 'response_time: 5m') }));
    expect(second.payload.action).toBe('synchronize');
    const run = await w.check(second);
    const comments = playbookComments(second.payload.number as number);
    expect(comments).toHaveLength(1);
    expect(w.comments(second.payload.number as number)).toHaveLength(1);
    expect(comments[0]?.id).toBe(posted?.id);
    expect(changeLines(comments[0]?.body ?? '')[0]).toBe('- SEV-1 response time 15 min → 5 min');
    expect(run.writes.map((request) => `${request.method} ${String(request.operationId)}`)).toEqual(['PATCH issues/update-comment']);

    const rerun = await w.check(second);
    expect(rerun.writes).toEqual([]);
    expect(playbookComments(second.payload.number as number)).toHaveLength(1);
  });

  test('a marker in someone else\'s comment is not taken for the bot\'s', async () => {
    const pull = await w.push('faster-sev1', await change(w.base));
    const number = pull.payload.number as number;
    w.emulator.seed.comment(`acme/payments`, number, { body: '<!-- playbook-ops:playbook-check -->\nfake', author: 'wendy' });
    await w.check(pull);
    expect(playbookComments(number).map((comment) => comment.author)).toEqual(['wendy', BOT]);
    expect(w.comments(number)[0]?.body).toContain('fake');
  });

  test('a POST that fails after GitHub wrote it leaves one comment', async () => {
    const pull = await w.push('faster-sev1', await change(w.base));
    const number = pull.payload.number as number;
    w.emulator.faults.add({ method: 'POST', path: `/repos/acme/payments/issues/${number}/comments`, afterWrite: true });
    const run = await w.check(pull);
    expect(run.failed).toBe(false);
    expect(playbookComments(number)).toHaveLength(1);
  });
});

describe('a pull request from a fork', () => {
  test('is validated, annotated and summarised without writing, and says so', async () => {
    const severities = edit(w.base[SEVERITIES], 'response_time: 15m', 'response_time: soon');
    const pull = await w.push('from-fork', { [SEVERITIES]: severities }, { fork: true });
    const run = await w.check(pull);

    expect(run.writes).toEqual([]);
    expect(w.comments(pull.payload.number as number)).toEqual([]);
    expect(run.failed).toBe(true);
    expect(run.annotations).toContainEqual(expect.objectContaining({ kind: 'error', file: SEVERITIES, line: lineOf(severities, 'response_time: soon') }));
    expect(run.summary).toContain('No comment could be written: this pull request comes from a fork');
    expect(run.stdout).toContain('::warning::No comment could be written');
  });

  test('a token that may not write (403) still gets its report, and the check passes on valid playbooks', async () => {
    const pull = await w.push('read-only', await regenerated(w.base, { [SEVERITIES]: edit(w.base[SEVERITIES], 'response_time: 15m', 'response_time: 10m') }));
    w.emulator.faults.add({ method: 'POST', path: `/repos/acme/payments/issues/${pull.payload.number as number}/comments`, status: 403 });
    const run = await w.check(pull);
    expect(run.failed).toBe(false);
    expect(run.summary).toContain('No comment could be written: the workflow token may not write to this pull request');
    expect(run.summary).toContain('SEV-1 response time 15 min → 10 min');
  });
});

describe('generated files out of date with the playbooks', () => {
  test('owners changed without regenerating CODEOWNERS fail the check, naming the command', async () => {
    const severities = edit(w.base[SEVERITIES], 'owners: ["[Owner]"]', 'owners: ["@acme/sre"]');
    const run = await w.check(await w.push('new-owner', { [SEVERITIES]: severities }));
    expect(run.failed).toBe(true);
    expect(run.annotations.at(-1)?.message).toContain('.github/CODEOWNERS is out of date with the playbooks: run `npx playbook-ops codeowners playbooks --out .github/CODEOWNERS`');
    expect(run.annotations).toContainEqual(expect.objectContaining({ kind: 'error', file: '.github/CODEOWNERS', line: 1 }));
    expect(run.summary).toContain('severities.yaml: owners added: @\u200Bacme/sre');
  });

  test('a renamed severity without regenerating the issue form fails the check, naming the command', async () => {
    const severities = edit(w.base[SEVERITIES], 'name: Critical', 'name: Critical outage');
    const run = await w.check(await w.push('renamed', { [SEVERITIES]: severities }));
    expect(run.failed).toBe(true);
    expect(run.annotations.at(-1)?.message).toContain('.github/ISSUE_TEMPLATE/incident.yml is out of date with the playbooks: run `npx playbook-ops issue-form playbooks --out .github/ISSUE_TEMPLATE/incident.yml`');
    expect(run.annotations.at(-1)?.message).not.toContain('CODEOWNERS');
  });

  test('regenerated files pass', async () => {
    const pull = await w.push('unchanged', { 'README.md': 'hello\n' });
    const run = await w.check(pull);
    expect(run.failed).toBe(false);
    const [comment] = playbookComments(pull.payload.number as number);
    expect(comment?.body).toContain('No change in meaning');
    expect(comment?.body).toContain('No severity escalates differently.');
  });
});

describe('a pull request that adopts playbook-ops', () => {
  test('has no base set to compare with: it says so, previews the new set alone, and passes', async () => {
    await w.stop();
    w = await startCheckWorld({ main: { 'README.md': 'payments\n' } });
    const pull = await w.push('adopt', await baseFiles());
    const run = await w.check(pull);

    expect(run.failed).toBe(false);
    const [comment] = playbookComments(pull.payload.number as number);
    expect(comment?.body).toMatch(/Nothing to compare with at the base \(`[0-9a-f]{7}`\): there are no playbooks in playbooks at [0-9a-f]{7}, the base of this pull request/);
    const rows = previewRows(comment?.body ?? '', 'SEV-1 (Critical)');
    expect(rows[0]?.[1]).toBe('—');
    expect(rows[0]?.[2]).toContain('Pages level 1');
  });
});
