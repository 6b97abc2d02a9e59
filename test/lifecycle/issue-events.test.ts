/** Each `issues` event, over HTTP: what the run after it leaves on the issue and in its thread. */
import { describe, expect, it } from 'vitest';
import { PEOPLE, declare, useWorld } from './harness.js';
import { mentions } from './mentions.js';

const world = useWorld();

describe('issues.opened', () => {
  it('declares the incident from the form: severity and scenario labels, one page, then the card', async () => {
    const w = world();
    const opened = await w.open(PEOPLE.write, {
      severity: 1,
      scenario: 'Service Outage',
      services: 'payments-api, checkout',
      summary: 'Card payments fail with HTTP 503.\n\n### Scenario\n\nNot a field: quoted from a log\n\n```\nPOST /v2/payments 503\n```',
      started: '2026-11-27 02:55 UTC',
    });
    const { results, writes } = await w.run(opened);

    expect(results).toEqual([
      {
        incident: opened.number,
        severity: 'sev-1',
        status: 'detection',
        effects: ['add labels sev-1, scenario:service-outage', 'comment page:sev-1', 'update the incident card'],
        // The SEV-1's 15-minute response time.
        due: '2026-11-27T03:16:00Z',
      },
    ]);
    expect(writes.map((request) => `${request.method} ${request.path}`)).toEqual([
      `POST /repos/acme/payments/issues/${opened.number}/labels`,
      `POST /repos/acme/payments/issues/${opened.number}/comments`,
      `POST /repos/acme/payments/issues/${opened.number}/comments`,
    ]);
    const after = w.snapshot(opened.number);
    expect(after.labels).toEqual(['incident', 'scenario:service-outage', 'sev-1']);
    expect(after.state).toBe('open');
    expect(w.botComments(opened.number).map((comment) => comment.marker)).toEqual(['page:sev-1', 'card']);

    const card = w.card(opened.number);
    expect(card).toContain('## 🚨 SEV-1 (Critical) · Detection and Alerting');
    expect(card).toContain('| Scenario | Service Outage |');
    expect(card).toContain('| Affected services | payments-api, checkout |');
    expect(card).toContain('| Started | 2026-11-27 02:55 UTC |');
    expect(card).toContain('Respond by **03:16 UTC** (15 min)');
    expect(card).toContain('### Response steps: Service Outage');
    expect(card).toContain('- [ ] Review application logs for errors');
    expect(card).toContain('Not a field: quoted from a log');
    expect(card).toContain(`[c0ffee0](<https://github.com/acme/payments/tree/c0ffee0000000000000000000000000000000001/playbooks>)`);
    expect(card.startsWith('<!-- playbook-ops:card pin=c0ffee0000000000000000000000000000000001,declared=sev-1,reporter=trusted,digest=')).toBe(true);

    const page = w.botComments(opened.number)[0]!.body;
    expect(page).toContain('### 📟 SEV-1 (Critical): paging');
    expect(page).toContain('**Level 1, On-call engineer:** @priya, @sam');
    expect(page).toContain('**CTO/VP Engineering notification by 2026-11-27 03:31 UTC:** @chen, @ravi');
    expect(mentions(page).sort()).toEqual(['@chen', '@priya', '@ravi', '@sam']);
  });

  it('declares an incident opened without a severity: the first level is asked once to set one, management is not paged', async () => {
    const w = world();
    const opened = await w.open(PEOPLE.write, { scenario: 'Other / not sure', summary: 'Something is off' });
    const { results } = await w.run(opened);
    expect(results[0]).toMatchObject({ severity: null, effects: ['comment severity-request', 'update the incident card'] });
    expect(w.snapshot(opened.number).labels).toEqual(['incident']);
    expect(w.botComments(opened.number).map((comment) => comment.marker)).toEqual(['severity-request', 'card']);
    const request = w.botComments(opened.number)[0]?.body ?? '';
    expect(mentions(request).sort()).toEqual(['@priya', '@sam']);
    expect(request).toContain('SEV-1 (Critical), SEV-2 (High), SEV-3 (Medium), SEV-4 (Low)');
    expect(w.card(opened.number)).toContain('| Severity | **not set**: add a `sev-N` label or comment `/sev N` |');
    expect((await w.run(w.dispatch(opened.number))).writes).toEqual([]);
  });
});

