import { RequestError } from '@octokit/request-error';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { handlers } from '../../src/emulator/routes/index.js';
import { openApi } from '../../src/emulator/openapi/spec.js';
import { OpenApiValidator } from '../../src/emulator/openapi/validator.js';
import { Router } from '../../src/emulator/router.js';
import type { Octokit } from '@octokit/rest';
import type { Emulator } from '../../src/emulator/index.js';
import { clientFor, startEmulator } from './helpers.js';

const repo = { owner: 'acme', repo: 'shop' };

/** Sends a request Octokit's types would refuse: the point is to see what the emulator does with it. */
function sendUntyped(octokit: Octokit, route: string, parameters: Record<string, unknown>): Promise<unknown> {
  return octokit.request(route, parameters);
}

describe('requests GitHub would refuse', () => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await startEmulator();
    emulator.seed.issue('acme/shop', { title: 'Outage' });
  });
  afterEach(async () => {
    // Refused requests are recorded; the emulator's own answers must all be valid.
    emulator.assertNoValidationErrors('response');
    await emulator.close();
  });

  test('a comment without a body is 422 "Invalid request" and recorded as a request failure', async () => {
    const octokit = clientFor(emulator);
    const error = (await sendUntyped(octokit, 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: 1 }).catch(
      (caught: unknown) => caught,
    )) as RequestError;
    expect(error.status).toBe(422);
    expect(error.response?.data).toEqual({
      message: 'Invalid request.\n\n"body" wasn\'t supplied.',
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '422',
    });
    expect(emulator.state.repos['acme/shop']?.comments).toEqual([]);
    expect(emulator.validationErrors).toEqual([
      {
        kind: 'request',
        operationId: 'issues/create-comment',
        method: 'POST',
        path: '/repos/acme/shop/issues/1/comments',
        status: 422,
        errors: ["body/body: must have required property 'body'"],
      },
    ]);
    expect(() => emulator.assertNoValidationErrors()).toThrow(/issues\/create-comment/);
  });

  test('a wrongly typed body field, a bad enum and a bad query are 422', async () => {
    const octokit = clientFor(emulator);
    const status = async (promise: Promise<unknown>): Promise<number> => ((await promise.catch((caught: unknown) => caught)) as RequestError).status;
    expect(await status(sendUntyped(octokit, 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: 1, body: 42 }))).toBe(422);
    expect(await status(sendUntyped(octokit, 'PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: 1, state: 'resolved' }))).toBe(422);
    expect(await status(sendUntyped(octokit, 'GET /repos/{owner}/{repo}/issues', { ...repo, state: 'bogus' }))).toBe(422);
    expect(await status(sendUntyped(octokit, 'GET /repos/{owner}/{repo}/issues', { ...repo, per_page: 'many' }))).toBe(422);
    expect(emulator.validationErrors.map((issue) => [issue.kind, issue.operationId])).toEqual([
      ['request', 'issues/create-comment'],
      ['request', 'issues/update'],
      ['request', 'issues/list-for-repo'],
      ['request', 'issues/list-for-repo'],
    ]);
    expect(emulator.state.repos['acme/shop']?.issues[0]?.state).toBe('open');
  });

  test('a malformed path parameter is 404, malformed JSON is 400', async () => {
    const headers = { authorization: 'token bot-token', 'content-type': 'application/json' };
    const notANumber = await fetch(`${emulator.url}/repos/acme/shop/issues/abc`, { headers });
    expect(notANumber.status).toBe(404);
    // A path segment that is no valid percent-encoding names nothing.
    expect((await fetch(`${emulator.url}/repos/acme/shop/labels/sev%E0%A4%A`, { headers })).status).toBe(404);
    expect((await fetch(`${emulator.url}/repos/acme/shop/labels/sev%2D1`, { headers })).status).toBe(200);
    const broken = await fetch(`${emulator.url}/repos/acme/shop/issues/1/comments`, { method: 'POST', headers, body: '{"body":' });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { message: string }).message).toBe('Problems parsing JSON');
  });

  test('writing without a token is 401', async () => {
    const answer = await fetch(`${emulator.url}/repos/acme/shop/issues`, { method: 'POST', body: JSON.stringify({ title: 'x' }) });
    expect(answer.status).toBe(401);
    expect(((await answer.json()) as { message: string }).message).toBe('Requires authentication');
    const read = await fetch(`${emulator.url}/repos/acme/shop/issues/1`);
    expect(read.status).toBe(200);
  });
});

