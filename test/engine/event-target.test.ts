/** The event target of a workflow run: which issue a `workflow_dispatch` input names, and what a skip says. */
import { describe, expect, test } from 'vitest';
import { eventTarget } from '../../src/engine/event-target.js';
import { controlCharacters } from '../action/runner-model.js';

const dispatch = (issue: unknown) => eventTarget('workflow_dispatch', { inputs: { issue } }, 'bot[bot]');

describe('workflow_dispatch input issue', () => {
  test('a decimal number names one issue', () => {
    expect(dispatch('7')).toEqual({ type: 'issue', number: 7 });
    expect(dispatch('1234567890')).toEqual({ type: 'issue', number: 1234567890 });
  });

  test('no input, or an empty one, means every open incident', () => {
    expect(dispatch(undefined)).toEqual({ type: 'open-incidents' });
    expect(dispatch('')).toEqual({ type: 'open-incidents' });
  });

  test.each(['0x7', '007', '0', '1e1', '7.0', '+7', '-7', ' 7', '7 ', '0b111', '12345678901', 'Infinity', '٧'])('"%s" is not an issue number', (raw) => {
    const target = dispatch(raw);
    expect(target.type).toBe('skip');
    expect(target.type === 'skip' && target.reason).toContain('is not an issue number');
  });

  test('a number (an input of type number) is taken as it is; other values are refused', () => {
    expect(dispatch(7)).toEqual({ type: 'issue', number: 7 });
    for (const value of [0, -7, 7.5, 1e10, Number.NaN, true, { toString: () => '7' }, ['7']]) expect(dispatch(value).type).toBe('skip');
  });

  test('the refused value is quoted with its control characters escaped, and cut short', () => {
    const target = dispatch('1\n::error::owned\r\u001b[31m\u202e\u0085##[add-mask]x');
    if (target.type !== 'skip') throw new Error('expected a skip');
    expect(target.reason).toBe('workflow_dispatch input issue "1\\n::error::owned\\r\\u001b[31m\\u202e\\u0085##[add-mask]x" is not an issue number');
    // Nothing that ends or starts a line, no terminal escape, no bidi override.
    expect(controlCharacters(target.reason)).toEqual([]);
    expect(target.reason).not.toContain('\n');
    const long = dispatch('9'.repeat(500));
    expect(long.type === 'skip' && long.reason.length).toBeLessThan(120);
    expect(long.type === 'skip' && long.reason).toContain('…');
  });

  test('the cut never splits a surrogate pair', () => {
    const target = dispatch('😀'.repeat(100));
    if (target.type !== 'skip') throw new Error('expected a skip');
    expect(target.reason).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});

describe('pull_request', () => {
  const repository = { full_name: 'acme/payments' };
  const closed = (ref: string, headRepo: string | null = 'acme/payments', action = 'closed') =>
    eventTarget('pull_request', { action, repository, pull_request: { merged: true, head: { ref, repo: headRepo === null ? null : { full_name: headRepo } } } }, 'bot[bot]');

  test('a closed post-mortem pull request of this repository names its incident', () => {
    expect(closed('playbook-ops/postmortem-12')).toEqual({ type: 'issue', number: 12 });
  });

  test('other branches, forks, other actions and odd numbers are skipped', () => {
    for (const target of [
      closed('feature/postmortem-12'),
      closed('playbook-ops/postmortem-012'),
      closed('playbook-ops/postmortem-12-x'),
      closed('playbook-ops/postmortem-12', 'someone/payments'),
      closed('playbook-ops/postmortem-12', null),
      closed('playbook-ops/postmortem-12', 'acme/payments', 'opened'),
    ]) {
      expect(target.type).toBe('skip');
    }
  });
});
