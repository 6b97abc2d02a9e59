/** The daily wake-up at 06:17 UTC, in a simulation's span. */
import { describe, expect, it } from 'vitest';
import { wakeUps } from '../../src/simulate/wake-ups.js';

describe('wakeUps', () => {
  it('comes every day at 06:17 after the start, up to the end inclusive', () => {
    expect(wakeUps(new Date('2026-11-27T03:03:00Z'), new Date('2026-11-29T06:17:00Z'))).toEqual(['2026-11-27T06:17:00.000Z', '2026-11-28T06:17:00.000Z', '2026-11-29T06:17:00.000Z']);
  });

  it('skips the day\'s wake-up when the start is at or after it', () => {
    expect(wakeUps(new Date('2026-11-27T06:17:00Z'), new Date('2026-11-28T06:16:59Z'))).toEqual([]);
    expect(wakeUps(new Date('2026-11-27T06:16:59Z'), new Date('2026-11-28T06:16:59Z'))).toEqual(['2026-11-27T06:17:00.000Z']);
    expect(wakeUps(new Date('2026-11-27T23:59:00Z'), new Date('2026-11-28T12:00:00Z'))).toEqual(['2026-11-28T06:17:00.000Z']);
  });
});
