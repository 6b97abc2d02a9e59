/**
 * The incident `simulate` replays by default: the set's most severe severity, declared at 03:03 and
 * acknowledged only at 04:12 (past the response time and the first escalation levels), one status
 * update, then silence until it is resolved at 05:30, and a post-mortem nobody merges. Built from the
 * set, so the form's answers are options the set's issue form offers.
 */
import type { PlaybookSet } from '../config/model.js';
import type { ScriptStep } from '../demo/script.js';
import { severityOption, scenarioOptions } from '../markdown/form-options.js';

/** The start of the script's day: the sandbox's clock reads it first. */
export const SEV1_DAY_START = '2026-11-27 00:00';

/** The people the script needs, and their permission. */
export const SIMULATION_PEOPLE = { alice: 'write', priya: 'maintain', carol: 'triage' } as const;

/** The built-in script on `set`. */
export function sev1Script(set: PlaybookSet): ScriptStep[] {
  const severity = set.severities[0];
  if (severity === undefined) throw new Error('the playbook set has no severities to declare an incident with');
  const scenario = scenarioOptions(set)[0]?.option ?? '';
  return [
    {
      at: '2026-11-27 03:03',
      actor: 'alice',
      action: 'open',
      title: '[Incident] Checkout payments failing',
      form: { Severity: severityOption(severity), Scenario: scenario, 'Affected services': 'payments-api', Summary: 'Card payments fail with HTTP 503.', 'Start time': '2026-11-27 03:00 UTC' },
    },
    { at: '2026-11-27 04:12', actor: 'priya', action: 'comment', body: '/ack\n/ic @priya' },
    { at: '2026-11-27 04:20', actor: 'carol', action: 'comment', body: '/update Rolling back deploy 4512.' },
    { at: '2026-11-27 05:30', actor: 'priya', action: 'comment', body: '/resolve Rolled back deploy 4512.' },
  ];
}