describe('issues.edited', () => {
  it('a changed scenario in the form moves the scenario label and the card’s response steps', async () => {
    const w = world();
    const number = await declare(w, 2);
    const edited = await w.edit(PEOPLE.write, number, { severity: 2, scenario: 'Performance Degradation', summary: 'Checkout is slow, not down.' });
    const { results } = await w.run(edited);

    expect(results[0]?.severity).toBe('sev-2');
    expect(w.snapshot(number).labels).toEqual(['incident', 'scenario:performance-degradation', 'sev-2']);
    const card = w.card(number);
    expect(card).toContain('| Scenario | Performance Degradation |');
    expect(card).toContain('### Response steps: Performance Degradation');
    expect(card).not.toContain('### Response steps: Service Outage');
    expect(card).toContain('Checkout is slow, not down.');
    expect(w.botComments(number).map((comment) => comment.marker)).toEqual(['page:sev-2', 'card']);
  });
  it('an edit of the form’s severity after declaration changes nothing: no back-dated severity, no page', async () => {
    const w = world();
    const number = await declare(w, 3);
    const edited = await w.edit(PEOPLE.write, number, { severity: 1, scenario: 'Service Outage', summary: 'Now it looks worse.' });
    const { results } = await w.run(edited);

    expect(results[0]).toMatchObject({ severity: 'sev-3', effects: ['update the incident card'] });
    expect(w.snapshot(number).labels).toEqual(['incident', 'scenario:service-outage', 'sev-3']);
    expect(w.botComments(number).map((comment) => comment.marker)).toEqual(['page:sev-3', 'card']);
    const card = w.card(number);
    expect(card).toContain('## 🚨 SEV-3 (Medium)');
    expect(card).toContain('Now it looks worse.');
    expect(card).toContain('| 03:01 UTC | wendy | Severity set to SEV-3 (Medium) |');
    expect(card).not.toContain('SEV-1');
  });
});

describe('issues.labeled', () => {
  it('raising the severity by label pages the new severity’s contacts once and keeps one severity label', async () => {
    const w = world();
    const number = await declare(w, 3);
    expect(w.botComments(number).map((comment) => comment.marker)).toEqual(['page:sev-3', 'card']);
    const labeled = await w.label(PEOPLE.triage, number, 'sev-1');
    const { results } = await w.run(labeled);

    expect(results[0]?.severity).toBe('sev-1');
    expect(w.snapshot(number).labels).toEqual(['incident', 'scenario:service-outage', 'sev-1']);
    const markers = w.botComments(number).map((comment) => comment.marker);
    expect(markers.filter((marker) => marker === 'page:sev-1')).toHaveLength(1);
    expect(markers).toEqual(['page:sev-3', 'card', expect.stringMatching(/^label-note:\d+$/), 'page:sev-1']);
    const page = w.botComments(number).find((comment) => comment.marker === 'page:sev-1')!.body;
    expect(page).toContain('tom set this incident to SEV-1');
    expect(mentions(page).sort()).toEqual(['@chen', '@priya', '@ravi', '@sam']);
    const note = w.botComments(number).find((comment) => comment.marker.startsWith('label-note:'))!.body;
    expect(note).toContain('Kept **sev-1**, the one tom added last; removed sev-3.');
    const card = w.card(number);
    expect(card).toContain('## 🚨 SEV-1 (Critical)');
    expect(card).toContain('| 03:02 UTC | tom | Raised to SEV-1 (Critical) |');
  });

  it('lowering the severity by label records it and pages nobody', async () => {
    const w = world();
    const number = await declare(w, 1);
    const labeled = await w.label(PEOPLE.write, number, 'sev-3');
    const { results } = await w.run(labeled);

    expect(results[0]?.severity).toBe('sev-3');
    expect(w.snapshot(number).labels).toEqual(['incident', 'scenario:service-outage', 'sev-3']);
    const markers = w.botComments(number).map((comment) => comment.marker);
    expect(markers.filter((marker) => marker.startsWith('page:'))).toEqual(['page:sev-1']);
    const card = w.card(number);
    expect(card).toContain('## 🚨 SEV-3 (Medium)');
    expect(card).toContain('| 03:02 UTC | wendy | Lowered to SEV-3 (Medium) |');
    expect(card).toContain('- 03:01 UTC: SEV-1 (Critical): paged On-call engineer and CTO/VP Engineering notification');
  });
});

