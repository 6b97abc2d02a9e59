/** What the incident card shows: the escalations taken in words, the next one, phases, roles and the playbooks it follows. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { buildCard } from '../../src/engine/card.js';
import type { PageMarker } from '../../src/engine/escalation.js';
import type { IncidentState } from '../../src/engine/incident-state.js';
import { reconcile } from '../../src/engine/reconcile.js';
import { at, botComment, observed } from './observed-fixture.js';

let set: PlaybookSet;
let incident: IncidentState;
beforeAll(async () => {
  set = await loadPlaybooks('playbooks');
  incident = reconcile(observed({ labels: ['incident', 'sev-1', 'scenario:service-outage'], comments: [botComment('page:sev-1', 1)] }), set, new Date(at(2))).incident;
});

const PLAYBOOK = { sha: 'abc1234def', url: 'https://github.com/acme/payments/tree/abc1234def/playbooks', fallback: null };

function escalations(markers: PageMarker[], playbooks: PlaybookSet = set): string[] {
  const pages = markers.map((marker, index) => ({ marker, at: at(index) }));
  return buildCard(incident, playbooks, pages, PLAYBOOK, [], at(2)).escalations.map((step) => step.text);
}

describe('the card’s escalations', () => {
  it('say who each page reached: the first level and the management rule of a severity, the name of a level', () => {
    expect(
      escalations([
        { kind: 'severity-page', severity: 'sev-1' },
        { kind: 'severity-page', severity: 'sev-4' },
        { kind: 'level-page', level: 2 },
      ]),
    ).toEqual(['SEV-1 (Critical): paged On-call engineer and CTO/VP Engineering notification', 'SEV-4 (Low): paged On-call engineer', 'Unacknowledged: paged level 2, Senior engineers and team leads']);
  });

  it('still say what was paged when the playbooks no longer have the severity or the level', () => {
    expect(escalations([{ kind: 'severity-page', severity: 'sev-9' }, { kind: 'level-page', level: 9 }])).toEqual(['SEV-9: paged', 'Unacknowledged: paged level 9']);
    const noLevels = { ...set, escalation: { ...set.escalation, technical: [] } };
    expect(escalations([{ kind: 'severity-page', severity: 'sev-1' }], noLevels)).toEqual(['SEV-1 (Critical): paged CTO/VP Engineering notification']);
  });

  it('keep the time of each page', () => {
    const card = buildCard(incident, set, [{ marker: { kind: 'severity-page', severity: 'sev-1' }, at: at(1) }], PLAYBOOK, [], at(2));
    expect(card.escalations).toEqual([{ at: at(1), text: 'SEV-1 (Critical): paged On-call engineer and CTO/VP Engineering notification' }]);
  });
});

describe('the rest of the card', () => {
  it('shows the next level to page, the phases in order, the roles with the commander marked, who may run commands and the playbooks', () => {
    const card = buildCard(incident, set, [], PLAYBOOK, [], at(2));
    expect(card.next).toEqual({ level: 2, name: 'Senior engineers and team leads', at: new Date(at(30)).toISOString() });
    expect(card.phases).toEqual(set.phases.map((phase) => phase.id));
    expect(card.roles).toEqual(set.roles.map((role) => ({ id: role.id, name: role.name, commander: role.id === 'ic' })));
    expect(card.minimumPermission).toBe(set.minimumPermission);
    expect(card.playbook).toBe(PLAYBOOK);
    expect(card.incident).toBe(incident);
    expect(card.ticks).toEqual([]);
    expect(card.tickEntries).toEqual([]);
  });
});
