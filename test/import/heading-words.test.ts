/** Every heading wording the importer knows a chapter by, and the numbering it takes off titles. */
import type { Heading } from 'mdast';
import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../src/import/markdown-tree.js';
import { normalizeWords } from '../../src/import/normalize-words.js';
import { SectionMap } from '../../src/import/section-map.js';
import { sectionMeaning } from '../../src/import/section-meaning.js';
import { plainText } from '../../src/import/plain-text.js';
import { boldOnly, buildSections, descendants, headingTitle, type Section } from '../../src/import/sections.js';

describe('what a heading names', () => {
  test.each([
    ['Escalation Policy', 'escalation'], ['Escalating incidents', 'escalation'], ['Paging policy', 'escalation'], ['Paging order', 'escalation'],
    ['Post-Incident Review', 'postmortem'], ['Postmortems', 'postmortem'], ['Post mortem', 'postmortem'], ['Post-mortem template', 'postmortem'],
    ['Retrospective', 'postmortem'], ['Lessons Learned', 'postmortem'], ['After Action Reports', 'postmortem'], ['Incident Reviews', 'postmortem'],
    ['Incident review', 'postmortem'], ['PIR', 'postmortem'],
    ['Scenario guides', 'scenarios'], ['Runbook', 'scenarios'], ['Common incidents', 'scenarios'], ['Common incident', 'scenarios'],
    ['Incident types', 'scenarios'], ['Incident type', 'scenarios'], ['Specific procedures', 'scenarios'], ['Specific playbooks', 'scenarios'],
    ['Specific runbooks', 'scenarios'], ['Specific handling procedures', 'scenarios'], ['Known issues', 'scenarios'], ['Known failures', 'scenarios'],
    ['Severities', 'severities'], ['Classification', 'severities'], ['Prioritization', 'severities'], ['Priority', 'severities'],
    ['Priorities', 'severities'], ['Impact level', 'severities'], ['Incident levels', 'severities'], ['Incident level', 'severities'],
    ['SEV levels', 'severities'], ['Sev level', 'severities'],
    ['Contact', 'contacts'], ['Phone list', 'contacts'], ['Phone number', 'contacts'], ['Phone numbers', 'contacts'], ['Directory', 'contacts'],
    ['Oncall', 'contacts'], ['Who to call', 'contacts'],
    ['Role', 'roles'], ['Responsibilities', 'roles'], ['Response team', 'roles'], ['Team structure', 'roles'], ['CSIRT', 'roles'],
    ['Communication plan', 'communication'], ['Comms', 'communication'], ['Status update', 'communication'], ['Status updates', 'communication'],
    ['Notifications', 'communication'], ['Notification', 'communication'],
    ['Process', 'process'], ['Phases', 'process'], ['Phase', 'process'], ['Lifecycle', 'process'], ['Life cycle', 'process'], ['Workflow', 'process'],
    ['Procedure', 'process'], ['Procedures', 'process'], ['Stages', 'process'], ['Stage', 'process'], ['How we respond', 'process'],
    ['Response steps', 'process'],
    ['Tools', 'tools'], ['Tool', 'tools'], ['Tooling', 'tools'], ['Resources', 'tools'],
    ['Maintenance', 'review'], ['Plan review', 'review'], ['Playbook reviews', 'review'], ['Handbook review', 'review'], ['Document review', 'review'],
    ['Review cadence', 'review'], ['Keeping this plan current', 'review'], ['Keeping this page current', 'review'], ['Keeping this handbook current', 'review'],
    ['Overview', 'overview'], ['Introduction', 'overview'], ['Purpose', 'overview'], ['About this page', 'overview'], ['Scope', 'overview'],
    ['Summary', 'overview'], ['Background', 'overview'],
  ])('"%s" is %s', (title, meaning) => {
    expect(sectionMeaning(normalizeWords(title))).toBe(meaning);
  });

  test.each([
    'Glossary', 'Postal services', 'Scenery', 'Classifications of birds', 'Contactless payments', 'Rolex watches',
    'Communal kitchen', 'Processor upgrades', 'Toolbar', 'Resourceful people', 'Planning a review', 'Executive summary', 'A scope note',
    'Pirates', 'Directors', 'Keeping this list current',
  ])('"%s" names no chapter', (title) => {
    expect(sectionMeaning(normalizeWords(title))).toBeNull();
  });

  test('a heading with the words of two meanings has the one tried first: the more specific before the broader', () => {
    expect(sectionMeaning(normalizeWords('Escalation contacts'))).toBe('escalation');
    expect(sectionMeaning(normalizeWords('Post-incident process'))).toBe('postmortem');
    expect(sectionMeaning(normalizeWords('Runbook severity'))).toBe('scenarios');
    expect(sectionMeaning(normalizeWords('Severity roles'))).toBe('severities');
    expect(sectionMeaning(normalizeWords('On-call roles'))).toBe('contacts');
    expect(sectionMeaning(normalizeWords('Roles and communication'))).toBe('roles');
    expect(sectionMeaning(normalizeWords('Communication process'))).toBe('communication');
    expect(sectionMeaning(normalizeWords('Process tools'))).toBe('process');
    expect(sectionMeaning(normalizeWords('Tools maintenance'))).toBe('tools');
    expect(sectionMeaning(normalizeWords('Overview of maintenance'))).toBe('review');
  });
});

