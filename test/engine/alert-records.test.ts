/** The records of alerts: the note's marker, and the hidden first line of an incident opened from an alert. */
import { describe, expect, it } from 'vitest';
import { formatAlertIncidentLine, formatRecordLine, parseAlertIncidentLine, parseRecordLine } from '../../src/engine/records.js';

describe('alert records', () => {
  it('round-trip the note marker, with its status and source', () => {
    const line = formatRecordLine({ kind: 'alert', run: 123456789, status: 'resolved', source: 'grafana' });
    expect(line).toBe('<!-- playbook-ops:alert:123456789 status=resolved,source=grafana -->');
    expect(parseRecordLine(`${line}\nbody`)).toEqual({ marker: { kind: 'alert', run: 123456789, status: 'resolved', source: 'grafana' }, card: null });
  });

  it.each(['<!-- playbook-ops:alert:0 status=firing,source=grafana -->', '<!-- playbook-ops:alert:5 status=pending,source=grafana -->', '<!-- playbook-ops:alert:5 status=firing,source=nagios -->'])(
    'read no marker from %s',
    (line) => {
      expect(parseRecordLine(line)).toBeNull();
    },
  );

  it('round-trip the key and run of an incident opened from an alert, and read nothing else', () => {
    const line = formatAlertIncidentLine({ key: '0123456789abcdef', run: 42 });
    expect(parseAlertIncidentLine(`${line}\n\n### Severity`)).toEqual({ key: '0123456789abcdef', run: 42 });
    expect(parseAlertIncidentLine(`text\n${line}`)).toBeNull();
    expect(() => formatAlertIncidentLine({ key: 'nothex', run: 1 })).toThrow(/16 hex digits/);
  });
});
