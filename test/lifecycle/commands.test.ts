/** Each command in an `issue_comment.created` event, over HTTP: the issue and thread after the run. */
import { describe, expect, it } from 'vitest';
import { PEOPLE, declare, useWorld } from './harness.js';
import { mentions } from './mentions.js';

const world = useWorld();

describe('/ack', () => {
  it('acknowledges: the card says who and when, and the unacknowledged escalation never comes', async () => {
    const w = world();
    const number = await declare(w, 1);
    expect(w.card(number)).toContain('- **Next:** level 2, Senior engineers and team leads at 03:31 UTC unless someone comments `/ack`.');
    const { results } = await w.run(await w.comment(PEOPLE.maintain, number, 'On it.\n/ack'));
    expect(results[0]?.effects).toEqual(['update the incident card']);
    const card = w.card(number);
    expect(card).toContain('| Response | Acknowledged at 03:02 UTC by mona |');
    expect(card).not.toContain('**Next:**');

    w.advance(120);
    const later = await w.run(w.dispatch(number));
    // Two hours on, only the update cadence (nobody posted /update) has something to say.
    expect(later.results[0]?.effects).toEqual(['comment update-reminder:1795755660', 'update the incident card']);
    expect(w.botComments(number).map((comment) => comment.marker)).toEqual(['page:sev-1', 'card', 'update-reminder:1795755660']);
  });

  it('without it, a scheduled run after the level-2 delay pages the next level once', async () => {
    const w = world();
    const number = await declare(w, 1);
    w.advance(14);
    expect((await w.run(w.dispatch(number))).writes).toEqual([]);
    w.advance(1);
    // The 15-minute response time ran out: marked, and the next level is paged at its own delay.
    expect((await w.run(w.dispatch(number))).results[0]?.effects).toEqual(['add labels sla-missed', 'update the incident card']);
    w.advance(14);
    expect((await w.run(w.dispatch(number))).writes).toEqual([]);
    w.advance(1);
    const { results } = await w.run(w.dispatch(number));
    expect(results[0]?.effects).toEqual(['comment page:level-2', 'comment update-reminder:1795750260', 'update the incident card']);
    const page = w.botComments(number).find((comment) => comment.marker === 'page:level-2')!.body;
    expect(page).toContain('Nobody acknowledged this SEV-1 incident by 2026-11-27 03:16 UTC.');
    expect(mentions(page).sort()).toEqual(['@acme/senior-engineers', '@acme/team-leads']);
    expect(w.card(number)).toContain('- 03:31 UTC: Unacknowledged: paged level 2, Senior engineers and team leads');
  });
});

describe('/sev N', () => {
  it('raising pages the new severity once and moves the label; no note, since no person added a second label', async () => {
    const w = world();
    const number = await declare(w, 3);
    const { results } = await w.run(await w.comment(PEOPLE.triage, number, '/sev 1'));
    expect(results[0]).toMatchObject({ severity: 'sev-1' });
    expect(w.snapshot(number).labels).toEqual(['incident', 'scenario:service-outage', 'sev-1']);
    expect(w.botComments(number).map((comment) => comment.marker)).toEqual(['page:sev-3', 'card', 'page:sev-1']);
    const page = w.botComments(number)[2]!.body;
    expect(page).toContain('tom set this incident to SEV-1 at 2026-11-27 03:02 UTC.');
    expect(mentions(page).sort()).toEqual(['@chen', '@priya', '@ravi', '@sam']);
    expect(w.card(number)).toContain('| 03:02 UTC | tom | Raised to SEV-1 (Critical) |');
  });

  it('lowering records the change and pages nobody; an unknown level is refused with a reply', async () => {
    const w = world();
    const number = await declare(w, 1);
    await w.run(await w.comment(PEOPLE.write, number, '/sev 4'));
    expect(w.snapshot(number).labels).toEqual(['incident', 'scenario:service-outage', 'sev-4']);
    expect(w.botComments(number).map((comment) => comment.marker)).toEqual(['page:sev-1', 'card']);
    expect(w.card(number)).toContain('| 03:02 UTC | wendy | Lowered to SEV-4 (Low) |');

    const bad = await w.comment(PEOPLE.write, number, '/sev 7');
    await w.run(bad);
    expect(w.snapshot(number).labels).toContain('sev-4');
    const reply = w.botComments(number).find((comment) => comment.marker === `reply:${bad.commentId}`)!.body;
    expect(reply).toContain('/sev 7: there is no SEV-7; this playbook has levels 1, 2, 3, 4.');
  });
  it('sets the severity of an incident declared without one, from the time of the command', async () => {
    const w = world();
    const opened = await w.open(PEOPLE.write, { scenario: 'Other / not sure', summary: 'Something is off.' });
    await w.run(opened);
    w.advance(5);
    const { results } = await w.run(await w.comment(PEOPLE.triage, opened.number, '/sev 2'));
    expect(results[0]).toMatchObject({ severity: 'sev-2' });
    expect(w.snapshot(opened.number).labels).toEqual(['incident', 'sev-2']);
    const card = w.card(opened.number);
    expect(card).toContain('| 03:07 UTC | tom | Severity set to SEV-2 (High) |');
    expect(card).toContain('Respond by **03:37 UTC** (30 min)');
    await w.run(w.dispatch(opened.number));
    expect(w.card(opened.number)).toBe(card);
  });
});

