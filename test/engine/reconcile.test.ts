import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import type { Effect, PageMessage } from '../../src/engine/effects.js';
import { isIncident, reconcile } from '../../src/engine/reconcile.js';
import { markerKey } from '../../src/engine/records.js';
import { createCommentRenderer } from '../../src/render/comments.js';
import { at, BOT, botComment, comment, event, formBody, labeled, observed } from './observed-fixture.js';

let set: PlaybookSet;
beforeAll(async () => {
  set = await loadPlaybooks('playbooks');
});

function kinds(effects: Effect[]): string[] {
  return effects.map((effect) => (effect.kind === 'comment' ? `comment ${markerKey(effect.marker)}` : effect.kind));
}

function page(effects: Effect[], marker: string): PageMessage {
  const found = effects.find((effect) => effect.kind === 'comment' && markerKey(effect.marker) === marker);
  if (found?.kind !== 'comment' || found.message.type !== 'page') throw new Error(`no page ${marker} in ${kinds(effects).join(', ')}`);
  return found.message;
}

describe('declaring from the form', () => {
  it('labels the severity and scenario, pages on-call and management, and posts the card', () => {
    const { effects, incident } = reconcile(observed(), set, new Date(at(1)));
    expect(kinds(effects)).toEqual(['add-labels', 'comment page:sev-1', 'card']);
    expect(effects[0]).toEqual({ kind: 'add-labels', labels: ['sev-1', 'scenario:service-outage'] });
    const sev1 = page(effects, 'page:sev-1');
    expect(sev1.technical?.contacts.map((contact) => contact.id)).toEqual(['primary-on-call', 'secondary-on-call']);
    expect(sev1.management?.contacts.map((contact) => contact.id)).toEqual(['cto', 'vp-engineering']);
    expect(sev1.management?.dueAt).toBe(new Date(at(30)).toISOString());
    expect(sev1.respondBy).toBe(new Date(at(15)).toISOString());
    expect(incident.severity?.label).toBe('sev-1');
    expect(incident.nextUpdateDue).toBe(new Date(at(30)).toISOString());
  });

  it('asks for nothing once its effects are applied, the card included', () => {
    const first = reconcile(observed(), set, new Date(at(1)));
    const card = first.effects.find((effect) => effect.kind === 'card');
    if (card?.kind !== 'card') throw new Error('no card');
    const after = observed({
      labels: ['incident', 'sev-1', 'scenario:service-outage'],
      comments: [botComment('page:sev-1', 1), comment(BOT, 1, createCommentRenderer().card(card.card, card.record))],
    });
    expect(kinds(reconcile(after, set, new Date(at(2))).effects)).toEqual([]);
  });

  it('rewrites the card when what it shows changes', () => {
    const first = reconcile(observed(), set, new Date(at(1)));
    const card = first.effects.find((effect) => effect.kind === 'card');
    if (card?.kind !== 'card') throw new Error('no card');
    const posted = comment(BOT, 1, createCommentRenderer().card(card.card, card.record));
    const acked = observed({
      labels: ['incident', 'sev-1', 'scenario:service-outage'],
      comments: [botComment('page:sev-1', 1), posted, comment('priya', 3, '/ack')],
      permissions: { priya: 'write' },
    });
    const { effects } = reconcile(acked, set, new Date(at(4)));
    expect(kinds(effects)).toEqual(['card']);
    expect(effects[0]).toMatchObject({ kind: 'card', commentId: posted.id });
  });

  it('asks the first level to set a severity for an issue without one, and pages nobody else', () => {
    const { effects, incident } = reconcile(observed({ body: 'Something is off' }), set, new Date(at(1)));
    expect(kinds(effects)).toEqual(['comment severity-request', 'card']);
    expect(incident.severity).toBeNull();
  });

  it('starts an issue without a severity at the playbook’s default severity, when it names one', () => {
    const sev3 = set.severities.find((severity) => severity.label === 'sev-3') ?? null;
    const { effects, incident } = reconcile(observed({ body: 'Something is off' }), { ...set, defaultSeverity: sev3 }, new Date(at(1)));
    expect(kinds(effects)).toEqual(['add-labels', 'comment page:sev-3', 'card']);
    expect(incident.timeline.map((entry) => entry.text)).toContain('Severity set to SEV-3 (Medium) (the playbook’s default: the form named none)');
  });
});

