/**
 * What a route handler reads its request through: parameters the validator converted, checked once
 * more so a route wired to the wrong operation fails loudly instead of serving `undefined`; the caller
 * a write needs; the body, empty when none was sent.
 */
import { describe, expect, it } from 'vitest';
import { GitHubError } from '../../src/emulator/errors.js';
import { type RequestContext, bodyOf, intParam, optionalString, requireActor, stringParam } from '../../src/emulator/routes/context.js';

describe('reading a request', () => {
  it('takes a string parameter and refuses any other type, naming it', () => {
    expect(stringParam({ owner: 'acme' }, 'owner')).toBe('acme');
    expect(() => stringParam({ owner: 7 }, 'owner')).toThrow('emulator: parameter owner is not a string');
    expect(() => stringParam({}, 'repo')).toThrow('emulator: parameter repo is not a string');
  });

  it('takes an integer parameter and refuses a string, a fraction or nothing', () => {
    expect(intParam({ issue_number: 7 }, 'issue_number')).toBe(7);
    for (const value of ['7', 7.5, undefined]) expect(() => intParam({ issue_number: value }, 'issue_number')).toThrow('emulator: parameter issue_number is not an integer');
  });

  it('reads an optional parameter only when it is a string', () => {
    expect(optionalString({ state: 'all' }, 'state')).toBe('all');
    expect(optionalString({ state: 1 }, 'state')).toBeUndefined();
    expect(optionalString({}, 'state')).toBeUndefined();
  });

  it('gives an empty body when none was sent, and the body as sent otherwise', () => {
    expect(bodyOf({ body: undefined } as RequestContext)).toEqual({});
    expect(bodyOf({ body: { title: 'x' } } as RequestContext)).toEqual({ title: 'x' });
  });

  it("answers GitHub's 401 to a write without a token", () => {
    let caught: unknown;
    try {
      requireActor({ actor: null } as RequestContext);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GitHubError);
    expect(caught).toMatchObject({ status: 401, body: { message: 'Requires authentication' } });
    const alice = { login: 'alice' } as RequestContext['actor'];
    expect(requireActor({ actor: alice } as RequestContext)).toBe(alice);
  });
});
