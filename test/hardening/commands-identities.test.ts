/**
 * Commands and identities: every command of the engine from every permission level, against the
 * emulator over real HTTP with the real Octokit, allowed or refused exactly as the README's security
 * model says (`minimum_permission`, triage in the demo set, from the collaborator-permission API);
 * permission lookups that fail (404, 500, a timeout) end in no change and a reply that says so; edited
 * and deleted comments; commands in quotes and code; the bot's own comments; and another automation
 * posting as the bot's login. No comment by `bot-login` is ever a command: other workflows that post
 * with the same `GITHUB_TOKEN` often echo text anyone wrote (an issue body, a title), so reading their
 * comments as commands would let anyone run one through them.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { commandHelp } from '../../src/engine/help.js';
import type { RecordedRequest } from '../../src/emulator/index.js';
import { BOT, FULL_NAME, OWNER, PEOPLE, type Person, REPO, type World, declare, startWorld } from '../lifecycle/harness.js';
import { recordCases } from './property.js';

const CATEGORY = 'commands-and-identities';

/** Someone who is no collaborator of the public repository: the permission API says read. */
const OUTSIDER = 'olga';
/** Someone the permission API answers 404 for (a deleted account, say): no permission. */
const NOBODY = 'nina';

let w: World | undefined;
afterEach(async () => {
  const ending = w;
  w = undefined;
  if (ending === undefined) return;
  try {
    ending.emulator.assertNoValidationErrors();
  } finally {
    await ending.stop();
  }
});

async function world(options: { requestTimeoutMs?: number } = {}): Promise<World> {
  w = await startWorld(options);
  return w;
}

const permissionPath = (login: string): string => `/repos/${FULL_NAME}/collaborators/${login}/permission`;
const lookups = (requests: RecordedRequest[]): RecordedRequest[] => requests.filter((request) => request.path.endsWith('/permission'));

/** What a command does when it runs, checked on the world after its run. */
interface Step {
  name: string;
  body: string;
  ran: (w: World, number: number, by: string) => void;
}

/** Every command, in an order that lets each show its effect on one incident declared at SEV-3. */
const STEPS: Step[] = [
  { name: 'help', body: '/help', ran: (w, number) => expect(w.botComments(number).at(-1)?.body).toContain('here are the commands for this incident') },
  { name: 'ack', body: '/ack', ran: (w, number, by) => expect(w.card(number)).toMatch(new RegExp(`\\| Response \\| Acknowledged at \\d\\d:\\d\\d UTC by ${by} \\|`)) },
  {
    name: 'sev',
    body: '/sev 4',
    ran: (w, number) => {
      expect(w.snapshot(number).labels).toContain('sev-4');
      expect(w.snapshot(number).labels).not.toContain('sev-3');
    },
  },
  { name: 'ic', body: '/ic @mona', ran: (w, number) => expect(w.snapshot(number).assignees).toEqual(['mona']) },
  { name: 'role', body: '/role comms @tom', ran: (w, number) => expect(w.card(number)).toContain('| Communication Lead | tom |') },
  { name: 'status', body: '/status investigation', ran: (w, number) => expect(w.card(number)).toContain('| Status | Investigation and Diagnosis (phase 3 of 6)') },
  { name: 'update', body: '/update Rolled back deploy 4512.', ran: (w, number, by) => expect(w.card(number)).toMatch(new RegExp(`\\| Last update \\| \\d\\d:\\d\\d UTC by ${by}: Rolled back deploy 4512\\. \\|`)) },
  { name: 'timeline', body: '/timeline Paged the database team', ran: (w, number, by) => expect(w.card(number)).toMatch(new RegExp(`\\| \\d\\d:\\d\\d UTC \\| ${by} \\| Paged the database team \\|`)) },
  { name: 'resolve', body: '/resolve Rolled back.', ran: (w, number) => expect(w.snapshot(number).state).toBe('closed') },
  { name: 'reopen', body: '/reopen', ran: (w, number) => expect(w.snapshot(number).state).toBe('open') },
];

test('the steps cover every command the engine reads', () => {
  expect(STEPS.map((step) => step.name).sort()).toEqual(commandHelp().map(({ usage }) => usage.slice(1).split(' ')[0]).sort());
});