describe('escalation when nobody acknowledges', () => {
  const applied = { labels: ['incident', 'sev-1', 'scenario:service-outage'], comments: [botComment('page:sev-1', 1)] };

  it('pages level 2 at its delay, not a minute before', () => {
    expect(kinds(reconcile(observed(applied), set, new Date(at(29))).effects)).not.toContain('comment page:level-2');
    const effects = reconcile(observed(applied), set, new Date(at(30))).effects;
    expect(page(effects, 'page:level-2').technical?.name).toBe('Senior engineers and team leads');
    expect(kinds(effects)).not.toContain('comment page:level-3');
  });

  it('pages every level that fell due while runs were skipped, once each', () => {
    const effects = reconcile(observed(applied), set, new Date(at(180))).effects;
    expect(kinds(effects).filter((kind) => kind.startsWith('comment page:level'))).toEqual([
      'comment page:level-2',
      'comment page:level-3',
      'comment page:level-4',
    ]);
  });

  it('stops escalating once someone with triage access acknowledges', () => {
    const acked = observed({ ...applied, comments: [...applied.comments, comment('priya', 10, '/ack')], permissions: { priya: 'triage' } });
    const { effects, incident } = reconcile(acked, set, new Date(at(180)));
    expect(kinds(effects).filter((kind) => kind.startsWith('comment page:'))).toEqual([]);
    expect(incident.acknowledged).toEqual({ at: at(10), by: 'priya' });
  });

  it('waits for the response deadline of a slower severity before escalating', () => {
    const sev3 = observed({ body: formBody({ severity: 'SEV-3 (Medium)' }), labels: ['incident', 'sev-3', 'scenario:service-outage'], comments: [botComment('page:sev-3', 1)] });
    expect(kinds(reconcile(sev3, set, new Date(at(119))).effects)).toEqual(['card']);
    expect(kinds(reconcile(sev3, set, new Date(at(120))).effects)).toContain('comment page:level-2');
  });
});

describe('severity by labels', () => {
  const base = { labels: ['incident', 'sev-1', 'sev-2', 'scenario:service-outage'], comments: [botComment('page:sev-1', 1)] };

  it('keeps the label added last, removes the others and notes it once', () => {
    const sev2Event = labeled('bob', 20, 'sev-2');
    const state = observed({ ...base, events: [labeled('alice', 0, 'incident'), labeled(BOT, 1, 'sev-1'), sev2Event] });
    const { effects, incident } = reconcile(state, set, new Date(at(21)));
    expect(incident.severity?.label).toBe('sev-2');
    // Nobody acknowledged the SEV-1 within its 15 minutes, so the incident also carries the SLA label.
    expect(kinds(effects)).toEqual(['add-labels', 'remove-label', `comment label-note:${sev2Event.id}`, 'card']);
    expect(effects[0]).toEqual({ kind: 'add-labels', labels: ['sla-missed'] });
    expect(effects[1]).toEqual({ kind: 'remove-label', label: 'sev-1' });
  });

  it('records a lower severity without paging, and pages a raise to a new high once', () => {
    const lowered = observed({
      body: formBody({ severity: 'SEV-3 (Medium)' }),
      labels: ['incident', 'sev-1', 'scenario:service-outage'],
      events: [labeled('alice', 0, 'incident'), labeled('bob', 5, 'sev-1')],
      comments: [botComment('page:sev-3', 1)],
    });
    const { effects, incident } = reconcile(lowered, set, new Date(at(6)));
    expect(kinds(effects)).toContain('comment page:sev-1');
    expect(incident.timeline.map((entry) => entry.text)).toContain('Raised to SEV-1 (Critical)');

    const down = observed({
      labels: ['incident', 'sev-3', 'scenario:service-outage'],
      events: [labeled('alice', 0, 'incident'), labeled('bob', 5, 'sev-3')],
      comments: [botComment('page:sev-1', 1), comment('priya', 2, '/ack')],
      permissions: { priya: 'write' },
    });
    const result = reconcile(down, set, new Date(at(6)));
    expect(kinds(result.effects)).toEqual(['card']);
    expect(result.incident.timeline.map((entry) => entry.text)).toContain('Lowered to SEV-3 (Medium)');
  });
});

