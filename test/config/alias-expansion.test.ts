/**
 * The size of a YAML value with its aliases expanded, measured without expanding them: exact at the
 * limits, and in time proportional to the distinct objects however often they are shared.
 */
import { describe, expect, test } from 'vitest';
import { checkExpansion } from '../../src/config/expansion.js';

describe('measuring a value as if its aliases were expanded', () => {
  test('a value of exactly the node limit passes; one node fewer allowed is too many', () => {
    // The mapping and its two scalars: three nodes; nothing (null) counts as a node too.
    expect(checkExpansion({ a: 1, b: null }, 5, 3)).toBeNull();
    expect(checkExpansion({ a: 1, b: null }, 5, 2)).toEqual({ problem: 'nodes' });
  });

  test('a shared object reached again at a deeper place is held to the depth limit there', () => {
    const shared = [[1]];
    // First at depth 2 (its inner list at 3), again under b at depth 3 (its inner list at 4).
    const value = { a: shared, b: { c: shared } };
    expect(checkExpansion(value, 4, 100)).toBeNull();
    expect(checkExpansion(value, 3, 100)).toEqual({ problem: 'depth' });
  });

  test('sharing an object at every level is measured at once, not walked once per expanded place', () => {
    let value: unknown[] = [1];
    for (let level = 0; level < 60; level += 1) value = [value, value];
    // Expanded, this is 2^61 nodes: far over the limit, found without walking them.
    expect(checkExpansion(value, 100, 1_000_000)).toEqual({ problem: 'nodes' });
    expect(checkExpansion(value, 100, Number.POSITIVE_INFINITY)).toBeNull();
  });

  test('an error while walking the value is not taken for a limit', () => {
    const value = {
      get broken(): never {
        throw new Error('not readable');
      },
    };
    expect(() => checkExpansion(value, 5, 100)).toThrow('not readable');
  });
});
