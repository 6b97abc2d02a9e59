/**
 * The fixed role, phase and scenario ids the rest of playbook-ops relies on (`/role ic`, `/status
 * mitigation`, scenario labels), reached from the many ways a handbook words them.
 */
import { describe, expect, test } from 'vitest';
import { phaseId, roleId, scenarioId } from '../../src/import/known-ids.js';

/** Each name with the id it gets, so a failure shows which wording went astray. */
function ids(of: (name: string) => string, names: string[]): [string, string][] {
  return names.map((name) => [name, of(name)]);
}

describe('role ids', () => {
  test('the usual wordings of the four known roles give their ids', () => {
    expect(ids((name) => roleId(name, null), [
      'Incident Commander',
      'Incident Manager',
      'Incident Lead',
      'Incident Leader',
      'IC',
      'Communication Lead',
      'Communications Manager',
      'Comms Lead',
      'Comm Officer',
      'Communications & Status Page Coordinator',
      'Comms',
      'Technical Lead',
      'Tech Leader',
      'Engineering Owner',
      'TL',
      'Subject Matter Expert',
      'Subject Matter Experts',
      'SMEs',
    ])).toEqual([
      ['Incident Commander', 'ic'],
      ['Incident Manager', 'ic'],
      ['Incident Lead', 'ic'],
      ['Incident Leader', 'ic'],
      ['IC', 'ic'],
      ['Communication Lead', 'comms'],
      ['Communications Manager', 'comms'],
      ['Comms Lead', 'comms'],
      ['Comm Officer', 'comms'],
      ['Communications & Status Page Coordinator', 'comms'],
      ['Comms', 'comms'],
      ['Technical Lead', 'tech'],
      ['Tech Leader', 'tech'],
      ['Engineering Owner', 'tech'],
      ['TL', 'tech'],
      ['Subject Matter Expert', 'sme'],
      ['Subject Matter Experts', 'sme'],
      ['SMEs', 'sme'],
    ]);
  });

  test('a role of the team\'s own is known by its abbreviation in brackets', () => {
    expect([roleId('Duty Captain', 'IC'), roleId('Status Writer', 'Comms'), roleId('Domain Expert', 'SME'), roleId('Shift Owner', 'TL')]).toEqual([
      'ic',
      'comms',
      'sme',
      'tech',
    ]);
    expect(roleId('Scribe', 'SCR')).toBe('scribe');
  });

  test('an abbreviation means a known role only as the whole name: roles built around one keep their own ids', () => {
    expect(ids((name) => roleId(name, null), ['Deputy IC', 'IC Shadow', 'Internal Comms', 'Comms Shadow', 'Deputy TL', 'TL Backup', 'Security SME', 'SME Pool'])).toEqual([
      ['Deputy IC', 'deputy-ic'],
      ['IC Shadow', 'ic-shadow'],
      ['Internal Comms', 'internal-comms'],
      ['Comms Shadow', 'comms-shadow'],
      ['Deputy TL', 'deputy-tl'],
      ['TL Backup', 'tl-backup'],
      ['Security SME', 'security-sme'],
      ['SME Pool', 'sme-pool'],
    ]);
  });
});

describe('phase ids', () => {
  test('phase names as handbooks write them give the known phase ids; others their slug', () => {
    expect(ids(phaseId, [
      'Post-Incident Activities',
      'Post Mortem',
      'Retrospective',
      'Follow-up Actions',
      'Lessons Learned',
      'Detection and Identification',
      'Alerting',
      'Alert Received',
      'Identification',
      'Triage',
      'Acknowledge the Page',
      'First Response',
      'Initial Assessment',
      'Investigation and Diagnosis',
      'Root Cause Analysis',
      'Containment and Mitigation',
      'Resolution and Recovery',
      'Resolve',
      'Remediation',
      'Customer Updates',
    ])).toEqual([
      ['Post-Incident Activities', 'post-incident'],
      ['Post Mortem', 'post-incident'],
      ['Retrospective', 'post-incident'],
      ['Follow-up Actions', 'post-incident'],
      ['Lessons Learned', 'post-incident'],
      ['Detection and Identification', 'detection'],
      ['Alerting', 'detection'],
      ['Alert Received', 'detection'],
      ['Identification', 'detection'],
      ['Triage', 'initial-response'],
      ['Acknowledge the Page', 'initial-response'],
      ['First Response', 'initial-response'],
      ['Initial Assessment', 'initial-response'],
      ['Investigation and Diagnosis', 'investigation'],
      ['Root Cause Analysis', 'investigation'],
      ['Containment and Mitigation', 'mitigation'],
      ['Resolution and Recovery', 'resolution'],
      ['Resolve', 'resolution'],
      ['Remediation', 'resolution'],
      ['Customer Updates', 'customer-updates'],
    ]);
  });
});

describe('scenario ids', () => {
  test('scenario names as handbooks write them give the known scenario ids; others their slug', () => {
    expect(ids(scenarioId, [
      'Complete Outage',
      'Unplanned Downtime',
      'Payments API Unavailable',
      'Service Down',
      'Performance Degradation',
      'High Latency',
      'Slow Checkout',
      'Security Incident',
      'Data Breach',
      'Intrusion Detected',
      'Compromised Credentials',
      'Data Integrity Issue',
      'Data Corruption',
      'Ledger Mismatch',
      'Third-Party Failure',
    ])).toEqual([
      ['Complete Outage', 'service-outage'],
      ['Unplanned Downtime', 'service-outage'],
      ['Payments API Unavailable', 'service-outage'],
      ['Service Down', 'service-outage'],
      ['Performance Degradation', 'performance-degradation'],
      ['High Latency', 'performance-degradation'],
      ['Slow Checkout', 'performance-degradation'],
      ['Security Incident', 'security-incident'],
      ['Data Breach', 'security-incident'],
      ['Intrusion Detected', 'security-incident'],
      ['Compromised Credentials', 'security-incident'],
      ['Data Integrity Issue', 'data-integrity'],
      ['Data Corruption', 'data-integrity'],
      ['Ledger Mismatch', 'data-integrity'],
      ['Third-Party Failure', 'third-party-failure'],
    ]);
  });
});
