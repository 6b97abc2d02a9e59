/**
 * What a set that leaves the optional settings out gets: the defaults the schema's descriptions and
 * the README promise (the incident label `incident`, commands for `triage` access and above).
 */
import { describe, expect, test } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import { copyDefaultSet, edit } from './fixture.js';

describe('settings left out', () => {
  test('the incident label defaults to "incident"', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'settings.yaml', 'incident_label: incident\n', '');
    expect((await loadPlaybooks(dir)).incidentLabel).toBe('incident');
  });

  test('the minimum permission for commands defaults to "triage"', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'settings.yaml', 'minimum_permission: triage\n', '');
    expect((await loadPlaybooks(dir)).minimumPermission).toBe('triage');
  });

  test('are taken as written when they are given', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'settings.yaml', 'incident_label: incident', 'incident_label: outage');
    await edit(dir, 'settings.yaml', 'minimum_permission: triage', 'minimum_permission: write');
    const set = await loadPlaybooks(dir);
    expect(set.incidentLabel).toBe('outage');
    expect(set.minimumPermission).toBe('write');
  });
});