describe('the OpenAPI description and the routes', () => {
  test('every served operation has exactly one handler, and every handler an operation', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(openApi.operations).sort());
    expect(openApi.source).toMatchObject({ package: '@octokit/openapi', file: 'generated/api.github.com.json' });
  });

  test('the router takes multi-segment refs and paths raw or percent-encoded', () => {
    const router = new Router(openApi.operations);
    expect(router.match('GET', '/repos/acme/shop/git/ref/heads%2Fmain')).toEqual({
      operationId: 'git/get-ref',
      params: { owner: 'acme', repo: 'shop', ref: 'heads/main' },
    });
    expect(router.match('GET', '/repos/acme/shop/contents/playbooks/scenarios/x.yaml')?.params.path).toBe('playbooks/scenarios/x.yaml');
    expect(router.match('GET', '/repos/acme/shop/issues/comments/7')?.operationId).toBe('issues/get-comment');
    expect(router.match('GET', '/repos/acme/shop/issues/7/comments')?.operationId).toBe('issues/list-comments');
    expect(router.match('DELETE', '/repos/acme/shop/issues/7/labels/sev%201')?.params.name).toBe('sev 1');
    expect(router.match('PUT', '/rate_limit')).toBeUndefined();
  });

  test('the validator catches a response that is not GitHub shaped', () => {
    const validator = new OpenApiValidator(openApi);
    const label = { id: 1, node_id: 'x', url: 'https://api.github.com/repos/a/b/labels/x', name: 'x', color: 'ffffff', default: false, description: null };
    expect(validator.response('issues/get-label', 200, label)).toEqual([]);
    expect(validator.response('issues/get-label', 200, { ...label, id: '1' })[0]?.where).toBe('response 200/id');
    expect(validator.response('issues/get-label', 200, { ...label, url: 'not a url' })[0]?.message).toMatch(/format "uri"/);
    expect(validator.response('issues/get-label', 201, label)[0]?.message).toBe('status 201 is not documented for issues/get-label');
    expect(validator.response('issues/remove-all-labels', 204, { surprise: true })[0]?.message).toBe('must have no body');
    expect(validator.response('issues/get-label', 404, { message: 'Not Found', documentation_url: 'x' })).toEqual([]);
    expect(validator.response('issues/get-label', 500, { message: 7 })).not.toEqual([]);
  });

  test('nullable fields take null, and only where the description allows it', () => {
    const validator = new OpenApiValidator(openApi);
    const label = { id: 1, node_id: 'x', url: 'https://x.test/l', name: 'x', color: 'ffffff', default: false, description: null };
    expect(validator.response('issues/get-label', 200, label)).toEqual([]);
    expect(validator.response('issues/get-label', 200, { ...label, name: null })).not.toEqual([]);
    // `state_reason` is a nullable enum: null is fine, an unknown value is not.
    expect(validator.body('issues/update', { state_reason: null })).toEqual([]);
    expect(validator.body('issues/update', { state_reason: 'bored' })).not.toEqual([]);
  });

  test('query parameters are converted to their types and get their declared defaults', () => {
    const validator = new OpenApiValidator(openApi);
    const query: Record<string, unknown> = { state: 'closed', per_page: '50' };
    expect(validator.parameters('issues/list-for-repo', 'query', query)).toEqual([]);
    expect(query).toEqual({ state: 'closed', per_page: 50, page: 1, sort: 'created', direction: 'desc' });
  });
});

test('with validate: false nothing is checked or recorded', async () => {
  const emulator = await startEmulator({ validate: false });
  try {
    emulator.seed.issue('acme/shop', { title: 'Outage' });
    const answer = (await sendUntyped(clientFor(emulator), 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: 1, body: 42 })) as {
      status: number;
    };
    expect(answer.status).toBe(201);
    expect(emulator.validationErrors).toEqual([]);
  } finally {
    await emulator.close();
  }
});
