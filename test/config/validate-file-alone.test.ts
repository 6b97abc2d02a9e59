import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validatePlaybookFile } from '../../src/config/validate-file.js';
import { emptyDir, write } from './fixture.js';
import { defaultText, positionIn, replaced } from './in-memory.js';

/** The checks every lone file skips, whatever its kind, since they need the rest of the set. */
const SET_CHECKS = [
  { rule: 'missing-document', what: 'every document the set needs is there' },
  { rule: 'duplicate-document', what: 'no other file has the same kind' },
  { rule: 'unknown-reference', what: 'the roles, contacts and severities it names exist in their files' },
  { rule: 'duplicate-id', what: 'its ids are unique across files (within the file they are checked)' },
];
const REVIEW_SKIPPED = { rule: 'review-overdue', what: "the review is not overdue by the set's review_cadence (settings.yaml)" };
const REVIEW_HINT = 'review the file with its owners, then set review.last_reviewed to the date of that review';

/** `text` written as `name` in a fresh directory; its path. */
async function fileWith(name: string, text: string): Promise<string> {
  const dir = await emptyDir();
  await write(dir, name, text);
  return join(dir, name);
}

function errorsAndWarnings(path: string, now?: Date) {
  const result = validatePlaybookFile(path, now === undefined ? {} : { now });
  return { ...result, diagnostics: result.diagnostics.filter((diagnostic) => diagnostic.rule !== 'placeholder') };
}

describe('validating one file alone', () => {
  test('a file with its own review cadence is checked for an overdue review, and says what it skipped', async () => {
    const text = replaced(defaultText('tools.yaml'), 'last_reviewed: "2026-11-27"', 'last_reviewed: "2026-01-05"\n  cadence: 30d');
    const path = await fileWith('tools.yaml', text);
    expect(errorsAndWarnings(path, new Date('2026-12-01T09:00:00Z'))).toEqual({
      diagnostics: [
        {
          file: 'tools.yaml',
          ...positionIn(text, '"2026-01-05"'),
          severity: 'warning',
          rule: 'review-overdue',
          message: 'review overdue: last reviewed 2026-01-05, due 2026-02-04',
          hint: REVIEW_HINT,
          pointer: '/review/last_reviewed',
        },
      ],
      kind: 'tools',
      skipped: SET_CHECKS,
      source: text,
    });
  });

  test('without the time, no review is checked and none is listed as skipped', async () => {
    const text = replaced(defaultText('tools.yaml'), 'last_reviewed: "2026-11-27"', 'last_reviewed: "2020-01-05"\n  cadence: 30d');
    expect(errorsAndWarnings(await fileWith('tools.yaml', text))).toEqual({ diagnostics: [], kind: 'tools', skipped: SET_CHECKS, source: text });
  });

  test("a file that takes the set's cadence cannot tell whether it is overdue: that check is listed as skipped", async () => {
    const text = replaced(defaultText('roles.yaml'), 'last_reviewed: "2026-11-27"', 'last_reviewed: "2020-01-05"');
    expect(errorsAndWarnings(await fileWith('roles.yaml', text), new Date('2026-12-01T09:00:00Z'))).toEqual({
      diagnostics: [],
      kind: 'roles',
      skipped: [...SET_CHECKS, REVIEW_SKIPPED],
      source: text,
    });
  });

  test('settings.yaml alone knows the set cadence, so its own review is checked', async () => {
    const text = defaultText('settings.yaml');
    const result = errorsAndWarnings(await fileWith('settings.yaml', text), new Date('2027-06-01T09:00:00Z'));
    expect(result).toEqual({
      diagnostics: [
        {
          file: 'settings.yaml',
          ...positionIn(text, '"2026-11-27"'),
          severity: 'warning',
          rule: 'review-overdue',
          message: 'review overdue: last reviewed 2026-11-27, due 2027-02-25',
          hint: REVIEW_HINT,
          pointer: '/review/last_reviewed',
        },
      ],
      kind: 'settings',
      skipped: SET_CHECKS,
      source: text,
    });
  });

  test('a file that is not there is a diagnostic, with no kind and no source', async () => {
    const dir = await emptyDir();
    const result = validatePlaybookFile(join(dir, 'roles.yaml'));
    expect(result).toMatchObject({ kind: null, source: null, skipped: SET_CHECKS });
    expect(result.diagnostics).toEqual([
      {
        file: 'roles.yaml',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'unreadable-file',
        message: 'the file cannot be read (ENOENT)',
        hint: 'check that it exists and is readable',
        pointer: '',
      },
    ]);
  });

  test('a link named on purpose is followed to its file, and reported under the name given', async () => {
    const elsewhere = await emptyDir();
    const text = replaced(defaultText('roles.yaml'), 'id: comms', 'id: ic');
    await write(elsewhere, 'team-roles.yaml', text);
    const dir = await emptyDir();
    await mkdir(join(dir, 'playbooks'));
    const link = join(dir, 'playbooks', 'roles.yaml');
    await symlink(join(elsewhere, 'team-roles.yaml'), link);
    const result = errorsAndWarnings(link);
    expect(result.diagnostics.map(({ file, line, column, rule }) => ({ file, line, column, rule }))).toEqual([
      { file: 'roles.yaml', ...positionIn(text, 'ic\n    name: Communication Lead'), rule: 'duplicate-id' },
    ]);
    expect(result).toMatchObject({ kind: 'roles', source: text });
  });

  test('the size limit given applies, the other limits keep their defaults', async () => {
    const text = defaultText('roles.yaml');
    const result = validatePlaybookFile(await fileWith('roles.yaml', text), { limits: { maxBytes: 100 } });
    expect(result.diagnostics.map(({ file, rule }) => ({ file, rule }))).toEqual([{ file: 'roles.yaml', rule: 'yaml-limit' }]);
    expect(result).toMatchObject({ kind: null, source: null });
  });
});
