/** The severity and scenario an alert group opens its incident with, by the playbooks' alert rules. */
import { describe, expect, it } from 'vitest';
import { mapAlert } from '../../src/alerts/map-alert.js';
import type { AlertSettings, Scenario, Severity } from '../../src/config/model.js';
import { alert } from './alert-world.js';

const severity = (level: number): Severity => ({ level, label: `sev-${level}`, name: `S${level}`, criteria: [], responseMinutes: 15, updateEveryMinutes: null, postmortem: { required: false, dueMinutesAfterResolution: null }, source: { file: 'x', line: 1, column: 1 } });
const scenario = (id: string): Scenario => ({ id, name: id, description: null, owner: null, symptoms: [], steps: [], source: { file: 'x', line: 1, column: 1 } });

const settings: AlertSettings = {
  defaultSeverity: severity(4),
  rules: [
    { match: { tier: 'b' }, severity: severity(2), scenario: null },
    { match: { tier: 'a' }, severity: severity(1), scenario: scenario('first') },
    { match: { tier: 'c' }, severity: severity(3), scenario: scenario('second') },
    { match: { team: '*' }, severity: null, scenario: scenario('any-team') },
  ],
  resolve: false,
  reopenWithinMinutes: 60,
};

describe('the mapping of an alert group', () => {
  it('takes the most severe of all matching rules whatever their order, and the first scenario named', () => {
    const mapped = mapAlert({ alerts: [alert({ tier: 'c' }), alert({ tier: 'a' }), alert({ tier: 'b' })] }, settings);
    expect([mapped.severity.label, mapped.scenario?.id]).toEqual(['sev-1', 'first']);
    const lesser = mapAlert({ alerts: [alert({ tier: 'c' }), alert({ tier: 'b' })] }, settings);
    expect([lesser.severity.label, lesser.scenario?.id]).toEqual(['sev-2', 'second']);
  });

  it('reads the resolved alerts when none fires', () => {
    const mapped = mapAlert({ alerts: [alert({ tier: 'b' }, { status: 'resolved' })] }, settings);
    expect(mapped.severity.label).toBe('sev-2');
  });

  it('takes the default severity and no scenario when no rule matches; a pattern never matches a missing label', () => {
    const mapped = mapAlert({ alerts: [alert({ tier: 'z' })] }, settings);
    expect(mapped).toEqual({ severity: settings.defaultSeverity, scenario: null });
    expect(mapAlert({ alerts: [alert({ team: '' })] }, settings).scenario?.id).toBe('any-team');
  });
});
