/** Effects are applied in order, a line each, until the budget says stop; a failure names the effect and the issue. */
import { describe, expect, it } from 'vitest';
import type { Effect } from '../../src/engine/effects.js';
import type { ApplyContext, Appliers } from '../../src/github/appliers/applier.js';
import { dryRunAppliers } from '../../src/github/appliers/dry-run.js';
import { applyEffects } from '../../src/github/apply-effects.js';

const context = { issue: { owner: 'acme', repo: 'shop', number: 7 } } as unknown as ApplyContext;

const effects: Effect[] = [
  { kind: 'add-labels', labels: ['sev-1'] },
  { kind: 'add-labels', labels: ['sev-2'] },
  { kind: 'add-labels', labels: ['postmortem-pending'] },
];

function failingOn(label: string, thrown: unknown): Appliers {
  return {
    ...dryRunAppliers,
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- an applier's dependency may throw anything
    'add-labels': (effect, at) => (effect.labels.includes(label) ? Promise.reject(thrown) : dryRunAppliers['add-labels'](effect, at)),
  };
}

describe('applyEffects', () => {
  it('applies every effect in order and says what each did', async () => {
    await expect(applyEffects(dryRunAppliers, context, effects)).resolves.toEqual({
      done: ['would add labels sev-1', 'would add labels sev-2', 'would add labels postmortem-pending'],
      left: 0,
    });
  });

  it('starts no effect once the budget is spent, and counts those left', async () => {
    let starts = 0;
    const applied = await applyEffects(dryRunAppliers, context, effects, () => {
      starts += 1;
      return starts <= 1;
    });
    expect(applied).toEqual({ done: ['would add labels sev-1'], left: 2 });
  });

  it('stops at the first failure, naming the effect and the issue and keeping the cause', async () => {
    const cause = new Error('Validation Failed');
    const failure: unknown = await applyEffects(failingOn('sev-2', cause), context, effects).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe('Could not add labels sev-2 on issue #7: Validation Failed');
    expect((failure as Error).cause).toBe(cause);
  });

  it('words a failure that is not an Error by its text', async () => {
    await expect(applyEffects(failingOn('sev-1', 'socket closed'), context, effects)).rejects.toThrow('Could not add labels sev-1 on issue #7: socket closed');
  });
});
