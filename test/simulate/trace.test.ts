/** Schedule traces: what `simulate --trace FILE` accepts, what it refuses, and the ticks a trace makes. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DURATION_HINT } from '../../src/config/duration.js';
import { SimulationInputError } from '../../src/simulate/input-file.js';
import { DEFAULT_TRACE, type ScheduleTrace, parseTrace, ticksOf } from '../../src/simulate/trace.js';

function refusal(text: string): string {
  try {
    parseTrace(text, 'trace.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(SimulationInputError);
    return (error as Error).message;
  }
  throw new Error(`the trace ${JSON.stringify(text)} was accepted`);
}

const WINDOW_HINT = 'write { from: 2026-11-27T03:30:00Z, until: 2026-11-27T04:10:00Z }';

describe('parseTrace', () => {
  it('reads the built-in trace the README shows', async () => {
    const readme = await readFile('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('### Deadlines under a late schedule: simulate'));
    const block = /```yaml\n([\s\S]*?)```/u.exec(section)?.[1] ?? '';
    const instants = (trace: ScheduleTrace) => ({
      ...trace,
      late: trace.late.map((window) => ({ ...window, from: Date.parse(window.from), until: Date.parse(window.until) })),
      dropped: trace.dropped.map((window) => ({ from: Date.parse(window.from), until: Date.parse(window.until) })),
    });
    expect(instants(parseTrace(block, 'README.md'))).toEqual(instants(DEFAULT_TRACE));
  });

  it('reads every schedule whose step divides an hour, and defaults to every 5 minutes', () => {
    expect(parseTrace('every: 1m', 'trace.yaml')).toEqual({ everyMinutes: 1, late: [], dropped: [] });
    expect(parseTrace('every: 1h', 'trace.yaml').everyMinutes).toBe(60);
    expect(parseTrace('late: ~\ndropped: ~', 'trace.yaml')).toEqual({ everyMinutes: 5, late: [], dropped: [] });
    expect(parseTrace('{}', 'trace.json')).toEqual({ everyMinutes: 5, late: [], dropped: [] });
  });

  it('reads windows as UTC instants to the millisecond, with or without seconds', () => {
    const trace = parseTrace(
      'late:\n  - { from: "2026-11-27T03:15Z", until: 2026-11-27T03:30:00.25Z, by: 1h30m }\ndropped:\n  - { from: 2026-11-27T03:30:00Z, until: 2026-11-27T03:30:01Z }\n',
      'trace.yaml',
    );
    expect(trace).toEqual({
      everyMinutes: 5,
      late: [{ from: '2026-11-27T03:15:00.000Z', until: '2026-11-27T03:30:00.250Z', byMinutes: 90 }],
      dropped: [{ from: '2026-11-27T03:30:00.000Z', until: '2026-11-27T03:30:01.000Z' }],
    });
  });

  it.each([
    ['every: 7m', 'trace.yaml: every: 7m does not divide an hour; cron */N fires evenly only when N divides 60: use 1m, 5m, 10m, 15m, 30m or 60m'],
    ['every: 0m', 'trace.yaml: every: 0m does not divide an hour; cron */N fires evenly only when N divides 60: use 1m, 5m, 10m, 15m, 30m or 60m'],
    ['every: 2h', 'trace.yaml: every: 2h does not divide an hour; cron */N fires evenly only when N divides 60: use 1m, 5m, 10m, 15m, 30m or 60m'],
    ['every: 5', `trace.yaml: every: 5 is not a duration; ${DURATION_HINT}`],
    ['every: 5 minutes', `trace.yaml: every: "5 minutes" is not a duration; ${DURATION_HINT}`],
    ['every: [5m]', `trace.yaml: every: ["5m"] is not a duration; ${DURATION_HINT}`],
    ['every: 5m\nskipped: []', 'trace.yaml: unknown key "skipped"; a trace has every, late and dropped'],
  ])('refuses the schedule %j', (text, message) => {
    expect(refusal(text)).toBe(message);
  });

  it.each([
    ['late: { from: 2026-11-27T03:00:00Z }', 'trace.yaml: late: is not a list; write a list of { from: …, until: … }, by: 7m entries'],
    ['dropped: 2026-11-27T03:00:00Z', 'trace.yaml: dropped: is not a list; write a list of { from: …, until: … } entries'],
    ['dropped:\n  - ~', `trace.yaml: dropped[0]: is not an entry; ${WINDOW_HINT}`],
    ['late: [2026-11-27T03:00:00Z]', `trace.yaml: late[0]: is not an entry; ${WINDOW_HINT}`],
    ['dropped: [{ from: 2026-11-27T03:00:00Z, until: 2026-11-27T04:00:00Z, by: 7m }]', 'trace.yaml: dropped[0]: unknown key "by"; an entry of dropped has from, until'],
    ['late: [{ from: 2026-11-27T03:00:00Z, until: 2026-11-27T04:00:00Z, by: 7m, for: 1h }]', 'trace.yaml: late[0]: unknown key "for"; an entry of late has from, until, by'],
    ['late: [{ from: 2026-11-27T03:00:00Z, until: 2026-11-27T04:00:00Z }]', `trace.yaml: late[0].by: undefined is not a duration; ${DURATION_HINT}`],
    ['late: [{ from: 2026-11-27T03:00:00Z, until: 2026-11-27T04:00:00Z, by: 7m }, { from: 2026-11-27T05:00:00Z, until: 2026-11-27T06:00:00Z, by: 7 }]', `trace.yaml: late[1].by: 7 is not a duration; ${DURATION_HINT}`],
    ['dropped: [{ from: 2026-11-27T04:00:00Z, until: 2026-11-27T04:00:00Z }]', 'trace.yaml: dropped[0]: until (2026-11-27T04:00:00.000Z) is not after from (2026-11-27T04:00:00.000Z); the window is [from, until)'],
    ['dropped: [{ from: 2026-11-27T03:00:00Z, until: 2026-11-27T04:00:00Z }, { from: 2026-11-27T04:00:00Z, until: 2026-11-27T03:00:00Z }]', 'trace.yaml: dropped[1]: until (2026-11-27T03:00:00.000Z) is not after from (2026-11-27T04:00:00.000Z); the window is [from, until)'],
  ])('refuses the windows %j', (text, message) => {
    expect(refusal(text)).toBe(message);
  });

  it.each([
    ['"03:00"', '"03:00"'],
    ['2026-11-27', '"2026-11-27"'],
    ['2026-11-27 03:00', '"2026-11-27 03:00"'],
    ['2026-11-27T03:00:00', '"2026-11-27T03:00:00"'],
    ['2026-11-27T03:00:00+01:00', '"2026-11-27T03:00:00+01:00"'],
    ['x2026-11-27T03:00:00Z', '"x2026-11-27T03:00:00Z"'],
    ['2026-11-27T03:00:00Zx', '"2026-11-27T03:00:00Zx"'],
    ['26-11-27T03:00:00Z', '"26-11-27T03:00:00Z"'],
    ['2026-1-27T03:00:00Z', '"2026-1-27T03:00:00Z"'],
    ['2026-11-27T3:00:00Z', '"2026-11-27T3:00:00Z"'],
    ['2026-11-27T03:00:0Z', '"2026-11-27T03:00:0Z"'],
    ['2026-11-27T03:00:00.Z', '"2026-11-27T03:00:00.Z"'],
    ['2026-13-27T03:00:00Z', '"2026-13-27T03:00:00Z"'],
    ['"+002026-11-27T03:00:00Z"', '"+002026-11-27T03:00:00Z"'],
    ['1700000000000', '1700000000000'],
    ['[2026-11-27T03:00:00Z]', '["2026-11-27T03:00:00Z"]'],
  ])('refuses the instant %s, naming the field', (value, shown) => {
    expect(refusal(`dropped: [{ from: 2026-11-27T02:00:00Z, until: ${value} }]`)).toBe(`trace.yaml: dropped[0].until: ${shown} is not a UTC time; write it as 2026-11-27T03:30:00Z`);
    expect(refusal(`late: [{ from: ${value}, until: 2026-11-28T02:00:00Z, by: 5m }]`)).toBe(`trace.yaml: late[0].from: ${shown} is not a UTC time; write it as 2026-11-27T03:30:00Z`);
  });
});

