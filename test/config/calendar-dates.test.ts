/** Review dates (`last_reviewed`) as written in YAML: only real `YYYY-MM-DD` days count. */
import { describe, expect, test } from 'vitest';
import { addMinutesToDate, parseCalendarDate } from '../../src/config/calendar-date.js';

describe('a calendar date', () => {
  test('is midnight UTC of the day written', () => {
    expect(parseCalendarDate('2026-01-10')).toBe(Date.parse('2026-01-10T00:00:00Z'));
    expect(parseCalendarDate('2028-02-29')).toBe(Date.parse('2028-02-29T00:00:00Z'));
    expect(parseCalendarDate('0100-01-01')).toBe(Date.parse('0100-01-01T00:00:00Z'));
  });

  test('is refused when the day, the month or the year does not exist', () => {
    for (const text of ['2026-02-29', '2026-04-31', '2026-01-00', '2026-13-01', '2026-00-10', '0050-01-01']) expect(parseCalendarDate(text), text).toBeNull();
  });

  test('is refused when anything but the date is written', () => {
    for (const text of ['2026-1-10', 'on 2026-01-10', '2026-01-10 at noon', '2026-01-10T00:00:00Z', '']) expect(parseCalendarDate(text), text).toBeNull();
  });

  test('plus a duration is the UTC day that duration after its midnight', () => {
    expect(addMinutesToDate('2026-12-31', 23 * 60 + 59)).toBe('2026-12-31');
    expect(addMinutesToDate('2026-12-31', 24 * 60)).toBe('2027-01-01');
  });
});
