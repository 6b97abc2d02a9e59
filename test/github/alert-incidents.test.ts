/**
 * The bot's alert incidents (src/github/alert-incidents.ts): which issues count as one and with
 * which list requests they are found, and how an incident is opened once however GitHub fails.
 */
import { describe, expect, it } from 'vitest';
import { formatAlertIncidentLine } from '../../src/engine/records.js';
import { findAlertIncidents, openAlertIncident } from '../../src/github/alert-incidents.js';
import { BOT, FULL_NAME, type GitHubWorld, T0, useGitHub } from './sweep-world.js';

const world = useGitHub();
const KEY = '0123456789abcdef';
const OTHER_KEY = 'fedcba9876543210';
const record = (key: string, run: number): string => `${formatAlertIncidentLine({ key, run })}\n### Severity\n\nSEV-1\n`;

function where(w: GitHubWorld) {
  return { octokit: w.octokit, repo: w.repo, incidentLabel: 'incident', botLogin: BOT, log: w.logger };
}

function minutesAfterT0(minutes: number): string {
  return new Date(Date.parse(T0) + minutes * 60_000).toISOString().replace('.000Z', 'Z');
}

const DRAFT = { title: '[Alert] PaymentsApiDown', body: record(KEY, 7001), labels: ['incident', 'sev-1'] };
const CREATE = `POST /repos/${FULL_NAME}/issues`;
const LIST = `GET /repos/${FULL_NAME}/issues`;

describe('finding the bot’s alert incidents', () => {
  it('lists open ones and those closed since the window began, in two requests, keeping only issues the bot opened with a record', async () => {
    const w = world();
    const seed = w.emulator.seed;
    const open = seed.issue(FULL_NAME, { title: 'open', author: BOT, body: record(KEY, 7001), labels: ['incident'] });
    const closed = seed.issue(FULL_NAME, { title: 'closed lately', author: BOT, body: record(OTHER_KEY, 7002), labels: ['incident'], at: minutesAfterT0(-90) });
    seed.close(FULL_NAME, closed.number, { actor: BOT, at: minutesAfterT0(-10) });
    const old = seed.issue(FULL_NAME, { title: 'closed long ago', author: BOT, body: record(KEY, 7000), labels: ['incident'], at: minutesAfterT0(-200) });
    seed.close(FULL_NAME, old.number, { actor: BOT, at: minutesAfterT0(-120) });
    seed.issue(FULL_NAME, { title: 'no record', author: BOT, body: 'Opened by hand through the bot', labels: ['incident'] });
    seed.issue(FULL_NAME, { title: 'no body', author: BOT, body: null, labels: ['incident'] });
    seed.issue(FULL_NAME, { title: 'not an incident', author: BOT, body: record(KEY, 7003) });
    seed.issue(FULL_NAME, { title: 'a person’s', author: 'wendy', body: record(KEY, 7004), labels: ['incident'] });

    const found = await findAlertIncidents(where(w), '2026-11-27T02:00:00.000Z');

    expect(found).toEqual([
      { number: open.number, state: 'open', closedAt: null, record: { key: KEY, run: 7001 } },
      { number: closed.number, state: 'closed', closedAt: minutesAfterT0(-10), record: { key: OTHER_KEY, run: 7002 } },
    ]);
    expect(w.calls()).toEqual([LIST, LIST]);
    const common = { labels: 'incident', creator: BOT, per_page: '100' };
    expect(w.emulator.requests.map((request) => request.query)).toEqual([
      { ...common, state: 'open' },
      { ...common, state: 'closed', since: '2026-11-27T02:00:00Z' },
    ]);
  });

  it('trusts no issue but the bot’s, even one the list returns', async () => {
    const w = world();
    w.emulator.seed.issue(FULL_NAME, { title: 'a person’s', author: 'wendy', body: record(KEY, 7004), labels: ['incident'] });
    // As if GitHub ignored the creator filter: the author check is the bot's own.
    w.octokit.hook.before('request', (options) => {
      options.url = options.url.replace(/creator=[^&]*&?/u, '');
    });
    expect(await findAlertIncidents(where(w), T0)).toEqual([]);
    expect(w.emulator.requests.map((request) => request.query.creator)).toEqual([undefined, undefined]);
  });

  it('skips an issue whose author GitHub no longer names', async () => {
    const w = world();
    w.emulator.seed.issue(FULL_NAME, { title: 'open', author: BOT, body: record(KEY, 7001), labels: ['incident'] });
    w.octokit.hook.wrap('request', async (request, options) => {
      const response = await request(options);
      for (const issue of response.data as { user: unknown }[]) issue.user = null;
      return response;
    });
    expect(await findAlertIncidents(where(w), T0)).toEqual([]);
  });

  it('leaves out pull requests the bot opened with a record', async () => {
    const w = world();
    w.emulator.seed.commit(FULL_NAME, 'fix', { 'fix.txt': 'fixed\n' });
    const { data: pull } = await w.octokit.rest.pulls.create({ ...w.repo, head: 'fix', base: 'main', title: 'Fix', body: record(KEY, 7001) });
    w.emulator.seed.addLabels(FULL_NAME, pull.number, ['incident']);
    const from = w.emulator.requests.length;
    expect(await findAlertIncidents(where(w), T0)).toEqual([]);
    expect((w.emulator.requests[from]?.responseBody as unknown[]).length).toBe(1);
  });
});

