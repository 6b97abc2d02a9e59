import { describe, expect, test } from 'vitest';
import { documentOf, importLines } from './mapper-context.js';
import { defaultDelay, parseTarget } from '../../src/import/map-escalation.js';

/** Imports a handbook: its escalation document and the notes with a source line. */
function imported(lines: string[]) {
  const { result, notes } = importLines(lines);
  const escalation = documentOf(result, 'escalation');
  const technical = escalation.technical.map((level) => [level.level, level.name, level.contacts, level.after]);
  return { technical, management: escalation.management, notes };
}

const SEVERITIES = ['# Handbook', '## Severity', '- SEV-1: down', '- SEV-2: slow', '- SEV-3: bug'];

describe('an escalation target as written', () => {
  test('names who is paged without the words around it, and reads the wait wherever the sentence states it', () => {
    const read = (text: string) => {
      const { name, handles, wait } = parseTarget(text);
      return [name, handles, typeof wait === 'string' || wait === null ? wait : wait.text];
    };
    expect(read('Then page Secondary on-call (@org/backup), after 10 minutes')).toEqual(['Secondary on-call', ['@org/backup'], '10m']);
    expect(read('Team lead in Berlin, after 15 minutes')).toEqual(['Team lead in Berlin', [], '15m']);
    expect(read('Database team gets paged in 20 minutes')).toEqual(['Database team', [], '20m']);
    expect(read('Ops — waiting 5 minutes')).toEqual(['Ops', [], '5m']);
    expect(read('Ops — wait 5 minutes')).toEqual(['Ops', [], '5m']);
    expect(read('SRE (@sre) is notified if unacknowledged  for 15 minutes')).toEqual(['SRE', ['@sre'], '15m']);
    expect(read('Manager, if not acknowledged within 10 minutes')).toEqual(['Manager', [], '10m']);
    expect(read('Escalate to  the security lead  at once')).toEqual(['the security lead', [], 'now']);
    expect(read('@org/dba right away')).toEqual(['', ['@org/dba'], 'now']);
    expect(read('Incident channel notified')).toEqual(['Incident channel', [], null]);
    expect(read('CTO ; ')).toEqual(['CTO', [], null]);
  });

  test('a bare zero wait means at once; another bare time is part of the name, not a wait', () => {
    expect(parseTarget('Primary on-call, 0 minutes')).toMatchObject({ name: 'Primary on-call', wait: { text: '0m', minutes: 0 } });
    expect(parseTarget('Primary for 5 minutes')).toEqual({ name: 'Primary for 5 minutes', handles: [], wait: null });
  });

  test('levels without a stated wait default to at once, 30 minutes, 1 hour, 2 hours, then one more hour each', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(defaultDelay)).toEqual(['0m', '30m', '1h', '2h', '3h', '4h', '5h']);
  });
});

