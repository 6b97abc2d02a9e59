/** Every way a handbook writes a time that the importer reads, and how a level's statements are sorted by them. */
import { describe, expect, test } from 'vitest';
import { clauses, readLevelStatements } from '../../src/import/level-times.js';
import { findDuration, isUsable, splitWithin } from '../../src/import/duration-words.js';

describe('amounts and units in words', () => {
  test.each([
    ['a day', '1d'], ['an hour', '1h'], ['one week', '1w'], ['every minute', '1m'], ['each day', '1d'], ['next hour', '1h'],
    ['two hours', '2h'], ['three days', '3d'], ['four hours', '4h'], ['five minutes', '5m'], ['six months', '180d'],
    ['seven days', '7d'], ['eight hours', '8h'], ['nine minutes', '9m'], ['ten minutes', '10m'], ['eleven minutes', '11m'],
    ['twelve hours', '12h'], ['fifteen minutes', '15m'], ['twenty minutes', '20m'], ['thirty minutes', '30m'],
    ['forty minutes', '40m'], ['forty-five minutes', '45m'], ['forty-eight hours', '48h'], ['sixty minutes', '60m'],
    ['ninety days', '90d'], ['Ten Minutes', '10m'],
  ])('"%s" is %s', (text, duration) => {
    expect(findDuration(`Acknowledge within ${text}.`)?.text).toBe(duration);
  });

  test.each([
    ['1 minute', '1m', 1], ['5 min', '5m', 5], ['5 mins', '5m', 5], ['2 hours', '2h', 120], ['3 hr', '3h', 180], ['3 hrs', '3h', 180],
    ['1 day', '1d', 1440], ['2 days', '2d', 2880], ['1 week', '1w', 10080], ['3 weeks', '3w', 30240], ['1 month', '30d', 43200],
    ['2 years', '730d', 1051200], ['10-minute', '10m', 10], ['2 working days', '2d', 2880],
  ])('"%s" is %s, %i minutes', (text, duration, minutes) => {
    expect(findDuration(`update every ${text}`)).toMatchObject({ text: duration, minutes });
  });

  test('where the duration is, so a caller can cut it out', () => {
    expect(findDuration('Respond within 15 minutes, please')).toMatchObject({ index: 15, length: 10 });
    expect(findDuration('SLA: 4 h')).toMatchObject({ text: '4h', minutes: 240, index: 5, length: 3 });
    expect(findDuration('reviewed quarterly')).toMatchObject({ index: 9, length: 9 });
  });

  test('business and working days are marked as such, in any case', () => {
    expect(findDuration('within 1 Business Day')).toMatchObject({ text: '1d', business: true });
    expect(findDuration('within 3 working days')).toMatchObject({ text: '3d', business: true });
    expect(findDuration('within 3 days of work')).toMatchObject({ text: '3d', business: false });
    expect(findDuration('hourly')).toMatchObject({ business: false });
  });
});

describe('durations as engineers abbreviate them', () => {
  test.each([['15m', '15m', 15], ['2h', '2h', 120], ['4 h', '4h', 240], ['3d', '3d', 4320], ['1w', '1w', 10080], ['2H', '2h', 120]])(
    '"%s" is %s',
    (text, duration, minutes) => {
      expect(findDuration(`SLA ${text}`)).toMatchObject({ text: duration, minutes });
    },
  );

  test('a letter that is part of a word, a hyphenated or possessive term is no duration', () => {
    expect(findDuration('Rotate the 2d-array cache')).toBeNull();
    expect(findDuration("the 5m's budget")).toBeNull();
    expect(findDuration('the 5m’s budget')).toBeNull();
    expect(findDuration('runs on 4 hosts')).toBeNull();
    expect(findDuration('a 10mb limit')).toBeNull();
  });
});

describe('cadences said as adverbs', () => {
  test.each([
    ['half-hourly', '30m', 30], ['every half an hour', '30m', 30], ['every half hour', '30m', 30], ['hourly', '1h', 60],
    ['daily', '1d', 1440], ['weekly', '1w', 10080], ['fortnightly', '2w', 20160], ['monthly', '30d', 43200],
    ['quarterly', '90d', 129600], ['semi-annually', '182d', 262080], ['annually', '365d', 525600], ['yearly', '365d', 525600],
    ['Quarterly', '90d', 129600],
  ])('"%s" is %s', (text, duration, minutes) => {
    expect(findDuration(`Playbooks are reviewed ${text}.`)).toMatchObject({ text: duration, minutes, business: false });
  });

  test('of two phrases the earlier wins', () => {
    expect(findDuration('an hour, or half an hour at night')?.text).toBe('1h');
    expect(findDuration('weekly, or 2 days when busy')?.text).toBe('1w');
  });
});