describe('commands', () => {
  it('refuses a command from a user with read access, with one reply', () => {
    const note = comment('dave', 5, '/sev 2');
    const state = observed({ labels: ['incident', 'sev-1', 'scenario:service-outage'], comments: [botComment('page:sev-1', 1), note], permissions: { dave: 'read' } });
    const { effects, incident } = reconcile(state, set, new Date(at(6)));
    expect(incident.severity?.label).toBe('sev-1');
    expect(kinds(effects)).toEqual([`comment reply:${note.id}`, 'card']);
    const reply = effects[0];
    expect(reply?.kind === 'comment' && reply.message.type === 'reply' && reply.message.problems[0]).toMatch(/needs triage access.*you have read/);
  });

  it('refuses when the permission lookup failed', () => {
    const note = comment('erin', 5, '/ack');
    const state = observed({ comments: [note], permissions: { erin: 'error' } });
    const { incident, effects } = reconcile(state, set, new Date(at(6)));
    expect(incident.acknowledged).toBeNull();
    expect(kinds(effects)).toContain(`comment reply:${note.id}`);
  });

  it('applies /sev, /ic, /role, /status and /update from permitted users', () => {
    const state = observed({
      labels: ['incident', 'sev-1', 'scenario:service-outage'],
      comments: [
        botComment('page:sev-1', 1),
        comment('priya', 5, '/ic @priya\n/role comms @carol\n/role sme @sam\n/role sme @lee'),
        comment('priya', 6, '/status investigation\n/update Rolling back'),
        comment('priya', 7, '/sev 2'),
      ],
      permissions: { priya: 'admin' },
    });
    const { incident, effects } = reconcile(state, set, new Date(at(8)));
    expect(incident.roles).toEqual({ ic: ['priya'], comms: ['carol'], sme: ['sam', 'lee'] });
    expect(incident.commander).toBe('priya');
    expect(incident.phase.id).toBe('investigation');
    expect(incident.severity?.label).toBe('sev-2');
    // The SEV-2 window runs from the change of severity (after the update).
    expect(incident.nextUpdateDue).toBe(new Date(at(7 + 60)).toISOString());
    expect(effects).toContainEqual({ kind: 'add-labels', labels: ['sev-2'] });
    expect(effects).toContainEqual({ kind: 'remove-label', label: 'sev-1' });
    expect(effects).toContainEqual({ kind: 'add-assignees', assignees: ['priya'] });
  });

  it('rejects an unknown phase and an unconfigured severity with a reason', () => {
    const note = comment('priya', 5, '/status lunch\n/sev 7');
    const { effects } = reconcile(observed({ comments: [note], permissions: { priya: 'write' } }), set, new Date(at(6)));
    const reply = effects.find((effect) => effect.kind === 'comment' && markerKey(effect.marker) === `reply:${note.id}`);
    expect(reply?.kind === 'comment' && reply.message.type === 'reply' && reply.message.problems).toEqual([
      expect.stringMatching(/unknown phase/),
      expect.stringMatching(/no SEV-7/),
    ]);
  });

  it('ignores commands in the bot’s own comments', () => {
    const state = observed({ comments: [comment(BOT, 2, 'Type /ack to acknowledge\n/resolve')] });
    const { incident } = reconcile(state, set, new Date(at(3)));
    expect(incident.acknowledged).toBeNull();
    expect(incident.resolution).toBeNull();
  });
});

describe('resolving and reopening', () => {
  const applied = { labels: ['incident', 'sev-1', 'scenario:service-outage'], comments: [botComment('page:sev-1', 1)] };

  it('closes the issue on /resolve and keeps the summary', () => {
    const state = observed({ ...applied, comments: [...applied.comments, comment('priya', 30, '/resolve Rolled back')], permissions: { priya: 'write' } });
    const { effects, incident } = reconcile(state, set, new Date(at(31)));
    expect(incident.resolution).toEqual({ at: at(30), by: 'priya', summary: 'Rolled back' });
    // The incident is closed before its post-mortem is started (SEV-1 requires one).
    expect(kinds(effects).slice(-3)).toEqual(['close-issue', 'add-labels', 'postmortem-pr']);
  });

  it('treats closing the issue as resolving, and the bot’s own close after /resolve changes nothing', () => {
    const state = observed({
      ...applied,
      state: 'closed',
      comments: [...applied.comments, comment('priya', 30, '/resolve Rolled back')],
      events: [labeled('alice', 0, 'incident'), event('closed', BOT, 31)],
      permissions: { priya: 'write' },
    });
    const { effects, incident } = reconcile(state, set, new Date(at(32)));
    expect(incident.resolution?.summary).toBe('Rolled back');
    // Resolved at 30 minutes, unacknowledged: the SEV-1's 15-minute response time was missed; and
    // the post-mortem a SEV-1 owes is still to be opened.
    expect(effects[0]).toEqual({ kind: 'add-labels', labels: ['sla-missed'] });
    expect(kinds(effects)).toEqual(['add-labels', 'card', 'add-labels', 'postmortem-pr']);
  });

  it('reopens when /reopen comes after the close', () => {
    const state = observed({
      ...applied,
      state: 'closed',
      events: [labeled('alice', 0, 'incident'), event('closed', 'alice', 20)],
      comments: [...applied.comments, comment('priya', 25, '/reopen')],
      permissions: { priya: 'write' },
    });
    const { effects, incident } = reconcile(state, set, new Date(at(26)));
    expect(incident.resolution).toBeNull();
    expect(kinds(effects).at(-1)).toBe('reopen-issue');
  });
});

describe('level-triggered', () => {
  it('gives the same plan whatever order the history arrives in', () => {
    const comments = [botComment('page:sev-1', 1), comment('priya', 5, '/ack'), comment('bob', 9, '/sev 2'), comment('priya', 12, '/update x')];
    const events = [labeled('alice', 0, 'incident'), labeled('carol', 7, 'sev-1')];
    const permissions = { priya: 'write', bob: 'write' } as const;
    const forward = reconcile(observed({ comments, events, permissions }), set, new Date(at(20)));
    const reversed = reconcile(observed({ comments: [...comments].reverse(), events: [...events].reverse(), permissions }), set, new Date(at(20)));
    expect(reversed).toEqual(forward);
    expect(forward.incident.severity?.label).toBe('sev-2');
  });
});

