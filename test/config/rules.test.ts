import { rm, symlink, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/config/diagnostic.js';
import { validatePlaybooks } from '../../src/config/validate-playbooks.js';
import { copyDefaultSet, edit, emptyDir, positionOf, write } from './fixture.js';

/** The diagnostics of rule `rule` in `dir`, reduced to what the tests compare. */
async function found(dir: string, rule: string, options: { now?: Date } = {}) {
  const result = await validatePlaybooks(dir, options);
  return result.diagnostics
    .filter((diagnostic) => diagnostic.rule === rule)
    .map(({ file, line, column, severity, message, hint, pointer }: Diagnostic) => ({ file, line, column, severity, message, hint, pointer }));
}

describe('the default set', () => {
  test('has no errors, only placeholder warnings, and resolves', async () => {
    const result = await validatePlaybooks(join(import.meta.dirname, '../../playbooks'));
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    expect(new Set(result.diagnostics.map((diagnostic) => diagnostic.rule))).toEqual(new Set(['placeholder']));
    expect(result.set).not.toBeNull();
    expect(result.files).toContain('scenarios/service-outage.yaml');
  });
});

describe('rules', () => {
  test('yaml-syntax: at the place js-yaml reports', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'roles.yaml', '    name: Communication Lead', '    name: "Communication Lead');
    const [diagnostic, ...rest] = await found(dir, 'yaml-syntax');
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({ file: 'roles.yaml', severity: 'error' });
    expect(diagnostic?.line).toBeGreaterThanOrEqual(14);
  });

  test('duplicate-key: at the second key', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'roles.yaml', '    name: Technical Lead\n', '    name: Technical Lead\n    name: Tech Lead\n');
    const at = await positionOf(dir, 'roles.yaml', 'name: Tech Lead');
    expect(await found(dir, 'duplicate-key')).toEqual([
      { file: 'roles.yaml', ...at, severity: 'error', message: 'duplicate key "name"', hint: 'a key may appear only once in a mapping: remove or rename one of them', pointer: '' },
    ]);
  });

  test('unknown-kind: a misspelt kind, with a suggestion', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'scenarios/service-outage.yaml', 'kind: scenario', 'kind: senario');
    const at = await positionOf(dir, 'scenarios/service-outage.yaml', 'senario');
    const [diagnostic] = await found(dir, 'unknown-kind');
    expect(diagnostic).toMatchObject({ file: 'scenarios/service-outage.yaml', ...at, message: 'unknown kind "senario"', pointer: '/kind' });
    expect(diagnostic?.hint).toMatch(/^did you mean "scenario"\?/);
  });

  test('unknown-kind: a missing kind, guessed from the file name', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'tools.yaml', 'kind: tools\n', '');
    const [diagnostic] = await found(dir, 'unknown-kind');
    expect(diagnostic).toMatchObject({ file: 'tools.yaml', message: 'missing "kind"', line: 3, column: 1 });
    expect(diagnostic?.hint).toMatch(/^add "kind: tools"/);
    // The set has no tools document now, but that is the same mistake: reported once.
    expect(await found(dir, 'missing-document')).toEqual([]);
  });

  test('unknown-kind: a document that is not a mapping', async () => {
    const dir = await copyDefaultSet();
    await write(dir, 'notes.yaml', '- just\n- a list\n');
    expect(await found(dir, 'unknown-kind')).toMatchObject([{ file: 'notes.yaml', line: 1, column: 1, message: 'the document is a list, not a mapping with a kind' }]);
  });

  test('missing-document: each single kind must be present', async () => {
    const dir = await copyDefaultSet();
    await rm(join(dir, 'contacts.yaml'));
    expect(await found(dir, 'missing-document')).toEqual([
      {
        file: '',
        line: 1,
        column: 1,
        severity: 'error',
        message: 'the set has no contacts document',
        hint: 'add a file such as contacts.yaml that starts with "kind: contacts" (see playbooks/contacts.yaml of playbook-ops for an example)',
        pointer: '',
      },
    ]);
  });

  test('missing-document: an empty directory says so once', async () => {
    const dir = await emptyDir();
    const result = await validatePlaybooks(dir);
    expect(result.diagnostics.map((diagnostic) => [diagnostic.rule, diagnostic.message])).toEqual([
      ['missing-document', 'no playbook files (*.yaml, *.yml) in this directory'],
    ]);
  });

  test('scenarios are optional', async () => {
    const dir = await copyDefaultSet();
    await rm(join(dir, 'scenarios'), { recursive: true });
    // The default alert rules name scenarios: without scenarios, those rules go too.
    await edit(dir, 'settings.yaml', '    - match: { alertname: "*Down" }\n      scenario: service-outage\n    - match: { alertname: "*Latency*" }\n      scenario: performance-degradation\n', '');
    const result = await validatePlaybooks(dir);
    expect(result.set?.scenarios).toEqual([]);
  });

  test('duplicate-document: a second settings file', async () => {
    const dir = await copyDefaultSet();
    await copyFile(join(dir, 'settings.yaml'), join(dir, 'settings-copy.yaml'));
    const at = await positionOf(dir, 'settings.yaml', 'settings', 'kind:');
    expect(await found(dir, 'duplicate-document')).toEqual([
      {
        file: 'settings.yaml',
        ...at,
        severity: 'error',
        message: 'a second settings document; a set has exactly one',
        hint: 'merge it into settings-copy.yaml, or delete one of them',
        pointer: '/kind',
      },
    ]);
  });

  test('duplicate-id: role ids', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'roles.yaml', 'id: comms', 'id: ic');
    const at = await positionOf(dir, 'roles.yaml', 'ic\n    name: Communication Lead');
    expect(await found(dir, 'duplicate-id')).toEqual([
      {
        file: 'roles.yaml',
        ...at,
        severity: 'error',
        message: 'duplicate role id "ic"',
        hint: 'first used at line 5; rename or remove one of them',
        pointer: '/roles/1/id',
      },
    ]);
  });

  test('duplicate-id: scenario ids across files', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'scenarios/service-outage.yaml', 'id: service-outage', 'id: data-integrity');
    const at = await positionOf(dir, 'scenarios/service-outage.yaml', 'data-integrity');
    const first = await positionOf(dir, 'scenarios/data-integrity.yaml', 'data-integrity', 'id:');
    expect(await found(dir, 'duplicate-id')).toMatchObject([
      {
        file: 'scenarios/service-outage.yaml',
        ...at,
        message: 'duplicate scenario id "data-integrity"',
        hint: `first used at scenarios/data-integrity.yaml:${first.line}:${first.column}; rename or remove one of them`,
      },
    ]);
  });

  test('duplicate-id: contacts, phases, tool categories and post-mortem elements', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'contacts.yaml', 'id: secondary-on-call', 'id: primary-on-call');
    await edit(dir, 'process.yaml', 'id: investigation', 'id: detection');
    await edit(dir, 'tools.yaml', 'id: communication', 'id: monitoring');
    await edit(dir, 'postmortem.yaml', 'id: impact', 'id: timeline');
    expect((await found(dir, 'duplicate-id')).map((diagnostic) => [diagnostic.file, diagnostic.message])).toEqual([
      ['contacts.yaml', 'duplicate contact id "primary-on-call"'],
      ['postmortem.yaml', 'duplicate post-mortem element id "timeline"'],
      ['process.yaml', 'duplicate phase id "detection"'],
      ['tools.yaml', 'duplicate tool category id "monitoring"'],
    ]);
  });

  test('duplicate-label: severity labels and levels', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'severities.yaml', 'label: sev-2', 'label: sev-1');
    await edit(dir, 'severities.yaml', 'level: 4', 'level: 3 # again');
    const label = await positionOf(dir, 'severities.yaml', 'sev-1', 'level: 2');
    const level = await positionOf(dir, 'severities.yaml', '3 # again');
    expect(await found(dir, 'duplicate-label')).toMatchObject([
      { file: 'severities.yaml', ...label, message: 'duplicate severity label "sev-1"', pointer: '/severities/1/label' },
      { file: 'severities.yaml', ...level, message: 'duplicate severity level 3', pointer: '/severities/3/level' },
    ]);
  });

  test('unknown-reference: scenario owner, with did-you-mean', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'scenarios/service-outage.yaml', 'owner: tech', 'owner: tehc');
    const at = await positionOf(dir, 'scenarios/service-outage.yaml', 'tehc');
    expect(await found(dir, 'unknown-reference')).toEqual([
      {
        file: 'scenarios/service-outage.yaml',
        ...at,
        severity: 'error',
        message: 'unknown role "tehc"',
        hint: 'did you mean "tech"? (roles are defined in roles.yaml)',
        pointer: '/owner',
      },
    ]);
  });

  test('unknown-reference: escalation contacts and notify, listing contacts when nothing is close', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'escalation.yaml', 'contacts: [primary-on-call, secondary-on-call]', 'contacts: [primary-oncall, secondary-on-call]');
    await edit(dir, 'escalation.yaml', 'notify: [engineering-director]', 'notify: [zz]');
    const contact = await positionOf(dir, 'escalation.yaml', 'primary-oncall');
    const notify = await positionOf(dir, 'escalation.yaml', 'zz');
    const diagnostics = await found(dir, 'unknown-reference');
    expect(diagnostics).toMatchObject([
      { file: 'escalation.yaml', ...contact, message: 'unknown contact "primary-oncall"', hint: 'did you mean "primary-on-call"? (contacts are defined in contacts.yaml)', pointer: '/technical/0/contacts/0' },
      { file: 'escalation.yaml', ...notify, message: 'unknown contact "zz"', pointer: '/management/1/notify/0' },
    ]);
    expect(diagnostics[1]?.hint).toMatch(/^known contacts: "primary-on-call", "secondary-on-call", /);
  });

  test('unknown-reference: severities in management, status updates and audiences', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'escalation.yaml', 'severity: sev-3', 'severity: sev3');
    await edit(dir, 'communication.yaml', 'severity: sev-2', 'severity: sev-5');
    await edit(dir, 'communication.yaml', 'severities: [sev-1]', 'severities: [SEV-1]');
    expect((await found(dir, 'unknown-reference')).map((diagnostic) => [diagnostic.file, diagnostic.pointer, diagnostic.message, diagnostic.hint])).toEqual([
      ['communication.yaml', '/status_updates/1/severity', 'unknown severity "sev-5"', 'did you mean "sev-1"? (severities are defined in severities.yaml)'],
      ['communication.yaml', '/audiences/1/severities/0', 'unknown severity "SEV-1"', 'did you mean "sev-1"? (severities are defined in severities.yaml)'],
      ['escalation.yaml', '/management/0/severity', 'unknown severity "sev3"', 'did you mean "sev-3"? (severities are defined in severities.yaml)'],
    ]);
  });

  test('unknown-reference is not reported when the target document is broken (that is reported once)', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'escalation.yaml', 'contacts: [primary-on-call, secondary-on-call]', 'contacts: [primary-oncall, secondary-on-call]');
    await edit(dir, 'contacts.yaml', 'name: CTO', 'name: [CTO]');
    expect(await found(dir, 'unknown-reference')).toEqual([]);
  });

  test('escalation-order: levels must be 1..n in order', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'escalation.yaml', 'level: 3', 'level: 5');
    const at = await positionOf(dir, 'escalation.yaml', '5', 'level: 5');
    expect(await found(dir, 'escalation-order')).toMatchObject([
      { file: 'escalation.yaml', line: at.line, column: at.column, message: 'technical level 5 is listed where level 3 belongs', pointer: '/technical/2/level' },
    ]);
  });

  test('escalation-order: each level waits strictly longer than the one before', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'escalation.yaml', 'after: 1h', 'after: 30m');
    const at = await positionOf(dir, 'escalation.yaml', '30m', 'Architects');
    expect(await found(dir, 'escalation-order')).toEqual([
      {
        file: 'escalation.yaml',
        ...at,
        severity: 'error',
        message: 'level 3 escalates after 30m, which is not later than level 2 (30m)',
        hint: 'each level must wait longer than the level before it: make "after" strictly increase from level to level',
        pointer: '/technical/2/after',
      },
    ]);
  });

  test('escalation-order: longer waits written differently are fine', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'escalation.yaml', 'after: 1h', 'after: 31m');
    expect(await found(dir, 'escalation-order')).toEqual([]);
  });

  test('missing-response-time: at the severity without one', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'severities.yaml', '    response_time: 2h\n', '');
    const at = await positionOf(dir, 'severities.yaml', 'level: 3');
    expect(await found(dir, 'missing-response-time')).toEqual([
      {
        file: 'severities.yaml',
        ...at,
        severity: 'error',
        message: 'severities[2]: missing required property "response_time"',
        hint: 'add response_time: how soon someone must acknowledge the incident, e.g. 15m',
        pointer: '/severities/2/response_time',
      },
    ]);
  });

  test('bad-duration: a zero cadence and an absurd length', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'communication.yaml', 'every: 30m', 'every: 0m');
    await edit(dir, 'severities.yaml', 'response_time: 24h', 'response_time: 99999999999d');
    const every = await positionOf(dir, 'communication.yaml', '0m', 'every:');
    const response = await positionOf(dir, 'severities.yaml', '99999999999d');
    expect(await found(dir, 'bad-duration')).toMatchObject([
      { file: 'communication.yaml', ...every, message: 'status_updates[0].every: "0m" is zero; this duration must be longer than that' },
      { file: 'severities.yaml', ...response, message: 'severities[3].response_time: "99999999999d" is longer than 100 years' },
    ]);
  });

  test('bad-duration: zero is fine where it means "at once"', async () => {
    const dir = await copyDefaultSet();
    expect(await positionOf(dir, 'escalation.yaml', 'after: 0m')).toBeTruthy();
    expect(await found(dir, 'bad-duration')).toEqual([]);
  });

  test('bad-date: a date that is not in the calendar', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'tools.yaml', 'last_reviewed: "2026-11-27"', 'last_reviewed: "2026-02-30"');
    const at = await positionOf(dir, 'tools.yaml', '"2026-02-30"');
    expect(await found(dir, 'bad-date')).toMatchObject([{ file: 'tools.yaml', ...at, message: 'review.last_reviewed: "2026-02-30" is not a date in the calendar' }]);
  });

  test('label-too-long: a scenario id whose label GitHub would refuse', async () => {
    const dir = await copyDefaultSet();
    const long = 'third-party-payment-provider-degraded-perf';
    await edit(dir, 'scenarios/service-outage.yaml', 'id: service-outage', `id: ${long}`);
    const at = await positionOf(dir, 'scenarios/service-outage.yaml', long);
    expect(await found(dir, 'label-too-long')).toMatchObject([
      { file: 'scenarios/service-outage.yaml', ...at, message: `id: the scenario label "scenario:${long}" is longer than GitHub's 50 characters` },
    ]);
  });

  test('placeholder: a warning at every placeholder, gone once filled in', async () => {
    const dir = await copyDefaultSet();
    const before = (await found(dir, 'placeholder')).filter((diagnostic) => diagnostic.file === 'contacts.yaml');
    const phone = await positionOf(dir, 'contacts.yaml', '"[Phone Number]"');
    expect(before[1]).toEqual({
      file: 'contacts.yaml',
      ...phone,
      severity: 'warning',
      message: 'contacts[0].phone: placeholder "[Phone Number]" is still to be filled in',
      hint: 'replace it with the real value; until then nothing can use it',
      pointer: '/contacts/0/phone',
    });
    await edit(dir, 'contacts.yaml', 'phone: "[Phone Number]"', 'phone: "+1 555 0100"');
    const after = (await found(dir, 'placeholder')).filter((diagnostic) => diagnostic.file === 'contacts.yaml');
    expect(after.length).toBe(before.length - 1);
    expect(after.some((diagnostic) => diagnostic.pointer === '/contacts/0/phone')).toBe(false);
  });

  test('review-overdue: a warning when last_reviewed plus the cadence is past, only with a clock', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'roles.yaml', 'last_reviewed: "2026-11-27"', 'last_reviewed: "2025-01-10"');
    const at = await positionOf(dir, 'roles.yaml', '"2025-01-10"');
    expect(await found(dir, 'review-overdue')).toEqual([]);
    expect(await found(dir, 'review-overdue', { now: new Date('2025-04-10T12:00:00Z') })).toEqual([]);
    expect(await found(dir, 'review-overdue', { now: new Date('2025-04-11T00:00:00Z') })).toEqual([
      {
        file: 'roles.yaml',
        ...at,
        severity: 'warning',
        message: 'review overdue: last reviewed 2025-01-10, due 2025-04-10',
        hint: 'review the file with its owners, then set review.last_reviewed to the date of that review',
        pointer: '/review/last_reviewed',
      },
    ]);
  });

  test("review-overdue: a file's own cadence wins over the set's", async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'roles.yaml', 'last_reviewed: "2026-11-27"', 'last_reviewed: "2026-11-27"\n  cadence: 7d');
    const overdue = await found(dir, 'review-overdue', { now: new Date('2026-12-05T00:00:00Z') });
    expect(overdue.map((diagnostic) => [diagnostic.file, diagnostic.message])).toEqual([['roles.yaml', 'review overdue: last reviewed 2026-11-27, due 2026-12-04']]);
  });

  test('unreadable-file: a broken link is reported, the rest still checked', async () => {
    const dir = await copyDefaultSet();
    await symlink(join(dir, 'gone.yaml'), join(dir, 'link.yaml'));
    const result = await validatePlaybooks(dir);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => [diagnostic.file, diagnostic.rule, diagnostic.message])).toEqual([
      ['link.yaml', 'unreadable-file', 'the file cannot be read (ENOENT)'],
    ]);
  });
});
