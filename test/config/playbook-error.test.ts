/** The message of the error loadPlaybooks throws: what an on-call engineer reads when a set does not load. */
import { describe, expect, test } from 'vitest';
import { PlaybookError, loadPlaybooks } from '../../src/config/load-playbooks.js';
import { emptyDir } from './fixture.js';
import { TINY_SET, tinySet } from './tiny-set.js';

async function refusal(dir: string): Promise<PlaybookError> {
  const error: unknown = await loadPlaybooks(dir).catch((caught: unknown) => caught);
  if (!(error instanceof PlaybookError)) throw new Error('expected a PlaybookError');
  return error;
}

describe('a set that does not load', () => {
  test('with one error says "1 error" and places a problem of the directory itself at "."', async () => {
    const dir = await emptyDir();
    const error = await refusal(dir);
    expect(error.name).toBe('PlaybookError');
    expect(error.message).toBe(`the playbook set in "${dir}" has 1 error:\n  .:1:1 missing-document no playbook files (*.yaml, *.yml) in this directory`);
  });

  test('with more errors than it quotes lists the first five and counts the rest', async () => {
    const unknown = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'];
    const dir = await tinySet({ 'escalation.yaml': TINY_SET['escalation.yaml'].replace('contacts: [oncall]', `contacts: [${unknown.join(', ')}]`) });
    const error = await refusal(dir);
    expect(error.diagnostics).toHaveLength(7);
    expect(error.message).toBe(
      [
        `the playbook set in "${dir}" has 7 errors:`,
        ...unknown.slice(0, 5).map((id, index) => `  escalation.yaml:5:${16 + 4 * index} unknown-reference unknown contact "${id}"`),
        '  … and 2 more',
      ].join('\n'),
    );
  });

  test('with exactly five errors quotes them all, with no count of more', async () => {
    const dir = await tinySet({ 'escalation.yaml': TINY_SET['escalation.yaml'].replace('contacts: [oncall]', 'contacts: [a1, a2, a3, a4, a5]') });
    const error = await refusal(dir);
    expect(error.message.split('\n')).toHaveLength(6);
    expect(error.message).not.toContain('more');
  });
});
