/**
 * The resolved model a small, valid set becomes: what the engine and `config --json` see. Each list
 * of the tiny set has one entry that writes every optional field and one that writes none, so both
 * the values as written and the defaults are pinned.
 */
import { describe, expect, test } from 'vitest';
import { validatePlaybooks } from '../../src/config/validate-playbooks.js';
import type { PlaybookSet, Source } from '../../src/config/model.js';
import { positionOf } from './fixture.js';
import { REVIEW, TINY_SET, tinySet } from './tiny-set.js';

async function resolved(dir: string): Promise<PlaybookSet> {
  const result = await validatePlaybooks(dir);
  expect(result.diagnostics).toEqual([]);
  return result.set as PlaybookSet;
}

describe('the resolved model of a set', () => {
  test('has durations in minutes, references as the objects they name, and null, false or [] for what is not written', async () => {
    const dir = await tinySet();
    const at = async (file: string, needle: string): Promise<Source> => ({ file, ...(await positionOf(dir, file, needle)) });
    const lead = { id: 'lead', name: 'Lead', abbreviation: 'L', multiple: true, commander: true, responsibilities: ['Leads'], source: await at('roles.yaml', 'id: lead') };
    const helper = { id: 'helper', name: 'Helper', abbreviation: null, multiple: false, commander: false, responsibilities: ['Helps'], source: await at('roles.yaml', 'id: helper') };
    const oncall = { id: 'oncall', name: 'On-call', category: 'on-call', github: null, email: null, phone: null, contact: null, source: await at('contacts.yaml', 'id: oncall') };
    const boss = {
      id: 'boss',
      name: 'Boss',
      category: 'stakeholder',
      github: '@boss',
      email: 'boss@example.com',
      phone: '+1 555 0100',
      contact: 'desk 4',
      sinks: [{ id: 'slack:SLACK_URL', type: 'slack', secret: 'SLACK_URL', name: 'Slack SLACK_URL', url: null }],
      source: await at('contacts.yaml', 'id: boss'),
    };
    const review = (file: string, cadenceMinutes: number, nextDue: string) => ({ file, owners: ['@acme/sre'], lastReviewed: '2026-01-10', cadenceMinutes, nextDue });
    const monthly = (file: string) => review(file, 30 * 24 * 60, '2026-02-09');

    expect(await resolved(dir)).toStrictEqual({
      name: 'Tiny',
      overview: null,
      incidentLabel: 'incident',
      minimumPermission: 'triage',
      trustReporters: false,
      slaMissedLabel: 'sla-missed',
      defaultSeverity: null,
      reviewCadenceMinutes: 30 * 24 * 60,
      reviewWindowMinutes: 14 * 24 * 60,
      roles: [lead, helper],
      severities: [
        {
          level: 1,
          label: 'sev-1',
          name: 'Critical',
          criteria: ['Down'],
          responseMinutes: 15,
          updateEveryMinutes: 20,
          postmortem: { required: true, dueMinutesAfterResolution: 2 * 24 * 60 },
          sinks: [{ id: 'pagerduty:PD_KEY', type: 'pagerduty', secret: 'PD_KEY', name: 'PagerDuty PD_KEY', url: 'https://events.pagerduty.com/v2/enqueue' }],
          source: await at('severities.yaml', 'level: 1'),
        },
        {
          level: 2,
          label: 'sev-2',
          name: 'High',
          criteria: ['Slow'],
          responseMinutes: 60,
          updateEveryMinutes: null,
          postmortem: { required: false, dueMinutesAfterResolution: null },
          source: await at('severities.yaml', 'level: 2'),
        },
      ],
      phases: [
        {
          id: 'detect',
          name: 'Detect',
          steps: [
            { title: 'Look', tasks: [] },
            { title: 'Triage', tasks: [] },
            { title: 'Fix', tasks: ['Patch'] },
          ],
          source: await at('process.yaml', 'id: detect'),
        },
      ],
      scenarios: [
        { id: 'bare', name: 'Bare', description: null, owner: null, symptoms: ['Odd'], steps: ['Look'], source: await at('scenarios/bare.yaml', 'kind:') },
        { id: 'outage', name: 'Outage', description: 'It is down', owner: helper, symptoms: ['Errors'], steps: ['Restart'], source: await at('scenarios/outage.yaml', 'kind:') },
      ],
      communication: {
        channels: [
          { id: 'chat', name: 'Chat', priority: 'primary', useFor: null, url: null },
          { id: 'call', name: 'Call', priority: 'secondary', useFor: 'big incidents', url: 'https://call.example.com' },
        ],
        audiences: [
          { id: 'everyone', name: 'Everyone', means: ['Status page'], severities: [], when: null },
          { id: 'execs', name: 'Execs', means: ['Email'], severities: ['sev-1'], when: 'always' },
        ],
        updatesBy: null,
      },
      escalation: {
        technical: [
          { level: 1, name: 'First', contacts: [oncall], afterMinutes: 0, source: await at('escalation.yaml', 'level: 1') },
          {
            level: 2,
            name: 'Second',
            contacts: [boss, oncall],
            afterMinutes: 45,
            sinks: [{ id: 'webhook:HOOK_KEY', type: 'webhook', secret: 'HOOK_KEY', name: 'Pager hook', url: 'https://hooks.example.com/page' }],
            source: await at('escalation.yaml', 'level: 2'),
          },
        ],
        management: [
          { severity: 'sev-2', name: 'Tell the boss', notify: [boss], withinMinutes: null, source: await at('escalation.yaml', 'severity: sev-2') },
          { severity: 'sev-1', name: 'Tell the boss now', notify: [boss], withinMinutes: 10, source: await at('escalation.yaml', 'severity: sev-1') },
        ],
      },
      contacts: [oncall, boss],
      postmortem: {
        elements: [
          { id: 'timeline', title: 'Timeline', description: null },
          { id: 'cause', title: 'Cause', description: 'Why it happened' },
        ],
        continuousImprovement: ['Learn'],
        path: 'postmortems',
        // Without `reviewers`, whoever leads the incident reviews.
        reviewers: [lead],
        overdueLabel: 'postmortem-overdue',
      },
      tools: [
        {
          id: 'watch',
          name: 'Watching',
          tools: [
            { name: 'Grafana', purpose: null, url: null },
            { name: 'Logs', purpose: 'search', url: 'https://logs.example.com' },
          ],
        },
      ],
      // One per file in path order; the outage scenario is reviewed weekly, the rest on the set's cadence.
      reviews: [
        monthly('communication.yaml'),
        monthly('contacts.yaml'),
        monthly('escalation.yaml'),
        monthly('postmortem.yaml'),
        monthly('process.yaml'),
        monthly('roles.yaml'),
        monthly('scenarios/bare.yaml'),
        review('scenarios/outage.yaml', 7 * 24 * 60, '2026-01-17'),
        monthly('settings.yaml'),
        monthly('severities.yaml'),
        monthly('tools.yaml'),
      ],
    });
  });

  test('takes the settings, the update giver and the post-mortem reviewers as written', async () => {
    const dir = await tinySet({
      'settings.yaml': `kind: settings
name: Tiny
overview: A small set.
incident_label: outage
minimum_permission: write
default_severity: sev-2
trust_reporters: true
sla_missed_label: too-slow
review_cadence: 30d
review_window: 3d
postmortem_path: docs/postmortems
postmortem_overdue_label: pm-late
${REVIEW}`,
      'communication.yaml': TINY_SET['communication.yaml'].replace('audiences:', 'updates_by: helper\naudiences:'),
      'postmortem.yaml': TINY_SET['postmortem.yaml'].replace('continuous_improvement:', 'reviewers: [helper, lead]\ncontinuous_improvement:'),
    });
    const set = await resolved(dir);
    expect({
      overview: set.overview,
      incidentLabel: set.incidentLabel,
      minimumPermission: set.minimumPermission,
      defaultSeverity: set.defaultSeverity?.label,
      trustReporters: set.trustReporters,
      slaMissedLabel: set.slaMissedLabel,
      reviewWindowMinutes: set.reviewWindowMinutes,
      postmortemPath: set.postmortem.path,
      overdueLabel: set.postmortem.overdueLabel,
      updatesBy: set.communication.updatesBy?.id,
      reviewers: set.postmortem.reviewers.map((role) => role.id),
      alerts: set.alerts,
    }).toStrictEqual({
      overview: 'A small set.',
      incidentLabel: 'outage',
      minimumPermission: 'write',
      defaultSeverity: 'sev-2',
      trustReporters: true,
      slaMissedLabel: 'too-slow',
      reviewWindowMinutes: 3 * 24 * 60,
      postmortemPath: 'docs/postmortems',
      overdueLabel: 'pm-late',
      updatesBy: 'helper',
      reviewers: ['helper', 'lead'],
      // No alerts section: alerts are refused, so the model has none.
      alerts: undefined,
    });
    expect(Object.hasOwn(set, 'alerts')).toBe(false);
  });
});

