/** The issue, every comment and every event of an incident, read in parallel and reduced to what the engine reads. */
import { describe, expect, it } from 'vitest';
import { fetchIncident } from '../../src/github/fetch-incident.js';
import { BOT, FULL_NAME, REPO, T0, closeWorldsAfterEach, startWorld } from './octokit.world.js';

closeWorldsAfterEach();

describe('fetchIncident', () => {
  it('reads the issue, its comments and its events as the engine sees them', async () => {
    const { emulator, octokit } = await startWorld();
    emulator.seed.issue(FULL_NAME, { title: 'Checkout down', author: 'wendy', labels: ['incident', 'sev-2'], assignees: ['tom'], at: T0 });
    const comment = emulator.seed.comment(FULL_NAME, 1, { author: 'rita', body: '/ack', at: '2026-11-27T03:05:00Z' });
    emulator.seed.close(FULL_NAME, 1, { actor: BOT, at: '2026-11-27T04:00:00Z' });
    const fetched = await fetchIncident(octokit, { ...REPO, number: 1 });
    const eventIds = emulator.state.repos[FULL_NAME]?.events.map((event) => event.id);
    expect(fetched).toEqual({
      issue: {
        number: 1,
        title: 'Checkout down',
        body: '',
        state: 'closed',
        labels: ['incident', 'sev-2'],
        assignees: ['tom'],
        author: 'wendy',
        createdAt: T0,
        htmlUrl: 'https://github.com/acme/shop/issues/1',
      },
      comments: [{ id: comment.id, author: 'rita', body: '/ack', createdAt: '2026-11-27T03:05:00Z', updatedAt: '2026-11-27T03:05:00Z' }],
      events: [
        { id: eventIds?.[0], event: 'labeled', actor: 'wendy', createdAt: T0, label: 'incident' },
        { id: eventIds?.[1], event: 'labeled', actor: 'wendy', createdAt: T0, label: 'sev-2' },
        { id: eventIds?.[2], event: 'assigned', actor: 'wendy', createdAt: T0 },
        { id: eventIds?.[3], event: 'closed', actor: BOT, createdAt: '2026-11-27T04:00:00Z' },
      ],
    });
  });

  it('keeps an open issue open and its body as written', async () => {
    const { emulator, octokit } = await startWorld();
    emulator.seed.issue(FULL_NAME, { title: 'Checkout down', body: '### Severity\n\nSEV-2' });
    const { issue } = await fetchIncident(octokit, { ...REPO, number: 1 });
    expect(issue).toMatchObject({ state: 'open', body: '### Severity\n\nSEV-2', labels: [], assignees: [] });
  });

  it('reads every page of a long thread, a hundred at a time', async () => {
    const { emulator, octokit, requested } = await startWorld();
    emulator.seed.issue(FULL_NAME, { title: 'Checkout down' });
    for (let index = 0; index < 101; index += 1) emulator.seed.comment(FULL_NAME, 1, { body: `update ${index}` });
    const { comments } = await fetchIncident(octokit, { ...REPO, number: 1 });
    expect(comments.map((comment) => comment.body)).toEqual(Array.from({ length: 101 }, (_, index) => `update ${index}`));
    expect(requested().sort()).toEqual(['GET /repos/acme/shop/issues/1', 'GET /repos/acme/shop/issues/1/comments', 'GET /repos/acme/shop/issues/1/comments', 'GET /repos/acme/shop/issues/1/events']);
    expect(emulator.requests.filter((request) => request.path !== '/repos/acme/shop/issues/1').map((request) => request.query.per_page)).toEqual(['100', '100', '100']);
  });
});