describe('verdicts on commands stand', () => {
  it('records the accepted command comments in the card, and a denied refusal in its reply', () => {
    const accepted = comment('priya', 5, '/ack');
    const denied = comment('dave', 6, '/sev 2');
    const { effects, incident } = reconcile(observed({ comments: [accepted, denied], permissions: { priya: 'write', dave: 'read' } }), set, new Date(at(7)));
    expect(incident.judged).toEqual({ through: denied.id, at: at(6).replace('.000Z', 'Z') });
    const reply = effects.find((effect) => effect.kind === 'comment' && markerKey(effect.marker) === `reply:${denied.id}`);
    expect(reply?.kind === 'comment' && reply.marker).toEqual({ kind: 'reply', commentId: denied.id, edited: null, denied: true });
  });

  it('keeps an accepted command without asking for the permission again', () => {
    const ack = comment('priya', 5, '/ack');
    const card = comment(BOT, 6, `<!-- playbook-ops:card pin=abc,accepted=${ack.id} -->\ncard`);
    const { incident } = reconcile(observed({ comments: [ack, card], permissions: { priya: 'error' } }), set, new Date(at(7)));
    expect(incident.acknowledged).toEqual({ at: at(5), by: 'priya' });
  });

  it('keeps a refusal even when the permission would now allow it', () => {
    const resolve = comment('erin', 5, '/resolve');
    const reply = comment(BOT, 6, `<!-- playbook-ops:reply:${resolve.id} denied -->\nrefused`);
    const { incident, effects } = reconcile(observed({ comments: [resolve, reply], permissions: { erin: 'admin' } }), set, new Date(at(7)));
    expect(incident.resolution).toBeNull();
    expect(kinds(effects)).not.toContain('close-issue');
  });

  it('judges a comment edited into a command later like a new one', () => {
    const chatter = comment('mallory', 4, '/resolve trolled\n/ic @mallory');
    const ack = comment('priya', 5, '/ack');
    const card = comment(BOT, 6, `<!-- playbook-ops:card pin=abc,accepted=${ack.id} -->\ncard`);
    const { incident } = reconcile(observed({ comments: [chatter, ack, card], permissions: { mallory: 'read' } }), set, new Date(at(7)));
    expect(incident.resolution).toBeNull();
    expect(incident.commander).toBeNull();
    expect(incident.acknowledged?.by).toBe('priya');
  });

  it('keeps a verdict under the judged mark without asking again', () => {
    const ack = comment('priya', 5, '/ack');
    const card = comment(BOT, 6, `<!-- playbook-ops:card pin=abc,judged=${ack.id}-${Date.parse(at(5)) / 1000} -->\ncard`);
    const { incident } = reconcile(observed({ comments: [ack, card], permissions: { priya: 'error' } }), set, new Date(at(7)));
    expect(incident.acknowledged).toEqual({ at: at(5), by: 'priya' });
  });

  it('judges an accepted command edited after the mark anew: a user who lost access runs nothing', () => {
    const judgedAt = Date.parse(at(6)) / 1000;
    const ack = { ...comment('priya', 5, '/ack\n/sev 1\n/ic @mallory\n/resolve'), updatedAt: at(50) };
    const card = comment(BOT, 6, `<!-- playbook-ops:card pin=abc,declared=sev-2,judged=${ack.id}-${judgedAt} -->\ncard`);
    const state = observed({ body: formBody({ severity: 'SEV-2 (High)' }), comments: [ack, card], permissions: { priya: 'read' } });
    const { incident, effects } = reconcile(state, set, new Date(at(51)));
    expect(incident.resolution).toBeNull();
    expect(incident.commander).toBeNull();
    expect(incident.severity?.label).toBe('sev-2');
    expect(incident.acknowledged).toBeNull();
    const reply = effects.find((effect) => effect.kind === 'comment' && effect.marker.kind === 'reply');
    expect(reply?.kind === 'comment' && markerKey(reply.marker)).toBe(`reply:${ack.id}-${Date.parse(at(50)) / 1000}`);
  });

  it('dates a command written by an edit at the edit, not when the comment was first written', () => {
    const edited = { ...comment('priya', 2, '/ack'), updatedAt: at(130) };
    const { incident } = reconcile(observed({ comments: [edited], permissions: { priya: 'write' } }), set, new Date(at(131)));
    expect(incident.acknowledged).toEqual({ at: at(130), by: 'priya' });
  });

  it('pages an old comment edited into /sev 1 from the edit on, not every level at once', () => {
    const day = 24 * 60;
    const sev3 = { body: formBody({ severity: 'SEV-3 (Medium)' }), labels: ['incident', 'sev-3', 'scenario:service-outage'] };
    const raise = { ...comment('priya', 0, 'looking'), body: '/sev 1', updatedAt: at(2 * day) };
    const { effects } = reconcile(observed({ ...sev3, comments: [botComment('page:sev-3', 1), raise], permissions: { priya: 'write' } }), set, new Date(at(2 * day + 1)));
    expect(kinds(effects).filter((kind) => kind.startsWith('comment page:'))).toEqual(['comment page:sev-1']);
  });

  it('keeps the card record bounded however many commands were accepted', () => {
    const updates = Array.from({ length: 10_000 }, (_, index) => comment('priya', 5, `/update step ${index}`));
    const { effects } = reconcile(observed({ comments: updates, permissions: { priya: 'write' } }), set, new Date(at(6)));
    const card = effects.find((effect) => effect.kind === 'card');
    if (card?.kind !== 'card') throw new Error('no card');
    expect(createCommentRenderer().card(card.card, card.record).split('\n')[0]!.length).toBeLessThan(200);
  });

  it('trusts verdicts only from the bot', () => {
    const resolve = comment('erin', 5, '/resolve');
    const fake = comment('mallory', 6, `<!-- playbook-ops:card pin=abc,accepted=${resolve.id} -->`);
    const { incident } = reconcile(observed({ comments: [resolve, fake], permissions: { erin: 'read', mallory: 'read' } }), set, new Date(at(7)));
    expect(incident.resolution).toBeNull();
  });

  it('trusts only the first card, even from the bot: a second one grants nothing', () => {
    const resolve = comment('erin', 5, '/resolve');
    const card = comment(BOT, 1, `<!-- playbook-ops:card pin=abc,declared=sev-1,judged=1-${Date.parse(at(1)) / 1000} -->\ncard`);
    const second = comment(BOT, 6, `<!-- playbook-ops:card pin=abc,declared=sev-1,judged=${resolve.id}-${Date.parse(at(6)) / 1000} -->\nother automation`);
    const { incident } = reconcile(observed({ comments: [card, resolve, second], permissions: { erin: 'read' } }), set, new Date(at(7)));
    expect(incident.resolution).toBeNull();
  });
});