describe('heading titles', () => {
  const heading = (text: string): Heading => parseMarkdown(`## ${text}`).children[0] as Heading;

  test.each([
    ['2. Initial Response', 'Initial Response'], ['2 Initial Response', 'Initial Response'], ['2.1 Triage', 'Triage'], ['2.1. Triage', 'Triage'],
    ['3) Fix', 'Fix'], ['4: Recover', 'Recover'], ['4 - Recover', 'Recover'], ['4 — Recover', 'Recover'], ['4.Recover', 'Recover'],
    ['Step 1: Detect', 'Detect'], ['Phase 2 - Contain', 'Contain'], ['Part 3. Learn', 'Learn'], ['Section 4 Roles', 'Roles'],
    ['Chapter 5: Tools', 'Tools'], ['Stage 6 Close', 'Close'], ['iv. Review', 'Review'], ['b) Backups', 'Backups'],
    ['Step B: Notify', 'Notify'], ['Phase iii - Resolve', 'Resolve'], ['STEP 7: Close', 'Close'],
    ['2.', '2.'], ['Response', 'Response'], ['24/7 coverage', '24/7 coverage'], ['Phase out old alerts', 'Phase out old alerts'],
    ['Ax. Axioms', 'Ax. Axioms'], ['Stepping stones', 'Stepping stones'],
  ])('"%s" is titled "%s"', (text, title) => {
    expect(headingTitle(heading(text))).toBe(title);
  });
});

describe('bold lines', () => {
  const paragraph = (markdown: string) => parseMarkdown(markdown).children[0] as Parameters<typeof boldOnly>[0];

  test('a paragraph of one bold run, with at most a colon after it, gives its text', () => {
    expect(boldOnly(paragraph('**Severity levels**'))).toBe('Severity levels');
    expect(boldOnly(paragraph('**Severity levels**:'))).toBe('Severity levels:');
    expect(boldOnly(paragraph('**Severity levels** :  '))).toBe('Severity levels :');
  });

  test('text beside the bold run, two bold runs, an empty or a long one is no bold line', () => {
    expect(boldOnly(paragraph('**Severity** levels'))).toBeNull();
    expect(boldOnly(paragraph('**Severity** *levels*'))).toBeNull();
    expect(boldOnly(paragraph('**Severity** **levels**'))).toBeNull();
    expect(boldOnly(paragraph('Severity levels'))).toBeNull();
    expect(boldOnly(paragraph(`**${'x'.repeat(81)}**`))).toBeNull();
    expect(boldOnly(paragraph(`**${'x'.repeat(80)}**`))).toBe('x'.repeat(80));
  });
});

