/**
 * Injected faults as the fault tests rely on them: a spec that cannot mean anything is refused when
 * registered (not silently never fired), faults match by method, path and actor and fire in order,
 * and each answer is shaped as GitHub's is, since that shape is what Octokit's plugins react to.
 */
import { describe, expect, it } from 'vitest';
import { Faults, faultAnswer } from '../../src/emulator/faults.js';

describe('registering a fault', () => {
  it('refuses a spec that would do nothing, or a status, rate limit, count or skip that cannot be', () => {
    const faults = new Faults();
    expect(() => faults.add({ path: '/x' })).toThrow('emulator fault {"path":"/x"}: give a status, a rateLimit, afterWrite or latencyMs');
    expect(() => faults.add({ status: 399 })).toThrow('emulator fault {"status":399}: status must be 400..599');
    expect(() => faults.add({ status: 600 })).toThrow('status must be 400..599');
    expect(() => faults.add({ rateLimit: 'primary', status: 500 })).toThrow('emulator fault {"rateLimit":"primary","status":500}: a rate limit answers 403 or 429');
    expect(() => faults.add({ status: 500, times: 0 })).toThrow('times must be a positive integer');
    expect(() => faults.add({ status: 500, times: 1.5 })).toThrow('times must be a positive integer');
    expect(() => faults.add({ status: 500, skip: -1 })).toThrow('skip must be a whole number');
    expect(() => faults.add({ status: 500, skip: 0.5 })).toThrow('skip must be a whole number');
    expect(() => faults.add({ path: /issues/, status: 500 })).not.toThrow();
    expect(faults.pending).toHaveLength(1);
  });

  it('takes the edges: 400 and 599, 403 and 429 for a rate limit, a delay alone, a write then an error', () => {
    const faults = new Faults();
    for (const spec of [{ status: 400 }, { status: 599 }, { rateLimit: 'secondary' as const, status: 429 }, { rateLimit: 'primary' as const, status: 403 }, { latencyMs: 5 }, { afterWrite: true }, { status: 500, times: 1, skip: 0 }]) {
      expect(() => faults.add(spec)).not.toThrow();
    }
    expect(faults.pending.map((fault) => fault.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('which request a fault hits', () => {
  it('matches method in any case, the path exactly or by pattern, and the actor; hits its count, then lets requests through', () => {
    const faults = new Faults();
    const fault = faults.add({ method: 'post', path: '/repos/acme/shop/issues', actor: 'github-actions[bot]', status: 502, times: 2 });
    expect(faults.take('GET', '/repos/acme/shop/issues', 'github-actions[bot]')).toBeUndefined();
    expect(faults.take('POST', '/repos/acme/shop/issues/1', 'github-actions[bot]')).toBeUndefined();
    expect(faults.take('POST', '/repos/acme/shop/issues', 'alice')).toBeUndefined();
    expect(faults.take('POST', '/repos/acme/shop/issues', 'github-actions[bot]')).toBe(fault);
    expect(faults.take('POST', '/repos/acme/shop/issues', 'github-actions[bot]')).toBe(fault);
    expect(fault).toMatchObject({ fired: 2, remaining: 0 });
    expect(faults.take('POST', '/repos/acme/shop/issues', 'github-actions[bot]')).toBeUndefined();
    expect(faults.pending).toEqual([]);

    const pattern = faults.add({ path: /\/comments$/, status: 500 });
    expect(faults.take('DELETE', '/repos/acme/shop/issues/9/comments', null)).toBe(pattern);
  });

  it('lets the skipped requests through first, counting them for every skipping fault, and fires faults in order', () => {
    const faults = new Faults();
    const third = faults.add({ path: '/p', status: 500, skip: 2 });
    const first = faults.add({ path: '/p', status: 503 });
    expect(faults.take('GET', '/p', null)).toBe(first);
    expect(faults.take('GET', '/p', null)).toBeUndefined();
    expect(faults.take('GET', '/p', null)).toBe(third);
    faults.add({ path: '/p', status: 500 });
    faults.clear();
    expect(faults.pending).toEqual([]);
    expect(faults.take('GET', '/p', null)).toBeUndefined();
  });
});

describe("a fault's answer", () => {
  it("is GitHub's plain error body, with retry-after only when asked", () => {
    expect(faultAnswer({ status: 502 })).toEqual({ status: 502, body: { message: 'Bad Gateway', documentation_url: 'https://docs.github.com/rest', status: '502' }, headers: {} });
    expect(faultAnswer({ status: 503, retryAfter: 7 })?.headers).toEqual({ 'retry-after': '7' });
    expect(faultAnswer({ status: 418 })?.body.message).toBe('Error');
    expect(faultAnswer({ afterWrite: true })).toMatchObject({ status: 500, body: { message: 'Server Error' } });
    expect(faultAnswer({ latencyMs: 10 })).toBeUndefined();
  });

  it('is a secondary rate limit as GitHub words it, 403 unless told 429', () => {
    const answer = faultAnswer({ rateLimit: 'secondary', retryAfter: 60 });
    expect(answer).toMatchObject({
      status: 403,
      body: {
        documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: '403',
      },
      headers: { 'retry-after': '60' },
    });
    expect(answer?.body.message).toMatch(/^You have exceeded a secondary rate limit\. Please wait a few minutes before you try again\. If you reach out to GitHub Support for help, please include the request ID [0-9A-F]{16}\.$/);
    const unasked = faultAnswer({ rateLimit: 'secondary', status: 429 });
    expect(unasked?.status).toBe(429);
    expect(unasked?.headers).toEqual({});
  });

  it('is a primary rate limit with the quota spent and its reset the given seconds from now (1 by default)', () => {
    const before = Math.floor(Date.now() / 1000);
    const answer = faultAnswer({ rateLimit: 'primary', retryAfter: 30 });
    const after = Math.floor(Date.now() / 1000);
    expect(answer).toMatchObject({ status: 403, body: { documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api', status: '403' } });
    expect(answer?.body.message).toMatch(/^API rate limit exceeded for installation ID 1\. If you reach out to GitHub Support for help, please include the request ID [0-9A-F]{16}\.$/);
    const { 'x-ratelimit-reset': reset, ...quota } = answer?.headers ?? {};
    expect(quota).toEqual({ 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-resource': 'core' });
    expect(Number(reset)).toBeGreaterThanOrEqual(before + 30);
    expect(Number(reset)).toBeLessThanOrEqual(after + 30);
    const fallback = Number(faultAnswer({ rateLimit: 'primary' })?.headers['x-ratelimit-reset']);
    expect(fallback - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(1);
    expect(fallback).toBeGreaterThanOrEqual(after + 1);
  });
});
