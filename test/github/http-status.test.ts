/** The status of a failed GitHub request; other errors have none, whatever they carry. */
import { describe, expect, it } from 'vitest';
import { httpStatus } from '../../src/github/http-status.js';
import { REPO, closeWorldsAfterEach, startWorld } from './octokit.world.js';

closeWorldsAfterEach();

describe('httpStatus', () => {
  it('is the status GitHub answered a failed request with', async () => {
    const { octokit } = await startWorld();
    const failure: unknown = await octokit.rest.issues.get({ ...REPO, issue_number: 404 }).catch((error: unknown) => error);
    expect(httpStatus(failure)).toBe(404);
  });

  it('is undefined for an error that is not a failed request, even one with a status field', () => {
    expect(httpStatus(Object.assign(new Error('socket hang up'), { status: 500 }))).toBeUndefined();
    expect(httpStatus('404')).toBeUndefined();
  });
});
