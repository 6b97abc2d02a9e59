import { describe, expect, test } from 'vitest';
import { importLines } from './mapper-context.js';

const ROLES = ['# Handbook', '## Roles', '- **Incident Commander (IC)**: leads the response', '- **Technical Lead**: finds the fix'];

/** Imports a handbook: its scenario files (without the review block), the notes with a source line, and where scenario values came from. */
function imported(lines: string[]) {
  const { result, notes } = importLines(lines);
  const scenarios = result.files.flatMap((file) => {
    if (file.document.kind !== 'scenario') return [];
    const { review, ...scenario } = file.document;
    expect(review.owners).toEqual(['[Owner]']);
    return [{ path: file.path, ...scenario }];
  });
  return { scenarios, notes, mapping: result.mapping.filter((value) => value.file.startsWith('scenarios/')) };
}

describe('runbooks under sub-headings', () => {
  test('each gives a scenario: labelled symptoms and steps, `Symptom:` and `Step 1:` items, or an unlabelled list of steps; prose is the description', () => {
    const { scenarios, notes } = imported([
      ...ROLES,
      '## Runbooks',
      '',
      '### Card network timeout',
      '',
      'Payments to one card network time out while others succeed.',
      '',
      '**Owner:** Technical Lead.',
      '',
      '**Symptoms:**',
      '',
      '- Timeouts from the acquirer',
      '- Alert: card-network-latency',
      '',
      '#### Response Steps',
      '',
      '1. Check the status page',
      '2. Fail over',
      '',
      '### Database failover',
      '',
      'Owned by: incident commander',
      '',
      '- Symptom: replica lag above 30 seconds',
      '- Step 1: Promote the replica',
      '- Action: Repoint the app',
      '- Note: keep calm',
      '',
      '### Login failures',
      '',
      '*Signs*',
      '',
      '- Users cannot log in',
      '',
      'Short label:',
      '',
      '- Roll back the last auth deploy',
      '- Clear the session cache',
      '',
      '### Empty',
      '',
      'Nothing to say here at all, really.',
      '',
      '### Card network timeout',
      '',
      '- Retry',
      '',
      '### A very long runbook name about payments queue backlog when the nightly batch importer stalls',
      '',
      '- Restart the importer',
      '',
    ]);
    expect(scenarios).toEqual([
      {
        path: 'scenarios/card-network-timeout.yaml',
        kind: 'scenario',
        id: 'card-network-timeout',
        name: 'Card network timeout',
        description: 'Payments to one card network time out while others succeed.',
        owner: 'tech',
        symptoms: ['Timeouts from the acquirer', 'Alert: card-network-latency'],
        steps: ['Check the status page', 'Fail over'],
      },
      { path: 'scenarios/database-failover.yaml', kind: 'scenario', id: 'database-failover', name: 'Database failover', owner: 'ic', symptoms: ['replica lag above 30 seconds'], steps: ['Promote the replica', 'Repoint the app'] },
      { path: 'scenarios/login-failures.yaml', kind: 'scenario', id: 'login-failures', name: 'Login failures', symptoms: ['Users cannot log in'], steps: ['Roll back the last auth deploy', 'Clear the session cache'] },
      { path: 'scenarios/card-network-timeout-2.yaml', kind: 'scenario', id: 'card-network-timeout-2', name: 'Card network timeout', symptoms: ['[Symptom]'], steps: ['Retry'] },
      {
        path: 'scenarios/a-very-long-runbook-name-about.yaml',
        kind: 'scenario',
        id: 'a-very-long-runbook-name-about',
        name: 'A very long runbook name about payments queue backlog when the nightly batch importer stalls',
        symptoms: ['[Symptom]'],
        steps: ['Restart the importer'],
      },
    ]);
    expect(notes).toEqual([
      '30 not imported: list item "Note: keep calm"',
      '38 not imported: paragraph "Short label:"',
      '43 not imported: section "Empty" (lines 43–45)',
      '47 missing: symptoms of scenario "Card network timeout": wrote "[Symptom]"',
      '51 missing: symptoms of scenario "A very long runbook name about payments queue backlog when the nightly batch importer stalls": wrote "[Symptom]"',
    ]);
  });

  test('labels are read by the words teams use; a label naming symptoms is never read as steps', () => {
    const labels: [string, string][] = [
      ['Warning signs', 'What to do'],
      ['Indicators', 'Procedure'],
      ['How to recognise it', 'Remediation'],
      ['Detection', 'Mitigation'],
      ['Triggers', 'Actions'],
      ['When this happens', 'Fix'],
      ['Symptoms and first response', 'Runbook steps'],
    ];
    for (const [symptoms, steps] of labels) {
      const { scenarios, notes } = imported(['# Handbook', '## Runbooks', '', '### Queue backlog', '', `**${steps}:**`, '', '- Scale the workers', '', `**${symptoms}:**`, '', '- Queue depth above 10k', '']);
      expect([scenarios[0]?.symptoms, scenarios[0]?.steps, notes], `${symptoms} / ${steps}`).toEqual([['Queue depth above 10k'], ['Scale the workers'], []]);
    }
  });

  test('a second list under a label already read is left for the report, and a list partly read is not taken as the steps', () => {
    const { scenarios, notes } = imported([
      '# Handbook',
      '## Runbooks',
      '',
      '### Queue backlog',
      '',
      '- Signs: queue depth above 10k',
      '- Consumers are idle',
      '',
      '**Symptoms**',
      '',
      '- Lag alerts',
      '',
      '### Disk full',
      '',
      '**Steps**',
      '',
      '- Free space',
      '',
      '**Actions**',
      '',
      '- Second list',
      '',
      '- Indicators: writes fail',
      '- Step: delete old logs',
      '- Alerts:',
      '',
    ]);
    expect(scenarios.map((scenario) => [scenario.name, scenario.symptoms, scenario.steps])).toEqual([
      ['Queue backlog', ['Lag alerts', 'queue depth above 10k'], ['[Response Step]']],
      ['Disk full', ['writes fail'], ['Free space', 'delete old logs']],
    ]);
    expect(notes).toEqual([
      '4 missing: response steps of scenario "Queue backlog": wrote "[Response Step]"',
      '7 not imported: list item "Consumers are idle"',
      '19 not imported: paragraph "Actions"',
      '21 not imported: list item "Second list"',
      '25 not imported: list item "Alerts:"',
    ]);
  });

  test('an owner names a role by its id or name; a second owner line and long emphasised prose are description, a short label is not', () => {
    const { scenarios, notes } = imported([
      ...ROLES,
      '## Runbooks',
      '',
      '### Outage',
      '',
      'Led by: IC',
      '',
      '*This runbook applies to the EU region only*',
      '',
      'Owner: technical lead',
      '',
      '- Fail over to the US region',
      '',
      'See also:',
      '',
    ]);
    expect(scenarios.map(({ owner, description, steps }) => ({ owner, description, steps }))).toEqual([
      { owner: 'ic', description: 'This runbook applies to the EU region only\n\nOwner: technical lead', steps: ['Fail over to the US region'] },
    ]);
    expect(notes).toEqual([
      '7 missing: symptoms of scenario "Outage": wrote "[Symptom]"',
      '17 not imported: paragraph "See also:"',
    ]);
  });

  test('the report maps a scenario\'s name, symptoms and steps to its heading, never a placeholder', () => {
    const { mapping } = imported(['# Handbook', '## Runbooks', '', '### Disk full', '', '- Free space', '']);
    expect(mapping.map((value) => [value.line, value.field])).toEqual([
      [4, 'name'],
      [4, 'steps'],
    ]);
  });
});