describe('sections', () => {
  interface Shape {
    title: string;
    depth: number;
    lines: string;
    heading: string | null;
    children: Shape[];
  }
  const shape = (section: Section): Shape => ({
    title: section.title,
    depth: section.depth,
    lines: `${section.startLine}-${section.endLine}`,
    heading: section.heading === null ? null : `${section.heading.type} ${section.heading.depth} ${plainText(section.heading)}`,
    children: section.children.map(shape),
  });
  const meaningful = (title: string): boolean => sectionMeaning(normalizeWords(title)) !== null;

  test('nest by heading level; a bold line is a section half a level below the heading before it, its title without the colon', () => {
    const markdown = [
      '# Handbook', '', 'Intro text.', '', '## Roles', '', '**Incident Commander**', '', 'Leads.', '', '### Deputy', '', 'Helps.', '',
      '## Runbooks', '', '**Disk full**', '', 'Clean up.', '', '', '# Appendix', '', '**Severity levels**:', '', '- SEV-1: down', '',
    ].join('\n');
    const root = buildSections(parseMarkdown(markdown), meaningful);
    expect(shape(root)).toEqual({
      title: '',
      depth: 0,
      lines: '1-26',
      heading: null,
      children: [
        {
          title: 'Handbook',
          depth: 1,
          lines: '1-19',
          heading: 'heading 1 Handbook',
          children: [
            {
              title: 'Roles',
              depth: 2,
              lines: '5-13',
              heading: 'heading 2 Roles',
              children: [
                {
                  title: 'Incident Commander',
                  depth: 2.5,
                  lines: '7-13',
                  heading: 'heading 3 Incident Commander',
                  children: [{ title: 'Deputy', depth: 3, lines: '11-13', heading: 'heading 3 Deputy', children: [] }],
                },
              ],
            },
            {
              title: 'Runbooks',
              depth: 2,
              lines: '15-19',
              heading: 'heading 2 Runbooks',
              children: [{ title: 'Disk full', depth: 2.5, lines: '17-19', heading: 'heading 3 Disk full', children: [] }],
            },
          ],
        },
        {
          title: 'Appendix',
          depth: 1,
          lines: '22-26',
          heading: 'heading 1 Appendix',
          children: [{ title: 'Severity levels', depth: 1.5, lines: '24-26', heading: 'heading 2 Severity levels', children: [] }],
        },
      ],
    });
    expect(root.children[0]?.content.map((block) => block.type)).toEqual(['paragraph']);
    expect(descendants(root).map((section) => section.title)).toEqual(['Handbook', 'Roles', 'Incident Commander', 'Deputy', 'Runbooks', 'Disk full', 'Appendix', 'Severity levels']);
  });

  test('without a meaning test, a bold line before a list labels it; a bold line inside a chapter names a part of it', () => {
    const markdown = ['# Handbook', '', '**Severity levels**', '', '- SEV-1: down', '', '## Severity', '', '**Critical**', '', 'Down.', '', '**Severity matrix**', '', '- a', ''].join('\n');
    const plain = buildSections(parseMarkdown(markdown));
    expect(descendants(plain).map((section) => [section.title, section.depth])).toEqual([['Handbook', 1], ['Severity', 2], ['Critical', 2.5]]);
    const read = buildSections(parseMarkdown(markdown), meaningful);
    expect(descendants(read).map((section) => [section.title, section.depth])).toEqual([['Handbook', 1], ['Severity levels', 1.5], ['Severity', 2], ['Critical', 2.5]]);
  });

  test('a bold field of the page (`**Priority: high**`) is a statement, not a section; a title with a colon is a section', () => {
    const markdown = [
      '## Runbooks', '', '### Database down', '', '**Priority: high**', '', '**Owner: Platform team**', '', '**Last updated: 2026-11-01**', '', 'Text.', '',
      '**Phase 1: Detection**', '', 'Alerts fire.', '', '**P1: Critical**', '', 'Checkout is down.', '', '**Appendix A: Contacts**', '', '| Name | Phone |', '|---|---|', '| Priya | 555 |', '',
    ];
    const root = buildSections(parseMarkdown(markdown.join('\n')), meaningful);
    expect(descendants(root).map((section) => [section.title, section.depth])).toEqual([
      ['Runbooks', 2],
      ['Database down', 3],
      ['Detection', 3.5],
      ['P1: Critical', 3.5],
      ['Appendix A: Contacts', 3.5],
    ]);
    expect(root.children[0]?.children[0]?.content.map((block) => plainText(block))).toEqual(['Priority: high', 'Owner: Platform team', 'Last updated: 2026-11-01', 'Text.']);
  });

  test('a bold heading under a level-6 heading is a level-6 heading node', () => {
    const root = buildSections(parseMarkdown(['###### Deep', '', '**Deeper**', '', 'Text.', ''].join('\n')));
    expect(descendants(root).map((section) => [section.title, section.depth, section.heading?.depth])).toEqual([['Deep', 6, 6], ['Deeper', 6.5, 6]]);
  });
});

