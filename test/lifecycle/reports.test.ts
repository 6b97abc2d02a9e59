/**
 * Who may declare and who may close. An incident opened by someone below the minimum permission
 * (on a public repository: anyone) is a report: the first technical level is asked to triage, no
 * severity counts and management is not paged until a permitted user confirms it. A close by such a
 * user does not resolve: the issue is reopened with a note.
 */
import { describe, expect, it } from 'vitest';
import { mentions } from './mentions.js';
import { PEOPLE, declare, useWorld } from './harness.js';

const world = useWorld();
const SEV1 = { severity: 1, scenario: 'Service Outage', services: 'payments-api', summary: 'Payments fail.' } as const;

describe('an incident opened by a user with read access', () => {
  it('is a report: L1 is asked to triage, management is not paged, no severity label', async () => {
    const w = world();
    const opened = await w.open(PEOPLE.read, SEV1);
    const { results } = await w.run(opened);

    expect(results[0]).toMatchObject({ severity: null, effects: ['add labels scenario:service-outage', 'comment triage-request', 'update the incident card'] });
    expect(w.snapshot(opened.number).labels).toEqual(['incident', 'scenario:service-outage']);
    const [request] = w.botComments(opened.number);
    expect(request?.marker).toBe('triage-request');
    expect(mentions(request?.body ?? '').sort()).toEqual(['@priya', '@sam']);
    expect(request?.body).toContain('proposed SEV-1 (Critical)');
    const card = w.card(opened.number);
    expect(card).toContain('## 🔎 Report · awaiting triage');
    expect(card).toContain('**awaiting triage**: opened by rita without triage access, proposed SEV-1 (Critical)');
    expect(card.split('\n')[0]).toContain('reporter=report');
  });

  it('counts from the moment a responder confirms it with /ack, with the proposed severity', async () => {
    const w = world();
    const opened = await w.open(PEOPLE.read, SEV1);
    await w.run(opened);
    w.advance(10);
    const ack = await w.comment(PEOPLE.write, opened.number, '/ack');
    const { results } = await w.run(ack);

    expect(results[0]?.severity).toBe('sev-1');
    expect(w.snapshot(opened.number).labels).toEqual(['incident', 'scenario:service-outage', 'sev-1']);
    const page = w.botComments(opened.number).find((comment) => comment.marker === 'page:sev-1');
    expect(mentions(page?.body ?? '')).toEqual(expect.arrayContaining(['@chen', '@ravi']));
    expect(w.card(opened.number)).toMatch(/confirmed at 03:1\d UTC by wendy/);
  });

  it('takes the severity a responder sets by label instead of the proposed one', async () => {
    const w = world();
    const opened = await w.open(PEOPLE.read, SEV1);
    await w.run(opened);
    const labeled = await w.label(PEOPLE.triage, opened.number, 'sev-3');
    const { results } = await w.run(labeled);
    expect(results[0]?.severity).toBe('sev-3');
    expect(w.botComments(opened.number).map((comment) => comment.marker)).toEqual(['triage-request', 'card', 'page:sev-3']);
  });

  it('is not confirmed by the reporter’s own commands, which are refused', async () => {
    const w = world();
    const opened = await w.open(PEOPLE.read, SEV1);
    await w.run(opened);
    const ack = await w.comment(PEOPLE.read, opened.number, '/ack\n/sev 1');
    const { results } = await w.run(ack);
    expect(results[0]?.severity).toBeNull();
    expect(w.botComments(opened.number).map((comment) => comment.marker)).toEqual(['triage-request', 'card', `reply:${ack.commentId}`]);
  });
});

describe('closing', () => {
  it('by a user with read access does not resolve: the issue is reopened with a note, escalation goes on', async () => {
    const w = world();
    const opened = await w.open(PEOPLE.read, SEV1);
    await w.run(opened);
    await w.run(await w.comment(PEOPLE.write, opened.number, '/ack'));
    const closed = await w.close(PEOPLE.read, opened.number);
    const { results } = await w.run(closed);

    expect(results[0]?.status).not.toBe('resolved');
    expect(w.snapshot(opened.number).state).toBe('open');
    const note = w.botComments(opened.number).find((comment) => comment.marker.startsWith('close-note:'));
    expect(note?.body).toContain('resolving it needs triage access');
    const again = await w.run(w.dispatch(opened.number));
    expect(again.writes).toEqual([]);
  });

  it('by a responder resolves', async () => {
    const w = world();
    const number = await declare(w, 2);
    const { results } = await w.run(await w.close(PEOPLE.triage, number));
    expect(results[0]?.status).toBe('resolved');
    expect(w.snapshot(number).state).toBe('closed');
  });
});