describe('runbooks titled by bold lines', () => {
  test('a bold line before its list titles a runbook; a bold label (`**Symptoms**`, `**Disk full:**`) does not', () => {
    const { scenarios, notes } = imported([
      '# Handbook',
      '## Runbooks',
      '',
      '- Keep this page open during incidents',
      '',
      '**Login failures**',
      '',
      '- Roll back the auth deploy',
      '',
      '**Symptoms**',
      '',
      '- Users see 500',
      '',
      '**Disk full:**',
      '',
      '- Free space',
      '',
      '**Cache stampede**',
      '',
      '- Warm the cache',
      '',
    ]);
    expect(scenarios.map(({ id, name, symptoms, steps }) => ({ id, name, symptoms, steps }))).toEqual([
      { id: 'login-failures', name: 'Login failures', symptoms: ['Users see 500'], steps: ['Roll back the auth deploy'] },
      { id: 'cache-stampede', name: 'Cache stampede', symptoms: ['[Symptom]'], steps: ['Warm the cache'] },
    ]);
    expect(notes).toEqual([
      '4 not imported: list item "Keep this page open during incidents"',
      '14 not imported: paragraph "Disk full:"',
      '16 not imported: list item "Free space"',
      '18 missing: symptoms of scenario "Cache stampede": wrote "[Symptom]"',
    ]);
  });

  test('a bold line followed by prose heads a runbook running to the next one; text before the first is left for the report', () => {
    const { scenarios, notes } = imported([
      '# Handbook',
      '## Runbooks',
      '',
      'Intro paragraph for all runbooks here.',
      '',
      '**Login failures**',
      '',
      'Users cannot sign in to the dashboard at all today.',
      '',
      '- Roll back',
      '',
      '**Disk full:**',
      '',
      '- Free space',
      '',
      '**Steps**',
      '',
      '- Page the storage team',
      '',
      '**Disk full**',
      '',
      'The disk is full and writes fail everywhere now.',
      '',
      '- Free space',
      '',
    ]);
    expect(scenarios.map(({ id, name, description, steps }) => ({ id, name, description, steps }))).toEqual([
      { id: 'login-failures', name: 'Login failures', description: 'Users cannot sign in to the dashboard at all today.', steps: ['Page the storage team'] },
      { id: 'disk-full', name: 'Disk full', description: 'The disk is full and writes fail everywhere now.', steps: ['Free space'] },
    ]);
    expect(notes).toEqual([
      '4 not imported: paragraph "Intro paragraph for all runbooks here."',
      '6 missing: symptoms of scenario "Login failures": wrote "[Symptom]"',
      '10 not imported: list item "Roll back"',
      '12 not imported: paragraph "Disk full:"',
      '14 not imported: list item "Free space"',
      '20 missing: symptoms of scenario "Disk full": wrote "[Symptom]"',
    ]);
  });
});
