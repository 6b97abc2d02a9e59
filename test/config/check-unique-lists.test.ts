import { describe, expect, test } from 'vitest';
import { checkUnique } from '../../src/config/checks/check-unique.js';
import type { Position } from '../../src/config/line-index.js';
import { checkTexts, defaultText, positionIn, replaced } from './in-memory.js';

interface Case {
  file: string;
  from: string;
  to: string;
  /** Where the first occurrence is, and where the repeat is: [needle, after]. */
  first: [string, string?];
  repeat: [string, string?];
  rule: string;
  message: string;
  pointer: string;
}

function uniqueProblems({ file, from, to }: Case) {
  const text = replaced(defaultText(file), from, to);
  const { diagnostics, set } = checkTexts({ [file]: text });
  // The duplicate must be the file's only problem: the uniqueness checks read valid documents only.
  expect(diagnostics).toEqual([]);
  return { text, found: checkUnique(set).map(({ file: where, line, column, rule, message, hint, pointer }) => ({ file: where, line, column, rule, message, hint, pointer })) };
}

const at = (text: string, [needle, after]: [string, string?]): Position => positionIn(text, needle, after);

describe('duplicates within one file: reported at the repeat, pointing back at the first', () => {
  const cases: Case[] = [
    { file: 'roles.yaml', from: '    name: Communication Lead\n', to: '    name: Communication Lead\n    commander: true\n', first: ['true', 'commander:'], repeat: ['true', 'Communication Lead\n'], rule: 'duplicate-commander', message: 'duplicate role with "commander: true"', pointer: '/roles/1/commander' },
    { file: 'contacts.yaml', from: 'id: security-team', to: 'id: cto', first: ['cto'], repeat: ['cto', 'Key stakeholders'], rule: 'duplicate-id', message: 'duplicate contact id "cto"', pointer: '/contacts/3/id' },
    { file: 'process.yaml', from: 'id: post-incident', to: 'id: resolution', first: ['resolution', 'id: resolution'], repeat: ['resolution', 'Validate user experience'], rule: 'duplicate-id', message: 'duplicate phase id "resolution"', pointer: '/phases/5/id' },
    { file: 'communication.yaml', from: 'id: conference-call', to: 'id: incident-chat-room', first: ['incident-chat-room'], repeat: ['incident-chat-room', 'priority: primary'], rule: 'duplicate-id', message: 'duplicate channel id "incident-chat-room"', pointer: '/channels/1/id' },
    { file: 'communication.yaml', from: 'id: public', to: 'id: customers', first: ['customers'], repeat: ['customers', 'Regular executive briefings'], rule: 'duplicate-id', message: 'duplicate audience id "customers"', pointer: '/audiences/2/id' },
    { file: 'communication.yaml', from: 'severity: sev-2', to: 'severity: sev-1', first: ['sev-1'], repeat: ['sev-1', 'every: 30m'], rule: 'duplicate-label', message: 'duplicate status-update cadence for severity "sev-1"', pointer: '/status_updates/1/severity' },
    { file: 'tools.yaml', from: 'id: incident-management', to: 'id: monitoring', first: ['monitoring'], repeat: ['monitoring', 'id: communication'], rule: 'duplicate-id', message: 'duplicate tool category id "monitoring"', pointer: '/categories/2/id' },
    { file: 'postmortem.yaml', from: 'id: action-items', to: 'id: impact', first: ['impact'], repeat: ['impact', 'id: lessons-learned'], rule: 'duplicate-id', message: 'duplicate post-mortem element id "impact"', pointer: '/elements/5/id' },
    { file: 'severities.yaml', from: 'label: sev-4', to: 'label: sev-3', first: ['sev-3'], repeat: ['sev-3', 'level: 4'], rule: 'duplicate-label', message: 'duplicate severity label "sev-3"', pointer: '/severities/3/label' },
    { file: 'escalation.yaml', from: 'severity: sev-1', to: 'severity: sev-2', first: ['sev-2'], repeat: ['sev-2', 'Director notification'], rule: 'duplicate-label', message: 'duplicate management escalation for severity "sev-2"', pointer: '/management/2/severity' },
  ];

  test.each(cases)('$rule: $message', (each) => {
    const { text, found } = uniqueProblems(each);
    const first = at(text, each.first);
    expect(found).toEqual([
      { file: each.file, ...at(text, each.repeat), rule: each.rule, message: each.message, hint: `first used at line ${first.line}; rename or remove one of them`, pointer: each.pointer },
    ]);
  });
});
