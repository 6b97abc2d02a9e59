import { describe, expect, test } from 'vitest';
import { checkSinks } from '../../src/config/checks/check-sinks.js';
import { checkTexts, defaultText, positionIn, replaced } from './in-memory.js';

/** The sink-url problems of `file` of the default set with `sinks` added after `after`. */
function sinkProblems(file: string, after: string, sinks: string) {
  const text = replaced(defaultText(file), after, `${after}${sinks}`);
  const { diagnostics, set } = checkTexts({ [file]: text });
  expect(diagnostics).toEqual([]);
  return { text, found: checkSinks(set).map(({ file: where, line, column, rule, message, hint, pointer }) => ({ file: where, line, column, rule, message, hint, pointer })) };
}

const WEBHOOK_HINT = 'add url: https://… (where to POST); the secret is only the signing key';

describe('sink-url, wherever sinks are written', () => {
  test("a contact's webhook without a url is reported at the sink", () => {
    const { text, found } = sinkProblems('contacts.yaml', '    name: Secondary On-Call\n', '    sinks:\n      - { type: slack, secret: SLACK_ONCALL }\n      - { type: webhook, secret: HOOK_KEY }\n');
    expect(found).toEqual([
      { file: 'contacts.yaml', ...positionIn(text, '{ type: webhook'), rule: 'sink-url', message: 'the webhook sink HOOK_KEY has no url', hint: WEBHOOK_HINT, pointer: '/contacts/1/sinks/1' },
    ]);
  });

  test("an escalation level's Teams sink with a url is reported at the url, which would leak the secret", () => {
    const { text, found } = sinkProblems(
      'escalation.yaml',
      '    name: Senior engineers and team leads\n',
      '    sinks:\n      - { type: teams, secret: TEAMS_LEADS, url: "https://example.com/hook" }\n',
    );
    expect(found).toEqual([
      {
        file: 'escalation.yaml',
        ...positionIn(text, '"https://example.com/hook"'),
        rule: 'sink-url',
        message: 'a teams sink takes no url: its webhook URL is the secret',
        hint: 'remove url and store the webhook URL as the repository secret TEAMS_LEADS',
        pointer: '/technical/1/sinks/0/url',
      },
    ]);
  });

  test("a severity's sinks: a webhook with its url and a PagerDuty endpoint are fine, a Slack url is not", () => {
    const { text, found } = sinkProblems(
      'severities.yaml',
      '    response_time: 30m\n',
      [
        '    sinks:',
        '      - { type: webhook, secret: HOOK_KEY, url: "https://example.com/incidents" }',
        '      - { type: pagerduty, secret: PAGERDUTY_EU, url: "https://events.eu.pagerduty.com/v2/enqueue" }',
        '      - { type: slack, secret: SLACK_SEV2, url: "https://hooks.slack.com/services/T0/B0/x" }',
        '',
      ].join('\n'),
    );
    expect(found).toEqual([
      {
        file: 'severities.yaml',
        ...positionIn(text, '"https://hooks.slack.com'),
        rule: 'sink-url',
        message: 'a slack sink takes no url: its webhook URL is the secret',
        hint: 'remove url and store the webhook URL as the repository secret SLACK_SEV2',
        pointer: '/severities/1/sinks/2/url',
      },
    ]);
  });
});
