import { describe, expect, test } from 'vitest';
import { contextOf, linesOf, notesOf, review } from './mapper-context.js';
import { type MapContext } from '../../src/import/map-context.js';
import { mapPostmortem, parsePostmortemRule } from '../../src/import/map-postmortem.js';
import { mapProcess } from '../../src/import/map-process.js';
import { DEFAULT_REVIEW_CADENCE, mapSettings, parseReviewCadence } from '../../src/import/map-settings.js';
import { mapTools } from '../../src/import/map-tools.js';
import { parseMarkdown } from '../../src/import/markdown-tree.js';
import { descendants } from '../../src/import/sections.js';
import { SeverityScale } from '../../src/import/severity-scale.js';
import type { Nodes, Paragraph } from 'mdast';
import { plainText } from '../../src/import/plain-text.js';

/** The texts of the list items (nested ones too) no mapper used: what the report will name as not imported. */
function unusedItems(context: MapContext): string[] {
  const texts: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'listItem' && !context.ledger.isUsed(node)) texts.push(plainText(node).split('\n')[0] ?? '');
    if ('children' in node) for (const child of node.children) visit(child);
  };
  for (const section of [context.body, ...descendants(context.body)]) for (const block of section.content) visit(block);
  return texts;
}

function paragraph(text: string): Paragraph {
  const block = parseMarkdown(text).children[0];
  if (block?.type !== 'paragraph') throw new Error(`no paragraph in ${text}`);
  return block;
}