describe('deadlines cut out of a rule', () => {
  test.each([
    ['Director notification within 1 hour', 'Director notification', '1h'],
    ['Notify the director, within 1 hour, by phone.', 'Notify the director by phone.', '1h'],
    ['Page security in under 15 minutes', 'Page security', '15m'],
    ['Page security in less than 15 minutes; always', 'Page security always', '15m'],
    ['Customer notice no later than 2 hours', 'Customer notice', '2h'],
    ['Notify the director within 1 hour;   by phone', 'Notify the director by phone', '1h'],
    ['Customer notice   WITHIN   2 hours.', 'Customer notice', '2h'],
  ])('"%s" is "%s" within %s', (text, rest, duration) => {
    expect(splitWithin(text)).toMatchObject({ rest, duration: { text: duration } });
  });

  test('no deadline when the time does not follow "within" at once', () => {
    expect(splitWithin('Notify within the next 2 hours')).toBeNull();
    expect(splitWithin('Notify withinside 2 hours')).toBeNull();
  });
});

describe('what validation accepts', () => {
  test('up to a hundred years; zero only where zero means at once', () => {
    const years = (count: number) => findDuration(`${count} years`)!;
    expect(isUsable(years(100), true)).toBe(true);
    expect(isUsable(years(101), true)).toBe(false);
    expect(isUsable(findDuration('0 minutes')!, true)).toBe(false);
    expect(isUsable(findDuration('0 minutes')!, false)).toBe(true);
    expect(isUsable(findDuration('1 minute')!, true)).toBe(true);
  });
});

describe("a severity level's statements", () => {
  test('sentences and ";" clauses are read apart, not abbreviations, versions or lower-case continuations', () => {
    expect(clauses('Total outage. Respond within 5 minutes.')).toEqual(['Total outage.', 'Respond within 5 minutes.']);
    expect(clauses('Down! Now. Why? 5 users')).toEqual(['Down!', 'Now.', 'Why?', '5 users']);
    expect(clauses('Data loss ;  security breach;')).toEqual(['Data loss', 'security breach']);
    expect(clauses('v1.2 broke, e.g. login')).toEqual(['v1.2 broke, e.g. login']);
    expect(clauses('   ')).toEqual([]);
  });

  test('a time after words of acknowledging is the response, after words of updating the cadence', () => {
    expect(readLevelStatements(['Acknowledge within 10 minutes, status update every 20 minutes'])).toMatchObject({
      response: { text: '10m' },
      update: { text: '20m' },
      criteria: [],
    });
    expect(readLevelStatements(['Status: acknowledge within 5 minutes'])).toMatchObject({ response: { text: '5m' }, update: null });
    expect(readLevelStatements(['After acknowledging, post updates hourly'])).toMatchObject({ response: null, update: { text: '1h' } });
  });

  test.each([
    'Respond within 5 minutes', 'Responds in 5 minutes', 'Response: 5 minutes', 'Acknowledged within 5 minutes', 'Ack in 5 minutes',
    'Acked within 5 minutes', 'SLA 5 minutes', 'Pick up within 5 minutes', 'Picked up in 5 minutes', 'Answer within 5 minutes',
    'Answered in 5 minutes', 'Engage within 5 minutes', 'Engaged in 5 minutes', 'Engages in 5 minutes', 'Triage within 5 minutes',
    'Triaged in 5 minutes', 'Triages in 5 minutes',
  ])('"%s" states the response time', (statement) => {
    expect(readLevelStatements([statement])).toMatchObject({ response: { text: '5m' }, update: null, criteria: [] });
  });

  test.each([
    'Update every 30 minutes', 'Updates: 30 minutes', 'Updated each 30 minutes', 'Report at 30 minutes', 'Reports at 30 minutes',
    'Status at 30 minutes', 'Cadence: 30 minutes', 'Inform stakeholders at 30 minutes', 'Informed after 30 minutes',
  ])('"%s" states the update cadence', (statement) => {
    expect(readLevelStatements([statement])).toMatchObject({ response: null, update: { text: '30m' }, criteria: [] });
  });

  test('a time that names neither follows the one before it in its clause; alone, it is a criterion', () => {
    expect(readLevelStatements(['Respond within 5 minutes, or 10 minutes at night'])).toMatchObject({ response: { text: '5m' }, criteria: [] });
    expect(readLevelStatements(['Delays over an hour. Respond within 15 minutes.'])).toMatchObject({
      response: { text: '15m' },
      criteria: ['Delays over an hour.'],
    });
  });

  test('the first response and the first cadence stated win', () => {
    expect(readLevelStatements(['Respond within 5 minutes', 'Respond within 30 minutes', 'Update hourly', 'Update daily'])).toMatchObject({
      response: { text: '5m' },
      update: { text: '1h' },
    });
  });

  test('a clause is searched for eight times at most', () => {
    const eight = Array.from({ length: 8 }, (_, index) => `${index + 1} minutes`).join(', ');
    const result = readLevelStatements([`${eight}, respond within 9 minutes`]);
    expect(result.response).toBeNull();
    expect(result.criteria).toHaveLength(1);
    expect(readLevelStatements([`${eight.split(', ').slice(1).join(', ')}, respond within 9 minutes`]).response?.text).toBe('9m');
  });
});
