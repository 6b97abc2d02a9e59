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

describe('issue and comment events', () => {
  const issue = (action: unknown, extra: Record<string, unknown> = {}) => eventTarget('issues', { action, issue: { number: 7, ...extra } }, 'bot[bot]');

  test.each(['opened', 'edited', 'labeled', 'unlabeled', 'assigned', 'unassigned', 'closed', 'reopened'])('issues.%s names its issue', (action) => {
    expect(issue(action)).toEqual({ type: 'issue', number: 7 });
  });

  test('other issue actions, and a missing action, change no incident', () => {
    expect(issue('milestoned')).toEqual({ type: 'skip', reason: 'issues.milestoned does not change incidents' });
    expect(issue(undefined)).toEqual({ type: 'skip', reason: 'issues.undefined does not change incidents' });
    expect(issue(['opened'])).toMatchObject({ type: 'skip' });
  });

  test('an event on a pull request, or without a whole positive issue number, is skipped with the reason', () => {
    expect(issue('labeled', { pull_request: {} })).toEqual({ type: 'skip', reason: 'issues.labeled on a pull request, not an issue' });
    for (const number of [0, -3, 7.5, '7', undefined]) {
      expect(issue('labeled', { number })).toEqual({ type: 'skip', reason: 'issues.labeled without an issue number' });
    }
  });

  test('a new comment names its issue, unless the bot wrote it or it is not new', () => {
    const commented = (action: string, login: string, extra: Record<string, unknown> = {}) =>
      eventTarget('issue_comment', { action, issue: { number: 9, ...extra }, comment: { user: { login } } }, 'bot[bot]');
    expect(commented('created', 'priya')).toEqual({ type: 'issue', number: 9 });
    expect(commented('created', 'bot[bot]')).toEqual({ type: 'skip', reason: 'the comment is the bot’s own' });
    expect(commented('edited', 'priya')).toEqual({ type: 'skip', reason: 'issue_comment.edited does not change incidents' });
    expect(commented('created', 'priya', { pull_request: {} })).toEqual({ type: 'skip', reason: 'issue_comment.created on a pull request, not an issue' });
  });

  test('the schedule looks at every open incident; other events at nothing', () => {
    expect(eventTarget('schedule', {}, 'bot[bot]')).toEqual({ type: 'open-incidents' });
    expect(eventTarget('push', {}, 'bot[bot]')).toEqual({ type: 'skip', reason: 'the push event does not change incidents' });
    expect(eventTarget('pull_request', { action: 'opened' }, 'bot[bot]')).toEqual({ type: 'skip', reason: 'pull_request.opened does not change incidents' });
  });

  test('a refused dispatch input that is not text is named by its type', () => {
    expect(dispatch(null)).toEqual({ type: 'skip', reason: 'workflow_dispatch input issue of type null is not an issue number' });
    expect(dispatch(7.5)).toEqual({ type: 'skip', reason: 'workflow_dispatch input issue of type number is not an issue number' });
  });
});

describe('a closed pull request without the repositories named', () => {
  test('is not taken for a post-mortem of this repository', () => {
    const target = eventTarget('pull_request', { action: 'closed', pull_request: { merged: true, head: { ref: 'playbook-ops/postmortem-12' } } }, 'bot[bot]');
    expect(target).toEqual({ type: 'skip', reason: 'the pull request is not a post-mortem of this repository' });
  });
});

describe('what names a post-mortem pull request', () => {
  const closed = (pull: Record<string, unknown> | undefined) => eventTarget('pull_request', { action: 'closed', repository: { full_name: 'acme/payments' }, ...(pull === undefined ? {} : { pull_request: pull }) }, 'bot[bot]');

  test('only a branch that is exactly a post-mortem branch, with an issue number of up to ten digits', () => {
    const head = (ref: unknown) => closed({ head: { ref, repo: { full_name: 'acme/payments' } } });
    expect(head('playbook-ops/postmortem-1234567890')).toEqual({ type: 'issue', number: 1234567890 });
    expect(head('playbook-ops/postmortem-12345678901').type).toBe('skip');
    expect(head('feature/playbook-ops/postmortem-12').type).toBe('skip');
    expect(head(12).type).toBe('skip');
  });

  test('a payload without the pull request or its head names nothing', () => {
    expect(closed(undefined)).toEqual({ type: 'skip', reason: 'the pull request is not a post-mortem of this repository' });
    expect(closed({})).toEqual({ type: 'skip', reason: 'the pull request is not a post-mortem of this repository' });
  });

  test('a manual run without inputs looks at every open incident', () => {
    expect(eventTarget('workflow_dispatch', {}, 'bot[bot]')).toEqual({ type: 'open-incidents' });
  });
});
