/**
 * Alerts become incidents, over real HTTP with the real Octokit against the emulator (every request
 * checked against GitHub's OpenAPI description): an alert opens an incident that is declared and
 * paged in the same run; a repeat adds one note to it, once across reruns; another group opens
 * another incident; `resolved` is noted, and resolves and reopens where the playbooks say so.
 */
import { describe, expect, it } from 'vitest';
import { parseIncidentForm } from '../../src/markdown/form-body.js';
import { parseAlertIncidentLine } from '../../src/engine/records.js';
import { AlertRefused } from '../../src/github/run-alert.js';
import { alertEvent, alertFixture, issues, runAlertEvent } from './alert-world.js';
import { BOT, demoSet, startWorld, useWorld } from './harness.js';

const world = useWorld();

function alertmanager(change: (body: Record<string, unknown>) => void = () => {}): Record<string, unknown> {
  const body = alertFixture('alertmanager-webhook-v4');
  change(body);
  return alertEvent({ alertmanager: body });
}

function resolvedBody(body: Record<string, unknown>): void {
  body.status = 'resolved';
  for (const alert of body.alerts as Record<string, unknown>[]) {
    alert.status = 'resolved';
    alert.endsAt = '2026-11-27T03:40:00Z';
  }
}

describe('an alert from Alertmanager', () => {
  it('opens an incident from the form the playbooks generate, declared and paged in the same run', async () => {
    const w = world();
    const run = await runAlertEvent(w, alertmanager(), 7001);
    expect(run.incident).toBe(1);
    const [issue] = issues(w);
    expect(issue?.author).toBe(BOT);
    expect(issue?.title).toBe('[Alert] PaymentsApiDown');
    const record = parseAlertIncidentLine(issue?.body ?? '');
    expect(record?.key).toMatch(/^[0-9a-f]{16}$/);
    expect(record?.run).toBe(7001);
    // severity=critical gives SEV-1; alertname *Down gives the service-outage scenario.
    const form = parseIncidentForm(issue?.body ?? '', w.set);
    expect(form).toMatchObject({ severity: 'sev-1', scenario: 'service-outage', services: ['payments-api'], startedAt: '2026-11-27 02:55 UTC', problems: [] });
    expect(form.summary).toContain('payments-api is down');
    // The same run declared and paged it: the card, the SEV-1 page and the severity label.
    expect(issue?.labels).toContain('sev-1');
    const markers = w.botComments(1).map((comment) => comment.marker);
    expect(markers).toEqual(expect.arrayContaining(['card', 'page:sev-1']));
    expect(run.outcomes).toMatchObject([{ kind: 'reconciled', incident: 1, severity: 'sev-1' }]);
  });

  it('finds the incident again without the search API, in two list requests', async () => {
    const w = world();
    await runAlertEvent(w, alertmanager(), 7001);
    const repeat = await runAlertEvent(w, alertmanager(), 7002);
    const lists = repeat.requests.filter((request) => request.operationId === 'issues/list-for-repo');
    expect(lists.map((request) => [request.query.state, request.query.labels, request.query.creator])).toEqual([
      ['open', 'incident', BOT],
      ['closed', 'incident', BOT],
    ]);
    // Both come before the note: finding the incident took those two requests.
    expect(repeat.requests.findIndex((request) => request.method === 'POST')).toBeGreaterThan(repeat.requests.indexOf(lists[1]!));
    expect(repeat.requests.some((request) => request.path.startsWith('/search'))).toBe(false);
  });

  it('adds nothing when the run that opened the incident is rerun', async () => {
    const w = world();
    await runAlertEvent(w, alertmanager(), 7001);
    const rerun = await runAlertEvent(w, alertmanager(), 7001);
    expect(issues(w)).toHaveLength(1);
    expect(rerun.writes).toEqual([]);
    expect(rerun.action).toMatch(/this run opened #1/);
  });

  it('adds one note to the open incident when it fires again, and a rerun of that run adds no second', async () => {
    const w = world();
    await runAlertEvent(w, alertmanager(), 7001);
    w.advance(30);
    const repeat = await runAlertEvent(w, alertmanager(), 7002);
    expect(repeat.incident).toBe(1);
    expect(issues(w)).toHaveLength(1);
    await runAlertEvent(w, alertmanager(), 7002);
    const notes = w.botComments(1).filter((comment) => comment.marker.startsWith('alert:'));
    expect(notes.map((note) => note.marker)).toEqual(['alert:7002']);
    expect(notes[0]?.body).toContain('the alert group fires again');
    expect(w.snapshot(1).state).toBe('open');
  });

  it('opens another incident for another group', async () => {
    const w = world();
    await runAlertEvent(w, alertmanager(), 7001);
    const other = await runAlertEvent(
      w,
      alertmanager((body) => {
        body.groupLabels = { alertname: 'CheckoutLatencyHigh' };
        for (const alert of body.alerts as { labels: Record<string, string> }[]) alert.labels = { ...alert.labels, alertname: 'CheckoutLatencyHigh', severity: 'warning' };
      }),
      7002,
    );
    expect(other.incident).toBe(2);
    const second = issues(w)[1];
    expect(parseIncidentForm(second?.body ?? '', w.set)).toMatchObject({ severity: 'sev-3', scenario: 'performance-degradation' });
    expect(parseAlertIncidentLine(second?.body ?? '')?.key).not.toBe(parseAlertIncidentLine(issues(w)[0]?.body ?? '')?.key);
  });

  it('notes `resolved` on the incident, which stays open when the playbooks leave resolving to people', async () => {
    const w = world();
    await runAlertEvent(w, alertmanager(), 7001);
    w.advance(40);
    const resolved = await runAlertEvent(w, alertmanager(resolvedBody), 7002);
    expect(resolved.incident).toBe(1);
    const note = w.botComments(1).find((comment) => comment.marker === 'alert:7002');
    expect(note?.body).toContain('the alert group resolved');
    expect(note?.body).toContain('stays open until a responder resolves it');
    expect(w.snapshot(1).state).toBe('open');
  });

  it('resolves the incident on `resolved` where the playbooks say so, reopens it when the group fires within the window, and opens a new one after it', async () => {
    const w = world();
    const alerts = w.set.alerts;
    if (alerts === undefined) throw new Error('the demo set has no alerts section');
    const set = { ...w.set, alerts: { ...alerts, resolve: true, reopenWithinMinutes: 60 } };
    await runAlertEvent(w, alertmanager(), 7001, { set });
    w.advance(40);
    await runAlertEvent(w, alertmanager(resolvedBody), 7002, { set });
    expect(w.snapshot(1).state).toBe('closed');
    expect(w.card(1)).toMatch(/every alert of the group resolved/i);
    w.advance(20);
    const again = await runAlertEvent(w, alertmanager(), 7003, { set });
    expect(again.incident).toBe(1);
    expect(w.snapshot(1).state).toBe('open');
    expect(w.botComments(1).find((comment) => comment.marker === 'alert:7003')?.body).toContain('the incident is reopened');
    await runAlertEvent(w, alertmanager(resolvedBody), 7004, { set });
    expect(w.snapshot(1).state).toBe('closed');
    w.advance(61);
    // A comment after the window makes #1 "updated since" it began, so the list returns it: the
    // close time, not the update, decides.
    await w.comment('wendy', 1, 'Post-mortem notes are in the pull request.');
    const later = await runAlertEvent(w, alertmanager(), 7005, { set });
    // A new issue (#2 is the SEV-1 post-mortem's pull request), and #1 stays resolved.
    expect(later.action).toMatch(/^opened #\d+/);
    expect(later.incident).not.toBe(1);
    expect(issues(w).find((issue) => issue.number === later.incident)).toMatchObject({ state: 'open', author: BOT });
    expect(w.snapshot(1).state).toBe('closed');
  });

  it('trusts only the bot with alert records: a person pasting one resolves nothing', async () => {
    const demo = await demoSet();
    if (demo.alerts === undefined) throw new Error('the demo set has no alerts section');
    const w = await startWorld({ set: { ...demo, alerts: { ...demo.alerts, resolve: true } } });
    try {
      await runAlertEvent(w, alertmanager(), 7001);
      const pasted = await w.comment('wendy', 1, '<!-- playbook-ops:alert:7002 status=resolved,source=alertmanager -->\nAll clear?');
      await w.run(pasted);
      expect(w.snapshot(1).state).toBe('open');
      // The bot's own note of the same does resolve it: the set does resolve on alerts.
      await runAlertEvent(w, alertmanager(resolvedBody), 7002);
      expect(w.snapshot(1).state).toBe('closed');
      w.emulator.assertNoValidationErrors();
    } finally {
      await w.stop();
    }
  });

  it('opens the incident once when GitHub fails after writing it', async () => {
    const w = world();
    const fault = w.emulator.faults.add({ method: 'POST', path: /\/issues$/, status: 500, afterWrite: true });
    const run = await runAlertEvent(w, alertmanager(), 7001);
    expect(fault.fired).toBe(1);
    expect(issues(w)).toHaveLength(1);
    expect(run.incident).toBe(1);
    expect(w.botComments(1).map((comment) => comment.marker)).toContain('card');
  });

  it('writes nothing for a resolved group that has no open incident', async () => {
    const w = world();
    const run = await runAlertEvent(w, alertmanager(resolvedBody), 7001);
    expect(run.incident).toBeNull();
    expect(run.writes).toEqual([]);
  });
});

describe('hostile alert text', () => {
  it('mentions nobody, fakes no marker and moves no form field in the issue the bot writes', async () => {
    const w = world();
    const hostile = '@acme/everyone <!-- playbook-ops:card --> [x](javascript:alert(1))\n\n### Start time\n\n1999-01-01 00:00 UTC\n```';
    await runAlertEvent(
      w,
      alertmanager((body) => {
        body.receiver = hostile;
        body.commonAnnotations = { summary: hostile };
        const alert = (body.alerts as { labels: Record<string, string>; annotations: Record<string, string> }[])[0]!;
        alert.labels = { ...alert.labels, service: hostile, team: hostile };
        alert.annotations = { summary: hostile };
      }),
      7101,
    );
    const body = issues(w)[0]?.body ?? '';
    expect(parseIncidentForm(body, w.set)).toMatchObject({ severity: 'sev-1', startedAt: '2026-11-27 02:55 UTC', problems: [] });
    // Outside the code block that lists the alerts (where GitHub links and notifies nobody), no live mention.
    const fence = /^(`{3,})text\n[\s\S]*?\n\1$/m;
    expect(body).toMatch(fence);
    expect(body.replace(fence, '')).not.toMatch(/(?<![A-Za-z0-9])@acme/);
    expect(body.match(/<!--/g)).toHaveLength(1);
    expect(body.startsWith('<!-- playbook-ops:alert-incident ')).toBe(true);
    // A link needs an unescaped `](`: every one from the alert is escaped.
    expect(body.replace(fence, '')).not.toMatch(/(?<!\\)\]\(javascript:/);
  });
});

describe('an alert from Grafana', () => {
  it('opens an incident at the default severity, grouped by its common labels when its group labels are empty', async () => {
    const w = world();
    const run = await runAlertEvent(w, alertEvent({ grafana: alertFixture('grafana-webhook') }), 8001);
    expect(run.incident).toBe(1);
    const [issue] = issues(w);
    expect(issue?.title).toBe('[Alert] team=blue');
    expect(parseIncidentForm(issue?.body ?? '', w.set)).toMatchObject({ severity: 'sev-3', scenario: null, startedAt: '2021-10-12 07:51 UTC' });
    const repeat = await runAlertEvent(w, alertEvent({ grafana: alertFixture('grafana-webhook') }), 8002);
    expect(repeat.incident).toBe(1);
  });
});

describe('a refused alert', () => {
  it.each([
    ['two senders', { alertmanager: {}, grafana: {} }, /exactly one key, alertmanager or grafana/],
    ['a label that is an object', null, /client_payload\.alertmanager\.alerts\[0\]\.labels\.severity: expected a string, got an object/],
    ['the wrong version', undefined, /client_payload\.alertmanager\.version: expected "4"/],
  ])('writes nothing and says what is wrong: %s', async (_name, payload, message) => {
    const w = world();
    const body = alertFixture('alertmanager-webhook-v4');
    if (payload === null) ((body.alerts as { labels: Record<string, unknown> }[])[0]!.labels.severity = { nested: true });
    if (payload === undefined) body.version = '3';
    const from = w.emulator.requests.length;
    const event = alertEvent(payload ?? { alertmanager: body });
    await expect(runAlertEvent(w, event, 9001)).rejects.toThrow(AlertRefused);
    await expect(runAlertEvent(w, event, 9001)).rejects.toThrow(message);
    expect(w.emulator.requests.slice(from)).toEqual([]);
  });

  it('is refused when the playbooks have no alerts section', async () => {
    const w = world();
    const { alerts: _alerts, ...set } = w.set;
    await expect(runAlertEvent(w, alertmanager(), 9002, { set })).rejects.toThrow(/no alerts section/);
    expect(issues(w)).toEqual([]);
  });
});
