/**
 * Engine behaviour that an outside review found no test stating: each test here failed against a
 * hand-made mutant of the fold that the rest of the suite let through.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { describeEffect } from '../../src/engine/describe.js';
import { reconcile } from '../../src/engine/reconcile.js';
import { at, botComment, comment, observed } from './observed-fixture.js';

let set: PlaybookSet;
beforeAll(async () => {
  set = await loadPlaybooks('playbooks');
});

const applied = { labels: ['incident', 'sev-1', 'scenario:service-outage'] };

describe('an /ack after the incident was resolved', () => {
  it('acknowledges nothing: the resolved incident shows no acknowledgement and no timeline entry for it', () => {
    const state = observed({
      ...applied,
      comments: [botComment('page:sev-1', 1), comment('priya', 10, '/resolve Rolled back'), comment('priya', 12, '/ack')],
      permissions: { priya: 'write' },
    });
    const { incident } = reconcile(state, set, new Date(at(13)));
    expect(incident.resolution).toMatchObject({ at: at(10), by: 'priya' });
    expect(incident.acknowledged).toBeNull();
    expect(incident.timeline.map((entry) => entry.text)).not.toContain('Acknowledged');
  });

  it('does not stand for the reopened incident, which escalates when nobody acknowledges it again', () => {
    const state = observed({
      ...applied,
      comments: [botComment('page:sev-1', 1), comment('priya', 10, '/resolve'), comment('priya', 12, '/ack'), comment('priya', 20, '/reopen')],
      permissions: { priya: 'write' },
    });
    // The reopened incident's clock starts at 20; level 2 is due 30 minutes later.
    const { incident, effects } = reconcile(state, set, new Date(at(50)));
    expect(incident.resolution).toBeNull();
    expect(incident.acknowledged).toBeNull();
    expect(effects.map(describeEffect)).toContain('comment page:level-2');
  });

  it('an /ack made before the resolution still stands after it', () => {
    const state = observed({
      ...applied,
      comments: [botComment('page:sev-1', 1), comment('priya', 5, '/ack'), comment('priya', 10, '/resolve')],
      permissions: { priya: 'write' },
    });
    expect(reconcile(state, set, new Date(at(11))).incident.acknowledged).toEqual({ at: at(5), by: 'priya' });
  });
});

describe('/role sme for someone who is already an SME', () => {
  it('lists them once, whether the command is repeated in one comment or in a later one', () => {
    const state = observed({
      ...applied,
      comments: [
        botComment('page:sev-1', 1),
        comment('priya', 5, '/role sme @sam\n/role sme @sam'),
        comment('priya', 6, '/role sme @lee'),
        comment('wendy', 7, '/role sme @sam'),
      ],
      permissions: { priya: 'write', wendy: 'triage' },
    });
    const { incident } = reconcile(state, set, new Date(at(8)));
    expect(incident.roles.sme).toEqual(['sam', 'lee']);
  });
});
