/**
 * Which runs are alerts, and which key makes the notifications of one alert group land on one
 * incident.
 */
import { describe, expect, it } from 'vitest';
import { alertDispatch } from '../../src/alerts/alert-dispatch.js';
import { dedupKey, groupIdentity } from '../../src/alerts/dedup-key.js';
import { matchesPattern } from '../../src/alerts/label-pattern.js';

describe('an alert run', () => {
  it('is a repository_dispatch of type alert, and carries its client payload', () => {
    expect(alertDispatch('repository_dispatch', { action: 'alert', client_payload: { grafana: {} } })).toEqual({ clientPayload: { grafana: {} } });
    expect(alertDispatch('repository_dispatch', { action: 'deploy', client_payload: {} })).toBeNull();
    expect(alertDispatch('workflow_dispatch', { action: 'alert', client_payload: {} })).toBeNull();
  });
});

describe('the dedup key of an alert group', () => {
  it('is 16 hex digits of the SHA-256 of the sorted label pairs', () => {
    expect(dedupKey({})).toBe('4f53cda18c2baa0c');
    expect(dedupKey({ b: '2', a: '1' })).toBe(dedupKey({ a: '1', b: '2' }));
    expect(dedupKey({ alertname: 'ApiDown' })).toMatch(/^[0-9a-f]{16}$/u);
  });

  it("is Grafana's common labels only when its group labels are empty; Alertmanager's group labels always", () => {
    expect(groupIdentity({ source: 'alertmanager', groupLabels: { a: '1' }, commonLabels: { b: '2' } })).toEqual({ a: '1' });
    expect(groupIdentity({ source: 'grafana', groupLabels: { a: '1' }, commonLabels: { b: '2' } })).toEqual({ a: '1' });
  });
});

describe('a label pattern', () => {
  it.each([
    ['a*b', 'ab', true],
    ['a*b', 'axxb', true],
    ['ab*', 'ab', true],
    ['ab*', 'a', false],
    ['*ab', 'xb', false],
    ['a*b*c', 'abbc', true],
    ['a*bc*d', 'abcd', true],
    ['a*b*b', 'ab', false],
    ['a*x*b', 'ab', false],
    ['a*b*c*d', 'ab_c_d', true],
    ['a*b*c*d', 'adcbd', false],
    ['x*x*x', 'xxx', true],
    ['x*x*x', 'xx', false],
    ['a**b', 'ab', true],
  ])('%s against %s: %s', (pattern, value, expected) => {
    expect(matchesPattern(pattern, value)).toBe(expected);
  });
});
