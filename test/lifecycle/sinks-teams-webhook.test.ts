/**
 * Teams and signed webhooks over real HTTP: the Teams fake takes only Adaptive Card messages under
 * 28 KB; the webhook fake checks the HMAC signature over the raw body and the timestamp, as a
 * receiver of GitHub's webhooks does.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { webhookSignature } from '../../src/sinks/webhook-payload.js';
import { PEOPLE, declare } from './harness.js';
import { type SinksWorld, startSinksWorld } from './sinks-world.js';

const HOOK_KEY = 'a-shared-signing-key';

let sw: SinksWorld;
beforeEach(async () => {
  sw = await startSinksWorld((fakes) => [
    { file: 'severities.yaml', after: '    response_time: 15m\n', insert: '    sinks:\n      - { type: teams, secret: TEAMS_INCIDENTS }\n' },
    { file: 'escalation.yaml', after: '    after: 0m\n', insert: `    sinks:\n      - { type: webhook, secret: HOOK_KEY, name: Ops hook, url: "${fakes.webhookUrl('ops', HOOK_KEY)}" }\n` },
  ]);
  sw.secrets.TEAMS_INCIDENTS = sw.fakes.teamsUrl('incidents');
  sw.secrets.HOOK_KEY = HOOK_KEY;
});
afterEach(async () => {
  await sw.stop();
});

describe('Teams and a signed webhook', () => {
  it('each hear the page once, then the update and the resolution', async () => {
    const number = await declare(sw.world, 1);
    await sw.world.run(await sw.world.comment(PEOPLE.write, number, `/update ${'The card processor is back. '.repeat(1200)}`));
    await sw.world.run(await sw.world.comment(PEOPLE.write, number, '/resolve'));
    await sw.world.run(sw.world.dispatch(number));

    expect(sw.fakes.requests.map((request) => `${request.kind} ${request.status}`)).toEqual(['webhook 204', 'teams 202', 'webhook 204', 'teams 202', 'webhook 204', 'teams 202']);
    const hooks = sw.fakes.taken('webhook');
    expect(hooks.map((request) => request.headers['x-playbook-ops-event'])).toEqual(['page', 'update', 'resolve']);
    for (const hook of hooks) expect(hook.headers['x-hub-signature-256']).toBe(webhookSignature(HOOK_KEY, hook.raw));
    expect(new Set(hooks.map((hook) => hook.headers['x-playbook-ops-delivery'])).size).toBe(3);
    const card = (sw.fakes.taken('teams')[1]?.body as { attachments: { content: { body: { text: string }[] } }[] }).attachments[0]?.content.body ?? [];
    expect(card.at(-1)?.text).toMatch(/…$/);
    expect(sw.world.card(number)).toMatch(/✅ Ops hook: resolve \d\d:\d\d UTC, sent/);
  });

  it('a webhook signed with another key is refused by the receiver, and the card says so', async () => {
    sw.secrets.HOOK_KEY = 'not-the-shared-key';
    const number = await declare(sw.world, 1);
    expect(sw.fakes.requests.filter((request) => request.kind === 'webhook').map((request) => `${request.status} ${request.problem ?? ''}`)).toEqual(['401 bad signature']);
    expect(sw.world.card(number)).toMatch(/⚠️ Ops hook: page sev-1, failed \(401\) in 1 run/);
  });
});
