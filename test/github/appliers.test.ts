/**
 * Every effect kind has an applier: `Appliers` is a mapped type over `Effect['kind']`, so a set
 * without one of them is a type error (checked by `tsc -p tsconfig.check.json`, which CI runs over
 * the tests), and the dry run's appliers plan without touching anything. The simple appliers change
 * the issue as their effect says and report it in words.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Effect } from '../../src/engine/effects.js';
import { formatRecordLine } from '../../src/engine/records.js';
import { type Appliers, applyWith } from '../../src/github/appliers/applier.js';
import { dryRunAppliers } from '../../src/github/appliers/dry-run.js';
import { githubAppliers } from '../../src/github/appliers/github.js';
import { type AppliedEffect, observeAppliers } from '../../src/github/appliers/observe-appliers.js';
import { delivery } from '../sinks/deliveries.js';
import { BOT, FULL_NAME, useApplierWorld } from './appliers-world.js';

const world = useApplierWorld();

/** Issue #1, opened by alice, with the labels and assignees given. */
function incident(options: { labels?: string[]; assignees?: string[]; state?: 'open' | 'closed' } = {}): number {
  return world().emulator.seed.issue(FULL_NAME, { title: 'Checkout down', author: 'alice', ...options }).number;
}

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

  it('in a dry run show the request a delivery would send, its secret masked, signed at the notification’s time', async () => {
    const context = undefined as never;
    const planned = await dryRunAppliers.deliver({ kind: 'deliver', delivery: delivery('webhook') }, context);
    expect(planned).toBe(
      'would deliver page sev-1 to Status hook: POST https://hooks.example.test/incidents ' +
        '{"event":"page","delivery":"d41d8cd98f00b204","timestamp":1795749000,"dedup_key":"acme/payments#7/level-1",' +
        '"incident":{"repo":"acme/payments","number":7,"title":"Checkout down","url":"https://github.com/acme/payments/issues/7"},' +
        '"severity":{"label":"sev-1","name":"Critical","level":1},"headline":"Paged level 1: payments on-call","detail":"Paged: @wendy (primary)",' +
        '"by":"wendy","at":"2026-11-27T03:10:00Z"}',
    );
  });
});

describe('applying to GitHub', () => {
  it('adds labels, creating those the repository lacks', async () => {
    const w = world();
    const number = incident({ labels: ['incident'] });
    w.requests();
    await expect(applyWith(githubAppliers, { kind: 'add-labels', labels: ['sev-1', 'team:payments'] }, w.context(number))).resolves.toBe('add labels sev-1, team:payments');
    expect(w.issue(number).labels).toEqual(['incident', 'sev-1', 'team:payments']);
    expect(w.requests()).toEqual([`POST /repos/acme/shop/issues/${number}/labels`]);
  });

  it('removes a label, and takes one already gone (removed since the run read the issue) as removed', async () => {
    const w = world();
    const number = incident({ labels: ['incident', 'sev-2'] });
    await expect(githubAppliers['remove-label']({ kind: 'remove-label', label: 'sev-2' }, w.context(number))).resolves.toBe('remove label sev-2');
    expect(w.issue(number).labels).toEqual(['incident']);
    await expect(githubAppliers['remove-label']({ kind: 'remove-label', label: 'sev-2' }, w.context(number))).resolves.toBe('remove label sev-2');
    expect(w.issue(number).labels).toEqual(['incident']);
  });

  it('fails a label removal GitHub refuses for another reason than the label being gone', async () => {
    const w = world();
    const number = incident({ labels: ['incident', 'sev-2'] });
    w.emulator.faults.add({ method: 'DELETE', status: 403 });
    await expect(githubAppliers['remove-label']({ kind: 'remove-label', label: 'sev-2' }, w.context(number))).rejects.toMatchObject({ status: 403 });
    expect(w.issue(number).labels).toEqual(['incident', 'sev-2']);
  });

  it('assigns people', async () => {
    const w = world();
    const number = incident();
    await expect(githubAppliers['add-assignees']({ kind: 'add-assignees', assignees: ['bob', 'alice'] }, w.context(number))).resolves.toBe('assign bob, alice');
    expect(w.issue(number).assignees).toEqual(['bob', 'alice']);
  });

  it('closes the issue as completed, and reopens it', async () => {
    const w = world();
    const number = incident();
    await expect(githubAppliers['close-issue']({ kind: 'close-issue' }, w.context(number))).resolves.toBe('close the issue (resolved)');
    expect(w.issue(number)).toMatchObject({ state: 'closed', stateReason: 'completed', closedBy: BOT });
    await expect(githubAppliers['reopen-issue']({ kind: 'reopen-issue' }, w.context(number))).resolves.toBe('reopen the issue');
    expect(w.issue(number)).toMatchObject({ state: 'open', stateReason: 'reopened' });
  });

  it('comments once per marker, and says so when another run had posted it', async () => {
    const w = world();
    const number = incident();
    const effect: Effect = { kind: 'comment', marker: { kind: 'level-page', level: 2 }, message: { type: 'label-note', kept: 'sev-1', removed: ['sev-2'], by: 'bob' } };
    await expect(applyWith(githubAppliers, effect, w.context(number))).resolves.toBe('comment page:level-2');
    const body = `${formatRecordLine({ kind: 'level-page', level: 2 })}\n{"type":"label-note","kept":"sev-1","removed":["sev-2"],"by":"bob"}`;
    expect(w.comments(number).map(({ author, body: text }) => ({ author, body: text }))).toEqual([{ author: BOT, body }]);
    await expect(applyWith(githubAppliers, effect, w.context(number))).resolves.toBe('comment page:level-2: already posted by another run');
    expect(w.comments(number)).toHaveLength(1);
  });

  it('tell an observer each effect applied, on which issue, with what was done, and apply as before', async () => {
    const w = world();
    const number = incident({ labels: ['incident'] });
    const applied: AppliedEffect[] = [];
    const observed = observeAppliers(githubAppliers, (one) => applied.push(one));
    expect(Object.keys(observed)).toEqual(Object.keys(githubAppliers));
    const effects: Effect[] = [{ kind: 'add-labels', labels: ['sev-1'] }, { kind: 'close-issue' }];
    const done = [];
    for (const effect of effects) done.push(await applyWith(observed, effect, w.context(number)));
    expect(done).toEqual(['add labels sev-1', 'close the issue (resolved)']);
    expect(applied).toEqual([
      { issue: number, effect: effects[0], done: 'add labels sev-1' },
      { issue: number, effect: effects[1], done: 'close the issue (resolved)' },
    ]);
    expect(w.issue(number)).toMatchObject({ state: 'closed', labels: ['incident', 'sev-1'] });
  });
});
