/** What became of a simulation's scheduled ticks: how many ran on time, late, not at all, or to a sweep turned off; and its outages. */
import type { Tick } from './trace.js';

/** What became of the schedule's ticks. */
export interface TickSummary {
  scheduled: number;
  onTime: number;
  late: number;
  dropped: number;
  /** Ticks that came while the sweep workflow was off (it turns itself off when nothing is pending): GitHub started no run. */
  off: number;
  /** The first and last tick looked at. */
  first: string | null;
  last: string | null;
}

/** The summary of `ticks`, `off` the scheduled times of those that found the sweep off; and the dropped ticks as runs of consecutive ones, `[first, last]`. */
export function summarizeTicks(ticks: Tick[], off: ReadonlySet<string>): { summary: TickSummary; outages: [string, string][] } {
  const outages: [string, string][] = [];
  let previous: Tick | undefined;
  for (const tick of ticks) {
    if (tick.ranAt === null) {
      // A tick dropped right after a dropped one goes on with its outage.
      const outage = previous?.ranAt === null ? outages.at(-1) : undefined;
      if (outage === undefined) outages.push([tick.scheduled, tick.scheduled]);
      else outage[1] = tick.scheduled;
    }
    previous = tick;
  }
  const ran = ticks.filter((tick) => tick.ranAt !== null && !off.has(tick.scheduled));
  const late = ran.filter((tick) => tick.ranAt !== tick.scheduled).length;
  return {
    summary: { scheduled: ticks.length, onTime: ran.length - late, late, dropped: ticks.filter((tick) => tick.ranAt === null).length, off: off.size, first: ticks[0]?.scheduled ?? null, last: ticks.at(-1)?.scheduled ?? null },
    outages,
  };
}