describe('escalation edge cases', () => {
  const sev3 = { body: formBody({ severity: 'SEV-3 (Medium)' }), labels: ['incident', 'sev-3', 'scenario:service-outage'], comments: [botComment('page:sev-3', 1)] };

  it('escalates a slow severity one level at a time after its deadline', () => {
    const levels = (minutes: number) => kinds(reconcile(observed(sev3), set, new Date(at(minutes))).effects).filter((kind) => kind.includes('level'));
    expect(levels(120)).toEqual(['comment page:level-2']);
    expect(levels(149)).toEqual(['comment page:level-2']);
    expect(levels(150)).toEqual(['comment page:level-2', 'comment page:level-3']);
    expect(levels(210)).toEqual(['comment page:level-2', 'comment page:level-3', 'comment page:level-4']);
  });

  it('asks for a new acknowledgement after a raise to a new high', () => {
    const state = observed({
      ...sev3,
      comments: [...sev3.comments, comment('priya', 5, '/ack'), comment('priya', 10, '/sev 1')],
      permissions: { priya: 'write' },
    });
    const { incident, effects } = reconcile(state, set, new Date(at(40)));
    expect(incident.acknowledged).toBeNull();
    expect(kinds(effects)).toContain('comment page:sev-1');
    expect(kinds(effects)).toContain('comment page:level-2');
  });

  it('counts an incident from when it got the incident label, not from when the issue was opened', () => {
    const late = observed({ events: [labeled('bob', 180, 'incident')] });
    const { incident, effects } = reconcile(late, set, new Date(at(181)));
    expect(incident.declared).toEqual({ at: at(180), by: 'bob' });
    expect(kinds(effects).filter((kind) => kind.includes('level'))).toEqual([]);
  });

  it('does not page for a severity label added to a resolved incident', () => {
    const state = observed({
      ...sev3,
      state: 'closed',
      labels: ['incident', 'sev-1', 'scenario:service-outage'],
      events: [labeled('alice', 0, 'incident'), event('closed', 'alice', 30), labeled('bob', 40, 'sev-1')],
    });
    const { incident, effects } = reconcile(state, set, new Date(at(41)));
    expect(incident.severity?.label).toBe('sev-1');
    expect(kinds(effects)).not.toContain('comment page:sev-1');
  });
});