describe('the tools section', () => {
  test('each bullet is a tool: a bold or colon label gives name and purpose, "X for Y" likewise, a web link the url', () => {
    const markdown = [
      '# Handbook',
      '## Tools and Resources',
      '- **Grafana**: dashboards and latency graphs',
      '- [PagerDuty](https://example.pagerduty.com) for alerting and on-call management',
      '- Status page: [status](http://status.example.com)',
      '- Runbook wiki',
      '- **Vault**',
      '- Sentry  for  error tracking',
      '- ',
      '',
    ].join('\n');
    const context = contextOf(markdown);
    const doc = mapTools(context);
    expect(doc).toEqual({
      kind: 'tools',
      categories: [
        {
          id: 'tools',
          name: 'Tools',
          tools: [
            { name: 'Grafana', purpose: 'dashboards and latency graphs' },
            { name: 'PagerDuty', purpose: 'alerting and on-call management', url: 'https://example.pagerduty.com' },
            { name: 'Status page', purpose: 'status', url: 'http://status.example.com' },
            { name: 'Runbook wiki' },
            { name: 'Vault' },
            { name: 'Sentry', purpose: 'error tracking' },
          ],
        },
      ],
      review,
    });
    expect(doc?.categories[0]?.tools.map((tool) => linesOf(context, tool).name)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(notesOf(context)).toEqual([]);
    expect(unusedItems(context)).toEqual(['']);
    const heading = context.body.children[0]?.heading;
    expect(heading !== null && heading !== undefined && context.ledger.isUsed(heading)).toBe(true);
  });

  test('a sub-heading is a category whose id is its name up to "and" or "&"; a link inside the wiki is reported, not written', () => {
    const markdown = [
      '# Handbook',
      '## Tools',
      '### Monitoring and Alerting',
      '- Datadog for metrics',
      '### Chat  &  Paging',
      '- Slack: [#incidents](/wiki/slack) channel',
      '### Monitoring',
      '- Sentry for errors',
      '### Logs AND Traces',
      '- [Loki](/go?to=https://loki.example.com) for logs',
      '### Empty',
      'Just prose.',
      '###',
      '- Unnamed tool',
      '',
    ].join('\n');
    const context = contextOf(markdown);
    const doc = mapTools(context);
    expect(doc?.categories.map((category) => [category.id, category.name, category.tools.map((tool) => tool.name)])).toEqual([
      ['monitoring', 'Monitoring and Alerting', ['Datadog']],
      ['chat', 'Chat & Paging', ['Slack']],
      ['monitoring-2', 'Monitoring', ['Sentry']],
      ['logs', 'Logs AND Traces', ['Loki']],
    ]);
    expect(doc?.categories[3]?.tools).toEqual([{ name: 'Loki', purpose: 'logs' }]);
    expect(unusedItems(context)).toEqual(['Unnamed tool']);
    expect(doc?.categories[1]?.tools[0]).toEqual({ name: 'Slack', purpose: '#incidents channel' });
    expect(notesOf(context)).toEqual([
      '6 not imported: link "/wiki/slack" of "Slack: #incidents channel": a tool\'s url is a web address (http or https)',
      '10 not imported: link "/go?to=https://loki.example.com" of "Loki for logs": a tool\'s url is a web address (http or https)',
    ]);
  });

  test('a handbook without tools has no tools document', () => {
    expect(mapTools(contextOf('# Handbook\n## Roles\n- Scribe: notes\n'))).toBeNull();
  });
});

describe('the response process', () => {
  test('each sub-heading is a phase with a known id; bold steps with sub-bullets become titled steps, plain bullets bare steps', () => {
    const markdown = [
      '# Handbook',
      '## Response Process',
      '### 1. Detection',
      '- **Acknowledge the Alert**: within 5 minutes',
      '  - Open the incident channel',
      '  - Page the commander',
      '- Check the dashboards',
      '### 2. Containment and Mitigation',
      '- **Roll back**',
      '- Scale out: add capacity',
      '  - Raise the replica count',
      '### Notes',
      'Nothing to list here.',
      '### Detection',
      '- Confirm the alert',
      '###',
      '- A step of no phase',
      '',
    ].join('\n');
    const context = contextOf(markdown);
    const doc = mapProcess(context);
    expect(doc).toEqual({
      kind: 'process',
      phases: [
        {
          id: 'detection',
          name: 'Detection',
          steps: [{ title: 'Acknowledge the Alert', tasks: ['within 5 minutes', 'Open the incident channel', 'Page the commander'] }, 'Check the dashboards'],
        },
        { id: 'mitigation', name: 'Containment and Mitigation', steps: ['Roll back', { title: 'Scale out: add capacity', tasks: ['Raise the replica count'] }] },
        { id: 'detection-2', name: 'Detection', steps: ['Confirm the alert'] },
      ],
      review,
    });
    const [first] = doc?.phases ?? [];
    expect(first === undefined ? {} : linesOf(context, first)).toEqual({ name: 3 });
    expect(first === undefined ? {} : linesOf(context, first.steps)).toEqual({ 0: 3, 1: 3 });
    const lists = context.body.children[0]?.children.map((child) => child.heading !== null && context.ledger.isUsed(child.heading));
    expect(lists).toEqual([true, true, false, true, false]);
    expect(unusedItems(context)).toEqual(['A step of no phase']);
  });

  test('without sub-headings, a numbered list whose items hold lists gives one phase per item; a flat list gives none', () => {
    const markdown = [
      '# Handbook',
      '## Incident Response Process',
      '1. Triage',
      '   1. Confirm the alert',
      '   2. **Assess impact**',
      '      - Check customers affected',
      '2. **Resolve**: restore service',
      '3. Investigation: find the cause',
      '   - Read the logs',
      '4. Wrap up',
      '5. **Communicate**',
      '   - Post to #incidents',
      '',
      'Other things:',
      '',
      '- Flat item',
      '- Another',
      '',
    ].join('\n');
    const context = contextOf(markdown);
    const doc = mapProcess(context);
    expect(doc?.phases).toEqual([
      { id: 'initial-response', name: 'Triage', steps: ['Confirm the alert', { title: 'Assess impact', tasks: ['Check customers affected'] }] },
      { id: 'resolution', name: 'Resolve', steps: ['restore service'] },
      { id: 'investigation', name: 'Investigation', steps: ['find the cause', 'Read the logs'] },
      { id: 'communicate', name: 'Communicate', steps: ['Post to #incidents'] },
    ]);
    const [triage] = doc?.phases ?? [];
    expect(triage === undefined ? [] : [linesOf(context, triage), linesOf(context, triage.steps)]).toEqual([{ name: 3 }, { 0: 3, 1: 3 }]);
    expect(unusedItems(context)).toEqual(['Wrap up', 'Flat item', 'Another']);
    const list = context.body.children[0]?.content.find((block) => block.type === 'list');
    const items = list?.type === 'list' ? list.children.map((item) => context.ledger.isUsed(item)) : [];
    expect(items).toEqual([true, true, true, false, true]);
    expect(mapProcess(contextOf('# Handbook\n## Tools\n- Vault\n'))).toBeNull();
  });
});

describe('the review cadence and settings', () => {
  test('a sentence about reviewing the playbook, document or procedures states the cadence; other sentences do not', () => {
    expect(parseReviewCadence(paragraph('This playbook should be reviewed and updated quarterly or after major incidents.'))).toBe('90d');
    expect(parseReviewCadence(paragraph('Review these procedures every 6 months.'))).toBe('180d');
    expect(parseReviewCadence(paragraph('The document is reviewed monthly.'))).toBe('30d');
    expect(parseReviewCadence(paragraph('Our process reviews happen every 2 weeks.'))).toBe('2w');
    expect(parseReviewCadence(paragraph('Responders review dashboards every 5 minutes.'))).toBeNull();
    expect(parseReviewCadence(paragraph('This playbook is updated quarterly.'))).toBeNull();
    expect(parseReviewCadence(paragraph('Reviewer of this playbook: quarterly.'))).toBeNull();
    expect(parseReviewCadence(paragraph('This playbook should be reviewed regularly.'))).toBeNull();
    expect(parseReviewCadence(paragraph('This playbook is reviewed every 0 minutes.'))).toBeNull();
    expect(parseReviewCadence(paragraph('We review this annually.'))).toBe('365d');
    expect(parseReviewCadence(paragraph('The on-call procedure is REVIEWED every year.'))).toBe('365d');
    expect(parseReviewCadence(paragraph('Reviewed by the Playbook owners every 6 months.'))).toBe('180d');
    expect(parseReviewCadence(paragraph('Dashboards are reviewed every 6 months by the Processing team.'))).toBeNull();
  });

  test('settings take the title, the overview sections side by side, and the cadence sentence wherever it stands', () => {
    const markdown = [
      '# Checkout Incident Playbook',
      '## Purpose',
      'Guides the checkout team through incidents.',
      '',
      'This playbook is reviewed every 6 months.',
      '## Scope',
      'All production services.',
      '### Summary',
      'Nested summary.',
      '## Contacts',
      '- Lead: @lead',
      '## Maintenance',
      'This playbook should be reviewed quarterly.',
      '',
    ].join('\n');
    const context = contextOf(markdown);
    const settings = mapSettings(context, 'Checkout Incident Playbook', 1);
    expect(settings).toEqual({
      kind: 'settings',
      name: 'Checkout Incident Playbook',
      overview: 'Guides the checkout team through incidents.\n\nAll production services.',
      incident_label: 'incident',
      minimum_permission: 'triage',
      review_cadence: '180d',
      review,
    });
    expect(linesOf(context, settings)).toEqual({ name: 1, overview: 3, review_cadence: 5 });
    expect(notesOf(context)).toEqual([]);
    const [purpose, scope] = context.body.children;
    expect([purpose, scope].map((section) => section?.heading !== null && section?.heading !== undefined && context.ledger.isUsed(section.heading))).toEqual([true, true]);
    expect(scope?.children[0]?.content.map((block) => context.ledger.isUsed(block))).toEqual([false]);
    expect(purpose?.content.map((block) => context.ledger.isUsed(block))).toEqual([true, true]);
    expect(context.body.children[3]?.content.map((block) => context.ledger.isUsed(block))).toEqual([false]);
  });

  test('without a title, overview section or cadence: placeholder name, the prose under the title, and the default cadence, each said', () => {
    const context = contextOf(['Intro prose for responders.', '', '## Tools', '- Vault', ''].join('\n'));
    const settings = mapSettings(context, null, null);
    expect(settings).toEqual({
      kind: 'settings',
      name: '[Playbook Name]',
      overview: 'Intro prose for responders.',
      incident_label: 'incident',
      minimum_permission: 'triage',
      review_cadence: DEFAULT_REVIEW_CADENCE,
      review,
    });
    expect(DEFAULT_REVIEW_CADENCE).toBe('90d');
    expect(notesOf(context)).toEqual([
      '- missing: title: no level-1 heading; wrote name "[Playbook Name]"',
      '- assumed: review cadence 90d: the source states none; quarterly is the playbook-ops default',
    ]);
    expect(linesOf(context, settings)).toEqual({ overview: 1 });
    expect(context.body.content.map((block) => context.ledger.isUsed(block))).toEqual([true]);
    const bare = contextOf('# Title\n## Tools\n- Vault\n');
    expect(mapSettings(bare, 'Title', 1)).not.toHaveProperty('overview');
  });
});

describe('the post-incident section', () => {
  const scale = new SeverityScale();

  test('a sentence that requires a post-mortem of named severities is the rule, with its deadline', () => {
    const rule = (text: string): unknown => {
      const found = parsePostmortemRule(paragraph(text), scale);
      return found === null ? null : { severities: found.severities, due: found.due };
    };
    expect(rule('All SEV-1 and SEV-2 incidents require a post-mortem within 48 hours of resolution.')).toEqual({ severities: ['sev-1', 'sev-2'], due: '48h' });
    expect(rule('SEV-1 incidents need a retrospective no later than 5 days after resolution.')).toEqual({ severities: ['sev-1'], due: '5d' });
    expect(rule('A postmortem is required for SEV-3.')).toEqual({ severities: ['sev-3'], due: null });
    expect(rule('SEV-2 incidents must have a post mortem after the fix, soon.')).toEqual({ severities: ['sev-2'], due: null });
    expect(rule('SEV-1 needs a postmortem Within 3 days.')).toEqual({ severities: ['sev-1'], due: '3d' });
    expect(rule('SEV-1 incidents get a post-mortem within 48 hours.')).toBeNull();
    expect(rule('SEV-1 incidents require a call within 48 hours.')).toBeNull();
    expect(rule('Every incident requires a post-mortem within 48 hours.')).toBeNull();
    expect(rule('Each SEV-2 requires a post-mortem within 3 days.')).toEqual({ severities: ['sev-2'], due: '3d' });
    expect(rule('All SEV-1 incidents REQUIRE a Post-Mortem AFTER 2 days.')).toEqual({ severities: ['sev-1'], due: '2d' });
    expect(rule('SEV-1 incidents need a post-mortem no later than 5 days after resolution.')).toEqual({ severities: ['sev-1'], due: '5d' });
  });

  test('the rule is found by its words, not its grammar: a severity, "require" and "post-mortem" in one sentence make one', () => {
    const found = parsePostmortemRule(paragraph('SEV-1 incidents are required reading; postmortems are shared.'), scale);
    expect(found?.severities).toEqual(['sev-1']);
  });

  test('the elements list, the improvement practices and the first rule are read; ids follow the template titles', () => {
    const markdown = [
      '# Handbook',
      '## Post-Incident Activities',
      'All SEV-1 incidents require a post-mortem within 48 hours.',
      '',
      'All SEV-2 incidents require a post-mortem within 5 days.',
      '',
      '**Post-mortem elements:**',
      '',
      '- Timeline of events',
      '- Root cause analysis',
      '- Customer impact',
      '- Resolution steps',
      '- Lessons learned',
      '- Follow-ups',
      '- Action items',
      '- Detection gaps',
      '',
      '**Other list:**',
      '',
      '- Not an element',
      '',
      '### Template structure',
      '- Second list ignored',
      '### Continuous Improvement',
      '- Track action items to completion',
      '- ',
      '- Share learnings',
      '### More learning',
      '- Ignored once practices are read',
      '',
    ].join('\n');
    const context = contextOf(markdown, scale);
    const result = mapPostmortem(context);
    expect(result?.rule?.severities).toEqual(['sev-1']);
    expect(result?.rule?.due).toBe('48h');
    expect(result?.doc.elements.map((element) => [element.id, element.title])).toEqual([
      ['timeline', 'Timeline of events'],
      ['root-cause', 'Root cause analysis'],
      ['impact', 'Customer impact'],
      ['resolution', 'Resolution steps'],
      ['lessons-learned', 'Lessons learned'],
      ['action-items', 'Follow-ups'],
      ['action-items-2', 'Action items'],
      ['detection-gaps', 'Detection gaps'],
    ]);
    expect(result?.doc.continuous_improvement).toEqual(['Track action items to completion', 'Share learnings']);
    expect(result?.doc.kind).toBe('postmortem');
    expect(result?.doc.review).toBe(review);
    const first = result?.doc.elements[0];
    expect(first === undefined ? {} : linesOf(context, first)).toEqual({ title: 9 });
    expect(linesOf(context, result?.doc.continuous_improvement ?? [])).toEqual({ 0: 25, 1: 27 });
    const content = context.body.children[0]?.content ?? [];
    expect(content.map((block) => context.ledger.isUsed(block))).toEqual([true, false, true, false, false, false]);
  });

  test('the elements list is found by the words teams introduce it with; its items get the template ids in singular or plural', () => {
    const elementsOf = (label: string, items: string[]): string[] => {
      const markdown = ['# Handbook', '## Post-Mortems', `**${label}**`, '', ...items.map((item) => `- ${item}`), ''].join('\n');
      return mapPostmortem(contextOf(markdown, scale))?.doc.elements.map((element) => element.id) ?? [];
    };
    for (const label of ['Post-mortem elements:', 'Each element', 'Sections', 'Section', 'Contents', 'Content', 'Every post-mortem includes:', 'Template', 'Structure']) {
      expect([label, elementsOf(label, ['Timeline'])]).toEqual([label, ['timeline']]);
    }
    expect(elementsOf('Reminders', ['Timeline'])).toEqual([]);
    expect(elementsOf('Elements', ['Key lesson', 'Action item', 'Follow up', 'Timelines', 'Impact assessment', 'Resolution'])).toEqual([
      'lessons-learned',
      'action-items',
      'action-items-2',
      'timelines',
      'impact',
      'resolution',
    ]);
  });

  test('improvement practices come from a sub-heading about improvement, continuity or learning', () => {
    for (const title of ['Improvement', 'Continuous Review', 'Learning', 'Team learning']) {
      const markdown = ['# Handbook', '## Post-Incident', `### ${title}`, '- Review action items weekly', ''].join('\n');
      expect([title, mapPostmortem(contextOf(markdown, scale))?.doc.continuous_improvement]).toEqual([title, ['Review action items weekly']]);
    }
    const other = mapPostmortem(contextOf(['# Handbook', '## Post-Incident', '### Scheduling', '- Book a room', ''].join('\n'), scale));
    expect(other?.doc.continuous_improvement).toEqual([]);
  });

  test('a rule stated in a bullet is not the rule; only a sentence is', () => {
    const context = contextOf(['# Handbook', '## Post-Incident', '- SEV-1 incidents require a post-mortem within 2 days', ''].join('\n'), scale);
    expect(mapPostmortem(context)?.rule).toBeNull();
    expect(unusedItems(context)).toEqual(['SEV-1 incidents require a post-mortem within 2 days']);
  });

  test('improvement practices right in the section are not practices; no section, no document', () => {
    const context = contextOf(['# Handbook', '## Continuous Improvement and Post-mortems', '- Hold blameless reviews', ''].join('\n'));
    const result = mapPostmortem(context);
    expect(result?.doc.continuous_improvement).toEqual([]);
    expect(result?.rule).toBeNull();
    expect(mapPostmortem(contextOf('# Handbook\n## Tools\n- Vault\n'))).toBeNull();
  });
});
