import { describe, expect, test } from 'vitest';
import { checkReferences } from '../../src/config/checks/check-references.js';
import { checkTexts, defaultSetWith, defaultText, positionIn, replaced } from './in-memory.js';

type Edit = [from: string, to: string];

function edited(file: string, ...edits: Edit[]): string {
  return edits.reduce((text, [from, to]) => replaced(text, from, to), defaultText(file));
}

/** The unknown references of the default set with `changed` files; the set must pass its schemas. */
function unknownReferences(changed: Record<string, string>) {
  const { diagnostics, set } = checkTexts(defaultSetWith(changed));
  expect(diagnostics).toEqual([]);
  return checkReferences(set).map(({ file, line, column, rule, message, hint, pointer }) => ({ file, line, column, rule, message, hint, pointer }));
}

const ALERT_RULES = `  rules:
    - match: { severity: critical }
      severity: sev-1
    - match: { severity: error }
      severity: sev-2
    - match: { severity: warning }
      severity: sev-3
    - match: { alertname: "*Down" }
      scenario: service-outage
    - match: { alertname: "*Latency*" }
      scenario: performance-degradation
`;

describe('unknown-reference in optional fields', () => {
  test('an owner, an updater, reviewers and alert rules that are left out name nothing', () => {
    const changed = {
      'scenarios/service-outage.yaml': edited('scenarios/service-outage.yaml', ['owner: tech\n', '']),
      'communication.yaml': edited('communication.yaml', ['updates_by: comms\n', '']),
      'postmortem.yaml': edited('postmortem.yaml', ['reviewers: [ic, tech]\n', '']),
      'settings.yaml': edited('settings.yaml', [ALERT_RULES, '']),
    };
    expect(unknownReferences(changed)).toEqual([]);
    // The whole alerts block, up to the review block that follows it.
    const withoutAlerts = defaultText('settings.yaml').replace(/^alerts:\n[\s\S]*?(?=^review:)/m, '');
    expect(withoutAlerts).not.toContain('alerts:');
    expect(unknownReferences({ ...changed, 'settings.yaml': withoutAlerts })).toEqual([]);
  });

  test('each optional reference that names nothing known is reported where it is written, with where names are defined', () => {
    const communication = edited('communication.yaml', ['updates_by: comms', 'updates_by: coms']);
    const postmortem = edited('postmortem.yaml', ['reviewers: [ic, tech]', 'reviewers: [ic, lead]']);
    const settings = edited(
      'settings.yaml',
      ['incident_label: incident\n', 'incident_label: incident\ndefault_severity: sev-9\n'],
      ['  default_severity: sev-3', '  default_severity: sev-33'],
      ['      severity: sev-2', '      severity: sev-0'],
      ['scenario: performance-degradation', 'scenario: slow-service'],
    );
    expect(unknownReferences({ 'communication.yaml': communication, 'postmortem.yaml': postmortem, 'settings.yaml': settings })).toEqual([
      {
        file: 'settings.yaml',
        ...positionIn(settings, 'slow-service'),
        rule: 'unknown-reference',
        message: 'unknown scenario "slow-service"',
        hint: 'known scenarios: "data-integrity", "performance-degradation", "security-incident", "service-outage" (scenarios are defined in the scenario documents)',
        pointer: '/alerts/rules/4/scenario',
      },
      { file: 'communication.yaml', ...positionIn(communication, 'coms'), rule: 'unknown-reference', message: 'unknown role "coms"', hint: 'did you mean "comms"? (roles are defined in roles.yaml)', pointer: '/updates_by' },
      {
        file: 'postmortem.yaml',
        ...positionIn(postmortem, 'lead'),
        rule: 'unknown-reference',
        message: 'unknown role "lead"',
        hint: 'known roles: "ic", "comms", "tech", "sme" (roles are defined in roles.yaml)',
        pointer: '/reviewers/1',
      },
      { file: 'settings.yaml', ...positionIn(settings, 'sev-9'), rule: 'unknown-reference', message: 'unknown severity "sev-9"', hint: 'did you mean "sev-1"? (severities are defined in severities.yaml)', pointer: '/default_severity' },
      { file: 'settings.yaml', ...positionIn(settings, 'sev-33'), rule: 'unknown-reference', message: 'unknown severity "sev-33"', hint: 'did you mean "sev-3"? (severities are defined in severities.yaml)', pointer: '/alerts/default_severity' },
      { file: 'settings.yaml', ...positionIn(settings, 'sev-0'), rule: 'unknown-reference', message: 'unknown severity "sev-0"', hint: 'did you mean "sev-1"? (severities are defined in severities.yaml)', pointer: '/alerts/rules/1/severity' },
    ]);
  });

  test('a broken document of another kind does not stop unknown scenarios from being reported', () => {
    const settings = edited('settings.yaml', ['scenario: performance-degradation', 'scenario: slow-service']);
    const tools = edited('tools.yaml', ['kind: tools\n', 'kind: tools\nwhatever: 1\n']);
    const { diagnostics, set } = checkTexts(defaultSetWith({ 'settings.yaml': settings, 'tools.yaml': tools }));
    expect(diagnostics.map(({ file, rule }) => ({ file, rule }))).toEqual([{ file: 'tools.yaml', rule: 'schema' }]);
    expect(checkReferences(set).map(({ file, message, pointer }) => ({ file, message, pointer }))).toEqual([
      { file: 'settings.yaml', message: 'unknown scenario "slow-service"', pointer: '/alerts/rules/4/scenario' },
    ]);
  });
});