describe('an escalation table', () => {
  test('is read by its columns: the tier, who is paged and after how long; the management rules below it by severity', () => {
    const { technical, management, notes } = imported([
      ...SEVERITIES,
      '## Escalation',
      '',
      '| Tier | Who | Paged after | Notes |',
      '|---|---|---|---|',
      '| 1 | Primary on-call (@org/primary) | immediately | x |',
      '| 2 | Secondary on-call (@org/secondary) | after 10 minutes | y |',
      '| 3 | Engineering manager | 30 minutes | |',
      '| 4 |  | 1 hour | |',
      '| 5 | Director (@dir) |  | |',
      '',
      '### Management',
      '',
      '- **SEV-1**: VP Engineering (@vp) notified within 15 minutes',
      '- **SEV-2**: Director notification within 1 hour',
      '- **SEV-3**: within 2 hours',
      '- **SEV-1**: CTO briefing',
      '- **Level 6**: CTO (@cto) within 10 minutes',
      '',
    ]);
    expect(technical).toEqual([
      [1, 'Primary on-call', ['primary-on-call'], '0m'],
      [2, 'Secondary on-call', ['secondary-on-call'], '10m'],
      [3, 'Engineering manager', ['engineering-manager'], '30m'],
      [4, 'Director', ['director'], '2h'],
      [5, 'CTO', ['cto'], '2h10m'],
    ]);
    expect(management).toEqual([
      { severity: 'sev-1', name: 'VP Engineering notified', notify: ['vp-engineering'], within: '15m' },
      { severity: 'sev-2', name: 'Director notification', notify: ['engineering-director'], within: '1h' },
    ]);
    expect(notes.filter((note) => !/^[345] /.test(note) && !note.includes('contact list'))).toEqual([
      '8 not imported: column "Notes" of the escalation table: no escalation field holds it',
      '13 not imported: a row of the escalation table that names nobody to page',
      '14 assumed: level 5 "Director" after 3h: the source gives no delay; playbook-ops default',
      '14 assumed: level 5 "Director" is written as level 4: levels are numbered 1, 2, 3, … in order',
      '14 assumed: level 4 "Director" after 2h: the default for its new number',
      '20 not imported: list item "SEV-3: within 2 hours"',
      '21 not imported: a second management escalation for sev-1: the first one stands, as the playbooks hold one per severity',
      '22 assumed: level 6 "CTO" is written as level 5: levels are numbered 1, 2, 3, … in order',
      '22 assumed: level 5 "CTO" after 2h10m: the source\'s 10m is not later than the level before (2h), so it is read as counted from that level',
    ]);
  });

  test('columns are found under other words, and rows without a level column are numbered in order', () => {
    const { technical, notes } = imported([
      '# Handbook',
      '## Escalation',
      '',
      '| Escalate to | Delay |',
      '|---|---|',
      '| Primary on-call | at once |',
      '| Team lead | within 20 minutes |',
      '| Head of engineering | 45 minutes |',
      '',
    ]);
    expect(technical.map(([level, name, , after]) => [level, name, after])).toEqual([
      [1, 'Primary on-call', '0m'],
      [2, 'Team lead', '20m'],
      [3, 'Head of engineering', '45m'],
    ]);
    expect(notes.filter((note) => note.includes('table'))).toEqual([]);
  });

  test('a table of people with neither a level nor a wait column is not an escalation path: it is reported whole, not by column', () => {
    const { technical, notes } = imported(['# Handbook', '## Escalation', '', '| Team | Phone |', '|---|---|', '| Payments (@org/payments) | 555 |', '']);
    expect(technical).toEqual([[1, '[Escalation Level]', expect.any(Array), '0m']]);
    expect(notes).toEqual(['4 not imported: table (2 rows)']);
  });
});