describe('the declared severity', () => {
  it('survives labels that are not safe in a marker', () => {
    const odd = { ...set, severities: set.severities.map((severity) => (severity.level === 1 ? { ...severity, label: 'SEV 1, critical' } : severity)) };
    const first = reconcile(observed({ body: formBody({ severity: 'SEV-1 (Critical)' }) }), odd, new Date(at(1)));
    const page = first.effects.find((effect) => effect.kind === 'comment');
    expect(page?.kind === 'comment' && markerKey(page.marker)).toBe('page:sev%201%2c%20critical');
    const card = first.effects.find((effect) => effect.kind === 'card');
    if (card?.kind !== 'card') throw new Error('no card');
    const body = createCommentRenderer().card(card.card, card.record);
    expect(body.split('\n')[0]).toMatch(/^<!-- playbook-ops:card declared=sev%201%2c%20critical,reporter=trusted,digest=[0-9a-f]{16},due=1795749300,seen=o\.2\.[0-9a-f]{8},phase=detection -->$/);
    const again = observed({
      labels: ['incident', 'SEV 1, critical', 'scenario:service-outage'],
      comments: [comment(BOT, 1, `<!-- playbook-ops:page:sev%201%2c%20critical -->\npage`), comment(BOT, 1, body)],
    });
    expect(kinds(reconcile(again, odd, new Date(at(2))).effects)).toEqual([]);
  });

  it('is what the card recorded, not what an edited body says now', () => {
    const card = comment(BOT, 2, '<!-- playbook-ops:card pin=abc,declared= -->\ncard');
    const edited = observed({
      body: formBody({ severity: 'SEV-1 (Critical)' }),
      labels: ['incident', 'sev-3', 'scenario:service-outage'],
      events: [labeled('alice', 0, 'incident'), labeled('bob', 5, 'sev-3')],
      comments: [card, botComment('page:sev-3', 6)],
    });
    const { incident, effects } = reconcile(edited, set, new Date(at(10)));
    expect(incident.severity?.label).toBe('sev-3');
    expect(incident.severityHistory.map((change) => change.severity.label)).toEqual(['sev-3']);
    expect(kinds(effects)).not.toContain('comment page:sev-1');
  });
});

describe('assigning the Incident Commander', () => {
  it('assigns once, in the run that accepts the /ic, and leaves the assignees alone afterwards', () => {
    const ic = comment('priya', 5, '/ic @sam');
    const first = reconcile(observed({ comments: [ic], permissions: { priya: 'write' } }), set, new Date(at(6)));
    expect(first.effects).toContainEqual({ kind: 'add-assignees', assignees: ['sam'] });
    const card = comment(BOT, 7, `<!-- playbook-ops:card pin=abc,declared=sev-1,accepted=${ic.id} -->\ncard`);
    const later = reconcile(observed({ comments: [ic, card] }), set, new Date(at(8)));
    expect(later.incident.commander).toBe('sam');
    expect(kinds(later.effects)).not.toContain('add-assignees');
  });
});

describe('the response clock', () => {
  it('treats an /ack made before any severity as not acknowledging the severity set later', () => {
    const state = observed({
      body: 'Something is off',
      labels: ['incident', 'sev-1'],
      events: [labeled('alice', 0, 'incident'), labeled('bob', 10, 'sev-1')],
      comments: [comment('priya', 5, '/ack'), botComment('page:sev-1', 11)],
      permissions: { priya: 'write' },
    });
    const { incident, effects } = reconcile(state, set, new Date(at(60)));
    expect(incident.acknowledged).toBeNull();
    expect(kinds(effects)).toContain('comment page:level-2');
  });

  it('starts again when an unacknowledged incident is reopened, instead of paging every level at once', () => {
    const day = 24 * 60;
    const state = observed({
      labels: ['incident', 'sev-1', 'scenario:service-outage'],
      events: [labeled('alice', 0, 'incident'), event('closed', 'alice', 5), event('reopened', 'alice', day)],
      comments: [botComment('page:sev-1', 1)],
    });
    const levels = (minutes: number) => kinds(reconcile(state, set, new Date(at(minutes))).effects).filter((kind) => kind.includes('level'));
    expect(levels(day + 1)).toEqual([]);
    expect(levels(day + 30)).toEqual(['comment page:level-2']);
  });
});

describe('reports', () => {
  const byReader = { issue: { ...observed().issue, author: 'dave' }, events: [labeled('dave', 0, 'incident')], permissions: { dave: 'read' as const } };

  it('a declaration by someone below the minimum permission pages nobody but the first level, to triage', () => {
    const { effects, incident } = reconcile(observed(byReader), set, new Date(at(1)));
    expect(kinds(effects)).toEqual(['add-labels', 'comment triage-request', 'card']);
    expect(incident.severity).toBeNull();
    expect(incident.report).toMatchObject({ by: 'dave', confirmed: null, proposed: { label: 'sev-1' } });
  });

  it('takes a severity label the reporter adds as their proposal: it pages nobody until a permitted user confirms', () => {
    const labels = { ...byReader, issue: { ...byReader.issue, labels: ['incident', 'sev-2'] }, events: [...byReader.events, labeled('dave', 1, 'sev-2')] };
    const unconfirmed = reconcile(observed(labels), set, new Date(at(120)));
    expect(kinds(unconfirmed.effects).filter((kind) => kind.startsWith('comment'))).toEqual(['comment triage-request']);
    expect(unconfirmed.incident.severity).toBeNull();
    expect(unconfirmed.incident.report?.proposed?.label).toBe('sev-2');
    const confirmed = reconcile(observed({ ...labels, comments: [comment('priya', 130, '/ack')], permissions: { dave: 'read', priya: 'write' } }), set, new Date(at(131)));
    expect(confirmed.incident.severity?.label).toBe('sev-2');
    expect(kinds(confirmed.effects)).toContain('comment page:sev-2');
  });

  it('counts at once when the playbooks trust every reporter', () => {
    const { effects } = reconcile(observed(byReader), { ...set, trustReporters: true }, new Date(at(1)));
    expect(kinds(effects)).toEqual(['add-labels', 'comment page:sev-1', 'card']);
  });

  it('a failed permission lookup of the declarer makes a report, not an incident', () => {
    const { incident } = reconcile(observed({ ...byReader, permissions: { dave: 'error' } }), set, new Date(at(1)));
    expect(incident.report?.by).toBe('dave');
  });

  it('a card recorded before reports existed keeps its incident counting', () => {
    const card = comment(BOT, 1, '<!-- playbook-ops:card declared=sev-1 -->\ncard');
    const { incident } = reconcile(observed({ ...byReader, comments: [card] }), set, new Date(at(2)));
    expect(incident.report).toBeNull();
    expect(incident.severity?.label).toBe('sev-1');
  });
});

