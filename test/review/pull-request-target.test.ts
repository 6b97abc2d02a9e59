/** Which pull_request events the check answers, from GitHub's example payloads. */
import { describe, expect, test } from 'vitest';
import { pullRequestTarget } from '../../src/review/pull-request-target.js';
import { example } from '../lifecycle/payloads.js';

interface PullPayload {
  action: string;
  pull_request: { number: number; head: { sha: string; repo: { full_name: string } | null }; base: { sha: string; repo: { full_name: string } } };
}

function payload(action: string): PullPayload {
  return example('pull_request', action) as unknown as PullPayload;
}

describe('pullRequestTarget', () => {
  test.each(['opened', 'synchronize', 'reopened', 'ready_for_review'])('%s is checked, with its number and commits', (action) => {
    const event = payload(action);
    expect(pullRequestTarget('pull_request', event)).toEqual({
      number: event.pull_request.number,
      headSha: event.pull_request.head.sha,
      baseSha: event.pull_request.base.sha,
      fork: false,
    });
  });

  test.each(['labeled', 'assigned', 'closed', 'converted_to_draft'])('%s is skipped with a reason', (action) => {
    expect(pullRequestTarget('pull_request', payload(action))).toEqual({ skip: `pull_request.${action} does not change the playbooks` });
  });

  test('a head in another repository, or a deleted one, is a fork', () => {
    const event = payload('opened');
    event.pull_request.head.repo = { full_name: 'someone/fork' };
    expect(pullRequestTarget('pull_request', event)).toMatchObject({ fork: true });
    event.pull_request.head.repo = null;
    expect(pullRequestTarget('pull_request', event)).toMatchObject({ fork: true });
  });

  test('a payload without commits is skipped; other events are not pull requests', () => {
    const event = payload('opened');
    event.pull_request.head.sha = 'HEAD';
    expect(pullRequestTarget('pull_request', event)).toEqual({ skip: 'pull_request.opened without a pull request number and commits' });
    expect(pullRequestTarget('issues', { action: 'opened' })).toBeNull();
    expect(pullRequestTarget('pull_request_target', payload('opened'))).toBeNull();
  });

  test('an action that is not a string is skipped, naming it', () => {
    expect(pullRequestTarget('pull_request', { pull_request: payload('opened').pull_request })).toEqual({ skip: 'pull_request.undefined does not change the playbooks' });
    expect(pullRequestTarget('pull_request', { ...payload('opened'), action: 7 })).toEqual({ skip: 'pull_request.7 does not change the playbooks' });
  });

  const SKIP = { skip: 'pull_request.synchronize without a pull request number and commits' };

  test('a checked action without a pull request, a head or a base is skipped, not thrown', () => {
    const event = payload('synchronize');
    expect(pullRequestTarget('pull_request', { action: 'synchronize' })).toEqual(SKIP);
    expect(pullRequestTarget('pull_request', { action: 'synchronize', pull_request: { number: event.pull_request.number, base: event.pull_request.base } })).toEqual(SKIP);
    expect(pullRequestTarget('pull_request', { action: 'synchronize', pull_request: { number: event.pull_request.number, head: event.pull_request.head } })).toEqual(SKIP);
  });

  test.each([
    ['a number that is text', { number: '7' }],
    ['a fractional number', { number: 1.5 }],
    ['number 0', { number: 0 }],
    ['a head commit that is not a string', { head: { sha: 7 } }],
    ['an abbreviated base commit', { base: { sha: 'abc1234' } }],
    ['a base commit that is not a string', { base: { sha: null } }],
  ])('%s is skipped', (_, override) => {
    const event = payload('synchronize');
    expect(pullRequestTarget('pull_request', { action: 'synchronize', pull_request: { ...event.pull_request, ...override } })).toEqual(SKIP);
  });

  test('pull request number 1 is checked', () => {
    const event = payload('synchronize');
    expect(pullRequestTarget('pull_request', { ...event, pull_request: { ...event.pull_request, number: 1 } })).toMatchObject({ number: 1, fork: false });
  });

  test('a base repository missing from the payload makes a fork, not a crash', () => {
    const event = payload('opened');
    expect(pullRequestTarget('pull_request', { ...event, pull_request: { ...event.pull_request, base: { sha: event.pull_request.base.sha, repo: null } } })).toMatchObject({ fork: true });
  });
});