describe('every command from each permission level', () => {
  test.each([PEOPLE.triage, PEOPLE.write, PEOPLE.maintain, PEOPLE.admin] as Person[])('%s (triage access or more) runs each command', async (login) => {
    const w = await world();
    const number = await declare(w, 3);
    let passed = 0;
    try {
      for (const step of STEPS) {
        const command = await w.comment(login, number, step.body);
        const { requests } = await w.run(command);
        step.ran(w, number, login);
        // Nobody is told that their command did not run.
        expect(w.botComments(number).filter((comment) => comment.marker === `reply:${command.commentId}` && !comment.body.includes('here are the commands'))).toEqual([]);
        // One lookup per person, once: later commands are judged from what the card records.
        expect(lookups(requests).length).toBeLessThanOrEqual(1);
        passed += 1;
      }
    } finally {
      recordCases(CATEGORY, `every-command-${login}`, STEPS.length, passed);
    }
  }, 60_000);

  test.each([
    ['read access', PEOPLE.read, 'you have read'],
    ['an outsider (no collaborator of a public repository)', OUTSIDER, 'you have read'],
    ['someone the permission API answers 404 for', NOBODY, 'you have none'],
  ] as const)('%s: every command but /help is refused with one reply each, and nothing changes', async (_who, login, have) => {
    const w = await world();
    const number = await declare(w, 3);
    const missing = w.emulator.faults.add({ method: 'GET', path: permissionPath(NOBODY), status: 404, times: 100 });
    const before = w.snapshot(number);
    const card = w.card(number);
    const comments = new Map<string, number>();
    for (const step of STEPS) {
      if (login === PEOPLE.read) comments.set(step.name, (await w.comment(PEOPLE.read, number, step.body)).commentId);
      else comments.set(step.name, w.emulator.seed.comment(FULL_NAME, number, { author: login, body: step.body }).id);
    }
    const { requests } = await w.run(w.dispatch(number));

    expect(lookups(requests).map((request) => [request.path, request.status])).toEqual([[permissionPath(login), login === NOBODY ? 404 : 200]]);
    expect(missing.fired).toBe(login === NOBODY ? 1 : 0);
    const after = w.snapshot(number);
    expect({ state: after.state, labels: after.labels, assignees: after.assignees }).toEqual({ state: before.state, labels: before.labels, assignees: before.assignees });
    expect(w.card(number)).toBe(card);
    let passed = 0;
    try {
      for (const step of STEPS) {
        const replies = w.botComments(number).filter((comment) => comment.marker === `reply:${comments.get(step.name) ?? 'none'}`);
        expect(replies, step.name).toHaveLength(1);
        if (step.name === 'help') expect(replies[0]?.body).toContain('here are the commands for this incident');
        else expect(replies[0]?.body).toContain(`- /${step.name} needs triage access to this repository; ${have}.`);
        passed += 1;
      }
    } finally {
      recordCases(CATEGORY, `every-command-${login}`, STEPS.length, passed);
    }
    // The verdicts stand: a second run asks nobody and writes nothing.
    const again = await w.run(w.dispatch(number));
    expect(lookups(again.requests)).toEqual([]);
    expect(again.writes).toEqual([]);
  }, 60_000);
});

describe('a permission lookup that fails', () => {
  test.each([
    ['500 on every try', { status: 500 }],
    ['a timeout on every try', { latencyMs: 400 }],
  ] as const)('%s: no change, a reply saying the permission could not be checked; once GitHub answers, the command written again runs', async (_name, fault) => {
    const w = await world({ requestTimeoutMs: 150 });
    const number = await declare(w, 3);
    const before = w.snapshot(number);
    const injected = w.emulator.faults.add({ method: 'GET', path: permissionPath(PEOPLE.admin), times: 4, ...fault });
    const refused = await w.comment(PEOPLE.admin, number, '/sev 1');
    const asked = lookups(w.emulator.requests).length;
    const first = await w.run(refused);

    // The retry plugin tried four times; the run ended (no hang) and refused.
    expect(injected.fired).toBe(4);
    expect(first.results[0]).toMatchObject({ severity: 'sev-3', effects: [`comment reply:${refused.commentId}`] });
    expect(w.snapshot(number).labels).toEqual(before.labels);
    expect(w.log.warning).toContainEqual(expect.stringMatching(/^Could not check the permission of ada \(.+\); their commands are refused\.$/));
    const reply = w.botComments(number).at(-1);
    expect(reply?.marker).toBe(`reply:${refused.commentId}`);
    expect(reply?.body).toContain('- /sev needs triage access to this repository; your permission could not be checked. Write the command again in a new comment to try once more.');

    // A timed-out request is still answered (late) by the emulator, and recorded then: wait for all
    // four, so the rerun's requests are its own.
    await vi.waitFor(() => expect(lookups(w.emulator.requests)).toHaveLength(asked + 4), { timeout: 5_000 });
    // A rerun after the fault judges it as the reply said: refused, without asking again or writing.
    const rerun = await w.run(refused);
    expect(lookups(rerun.requests)).toEqual([]);
    expect(rerun.writes).toEqual([]);
    expect(w.snapshot(number).labels).toContain('sev-3');

    const again = await w.comment(PEOPLE.admin, number, '/sev 1');
    await w.run(again);
    expect(w.snapshot(number).labels).toContain('sev-1');
    expect(w.botComments(number).map((comment) => comment.marker)).toEqual(['page:sev-3', 'card', `reply:${refused.commentId}`, 'page:sev-1']);
  }, 60_000);
});