describe('escalation levels in a list', () => {
  test('labels name the level; a numbered list gives each paged target its position; items naming nobody are left for the report', () => {
    const { technical, notes } = imported([
      '# Handbook',
      '## Escalation',
      '',
      '3. Primary on-call (@org/primary) — paged at once',
      '4. Backup (@org/backup) after 200 years',
      '5. Nobody here',
      '- **Level 2**: Team lead',
      '- **Tier 1**: Ops call',
      '- **L 3**: Director',
      '- **Step-4**: VP (@vp), within 5 minutes',
      '- **Level 5**:',
      '',
    ]);
    expect(technical.map(([level, name, , after]) => [level, name, after])).toEqual([
      [1, 'Ops call', '0m'],
      [2, 'Team lead', '30m'],
      [3, 'Primary on-call', '1h'],
      [4, 'Director', '2h'],
      [5, 'Backup', '3h'],
      [6, 'VP', '3h5m'],
    ]);
    expect(notes.filter((note) => !note.includes('contact list'))).toEqual([
      '4 assumed: level 3 "Primary on-call" after 1h: the source\'s 0m is not later than the level before (30m), so it is read as counted from that level, plus 30 minutes',
      '5 not imported: wait 73000d of level 4: over 100 years',
      '5 assumed: level 4 "Backup" after 2h: the source gives no delay; playbook-ops default',
      '5 assumed: level 4 "Backup" is written as level 5: levels are numbered 1, 2, 3, … in order',
      '5 assumed: level 5 "Backup" after 3h: the default for its new number',
      '6 not imported: list item "Nobody here"',
      '7 assumed: level 2 "Team lead" after 30m: the source gives no delay; playbook-ops default',
      '8 assumed: level 1 "Ops call" after 0m: the source gives no delay; playbook-ops default',
      '9 assumed: level 3 "Director" after 1h: the source gives no delay; playbook-ops default',
      '9 assumed: level 3 "Director" is written as level 4: levels are numbered 1, 2, 3, … in order',
      '9 assumed: level 4 "Director" after 2h: the default for its new number',
      '10 assumed: level 4 "VP" is written as level 6: levels are numbered 1, 2, 3, … in order',
      '10 assumed: level 6 "VP" after 3h5m: the source\'s 5m is not later than the level before (3h), so it is read as counted from that level',
      '11 not imported: list item "Level 5:"',
    ]);
  });

  test('a level number of two digits is read, and the level takes its place in order', () => {
    const { technical, notes } = imported(['# Handbook', '## Escalation', '', '- **Level 1**: Primary (@org/primary)', '- **Level 12**: War room (@org/war-room) after 4 hours', '']);
    expect(technical.map(([level, name, , after]) => [level, name, after])).toEqual([
      [1, 'Primary', '0m'],
      [2, 'War room', '4h'],
    ]);
    expect(notes).toContain('5 assumed: level 12 "War room" is written as level 2: levels are numbered 1, 2, 3, … in order');
  });

  test('two levels of one number keep their order, and a default wait not later than the level before moves 30 minutes past it', () => {
    const { technical, notes } = imported(['# Handbook', '## Escalation', '', '- **Level 1**: Primary (@org/primary) after 2 hours', '- **Level 2**: Secondary', '- **Level 2**: Manager after 12 hours', '']);
    expect(technical.map(([level, name, , after]) => [level, name, after])).toEqual([
      [1, 'Primary', '2h'],
      [2, 'Secondary', '2h30m'],
      [3, 'Manager', '12h'],
    ]);
    expect(notes).toContain('5 assumed: level 2 "Secondary" after 2h30m: 30 minutes after the level before, as the default 30m is not later than it');
    expect(notes).toContain('6 assumed: level 2 "Manager" is written as level 3: levels are numbered 1, 2, 3, … in order');
  });

  test('a management rule names who is notified by severity; a deadline over a hundred years is dropped from it, with a note', () => {
    const { management, notes } = imported([
      ...SEVERITIES,
      '## Escalation',
      '',
      '- **SEV-1**: CTO briefing',
      '- **SEV-2**: Head of Support (@support-head) informed within 200 years',
      '- **SEV-3**: @org/leads',
      '',
    ]);
    expect(management).toEqual([
      { severity: 'sev-1', name: 'CTO briefing', notify: ['cto'] },
      { severity: 'sev-2', name: 'Head of Support informed', notify: ['head-of-support'] },
      { severity: 'sev-3', name: '@org/leads', notify: ['org-leads'] },
    ]);
    expect(notes).toContain('9 not imported: deadline 73000d of the sev-2 management escalation: over 100 years');
  });
});

describe('where escalation values came from', () => {
  test('the mapping report gives each level and rule field its source line; a level without a stated wait has none for it', () => {
    const { result } = importLines([
      ...SEVERITIES,
      '## Escalation',
      '',
      '- Level 1: Primary on-call (@org/oncall) — paged at once',
      '- Level 2: Team lead',
      '- **SEV-1**: Director notification within 1 hour',
      '- **SEV-2**: CTO briefing',
      '',
    ]);
    const fields = result.mapping.filter((value) => value.file === 'escalation.yaml').map((value) => `${value.line} ${value.field}`);
    expect(fields).toEqual([
      '8 technical[0].name',
      '8 technical[0].contacts',
      '8 technical[0].after',
      '9 technical[1].name',
      '9 technical[1].contacts',
      '10 management[0].severity',
      '10 management[0].name',
      '10 management[0].notify',
      '10 management[0].within',
      '11 management[1].severity',
      '11 management[1].name',
      '11 management[1].notify',
    ]);
    const { management } = documentOf(result, 'escalation');
    expect(management.map((rule) => [rule.name, rule.notify])).toEqual([['Director notification', ['engineering-director']], ['CTO briefing', ['cto']]]);
  });
});