describe('roles', () => {
  it('/ic @user assigns the issue to the Incident Commander and shows them on the card', async () => {
    const w = world();
    const number = await declare(w, 2);
    const { results } = await w.run(await w.comment(PEOPLE.write, number, '/ic @mona'));
    expect(results[0]?.effects).toEqual(['assign mona', 'update the incident card']);
    expect(w.snapshot(number).assignees).toEqual(['mona']);
    expect(w.card(number)).toContain('| Incident Commander | mona |');
    expect(w.card(number)).toContain('| 03:02 UTC | wendy | Incident Commander: mona |');
  });

  it('/role comms|tech|sme @user fills each role on the card; several experts are listed together', async () => {
    const w = world();
    const number = await declare(w, 2);
    await w.run(await w.comment(PEOPLE.maintain, number, '/role comms @tom\n/role tech @ada\n/role sme @rita\n/role sme @wendy'));
    const card = w.card(number);
    expect(card).toContain('| Communication Lead | tom |');
    expect(card).toContain('| Technical Lead | ada |');
    expect(card).toContain('| Subject Matter Experts | rita, wendy |');
    expect(w.snapshot(number).assignees).toEqual([]);
    expect(mentions(card)).toEqual([]);
  });
});

describe('/status PHASE', () => {
  it('moves the incident to the phase and shows that phase’s steps; an unknown phase gets a reply', async () => {
    const w = world();
    const number = await declare(w, 2);
    const { results } = await w.run(await w.comment(PEOPLE.write, number, '/status mitigation'));
    expect(results[0]?.status).toBe('mitigation');
    const card = w.card(number);
    expect(card).toContain('## 🚨 SEV-2 (High) · Containment and Mitigation');
    expect(card).toContain('### Phase: Containment and Mitigation');
    expect(card).toContain('- [ ] **Short-term Fixes**');
    expect(card).toContain('| Status | Containment and Mitigation (phase 4 of 6); change with `/status PHASE` |');

    const bad = await w.comment(PEOPLE.write, number, '/status fixing');
    await w.run(bad);
    const reply = w.botComments(number).find((comment) => comment.marker === `reply:${bad.commentId}`)!.body;
    expect(reply).toContain('/status fixing: unknown phase; use one of detection, initial-response, investigation, mitigation, resolution, post-incident.');
    expect(w.card(number)).toContain('### Phase: Containment and Mitigation');
  });
});

