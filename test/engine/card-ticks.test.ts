/**
 * Ticks in the card's task lists survive the card's rewrites: they are kept by step, follow a step
 * wherever the playbook moves it, and go only when someone unticks the box.
 */
import { describe, expect, it } from 'vitest';
import { cardSteps, currentTicks, stepKey, tickTimeline } from '../../src/engine/card-ticks.js';
import { reconcile } from '../../src/engine/reconcile.js';
import type { LedgerCard } from '../../src/engine/ledger.js';
import type { CardRecord } from '../../src/engine/records.js';
import { defaultLikeSet } from '../render/fixture-set.js';
import { at, observed } from './observed-fixture.js';

const set = defaultLikeSet();
const logs = stepKey('scenario:service-outage', 'Review application logs for errors');
const infra = stepKey('scenario:service-outage', 'Check infrastructure status (Kubernetes, Docker, cloud services)');
const ack = stepKey('phase:initial-response', 'Acknowledge the Alert');
const gone = stepKey('scenario:service-outage', 'A step the playbook dropped');
const record: CardRecord = { pin: null, declared: null, judged: null, accepted: [], reporter: null, ticks: [], digest: null, due: null, seen: null, phase: null };

function card(boxes: [string, boolean][], updatedAt = '2026-11-27T03:10:00Z'): LedgerCard {
  return { commentId: 1, record, boxes: new Map(boxes), updatedAt };
}

describe('the key of a step', () => {
  it('is 8 hex digits that change with the step’s place and words', () => {
    expect(logs).toMatch(/^[0-9a-f]{8}$/);
    expect(new Set([logs, infra, ack, stepKey('phase:service-outage', 'Review application logs for errors')]).size).toBe(4);
    expect(stepKey('scenario:a', 'bc')).not.toBe(stepKey('scenario:ab', 'c'));
    expect(stepKey('scenario:service-outage', 'Review application logs for errors')).toBe(logs);
  });
});

describe('the ticks recorded', () => {
  const before = [{ step: logs, at: '2026-11-27T03:04:00Z' }];

  it('are kept as they were when the card cannot be read, but not for steps the playbook no longer has', () => {
    expect(currentTicks([...before, { step: gone, at: '2026-11-27T03:05:00Z' }], null, set)).toEqual(before);
  });

  it('add each box newly ticked in the card, at the card’s last edit, once', () => {
    const ticks = currentTicks(before, card([[logs, true], [infra, true], [ack, false], [gone, true]]), set);
    expect(ticks).toEqual([...before, { step: infra, at: '2026-11-27T03:10:00Z' }]);
  });

  it('drop a tick whose box someone unticked, and keep one whose box the card no longer shows', () => {
    const phaseTick = { step: ack, at: '2026-11-27T03:02:00Z' };
    expect(currentTicks([...before, phaseTick], card([[logs, false], [infra, false]]), set)).toEqual([phaseTick]);
  });
});

describe('the timeline of ticks', () => {
  it('says which step was ticked, in the playbook’s words, as a card edit', () => {
    expect(tickTimeline([{ step: ack, at: '2026-11-27T03:02:00Z' }, { step: gone, at: '2026-11-27T03:05:00Z' }], set)).toEqual([
      { at: '2026-11-27T03:02:00Z', actor: 'card edit', text: 'Ticked: Acknowledge the Alert' },
      { at: '2026-11-27T03:05:00Z', actor: 'card edit', text: `Ticked: ${gone}` },
    ]);
  });
});

describe('the task lists of the card', () => {
  const { incident } = reconcile(observed(), set, new Date(at(1)));

  it('show the scenario’s steps and the phase’s steps with their tasks, each ticked as recorded', () => {
    const detect = stepKey('phase:detection', 'Automated monitoring systems detect anomalies');
    expect(cardSteps(incident, [{ step: logs, at: at(2) }])).toEqual({
      scenario: [
        { key: infra, text: 'Check infrastructure status (Kubernetes, Docker, cloud services)', tasks: [], done: false },
        { key: logs, text: 'Review application logs for errors', tasks: [], done: true },
      ],
      phase: [{ key: detect, text: 'Automated monitoring systems detect anomalies', tasks: [], done: false }],
    });
    const responding = { ...incident, phase: set.phases[1]! };
    expect(cardSteps(responding, [{ step: ack, at: at(2) }]).phase).toEqual([
      { key: ack, text: 'Acknowledge the Alert', tasks: ['Respond to alert within defined SLA', 'Create incident ticket'], done: true },
    ]);
  });

  it('show no phase once the incident is resolved, and no scenario steps without a scenario', () => {
    expect(cardSteps({ ...incident, resolution: { at: at(5), by: 'priya', summary: null } }, []).phase).toEqual([]);
    expect(cardSteps({ ...incident, scenario: null }, []).scenario).toEqual([]);
  });
});
