/**
 * Every effect kind has an applier: `Appliers` is a mapped type over `Effect['kind']`, so a set
 * without one of them is a type error (checked by `tsc -p tsconfig.check.json`, which CI runs over
 * the tests), and the dry run's appliers plan without touching anything.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Effect } from '../../src/engine/effects.js';
import type { Appliers } from '../../src/github/appliers/applier.js';
import { dryRunAppliers } from '../../src/github/appliers/dry-run.js';
import { githubAppliers } from '../../src/github/appliers/github.js';

describe('appliers', () => {
  it('cover every effect kind, at the type level', () => {
    expectTypeOf<keyof Appliers>().toEqualTypeOf<Effect['kind']>();
    const { card: _card, ...withoutCard } = githubAppliers;
    // @ts-expect-error: an effect kind without an applier does not compile.
    const incomplete: Appliers = withoutCard;
    expect(Object.keys(incomplete)).not.toContain('card');
  });

  it('are there for every kind, in both sets', () => {
    expect(Object.keys(githubAppliers).sort()).toEqual(Object.keys(dryRunAppliers).sort());
  });

  it('in a dry run say what they would do', async () => {
    const context = undefined as never;
    await expect(dryRunAppliers['add-labels']({ kind: 'add-labels', labels: ['sev-1'] }, context)).resolves.toBe('would add labels sev-1');
    await expect(dryRunAppliers.comment({ kind: 'comment', marker: { kind: 'level-page', level: 2 }, message: { type: 'label-note', kept: 'sev-1', removed: [], by: 'x' } }, context)).resolves.toBe('would comment page:level-2');
  });
});