/** `*\/15`, ticks in [03:15, 03:30) 7 minutes late, ticks in [03:30, 04:00) dropped. */
const TRACE: ScheduleTrace = {
  everyMinutes: 15,
  late: [{ from: '2026-11-27T03:15:00Z', until: '2026-11-27T03:30:00Z', byMinutes: 7 }],
  dropped: [{ from: '2026-11-27T03:30:00Z', until: '2026-11-27T04:00:00Z' }],
};

describe('ticksOf', () => {
  it('runs the ticks after the start up to the end inclusive: late in a late window, dropped in an outage, from each window\'s start to before its end', () => {
    expect(ticksOf(TRACE, new Date('2026-11-27T03:00:00Z'), new Date('2026-11-27T04:15:00Z'))).toEqual([
      { scheduled: '2026-11-27T03:15:00.000Z', ranAt: '2026-11-27T03:22:00.000Z' },
      { scheduled: '2026-11-27T03:30:00.000Z', ranAt: null },
      { scheduled: '2026-11-27T03:45:00.000Z', ranAt: null },
      { scheduled: '2026-11-27T04:00:00.000Z', ranAt: '2026-11-27T04:00:00.000Z' },
      { scheduled: '2026-11-27T04:15:00.000Z', ranAt: '2026-11-27T04:15:00.000Z' },
    ]);
  });

  it('starts at the first tick after a start between ticks, and ends at the last tick before an end between ticks', () => {
    expect(ticksOf({ everyMinutes: 5, late: [], dropped: [] }, new Date('2026-11-27T03:03:00Z'), new Date('2026-11-27T03:14:59Z'))).toEqual([
      { scheduled: '2026-11-27T03:05:00.000Z', ranAt: '2026-11-27T03:05:00.000Z' },
      { scheduled: '2026-11-27T03:10:00.000Z', ranAt: '2026-11-27T03:10:00.000Z' },
    ]);
  });

  it('drops a tick both late and in an outage', () => {
    const trace: ScheduleTrace = { ...TRACE, late: [{ from: '2026-11-27T03:00:00Z', until: '2026-11-27T05:00:00Z', byMinutes: 3 }] };
    expect(ticksOf(trace, new Date('2026-11-27T03:20:00Z'), new Date('2026-11-27T04:00:00Z'))).toEqual([
      { scheduled: '2026-11-27T03:30:00.000Z', ranAt: null },
      { scheduled: '2026-11-27T03:45:00.000Z', ranAt: null },
      { scheduled: '2026-11-27T04:00:00.000Z', ranAt: '2026-11-27T04:03:00.000Z' },
    ]);
  });

  it('has no ticks when the end comes before the first one', () => {
    expect(ticksOf(TRACE, new Date('2026-11-27T03:00:00Z'), new Date('2026-11-27T03:14:00Z'))).toEqual([]);
  });
});
