import { describe, expect, test } from 'vitest';
import { checkAlerts } from '../../src/config/checks/check-alerts.js';
import { checkLabels } from '../../src/config/checks/check-labels.js';
import { checkPlaceholders } from '../../src/config/checks/check-placeholders.js';
import { checkReviews } from '../../src/config/checks/check-reviews.js';
import { DocumentSet } from '../../src/config/document-set.js';
import { readablePath } from '../../src/config/json-pointer.js';
import { parseYaml } from '../../src/config/parse-yaml.js';
import { closestMatch, didYouMean } from '../../src/config/suggest.js';
import { DEFAULT_YAML_LIMITS } from '../../src/config/yaml-limits.js';
import { checkTexts, defaultSetWith, defaultText, positionIn, replaced } from './in-memory.js';

const pick = ({ file, line, column, severity, rule, message, hint, pointer }: ReturnType<typeof checkLabels>[number]) => ({ file, line, column, severity, rule, message, hint, pointer });

/** `file` of the default set after `edits`, checked alone: its text and document set (it must pass its schema). */
function alone(file: string, ...edits: [string, string][]) {
  const text = edits.reduce((edited, [from, to]) => replaced(edited, from, to), defaultText(file));
  const { diagnostics, set } = checkTexts({ [file]: text });
  expect(diagnostics).toEqual([]);
  return { text, set };
}

describe('label-too-long', () => {
  test('a scenario label of exactly 50 characters is accepted; one more is refused with the room left for the id', () => {
    const fits = 'a'.repeat(41);
    expect(checkLabels(alone('scenarios/service-outage.yaml', ['id: service-outage', `id: ${fits}`]).set)).toEqual([]);
    const { text, set } = alone('scenarios/service-outage.yaml', ['id: service-outage', `id: ${fits}b`]);
    expect(checkLabels(set).map(pick)).toEqual([
      {
        file: 'scenarios/service-outage.yaml',
        ...positionIn(text, `${fits}b`),
        severity: 'error',
        rule: 'label-too-long',
        message: `id: the scenario label "scenario:${fits}b" is longer than GitHub's 50 characters`,
        hint: 'shorten the id to at most 41 characters',
        pointer: '/id',
      },
    ]);
  });
});

describe('alert-rule-empty', () => {
  test('a rule that names neither a severity nor a scenario is reported at the rule', () => {
    const { text, set } = alone('settings.yaml', ['      scenario: service-outage\n', '']);
    expect(checkAlerts(set).map(pick)).toEqual([
      {
        file: 'settings.yaml',
        ...positionIn(text, 'match: { alertname: "*Down" }'),
        severity: 'error',
        rule: 'alert-rule-empty',
        message: 'this alert rule names neither a severity nor a scenario',
        hint: 'add severity: sev-N, scenario: <scenario id>, or both; or remove the rule',
        pointer: '/alerts/rules/3',
      },
    ]);
  });

  test('settings without alerts, or alerts without rules, have no rule to report', () => {
    const settings = defaultText('settings.yaml');
    const between = (start: string, end: string) => settings.slice(settings.indexOf(start), settings.indexOf(end));
    expect(checkAlerts(alone('settings.yaml', [between('  rules:\n', '  # A resolved alert'), '']).set)).toEqual([]);
    expect(checkAlerts(alone('settings.yaml', [between('alerts:\n', 'review:\n'), '']).set)).toEqual([]);
  });
});

describe('placeholder', () => {
  function placeholders(yaml: string) {
    const parsed = parseYaml(yaml, DEFAULT_YAML_LIMITS);
    if (!parsed.ok) throw new Error(parsed.problem.message);
    return checkPlaceholders({ file: 'x.yaml', value: parsed.value, locator: parsed.locator }).map(({ line, column, message, pointer }) => ({ line, column, message, pointer }));
  }

  test('only a value that is wholly in brackets is a placeholder; empty values are not', () => {
    expect(placeholders('phone: "[Phone]"\nnote: call [Name] now\nlead: "[Name] or deputy"\ntail: "ask [Name]"\nempty:\nlist: [~, "[Team]"]\n')).toEqual([
      { line: 1, column: 8, message: 'phone: placeholder "[Phone]" is still to be filled in', pointer: '/phone' },
      { line: 6, column: 11, message: 'list[1]: placeholder "[Team]" is still to be filled in', pointer: '/list/1' },
    ]);
  });

  test('a document that is a placeholder as a whole has no path before its message', () => {
    expect(placeholders('"[Everything]"\n')).toEqual([{ line: 1, column: 1, message: 'placeholder "[Everything]" is still to be filled in', pointer: '' }]);
  });
});

describe('review-overdue', () => {
  const late = new Date('2030-01-01T00:00:00Z');

  test('a file whose review date is not in the calendar has the bad-date error only, not an overdue review', () => {
    const { set } = alone('tools.yaml', ['last_reviewed: "2026-11-27"', 'last_reviewed: "2026-02-30"\n  cadence: 30d']);
    expect(checkReviews(set, late)).toEqual([]);
  });

  test('without settings there is no set cadence: only files with their own cadence can be overdue', () => {
    const { set } = alone('tools.yaml');
    expect(checkReviews(set, late)).toEqual([]);
  });

  test('a file that fails its schema is not checked for its review', () => {
    const { diagnostics, set } = checkTexts(defaultSetWith({ 'tools.yaml': replaced(defaultText('tools.yaml'), 'kind: tools\n', 'kind: tools\nwhatever: 1\n') }));
    expect(diagnostics.map(({ file, rule }) => ({ file, rule }))).toEqual([{ file: 'tools.yaml', rule: 'schema' }]);
    expect(checkReviews(set, late).map(({ file }) => file)).not.toContain('tools.yaml');
    expect(checkReviews(set, late).map(({ file }) => file)).toContain('roles.yaml');
  });
});

describe('the documents of one kind', () => {
  test('a kind written twice has no single document to check references against', () => {
    const { set } = checkTexts({ 'roles.yaml': defaultText('roles.yaml'), 'more-roles.yaml': defaultText('roles.yaml') });
    expect(set.all('roles')).toHaveLength(2);
    expect(set.single('roles')).toBeNull();
    expect(new DocumentSet(set.all('roles').slice(0, 1)).single('roles')?.file).toBe('roles.yaml');
  });
});

describe('words and paths', () => {
  test('only whole numbers are list positions in a readable path', () => {
    expect(readablePath('/items/10/a1/2fa')).toBe('items[10].a1["2fa"]');
  });

  test('a three-letter word allows one edit, a four-letter word two', () => {
    expect(closestMatch('sev', ['sxx'])).toBeNull();
    expect(closestMatch('sevr', ['sxxr'])).toBe('sxxr');
    expect(didYouMean('zz', ['a', 'b'])).toBe('known values: "a", "b"');
  });
});
