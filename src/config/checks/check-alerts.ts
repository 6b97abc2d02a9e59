/**
 * Rules of the settings' `alerts` section that could never change anything (`alert-rule-empty`): a
 * rule that matches but names neither a severity nor a scenario is a rule someone forgot to finish.
 */
import type { Diagnostic } from '../diagnostic.js';
import type { DocumentSet } from '../document-set.js';
import { diagnosticAt } from '../located.js';

/** Every `alert-rule-empty` of the set. */
export function checkAlerts(set: DocumentSet): Diagnostic[] {
  return set.valid('settings').flatMap((document) =>
    (document.value.alerts?.rules ?? []).flatMap((rule, index) =>
      rule.severity === undefined && rule.scenario === undefined
        ? [
            diagnosticAt(document, `/alerts/rules/${index}`, {
              rule: 'alert-rule-empty',
              message: 'this alert rule names neither a severity nor a scenario',
              hint: 'add severity: sev-N, scenario: <scenario id>, or both; or remove the rule',
            }),
          ]
        : [],
    ),
  );
}