describe('opening an alert incident', () => {
  it('takes one request and answers the new issue’s number', async () => {
    const w = world();
    w.emulator.seed.issue(FULL_NAME, { title: 'earlier' });
    expect(await openAlertIncident(where(w), DRAFT, { key: KEY, run: 7001 })).toBe(2);
    expect(w.calls()).toEqual([CREATE]);
    expect(w.emulator.requests[0]?.requestBody).toEqual({ title: DRAFT.title, body: DRAFT.body, labels: DRAFT.labels });
    expect(w.log.warning).toEqual([]);
  });

  it('after a server error that wrote the issue, finds it instead of opening a second', async () => {
    const w = world();
    w.emulator.faults.add({ method: 'POST', path: `/repos/${FULL_NAME}/issues`, afterWrite: true });
    expect(await openAlertIncident(where(w), DRAFT, { key: KEY, run: 7001 })).toBe(1);
    expect(w.calls()).toEqual([CREATE, LIST, LIST]);
    expect(w.emulator.state.repos[FULL_NAME]?.issues).toHaveLength(1);
    expect(w.log.warning).toEqual(['Opening the incident for the alert failed (Server Error - https://docs.github.com/rest); checking whether it was opened before retrying.']);
    // Every issue since the epoch: one closed at once is still this run's.
    expect(w.emulator.requests[2]?.query.since).toBe('1970-01-01T00:00:00Z');
  });

  it('after a server error that wrote nothing, opens it again (the retry plugin never repeats the POST)', async () => {
    const w = world();
    w.emulator.faults.add({ method: 'POST', path: `/repos/${FULL_NAME}/issues`, status: 502 });
    expect(await openAlertIncident(where(w), DRAFT, { key: KEY, run: 7001 })).toBe(1);
    expect(w.calls()).toEqual([CREATE, LIST, LIST, CREATE]);
  });

  it('takes only an open issue of the same key and run for the one it opened', async () => {
    const w = world();
    const seed = w.emulator.seed;
    seed.issue(FULL_NAME, { title: 'other run', author: BOT, body: record(KEY, 7000), labels: ['incident'] });
    seed.issue(FULL_NAME, { title: 'other group', author: BOT, body: record(OTHER_KEY, 7001), labels: ['incident'] });
    const closed = seed.issue(FULL_NAME, { title: 'closed', author: BOT, body: record(KEY, 7001), labels: ['incident'] });
    seed.close(FULL_NAME, closed.number, { actor: BOT });
    w.emulator.faults.add({ method: 'POST', path: `/repos/${FULL_NAME}/issues`, status: 502 });
    expect(await openAlertIncident(where(w), DRAFT, { key: KEY, run: 7001 })).toBe(4);
  });

  it('gives up after four server errors, with the last one', async () => {
    const w = world();
    w.emulator.faults.add({ method: 'POST', path: `/repos/${FULL_NAME}/issues`, status: 503, times: 4 });
    await expect(openAlertIncident(where(w), DRAFT, { key: KEY, run: 7001 })).rejects.toMatchObject({ status: 503 });
    expect(w.calls().filter((call) => call === CREATE)).toHaveLength(4);
    expect(w.log.warning).toHaveLength(3);
    expect(w.emulator.state.repos[FULL_NAME]?.issues).toEqual([]);
  });

  it('fails at once on a refusal another try cannot change', async () => {
    const w = world();
    w.emulator.faults.add({ method: 'POST', path: `/repos/${FULL_NAME}/issues`, status: 422 });
    await expect(openAlertIncident(where(w), DRAFT, { key: KEY, run: 7001 })).rejects.toMatchObject({ status: 422 });
    expect(w.calls()).toEqual([CREATE]);
    expect(w.log.warning).toEqual([]);
  });

  it('fails at once on an error that is not GitHub’s answer', async () => {
    const w = world();
    w.octokit.hook.before('request', () => {
      throw new TypeError('fetch failed');
    });
    await expect(openAlertIncident(where(w), DRAFT, { key: KEY, run: 7001 })).rejects.toThrow('fetch failed');
    expect(w.log.warning).toEqual([]);
  });
});