describe('which section each document reads', () => {
  const mapOf = (lines: string[]) => {
    const body = buildSections(parseMarkdown(lines.join('\n')), (title) => sectionMeaning(normalizeWords(title)) !== null);
    return { body, sections: new SectionMap(body) };
  };

  test('a chapter inside another chapter belongs to it, unless the outer one is a container such as contacts', () => {
    const { sections } = mapOf(['## Roles', '', '### Communications Lead', '', 'Talks.', '', '## On-call', '', '### Escalation policy', '', '1. Primary', '']);
    expect(sections.take('communication')).toBeNull();
    expect(sections.take('escalation')?.title).toBe('Escalation policy');
    expect(sections.take('escalation')).toBeNull();
  });

  test('the shallowest free section with content wins, the first of equals; every other one is an alternative, in document order', () => {
    const { sections } = mapOf([
      '# Severity', '', '## Runbooks', '', '### Severity notes', '', 'Text.', '', '## Severity levels', '', '- SEV-1: down', '', '## Severity matrix', '', '- SEV-2', '',
      '# Severity', '', '- SEV-3', '',
    ]);
    const chosen = sections.take('severities');
    expect([chosen?.title, chosen?.startLine]).toEqual(['Severity', 1]);
    expect(sections.alternatives('severities').map((section) => [section.title, section.startLine])).toEqual([
      ['Severity notes', 5],
      ['Severity levels', 9],
      ['Severity matrix', 13],
      ['Severity', 17],
    ]);
    expect(sections.alternatives('tools')).toEqual([]);
  });

  test('an empty heading loses to one with content, even a deeper one', () => {
    const { sections } = mapOf(['## Tools', '', '### Tools we use', '', '- Grafana', '', '## Contacts', '', '# Tools', '']);
    const chosen = sections.take('tools');
    expect([chosen?.title, chosen?.startLine]).toEqual(['Tools', 1]);
    const empty = mapOf(['## Tools we use', '', '- Grafana', '', '# Tools', '']);
    expect(empty.sections.take('tools')?.title).toBe('Tools we use');
  });

  test('a chosen section is carved out of the one around it: its parts and children leave it out', () => {
    const { body, sections } = mapOf(['## On-call', '', '- Priya', '', '### Escalation policy', '', '1. Primary', '', '### Rota', '', 'Weekly.', '']);
    const onCall = body.children[0]!;
    const escalation = onCall.children[0]!;
    expect(sections.isChosen(escalation)).toBe(true);
    expect(sections.isChosen(onCall.children[1]!)).toBe(false);
    expect(sections.children(onCall).map((section) => section.title)).toEqual(['Rota']);
    expect(sections.parts(onCall).map((section) => section.title)).toEqual(['On-call', 'Rota']);
  });
});