describe('issues.unlabeled', () => {
  it('removing the only severity label does not unset the severity: the label comes back, nobody is paged', async () => {
    const w = world();
    const number = await declare(w, 2);
    const cardBefore = w.card(number);
    const unlabeled = await w.unlabel(PEOPLE.write, number, 'sev-2');
    const { results, writes } = await w.run(unlabeled);

    expect(results[0]).toMatchObject({ severity: 'sev-2', effects: ['add labels sev-2'] });
    expect(writes.map((request) => request.method)).toEqual(['POST']);
    expect(w.snapshot(number).labels).toEqual(['incident', 'scenario:service-outage', 'sev-2']);
    expect(w.card(number)).toBe(cardBefore);
    expect(w.botComments(number).map((comment) => comment.marker)).toEqual(['page:sev-2', 'card']);
  });

  it('removing the incident label ends the incident handling: a notice, and no writes', async () => {
    const w = world();
    const number = await declare(w, 2);
    const unlabeled = await w.unlabel(PEOPLE.write, number, 'incident');
    const { results, writes } = await w.run(unlabeled);
    expect(results).toEqual([]);
    expect(writes).toEqual([]);
    expect(w.log.info).toContain(`#${number} is not an incident (no "incident" label); nothing to do.`);
  });
});

describe('issues.assigned and issues.unassigned', () => {
  it('assigning someone by hand changes no role and makes no write', async () => {
    const w = world();
    const number = await declare(w, 2);
    const cardBefore = w.card(number);
    const assigned = await w.assign(PEOPLE.write, number, PEOPLE.admin);
    const { results, writes } = await w.run(assigned);
    expect(results[0]?.effects).toEqual([]);
    expect(writes).toEqual([]);
    expect(w.snapshot(number).assignees).toEqual([PEOPLE.admin]);
    expect(w.card(number)).toBe(cardBefore);
    expect(cardBefore).toContain('| Incident Commander | _unassigned_: `/ic @user` |');
  });

  it('the bot assigns the Incident Commander once; unassigning them by hand is respected', async () => {
    const w = world();
    const number = await declare(w, 2);
    await w.run(await w.comment(PEOPLE.write, number, '/ic @mona'));
    expect(w.snapshot(number).assignees).toEqual([PEOPLE.maintain]);

    const unassigned = await w.unassign(PEOPLE.maintain, number, PEOPLE.maintain);
    const { results, writes } = await w.run(unassigned);
    expect(results[0]?.effects).toEqual([]);
    expect(writes).toEqual([]);
    expect(w.snapshot(number).assignees).toEqual([]);
    expect(w.card(number)).toContain('| Incident Commander | mona |');
  });
});

describe('issues.closed and issues.reopened', () => {
  it('closing the issue resolves the incident; reopening it reopens the incident', async () => {
    const w = world();
    const number = await declare(w, 1);
    const closed = await w.close(PEOPLE.triage, number);
    const afterClose = await w.run(closed);

    expect(afterClose.results[0]).toMatchObject({
      status: 'resolved',
      effects: ['update the incident card', 'add labels postmortem-pending', 'open the post-mortem pull request (postmortems/2026-11-27-1-checkout-payments-failing.md): #2'],
    });
    expect(w.snapshot(number).state).toBe('closed');
    expect(w.card(number)).toContain('## ✅ Resolved: SEV-1 (Critical)');
    expect(w.card(number)).toContain('| Status | Resolved at 03:02 UTC by tom |');
    expect(w.card(number)).toContain('| 03:02 UTC | tom | Resolved (issue closed) |');

    const reopened = await w.reopen(PEOPLE.triage, number);
    const afterReopen = await w.run(reopened);
    expect(afterReopen.results[0]).toMatchObject({ status: 'detection', effects: ['update the incident card', 'remove label postmortem-pending'] });
    expect(w.snapshot(number).state).toBe('open');
    const card = w.card(number);
    expect(card).toContain('## 🚨 SEV-1 (Critical) · Detection and Alerting');
    expect(card).toContain('| 03:03 UTC | tom | Reopened |');
    expect(w.botComments(number).filter((comment) => comment.marker.startsWith('page:'))).toHaveLength(1);
  });
});
