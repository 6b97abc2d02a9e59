import { describe, expect, test } from 'vitest';
import { findDuration, splitWithin } from '../../src/import/duration-words.js';

describe('findDuration', () => {
  test.each([
    ['Response time: 15 minutes', '15m', 15],
    ['Response time: 2 hours', '2h', 120],
    ['Response time: 24 hours', '24h', 1440],
    ['within 1 hour', '1h', 60],
    ['within 30 minutes', '30m', 30],
    ['hourly for SEV-2', '1h', 60],
    ['Every 30 minutes for SEV-1', '30m', 30],
    ['reviewed and updated quarterly', '90d', 129600],
    ['every 6 months', '180d', 259200],
    ['within forty-eight hours', '48h', 2880],
    ['takes two weeks', '2w', 20160],
    ['3 days', '3d', 4320],
    ['post an update every hour', '1h', 60],
    ['once a day', '1d', 1440],
    ['within half an hour', '30m', 30],
    ['Response: 10 min', '10m', 10],
    ['SLA 15m', '15m', 15],
    ['paged after 0 minutes', '0m', 0],
    ['next business day', '1d', 1440],
  ])('%s → %s', (text, duration, minutes) => {
    expect(findDuration(text)).toMatchObject({ text: duration, minutes });
  });

  test('the earlier of a spelled duration and an adverb wins', () => {
    expect(findDuration('hourly, or every 10 minutes when busy')?.text).toBe('1h');
    expect(findDuration('every 10 minutes, hourly at night')?.text).toBe('10m');
  });

  test('business days are written as calendar days and say so', () => {
    expect(findDuration('Acknowledge within 2 business days')).toMatchObject({ text: '2d', business: true });
    expect(findDuration('Acknowledge within 2 days')).toMatchObject({ text: '2d', business: false });
  });

  test('text without a duration gives null', () => {
    expect(findDuration('Respond to alert within defined SLA')).toBeNull();
    expect(findDuration('Feature requests')).toBeNull();
  });
});

describe('splitWithin', () => {
  test('cuts the deadline out of a management rule', () => {
    expect(splitWithin('Director notification within 1 hour')).toMatchObject({ rest: 'Director notification', duration: { text: '1h' } });
    expect(splitWithin('CTO/VP Engineering notification within 30 minutes')).toMatchObject({
      rest: 'CTO/VP Engineering notification',
      duration: { text: '30m', minutes: 30 },
    });
  });

  test('gives null without a deadline', () => {
    expect(splitWithin('Team Lead notification')).toBeNull();
    expect(splitWithin('Respond within defined SLA')).toBeNull();
  });
});