describe('/update TEXT and /timeline TEXT', () => {
  it('/update shows the last update and restarts the update clock; /timeline adds a timeline entry', async () => {
    const w = world();
    const number = await declare(w, 1);
    expect(w.card(number)).toContain('| Next status update | due 03:31 UTC (every 30 min): comment `/update TEXT` |');
    w.advance(10);
    await w.run(await w.comment(PEOPLE.triage, number, '/update Rolling back deploy 4512.'));
    let card = w.card(number);
    expect(card).toContain('| Last update | 03:12 UTC by tom: Rolling back deploy 4512. |');
    expect(card).toContain('| Next status update | due 03:42 UTC (every 30 min): comment `/update TEXT` |');

    await w.run(await w.comment(PEOPLE.triage, number, '/timeline Deploy 4512 rolled back'));
    card = w.card(number);
    expect(card).toContain('| 03:13 UTC | tom | Deploy 4512 rolled back |');
    expect(card).toContain('| 03:12 UTC | tom | Status update: Rolling back deploy 4512. |');
    expect(w.botComments(number).map((comment) => comment.marker)).toEqual(['page:sev-1', 'card']);
  });

  it('a command without its text is refused with its usage', async () => {
    const w = world();
    const number = await declare(w, 1);
    const bad = await w.comment(PEOPLE.triage, number, '/update');
    await w.run(bad);
    const reply = w.botComments(number).find((comment) => comment.marker === `reply:${bad.commentId}`)!.body;
    expect(reply).toContain('/update: the text is missing (usage: /update TEXT)');
  });
});

describe('/resolve and /reopen', () => {
  it('/resolve with a summary resolves and closes the issue; /reopen reopens both', async () => {
    const w = world();
    const number = await declare(w, 1);
    const resolved = await w.run(await w.comment(PEOPLE.write, number, '/resolve Rolled back deploy 4512.'));
    expect(resolved.results[0]).toMatchObject({
      status: 'resolved',
      effects: [
        'update the incident card',
        'close the issue (resolved)',
        'add labels postmortem-pending',
        'open the post-mortem pull request (postmortems/2026-11-27-1-checkout-payments-failing.md): #2',
      ],
    });
    expect(w.snapshot(number).state).toBe('closed');
    expect(w.emulator.state.repos['acme/payments']?.issues[0]?.stateReason).toBe('completed');
    expect(w.card(number)).toContain('| Status | Resolved at 03:02 UTC by wendy: Rolled back deploy 4512. |');

    const reopened = await w.run(await w.comment(PEOPLE.write, number, '/reopen'));
    expect(reopened.results[0]).toMatchObject({ status: 'detection', effects: ['update the incident card', 'reopen the issue', 'remove label postmortem-pending'] });
    expect(w.snapshot(number).state).toBe('open');
    expect(w.card(number)).toContain('| 03:03 UTC | wendy | Reopened |');
  });

  it('/resolve without a summary resolves too', async () => {
    const w = world();
    const number = await declare(w, 2);
    await w.run(await w.comment(PEOPLE.write, number, '/resolve'));
    expect(w.snapshot(number).state).toBe('closed');
    expect(w.card(number)).toContain('| Status | Resolved at 03:02 UTC by wendy |');
  });
});

describe('/help and text that is not a command', () => {
  it('/help answers with the command list and changes nothing else', async () => {
    const w = world();
    const number = await declare(w, 2);
    const cardBefore = w.card(number);
    const help = await w.comment(PEOPLE.read, number, '/help');
    const { results } = await w.run(help);
    expect(results[0]?.effects).toEqual([`comment reply:${help.commentId}`]);
    const reply = w.botComments(number).at(-1)!.body;
    expect(reply).toContain('rita, here are the commands for this incident.');
    expect(reply).toContain('| `/resolve [summary]` | Resolve the incident and close the issue. |');
    expect(reply).toContain('| `/role ic\\|comms\\|tech\\|sme @user` |');
    expect(mentions(reply)).toEqual([]);
    expect(w.card(number)).toBe(cardBefore);
  });

  it('commands quoted, in code, or mid-sentence do not run', async () => {
    const w = world();
    const number = await declare(w, 3);
    const body = ['> /sev 1', '', '```', '/resolve', '```', '', 'Someone said `/ack` and we should /sev 1 maybe.'].join('\n');
    const { results, writes } = await w.run(await w.comment(PEOPLE.admin, number, body));
    expect(results[0]).toMatchObject({ severity: 'sev-3', status: 'detection', effects: [] });
    expect(writes).toEqual([]);
  });
});