describe('the alerts section resolved', () => {
  const withAlerts = (alerts: string): Record<string, string> => ({ 'settings.yaml': `${TINY_SET['settings.yaml']}alerts:\n${alerts}` });

  test('names the severities and scenarios of its rules, and takes resolve and the reopen window as written', async () => {
    const set = await resolved(
      await tinySet(
        withAlerts(`  default_severity: sev-2
  rules:
    - match: { severity: page, team: "db-*" }
      severity: sev-1
      scenario: outage
    - match: { alertname: "*Down" }
      scenario: bare
  resolve: true
  reopen_within: 1h30m
`),
      ),
    );
    const [sev1, sev2] = set.severities;
    const [bare, outage] = set.scenarios;
    expect(set.alerts).toStrictEqual({
      defaultSeverity: sev2,
      rules: [
        { match: { severity: 'page', team: 'db-*' }, severity: sev1, scenario: outage },
        { match: { alertname: '*Down' }, severity: null, scenario: bare },
      ],
      resolve: true,
      reopenWithinMinutes: 90,
    });
  });

  test('with only a default severity has no rules, leaves resolving to responders and reopens within an hour', async () => {
    const set = await resolved(await tinySet(withAlerts('  default_severity: sev-1\n')));
    expect(set.alerts).toStrictEqual({ defaultSeverity: set.severities[0], rules: [], resolve: false, reopenWithinMinutes: 60 });
  });
});
