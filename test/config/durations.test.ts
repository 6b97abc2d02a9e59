/** Durations as playbook authors write them (`15m`, `1h30m`, `2w`), and as the product writes them back. */
import { describe, expect, test } from 'vitest';
import { checkFiles } from '../../src/config/check-files.js';
import { formatDuration, parseDuration } from '../../src/config/duration.js';
import { DEFAULT_YAML_LIMITS } from '../../src/config/yaml-limits.js';
import { TINY_SET } from './tiny-set.js';

describe('a duration', () => {
  test('is the sum of its whole numbers of weeks, days, hours and minutes', () => {
    expect(['0m', '15m', '2h', '90d', '1h30m', '2w', '1w1d1h1m', '30m1h'].map(parseDuration)).toEqual([0, 15, 120, 129_600, 90, 20_160, 11_581, 90]);
  });

  test('is refused when anything else is written around or between its parts', () => {
    for (const text of ['soon', '', '15', 'm', '15 m', '1.5h', '-15m', 'x15m', '15mx', '15m ', '1h 30m', '15min']) expect(parseDuration(text), text).toBeNull();
  });

  test('is written back in days, hours and minutes, the shortest way, and zero as 0m', () => {
    expect([0, 15, 60, 90, 1440, 1441, 20_160, 11_581].map(formatDuration)).toEqual(['0m', '15m', '1h', '1h30m', '1d', '1d1m', '14d', '8d1h1m']);
  });

  test('written in words is refused with how to write one', () => {
    const severities = TINY_SET['severities.yaml'].replace('response_time: 1h', 'response_time: one hour');
    const { diagnostics } = checkFiles([{ file: 'severities.yaml', text: severities }], DEFAULT_YAML_LIMITS);
    expect(diagnostics.map(({ rule, message, hint }) => ({ rule, message, hint }))).toEqual([
      {
        rule: 'schema',
        message: 'severities[0].response_time: "one hour" is not a duration',
        hint: 'write a whole number followed by m (minutes), h (hours), d (days) or w (weeks), e.g. 15m, 2h, 48h, 90d or 1h30m',
      },
    ]);
  });
});
