/**
 * Bringing a repository's labels to a list: created when missing, updated (renamed to the exact
 * name, recoloured, redescribed) when different, left alone when the same or not on the list; a
 * create that meets a label made meanwhile (or by an earlier try) is compared again.
 */
import { describe, expect, it } from 'vitest';
import { applyLabelSync, planLabelSync } from '../../src/github/sync-labels.js';
import type { LabelSpec } from '../../src/scaffold/label-specs.js';
import { FULL_NAME, OWNER, REPO, useApplierWorld } from './appliers-world.js';

const world = useApplierWorld();
const SHOP = { owner: OWNER, repo: REPO };
const SEV1: LabelSpec = { name: 'sev-1', color: 'b60205', description: 'Critical' };
const SEV2: LabelSpec = { name: 'sev-2', color: 'd93f0b', description: 'High' };
const SEV3: LabelSpec = { name: 'sev-3', color: 'fbca04', description: '' };

/** The repository's labels as stored, by name. */
function labels(): { name: string; color: string; description: string | null }[] {
  return world()
    .repo()
    .labels.map(({ name, color, description }) => ({ name, color, description }));
}

describe('planning a label sync', () => {
  it('creates what is missing, updates what differs in name, colour or description, and keeps what is the same', async () => {
    const w = world();
    w.emulator.seed.label(FULL_NAME, 'SEV-1', { color: 'b60205', description: 'Critical' });
    w.emulator.seed.label(FULL_NAME, 'sev-2', { color: 'd93f0b', description: 'Critical' });
    w.emulator.seed.label(FULL_NAME, 'sev-3', { color: 'fbca04' });
    w.emulator.seed.label(FULL_NAME, 'sev-4', { color: '0e8a16', description: 'Low' });
    const label = w.repo().labels.find((candidate) => candidate.name === 'sev-4');
    if (label !== undefined) label.color = '0E8A16';
    const SEV4: LabelSpec = { name: 'sev-4', color: '0e8a16', description: 'Low' };
    const color: LabelSpec = { name: 'incident', color: '000000', description: '' };
    const missing: LabelSpec = { name: 'sla-missed', color: 'ffffff', description: 'Nobody acknowledged' };
    w.requests();
    expect(await planLabelSync(w.octokit, SHOP, [SEV1, SEV2, SEV3, SEV4, color, missing])).toEqual([
      { kind: 'update', spec: SEV1, current: { name: 'SEV-1', color: 'b60205', description: 'Critical' } },
      { kind: 'update', spec: SEV2, current: { name: 'sev-2', color: 'd93f0b', description: 'Critical' } },
      { kind: 'unchanged', spec: SEV3 },
      { kind: 'unchanged', spec: SEV4 },
      { kind: 'update', spec: color, current: { name: 'incident', color: 'ededed', description: '' } },
      { kind: 'create', spec: missing },
    ]);
    expect(w.requests()).toEqual(['GET /repos/acme/shop/labels?per_page=100']);
  });
});

describe('applying a label sync', () => {
  it('creates, renames and updates as planned, writes nothing for the unchanged, and leaves other labels alone', async () => {
    const w = world();
    w.emulator.seed.label(FULL_NAME, 'SEV-1', { color: 'ffffff', description: 'Old' });
    w.emulator.seed.label(FULL_NAME, 'sev-3', { color: 'fbca04' });
    w.emulator.seed.label(FULL_NAME, 'keep-me', { color: '123456' });
    const planned = await planLabelSync(w.octokit, SHOP, [SEV1, SEV2, SEV3]);
    w.requests();
    expect(await applyLabelSync(w.octokit, SHOP, planned)).toEqual(planned);
    expect(w.requests()).toEqual(['PATCH /repos/acme/shop/labels/SEV-1', 'POST /repos/acme/shop/labels']);
    expect(labels()).toEqual([
      { name: 'incident', color: 'ededed', description: null },
      { name: 'sev-1', color: 'b60205', description: 'Critical' },
      { name: 'sev-3', color: 'fbca04', description: null },
      { name: 'keep-me', color: '123456', description: null },
      { name: 'sev-2', color: 'd93f0b', description: 'High' },
    ]);
    expect(await applyLabelSync(w.octokit, SHOP, await planLabelSync(w.octokit, SHOP, [SEV1, SEV2, SEV3]))).toEqual([
      { kind: 'unchanged', spec: SEV1 },
      { kind: 'unchanged', spec: SEV2 },
      { kind: 'unchanged', spec: SEV3 },
    ]);
  });

  it('compares again a label created meanwhile (or by an earlier try GitHub applied): updated if it differs, else nothing', async () => {
    const w = world();
    const planned = await planLabelSync(w.octokit, SHOP, [SEV1, SEV2]);
    w.emulator.seed.label(FULL_NAME, 'Sev-1', { color: 'ffffff' });
    w.emulator.seed.label(FULL_NAME, 'sev-2', { color: 'd93f0b', description: 'High' });
    w.requests();
    expect(await applyLabelSync(w.octokit, SHOP, planned)).toEqual([
      { kind: 'update', spec: SEV1, current: { name: 'Sev-1', color: 'ffffff', description: '' } },
      { kind: 'unchanged', spec: SEV2 },
    ]);
    expect(w.requests()).toEqual([
      'POST /repos/acme/shop/labels',
      'GET /repos/acme/shop/labels/sev-1',
      'PATCH /repos/acme/shop/labels/Sev-1',
      'POST /repos/acme/shop/labels',
      'GET /repos/acme/shop/labels/sev-2',
    ]);
    expect(labels().slice(1)).toEqual([
      { name: 'sev-1', color: 'b60205', description: 'Critical' },
      { name: 'sev-2', color: 'd93f0b', description: 'High' },
    ]);
  });

  it('fails on a create GitHub refuses for another reason', async () => {
    const w = world();
    w.emulator.faults.add({ method: 'POST', path: '/repos/acme/shop/labels', status: 403 });
    await expect(applyLabelSync(w.octokit, SHOP, [{ kind: 'create', spec: SEV1 }])).rejects.toMatchObject({ status: 403 });
    expect(labels().map((label) => label.name)).toEqual(['incident']);
  });
});