describe('labels the bot keeps in line', () => {
  const late = { labels: ['incident', 'sev-1', 'scenario:service-outage'], comments: [botComment('page:sev-1', 1)] };

  it('puts the SLA-missed label back after the bot’s own removal, but not after a person took it off', () => {
    const labelsAdded = (state: ReturnType<typeof observed>) => reconcile(state, set, new Date(at(20))).effects.filter((effect) => effect.kind === 'add-labels');
    expect(labelsAdded(observed(late))).toEqual([{ kind: 'add-labels', labels: ['sla-missed'] }]);
    const byBot = { ...event('unlabeled', BOT, 17), label: 'sla-missed' };
    expect(labelsAdded(observed({ ...late, events: [labeled('alice', 0, 'incident'), byBot] }))).toEqual([{ kind: 'add-labels', labels: ['sla-missed'] }]);
    const otherLabel = { ...event('unlabeled', 'bob', 17), label: 'needs-triage' };
    expect(labelsAdded(observed({ ...late, events: [labeled('alice', 0, 'incident'), otherLabel] }))).toEqual([{ kind: 'add-labels', labels: ['sla-missed'] }]);
    const byPerson = { ...event('unlabeled', 'bob', 17), label: 'sla-missed' };
    expect(labelsAdded(observed({ ...late, events: [labeled('alice', 0, 'incident'), byPerson] }))).toEqual([]);
  });

  it('replaces a scenario label the form no longer names, and leaves hand-added scenario labels alone when the form names none', () => {
    const edited = observed({ ...late, labels: ['incident', 'sev-1', 'scenario:data-integrity'] });
    const { effects } = reconcile(edited, set, new Date(at(2)));
    expect(effects.filter((effect) => effect.kind === 'add-labels' || effect.kind === 'remove-label')).toEqual([
      { kind: 'add-labels', labels: ['scenario:service-outage'] },
      { kind: 'remove-label', label: 'scenario:data-integrity' },
    ]);
    const unnamed = observed({ body: 'Something is off', labels: ['incident', 'scenario:data-integrity', 'scenario:security-incident'] });
    expect(reconcile(unnamed, set, new Date(at(2))).effects.filter((effect) => effect.kind === 'remove-label')).toEqual([]);
  });

  it('removes a second severity label without a note when the severity came from a command', () => {
    const commanded = observed({
      labels: ['incident', 'sev-1', 'sev-2', 'scenario:service-outage'],
      comments: [botComment('page:sev-1', 1), comment('priya', 5, '/ack'), comment('priya', 6, '/sev 2')],
      permissions: { priya: 'write' },
    });
    const { effects } = reconcile(commanded, set, new Date(at(7)));
    expect(effects).toContainEqual({ kind: 'remove-label', label: 'sev-1' });
    expect(kinds(effects).filter((kind) => kind.startsWith('comment label-note'))).toEqual([]);
  });
});

describe('the issue as the incident says it is', () => {
  it('is an incident only with the incident label', () => {
    expect(isIncident(observed(), set)).toBe(true);
    expect(isIncident(observed({ labels: ['bug', 'sev-1'] }), set)).toBe(false);
  });

  it('does not assign the commander again when they are already assigned', () => {
    const ic = comment('priya', 5, '/ic @sam');
    const assigned = observed({ issue: { ...observed().issue, assignees: ['sam'] }, comments: [ic], permissions: { priya: 'write' } });
    expect(kinds(reconcile(assigned, set, new Date(at(6))).effects)).not.toContain('add-assignees');
  });

  it('reopens an issue a reader closed, and answers the close once', () => {
    const close = event('closed', 'dave', 5);
    const state = observed({ state: 'closed', events: [labeled('alice', 0, 'incident'), close], permissions: { dave: 'read' } });
    const { effects } = reconcile(state, set, new Date(at(6)));
    expect(effects).toContainEqual({ kind: 'comment', marker: { kind: 'close-note', eventId: close.id }, message: { type: 'close-note', by: 'dave', minimumPermission: 'triage' } });
    expect(kinds(effects).at(-1)).toBe('reopen-issue');
  });

  it('links the card to the playbooks at the commit the incident runs on', () => {
    const card = reconcile(observed(), set, new Date(at(1))).effects.find((effect) => effect.kind === 'card');
    expect(card?.kind === 'card' && card.card.playbook).toEqual({ sha: 'abc1234def', url: 'https://github.com/acme/payments/tree/abc1234def/playbooks', fallback: null });
  });
});

