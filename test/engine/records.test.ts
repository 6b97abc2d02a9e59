/**
 * The card's record and its step keys survive the round trip through a comment body, and nothing a
 * person types can pass for them.
 */
import { describe, expect, it } from 'vitest';
import { type CardRecord, formatRecordLine, formatStepMark, parseRecordLine, readStepBoxes } from '../../src/engine/records.js';

const record: CardRecord = {
  pin: 'c0ffee0000000000000000000000000000000001',
  declared: 'sev-1',
  judged: { through: 1002, at: '2026-11-27T03:20:00Z' },
  accepted: [],
  reporter: 'trusted',
  ticks: [
    { step: '8480eea2', at: '2026-11-27T03:04:00Z' },
    { step: '4ed26611', at: '2026-11-27T03:09:30Z' },
  ],
  digest: '965fe7e0bccfeacc',
  due: '2026-11-27T03:31:00Z',
  seen: 'o.4.0a1b2c3d',
  phase: 'investigation',
};

describe('the card record', () => {
  it('reads back what it wrote, ticks included', () => {
    const line = formatRecordLine({ kind: 'card' }, record);
    expect(line).toContain('ticks=8480eea2-1795748640.4ed26611-1795748970');
    expect(line).toContain(',due=1795750260,seen=o.4.0a1b2c3d,phase=investigation -->');
    expect(parseRecordLine(`${line}\n## card`)).toEqual({ marker: { kind: 'card' }, card: record });
  });

  it('drops a tick that is not a step key and a time', () => {
    const parsed = parseRecordLine('<!-- playbook-ops:card ticks=8480eea2-1795748640.zzzz0000-1.4ed26611 -->');
    expect(parsed?.card?.ticks).toEqual([{ step: '8480eea2', at: '2026-11-27T03:04:00Z' }]);
  });
});

describe('step boxes', () => {
  it('are read by the key that ends the line, ticked or not', () => {
    const body = [
      `- [x] Review logs ${formatStepMark('8480eea2')}`,
      `- [ ] **Alerts are sent**: to on-call ${formatStepMark('4ed26611')}`,
      `* [X] Upper-case tick ${formatStepMark('0000abcd')}`,
      '- [x] a box without a key',
      `  - [x] an indented box ${formatStepMark('11112222')}`,
      `- [x] a key not at the end ${formatStepMark('33334444')} trailing`,
    ].join('\n');
    expect([...readStepBoxes(body)]).toEqual([
      ['8480eea2', true],
      ['4ed26611', false],
      ['0000abcd', true],
    ]);
  });

  it('take only 8 hex digits as a key', () => {
    expect(() => formatStepMark('8480EEA2')).toThrow(/8 hex digits/);
    expect(() => formatStepMark('--> x')).toThrow(/8 hex digits/);
  });
});
