/** The schedule's line of the report: ticks on time, late, dropped and to a sweep turned off; outages as runs of dropped ticks. */
import { describe, expect, it } from 'vitest';
import { summarizeTicks } from '../../src/simulate/tick-summary.js';
import type { Tick } from '../../src/simulate/trace.js';

function tick(scheduled: string, ranAt: string | null = scheduled): Tick {
  return { scheduled: `2026-11-27T${scheduled}:00.000Z`, ranAt: ranAt === null ? null : `2026-11-27T${ranAt}:00.000Z` };
}

describe('summarizeTicks', () => {
  it('counts each tick once: on time, late, dropped, or off when it found the sweep off (late or not)', () => {
    const ticks = [tick('03:00'), tick('03:05', '03:12'), tick('03:10', null), tick('03:15', null), tick('03:20'), tick('03:25', null), tick('03:30', '03:31'), tick('03:35'), tick('03:40', null)];
    const off = new Set([ticks[6]!.scheduled, ticks[7]!.scheduled]);
    expect(summarizeTicks(ticks, off)).toEqual({
      summary: { scheduled: 9, onTime: 2, late: 1, dropped: 4, off: 2, first: '2026-11-27T03:00:00.000Z', last: '2026-11-27T03:40:00.000Z' },
      outages: [
        ['2026-11-27T03:10:00.000Z', '2026-11-27T03:15:00.000Z'],
        ['2026-11-27T03:25:00.000Z', '2026-11-27T03:25:00.000Z'],
        ['2026-11-27T03:40:00.000Z', '2026-11-27T03:40:00.000Z'],
      ],
    });
  });

  it('starts an outage at a first tick dropped, and runs it on through consecutive drops', () => {
    expect(summarizeTicks([tick('03:00', null), tick('03:05', null), tick('03:10', null)], new Set()).outages).toEqual([['2026-11-27T03:00:00.000Z', '2026-11-27T03:10:00.000Z']]);
  });

  it('has nothing to say of no ticks', () => {
    expect(summarizeTicks([], new Set())).toEqual({ summary: { scheduled: 0, onTime: 0, late: 0, dropped: 0, off: 0, first: null, last: null }, outages: [] });
  });
});