describe('notes and replies', () => {
  it('notes which severity label was kept after several changes, when a person’s label made the last one', () => {
    const sev3 = labeled('bob', 20, 'sev-3');
    const state = observed({
      labels: ['incident', 'sev-1', 'sev-3', 'scenario:service-outage'],
      events: [labeled('alice', 0, 'incident'), sev3],
      comments: [botComment('page:sev-1', 1), comment('priya', 5, '/ack'), comment('priya', 10, '/sev 2')],
      permissions: { priya: 'write' },
    });
    const note = reconcile(state, set, new Date(at(21))).effects.find((effect) => effect.kind === 'comment' && effect.marker.kind === 'label-note');
    expect(note).toEqual({ kind: 'comment', marker: { kind: 'label-note', eventId: sev3.id }, message: { type: 'label-note', kept: 'sev-3', removed: ['sev-1'], by: 'bob' } });
  });

  it('leaves the severity label a reporter proposed on their unconfirmed report', () => {
    const report = observed({ issue: { ...observed().issue, author: 'dave', labels: ['incident', 'sev-2'] }, events: [labeled('dave', 0, 'incident'), labeled('dave', 1, 'sev-2')], permissions: { dave: 'read' } });
    expect(kinds(reconcile(report, set, new Date(at(2))).effects)).not.toContain('remove-label');
  });

  it('lists the playbooks’ roles in a reply, for the command list', () => {
    const note = comment('priya', 5, '/help');
    const reply = reconcile(observed({ comments: [note], permissions: { priya: 'write' } }), set, new Date(at(6))).effects.find((effect) => effect.kind === 'comment' && effect.message.type === 'reply');
    expect(reply?.kind === 'comment' && reply.message).toEqual({ type: 'reply', to: 'priya', problems: [], help: true, roles: ['ic', 'comms', 'tech', 'sme'] });
  });

  it('assigns a commander named in a new comment even when older comments were judged', () => {
    const ack = comment('priya', 5, '/ack');
    const card = comment(BOT, 6, `<!-- playbook-ops:card pin=abc,declared=sev-1,accepted=${ack.id} -->\ncard`);
    const ic = comment('priya', 7, '/ic @sam');
    const { effects } = reconcile(observed({ comments: [ack, card, ic], permissions: { priya: 'write' } }), set, new Date(at(8)));
    expect(effects).toContainEqual({ kind: 'add-assignees', assignees: ['sam'] });
  });
});

describe('the card', () => {
  function cardOf(effects: Effect[]) {
    const card = effects.find((effect) => effect.kind === 'card');
    if (card?.kind !== 'card') throw new Error(`no card in ${kinds(effects).join(', ')}`);
    return card.card;
  }

  it('keeps listing the level pages already sent after someone acknowledged', () => {
    const state = observed({
      labels: ['incident', 'sev-1', 'scenario:service-outage'],
      comments: [botComment('page:sev-1', 1), botComment('page:level-2', 30), comment('priya', 35, '/ack')],
      permissions: { priya: 'write' },
    });
    const steps = cardOf(reconcile(state, set, new Date(at(36))).effects).escalations.map((step) => step.at);
    expect(steps).toEqual([at(0), at(30)]);
  });

  it('dates a level page already sent when it was sent, even after a raise moves the level’s due time', () => {
    const state = observed({
      body: formBody({ severity: 'SEV-2 (High)' }),
      labels: ['incident', 'sev-1', 'scenario:service-outage'],
      events: [labeled('alice', 0, 'incident'), labeled('bob', 40, 'sev-1')],
      comments: [botComment('page:sev-2', 1), botComment('page:level-2', 31), botComment('page:sev-1', 41)],
    });
    const steps = cardOf(reconcile(state, set, new Date(at(60))).effects).escalations.map((step) => step.at);
    expect(steps).toEqual([at(0), at(31), at(40)]);
  });

  it('shows the post-mortem a resolved SEV-1 owes, and its due time is a deadline of the incident', () => {
    const state = observed({ labels: ['incident', 'sev-1', 'scenario:service-outage'], comments: [botComment('page:sev-1', 1), comment('priya', 5, '/ack'), comment('priya', 10, '/resolve')], permissions: { priya: 'write' } });
    const plan = reconcile(state, set, new Date(at(11)));
    expect(cardOf(plan.effects).postmortem).toMatchObject({ state: 'pending' });
    expect(plan.due).toBe(at(10 + 48 * 60));
  });
});
