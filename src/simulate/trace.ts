/**
 * A schedule trace: when the sweep's scheduled runs came. GitHub fires `*\/N * * * *` schedules late
 * (often by minutes) or not at all (an outage drops every tick for a while); a trace says which
 * ticks ran on time, which ran late and by how much, and which were dropped, so `simulate` can show
 * what that does to an incident's deadlines. Written in YAML (or JSON):
 *
 * ```yaml
 * every: 5m                 # the schedule: every 5 minutes (cron's 'star-slash 5')
 * late:                     # ticks scheduled in [from, until) ran `by` late
 *   - { from: "2026-11-27T03:15:00Z", until: "2026-11-27T03:30:00Z", by: 7m }
 * dropped:                  # ticks scheduled in [from, until) never ran
 *   - { from: "2026-11-27T03:30:00Z", until: "2026-11-27T04:10:00Z" }
 * ```
 */
import { DURATION_HINT, formatDuration, parseDuration } from '../config/duration.js';
import { readMapping, refuse } from './input-file.js';

/** Ticks scheduled from `from` (inclusive) until `until` (exclusive), ISO 8601. */
export interface TraceWindow {
  from: string;
  until: string;
}

/** A schedule and what became of its ticks. */
export interface ScheduleTrace {
  /** Minutes between ticks; divides 60, as a step in cron's minute field fires evenly only then. */
  everyMinutes: number;
  late: (TraceWindow & { byMinutes: number })[];
  dropped: TraceWindow[];
}

/** One tick of the schedule: when it was due, and when it ran (null: dropped). */
export interface Tick {
  scheduled: string;
  ranAt: string | null;
}

const MINUTE = 60_000;

/** The built-in trace: `*\/5`, three ticks 7 minutes late, then a 40-minute outage, and late ticks again when the post-mortem falls due two days on. */
export const DEFAULT_TRACE: ScheduleTrace = {
  everyMinutes: 5,
  late: [
    { from: '2026-11-27T03:15:00Z', until: '2026-11-27T03:30:00Z', byMinutes: 7 },
    { from: '2026-11-29T05:30:00Z', until: '2026-11-29T06:00:00Z', byMinutes: 7 },
  ],
  dropped: [{ from: '2026-11-27T03:30:00Z', until: '2026-11-27T04:10:00Z' }],
};

function duration(value: unknown, where: string): number {
  const minutes = typeof value === 'string' ? parseDuration(value) : null;
  if (minutes === null) refuse(where, `${JSON.stringify(value)} is not a duration`, DURATION_HINT);
  return minutes;
}

function instant(value: unknown, where: string): string {
  // js-yaml's default (core) schema reads a timestamp as a string, never a Date.
  const time = typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z$/u.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) refuse(where, `${JSON.stringify(value)} is not a UTC time`, 'write it as 2026-11-27T03:30:00Z');
  return new Date(time).toISOString();
}

function windows(value: unknown, name: 'late' | 'dropped', file: string): (TraceWindow & { by?: unknown })[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) refuse(`${file}: ${name}`, 'is not a list', `write a list of { from: …, until: … }${name === 'late' ? ', by: 7m' : ''} entries`);
  return value.map((entry: unknown, index) => {
    const where = `${file}: ${name}[${index}]`;
    if (typeof entry !== 'object' || entry === null) refuse(where, 'is not an entry', 'write { from: 2026-11-27T03:30:00Z, until: 2026-11-27T04:10:00Z }');
    const fields = entry as Record<string, unknown>;
    const allowed = name === 'late' ? ['from', 'until', 'by'] : ['from', 'until'];
    const unknown = Object.keys(fields).find((key) => !allowed.includes(key));
    if (unknown !== undefined) refuse(where, `unknown key "${unknown}"`, `an entry of ${name} has ${allowed.join(', ')}`);
    const from = instant(fields.from, `${where}.from`);
    const until = instant(fields.until, `${where}.until`);
    if (Date.parse(until) <= Date.parse(from)) refuse(where, `until (${until}) is not after from (${from})`, 'the window is [from, until)');
    return { from, until, by: fields.by };
  });
}

/** The trace in `text` (YAML or JSON) from `file`; throws a {@link SimulationInputError} saying what is wrong. */
export function parseTrace(text: string, file: string): ScheduleTrace {
  const fields = readMapping(text, file, 'trace', ['every', 'late', 'dropped']);
  const everyMinutes = fields.every === undefined ? 5 : duration(fields.every, `${file}: every`);
  // 0m does not divide an hour either: 60 % 0 is NaN.
  if (60 % everyMinutes !== 0) refuse(`${file}: every`, `${formatDuration(everyMinutes)} does not divide an hour`, 'cron */N fires evenly only when N divides 60: use 1m, 5m, 10m, 15m, 30m or 60m');
  return {
    everyMinutes,
    late: windows(fields.late, 'late', file).map(({ from, until, by }, index) => ({ from, until, byMinutes: duration(by, `${file}: late[${index}].by`) })),
    dropped: windows(fields.dropped, 'dropped', file).map(({ from, until }) => ({ from, until })),
  };
}

function inWindow(at: number, window: TraceWindow): boolean {
  return at >= Date.parse(window.from) && at < Date.parse(window.until);
}

/** Every tick of `trace` scheduled after `from` up to `until` (inclusive), with when it ran. */
export function ticksOf(trace: ScheduleTrace, from: Date, until: Date): Tick[] {
  const step = trace.everyMinutes * MINUTE;
  const ticks: Tick[] = [];
  for (let at = Math.floor(from.getTime() / step) * step + step; at <= until.getTime(); at += step) {
    const scheduled = new Date(at).toISOString();
    if (trace.dropped.some((window) => inWindow(at, window))) {
      ticks.push({ scheduled, ranAt: null });
      continue;
    }
    const late = trace.late.find((window) => inWindow(at, window));
    ticks.push({ scheduled, ranAt: new Date(at + (late?.byMinutes ?? 0) * MINUTE).toISOString() });
  }
  return ticks;
}
