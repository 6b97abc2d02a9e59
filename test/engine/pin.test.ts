/** An incident runs on the playbook commit it was declared under, recorded on its card. */
import { describe, expect, it } from 'vitest';
import { readLedger } from '../../src/engine/ledger.js';
import { pinnedSha, pinToRecord } from '../../src/engine/pin.js';
import { BOT, botComment, observed } from './observed-fixture.js';

const PIN = 'c0ffee0000000000000000000000000000000001';
const run = { playbookRef: { ...observed().playbookRef, sha: 'beef000000000000000000000000000000000002' } };

describe('the playbook commit of an incident', () => {
  it('is the card’s pin once the card has one, whatever commit this run is on', () => {
    expect(pinnedSha(run, readLedger({ botLogin: BOT, comments: [botComment(`card pin=${PIN}`, 1)] }))).toBe(PIN);
  });

  it('is this run’s commit while no card pinned one', () => {
    expect(pinnedSha(run, readLedger({ botLogin: BOT, comments: [] }))).toBe(run.playbookRef.sha);
    expect(pinnedSha(run, readLedger({ botLogin: BOT, comments: [botComment('card declared=sev-1', 1)] }))).toBe(run.playbookRef.sha);
  });

  it('is recorded only when it is a full commit SHA, never a branch or tag name', () => {
    expect(pinToRecord(PIN)).toBe(PIN);
    expect(pinToRecord('HEAD')).toBeNull();
    expect(pinToRecord('abc1234')).toBeNull();
    expect(pinToRecord(`${PIN}0`)).toBeNull();
    expect(pinToRecord(`x${PIN}`)).toBeNull();
  });
});