describe('edited and deleted comments', () => {
  test('a comment edited into /sev 1 by its author with read access is refused as of the edit', async () => {
    const w = await world();
    const number = await declare(w, 3);
    const chatter = await w.comment(PEOPLE.read, number, 'Seeing errors on checkout too.');
    await w.run(chatter);
    expect(w.botComments(number).map((comment) => comment.marker)).toEqual(['page:sev-3', 'card']);
    w.advance(1);
    await w.people[PEOPLE.read].rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: chatter.commentId, body: '/sev 1' });
    await w.run(w.dispatch(number));
    expect(w.snapshot(number).labels).toContain('sev-3');
    expect(w.botComments(number).at(-1)?.body).toContain('- /sev needs triage access to this repository; you have read.');
  });

  test('a comment of someone with read access that a maintainer edits into /resolve is judged by its author (GitHub does not say who edited), and refused', async () => {
    const w = await world();
    const number = await declare(w, 3);
    const chatter = await w.comment(PEOPLE.read, number, 'Is anyone on this?');
    await w.run(chatter);
    w.advance(1);
    await w.people[PEOPLE.maintain].rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: chatter.commentId, body: '/resolve' });
    await w.run(w.dispatch(number));
    expect(w.snapshot(number).state).toBe('open');
    expect(w.botComments(number).at(-1)?.body).toContain('- /resolve needs triage access to this repository; you have read.');
  });

  test('deleting an accepted /sev takes it out of the history: the severity it set goes with it, and nobody is paged again', async () => {
    const w = await world();
    const number = await declare(w, 3);
    const raise = await w.comment(PEOPLE.write, number, '/sev 4');
    await w.run(raise);
    expect(w.snapshot(number).labels).toContain('sev-4');
    await w.people[PEOPLE.write].rest.issues.deleteComment({ owner: OWNER, repo: REPO, comment_id: raise.commentId });
    const { writes } = await w.run(w.dispatch(number));
    expect(w.snapshot(number).labels).toContain('sev-3');
    expect(w.snapshot(number).labels).not.toContain('sev-4');
    expect(writes.filter((request) => request.method === 'POST' && request.path.endsWith('/comments'))).toEqual([]);
    expect((await w.run(w.dispatch(number))).writes).toEqual([]);
  });

  test('deleting a refused command leaves its reply and changes nothing', async () => {
    const w = await world();
    const number = await declare(w, 3);
    const refused = await w.comment(PEOPLE.read, number, '/resolve');
    await w.run(refused);
    const before = w.snapshot(number);
    await w.people[PEOPLE.read].rest.issues.deleteComment({ owner: OWNER, repo: REPO, comment_id: refused.commentId });
    const { writes, requests } = await w.run(w.dispatch(number));
    expect(writes).toEqual([]);
    expect(lookups(requests)).toEqual([]);
    expect(w.snapshot(number).state).toBe(before.state);
    expect(w.botComments(number).map((comment) => comment.marker)).toEqual(['page:sev-3', 'card', `reply:${refused.commentId}`]);
  });
});

describe('text that is not a command', () => {
  test.each([
    ['a quote', '> /sev 1'],
    ['a quote in a quote', '> > /resolve'],
    ['inline code', '`/sev 1`'],
    ['a fenced block', '```\n/sev 1\n```'],
    ['a tilde fence', '~~~\n/resolve\n~~~'],
    ['an indented code block', 'Run this:\n\n    /sev 1'],
    ['an HTML comment', '<!--\n/sev 1\n-->'],
    ['mid-sentence', 'Should we /sev 1 this?'],
  ])('%s from an admin runs nothing, asks for no permission and gets no reply', async (_name, body) => {
    const w = await world();
    const number = await declare(w, 3);
    const { writes, requests } = await w.run(await w.comment(PEOPLE.admin, number, body));
    expect(writes).toEqual([]);
    expect(lookups(requests)).toEqual([]);
    expect(w.snapshot(number).labels).toContain('sev-3');
  });
});

describe('the bot’s login', () => {
  test('another workflow posting /sev 1 and /resolve as the bot’s login (no marker) is no command: no lookup, no reply, no change', async () => {
    const w = await world();
    const number = await declare(w, 3);
    const before = w.snapshot(number);
    w.emulator.seed.comment(FULL_NAME, number, { author: BOT, body: 'Thanks for the report! You wrote:\n\n/sev 1\n/resolve' });
    const { writes, requests } = await w.run(w.dispatch(number));
    expect(writes).toEqual([]);
    expect(lookups(requests)).toEqual([]);
    expect(w.snapshot(number)).toMatchObject({ state: before.state, labels: before.labels, assignees: before.assignees });
  });

  test('the bot’s own card, edited by a person to hold /resolve, is no command', async () => {
    const w = await world();
    const number = await declare(w, 3);
    const card = w.botComments(number).find((comment) => comment.marker === 'card');
    if (card === undefined) throw new Error('no card');
    await w.people[PEOPLE.triage].rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: card.id, body: `${card.body}\n\n/resolve\n/sev 1\n` });
    const { requests } = await w.run(w.dispatch(number));
    expect(lookups(requests)).toEqual([]);
    expect(w.snapshot(number).state).toBe('open');
    expect(w.snapshot(number).labels).toContain('sev-3');
  });
});
