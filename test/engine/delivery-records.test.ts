/** The card records deliveries sent and failing; the record line reads back exactly what it wrote. */
import { describe, expect, it } from 'vitest';
import { type CardRecord, formatRecordLine, parseRecordLine } from '../../src/engine/records.js';

const BASE: CardRecord = { pin: null, declared: 'sev-1', judged: null, accepted: [], reporter: 'trusted', ticks: [], digest: '0123456789abcdef', due: null, seen: null, phase: null };

describe('delivery marks in the card record', () => {
  it('round-trip', () => {
    const record: CardRecord = {
      ...BASE,
      sent: [
        { key: '0a1b2c3d', at: '2026-11-27T03:01:00Z' },
        { key: 'ffffffff', at: '2026-11-27T03:02:05Z' },
      ],
      failed: [{ key: '12345678', runs: 2, reason: 'no-secret' }],
    };
    const line = formatRecordLine({ kind: 'card' }, record);
    expect(line).toBe('<!-- playbook-ops:card declared=sev-1,reporter=trusted,digest=0123456789abcdef,sent=0a1b2c3d-1795748460.ffffffff-1795748525,failed=12345678-2-no-secret -->');
    expect(parseRecordLine(line)?.card).toEqual(record);
  });

  it('a card without deliveries records none, as before', () => {
    const line = formatRecordLine({ kind: 'card' }, BASE);
    expect(line).not.toMatch(/sent=|failed=/);
    expect(parseRecordLine(line)?.card).toEqual(BASE);
  });

  it('marks that are not well formed are dropped, not misread', () => {
    const parsed = parseRecordLine('<!-- playbook-ops:card digest=0123456789abcdef,sent=nothex00-12.0a1b2c3d-60,failed=0a1b2c3d-0-x.0a1b2c3d-1-503 -->');
    expect(parsed?.card?.sent).toEqual([{ key: '0a1b2c3d', at: '1970-01-01T00:01:00Z' }]);
    expect(parsed?.card?.failed).toEqual([{ key: '0a1b2c3d', runs: 1, reason: '503' }]);
  });
});
