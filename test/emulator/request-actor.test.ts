/**
 * Who a request acts as, read from its Authorization header as GitHub reads it: `token X` or
 * `Bearer X` in any case, one token and nothing else; a token the state does not list acts as the
 * default login (github-actions[bot], a bot), no token as nobody.
 */
import { describe, expect, it } from 'vitest';
import { actorOf } from '../../src/emulator/http/actor.js';
import type { EmulatorState } from '../../src/emulator/state/types.js';

function state(): EmulatorState {
  return { nextId: 1, users: {}, tokens: { 'alice-token': 'alice', 'deploy-token': 'deploy[bot]' }, defaultLogin: 'github-actions[bot]', repos: {} };
}

describe('the actor of a request', () => {
  it('is the user of a listed token, given as token or Bearer in any case', () => {
    for (const authorization of ['token alice-token', 'Bearer alice-token', 'TOKEN  alice-token', 'bearer\talice-token']) {
      expect([authorization, actorOf(state(), { authorization })?.login]).toEqual([authorization, 'alice']);
    }
  });

  it('is nobody without a token, or with a header GitHub would not read as one', () => {
    for (const authorization of [undefined, '', 'token', 'token ', 'basic YWxpY2U=', 'xtoken alice-token', 'token alice-token extra', 'token alice token']) {
      expect([authorization, actorOf(state(), { authorization })]).toEqual([authorization, null]);
    }
  });

  it('creates the account on first use: a person, or a bot for a login ending in [bot]', () => {
    const world = state();
    expect(actorOf(world, { authorization: 'token alice-token' })).toMatchObject({ login: 'alice', type: 'User' });
    expect(actorOf(world, { authorization: 'token deploy-token' })).toMatchObject({ login: 'deploy[bot]', type: 'Bot' });
    expect(actorOf(world, { authorization: 'token anything-else' })).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' });
    expect(Object.keys(world.users).sort()).toEqual(['alice', 'deploy[bot]', 'github-actions[bot]']);
  });
});
