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
});
