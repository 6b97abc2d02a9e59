import { describe, expect, test } from 'vitest';
import { checkDurations } from '../../src/config/checks/check-durations.js';
import { DURATION_HINT } from '../../src/config/duration.js';
import { checkTexts, defaultText, positionIn, replaced } from './in-memory.js';

type Edit = [from: string, to: string];

/** The duration and date diagnostics of `file` of the default set after `edits`, and its text. */
function durationProblems(file: string, ...edits: Edit[]) {
  const text = edits.reduce((edited, [from, to]) => replaced(edited, from, to), defaultText(file));
  const { diagnostics, set } = checkTexts({ [file]: text });
  // The file must pass its schema: the duration checks read valid documents only.
  expect(diagnostics).toEqual([]);
  return { text, found: checkDurations(set).map(({ file: where, line, column, rule, message, hint, pointer }) => ({ file: where, line, column, rule, message, hint, pointer })) };
}

const zero = (path: string, text: string) => `${path}: "${text}" is zero; this duration must be longer than that`;
const tooLong = (path: string, text: string) => `${path}: "${text}" is longer than 100 years`;

describe('bad-duration, field by field', () => {
  test("a file's own review cadence of zero is refused at the cadence", () => {
    const { text, found } = durationProblems('tools.yaml', ['review:\n', 'review:\n  cadence: 0d\n']);
    expect(found).toEqual([
      { file: 'tools.yaml', ...positionIn(text, '0d'), rule: 'bad-duration', message: zero('review.cadence', '0d'), hint: DURATION_HINT, pointer: '/review/cadence' },
    ]);
  });

  test("the set's review cadence of zero is refused in settings.yaml", () => {
    const { text, found } = durationProblems('settings.yaml', ['review_cadence: 90d', 'review_cadence: 0w']);
    expect(found).toEqual([
      { file: 'settings.yaml', ...positionIn(text, '0w'), rule: 'bad-duration', message: zero('review_cadence', '0w'), hint: DURATION_HINT, pointer: '/review_cadence' },
    ]);
  });

  test('a zero response time is refused; a post-mortem due at resolution is fine, one due in a century is not', () => {
    const { text, found } = durationProblems(
      'severities.yaml',
      ['response_time: 15m', 'response_time: 0m'],
      ['due_after_resolution: 48h', 'due_after_resolution: 0h'],
      ['due_after_resolution: 48h', 'due_after_resolution: 5218w'],
    );
    expect(found).toEqual([
      { file: 'severities.yaml', ...positionIn(text, '0m'), rule: 'bad-duration', message: zero('severities[0].response_time', '0m'), hint: DURATION_HINT, pointer: '/severities/0/response_time' },
      {
        file: 'severities.yaml',
        ...positionIn(text, '5218w'),
        rule: 'bad-duration',
        message: tooLong('severities[1].postmortem.due_after_resolution', '5218w'),
        hint: DURATION_HINT,
        pointer: '/severities/1/postmortem/due_after_resolution',
      },
    ]);
  });

  test('a severity without a post-mortem block has no post-mortem deadline to check', () => {
    const { found } = durationProblems('severities.yaml', ['    postmortem:\n      required: false\n', '']);
    expect(found).toEqual([]);
  });

  test('exactly a hundred years is still accepted; a day more is not', () => {
    const { text, found } = durationProblems('communication.yaml', ['every: 30m', 'every: 36500d'], ['every: 1h', 'every: 36501d']);
    expect(found).toEqual([
      { file: 'communication.yaml', ...positionIn(text, '36501d'), rule: 'bad-duration', message: tooLong('status_updates[1].every', '36501d'), hint: DURATION_HINT, pointer: '/status_updates/1/every' },
    ]);
  });

  test('escalation waits may be zero, but not a century: technical levels and management deadlines', () => {
    const { text, found } = durationProblems(
      'escalation.yaml',
      ['after: 2h', 'after: 6000w'],
      ['within: 1h', 'within: 0m'],
      ['within: 30m', 'within: 9999999d'],
    );
    expect(found).toEqual([
      { file: 'escalation.yaml', ...positionIn(text, '6000w'), rule: 'bad-duration', message: tooLong('technical[3].after', '6000w'), hint: DURATION_HINT, pointer: '/technical/3/after' },
      { file: 'escalation.yaml', ...positionIn(text, '9999999d'), rule: 'bad-duration', message: tooLong('management[2].within', '9999999d'), hint: DURATION_HINT, pointer: '/management/2/within' },
    ]);
  });
});

describe('bad-date', () => {
  test('a last review on a day the calendar does not have says how to write a real date', () => {
    const { text, found } = durationProblems('roles.yaml', ['last_reviewed: "2026-11-27"', 'last_reviewed: "2026-04-31"']);
    expect(found).toEqual([
      {
        file: 'roles.yaml',
        ...positionIn(text, '"2026-04-31"'),
        rule: 'bad-date',
        message: 'review.last_reviewed: "2026-04-31" is not a date in the calendar',
        hint: 'write a real date as YYYY-MM-DD, e.g. "2026-11-27"',
        pointer: '/review/last_reviewed',
      },
    ]);
  });
});
