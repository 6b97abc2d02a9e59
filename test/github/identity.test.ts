/** Logins compare without case and without the `[bot]` suffix REST adds and GraphQL leaves out. */
import { describe, expect, it } from 'vitest';
import { sameLogin } from '../../src/github/identity.js';

describe('sameLogin', () => {
  it('matches a bot as REST and as GraphQL spell it, in any case', () => {
    expect(sameLogin('github-actions[bot]', 'github-actions')).toBe(true);
    expect(sameLogin('Renovate', 'renovate[BOT]')).toBe(true);
    expect(sameLogin('Ada', 'ada')).toBe(true);
  });

  it('tells different accounts apart', () => {
    expect(sameLogin('ada', 'bob')).toBe(false);
    expect(sameLogin('github-actions[bot]', 'github')).toBe(false);
    expect(sameLogin('ada[bot]x', 'ada')).toBe(false);
  });
});
