/**
 * Label colours and renames as `labels sync` meets them: a colour with or without `#`, in any case,
 * stored as six lower-case hex digits; anything else refused on create and on update; a label renamed
 * to its own name in another case is not "taken".
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { clientFor, refusal, startEmulator } from './helpers.js';

const repo = { owner: 'acme', repo: 'shop' };
let emulator: Emulator;

beforeEach(async () => {
  emulator = await startEmulator();
});
afterEach(async () => {
  emulator.assertNoValidationErrors();
  await emulator.close();
});

test('a colour is stored as six lower-case hex digits; a label added by name gets the default colour', async () => {
  const octokit = clientFor(emulator);
  expect((await octokit.rest.issues.createLabel({ ...repo, name: 'sev-2', color: '#D93F0B' })).data).toMatchObject({ color: 'd93f0b', description: null, default: false });
  emulator.seed.issue('acme/shop', { title: 'x' });
  await octokit.rest.issues.addLabels({ ...repo, issue_number: 1, labels: ['brand-new'] });
  expect((await octokit.rest.issues.getLabel({ ...repo, name: 'brand-new' })).data.color).toBe('ededed');
});

test('a colour that is not six hex digits is refused on create and on update, and changes nothing', async () => {
  const octokit = clientFor(emulator);
  // Only a leading '#' is dropped: one inside is no hex digit.
  for (const color of ['red', 'ff00', '#ff00001', 'gggggg', 'ab#cdef', '##abcdef']) {
    expect((await refusal(octokit.rest.issues.createLabel({ ...repo, name: 'sev-3', color }))).data).toMatchObject({ errors: [{ resource: 'Label', code: 'invalid', field: 'color' }] });
    expect((await refusal(octokit.rest.issues.updateLabel({ ...repo, name: 'sev-1', color }))).data).toMatchObject({ errors: [{ resource: 'Label', code: 'invalid', field: 'color' }] });
  }
  expect(emulator.state.repos['acme/shop']!.labels.map((label) => `${label.name} ${label.color}`)).toEqual(['incident ededed', 'sev-1 b60205']);
});

test('a label renamed to its own name in another case keeps its issues; given its own name again, only what else is given changes', async () => {
  const octokit = clientFor(emulator);
  emulator.seed.issue('acme/shop', { title: 'x', labels: ['sev-1'] });
  expect((await octokit.rest.issues.updateLabel({ ...repo, name: 'sev-1', new_name: 'SEV-1' })).data.name).toBe('SEV-1');
  expect(emulator.state.repos['acme/shop']!.issues[0]!.labels).toEqual(['SEV-1']);
  expect((await octokit.rest.issues.updateLabel({ ...repo, name: 'SEV-1', new_name: 'SEV-1', description: 'Critical' })).data).toMatchObject({ name: 'SEV-1', color: 'b60205', description: 'Critical' });
});

test('a rename carries over only the renamed label on each issue; a name another label has is GitHub\'s already_exists', async () => {
  const octokit = clientFor(emulator);
  emulator.seed.issue('acme/shop', { title: 'x', labels: ['incident', 'sev-1'] });
  await octokit.rest.issues.updateLabel({ ...repo, name: 'sev-1', new_name: 'critical' });
  expect(emulator.state.repos['acme/shop']!.issues[0]?.labels).toEqual(['incident', 'critical']);
  const refused = await refusal(octokit.rest.issues.updateLabel({ ...repo, name: 'critical', new_name: 'INCIDENT' }));
  expect(refused.status).toBe(422);
  expect(refused.data).toMatchObject({ message: 'Validation Failed', errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] });
});
