import { describe, expect, test } from 'vitest';
import { contactId, knownContactIds, splitTargets } from '../../src/import/contact-ids.js';
import { normalizeWords } from '../../src/import/normalize-words.js';
import { SectionMap } from '../../src/import/section-map.js';
import { sectionMeaning } from '../../src/import/section-meaning.js';
import { phaseId, roleId, scenarioId } from '../../src/import/known-ids.js';
import { parseMarkdown } from '../../src/import/markdown-tree.js';
import { plainText } from '../../src/import/plain-text.js';
import { buildSections, descendants } from '../../src/import/sections.js';
import { parseLevelName, SeverityScale } from '../../src/import/severity-scale.js';
import { slugify, uniqueId } from '../../src/import/slug.js';

describe('sections', () => {
  const markdown = ['# Title', 'intro', '', '## A', '### 1. First', 'x', '#### Deep', '## 2) B', '', 'b', ''].join('\n');
  const root = buildSections(parseMarkdown(markdown));

  test('nest by heading level and strip numbering from titles', () => {
    const [title] = root.children;
    expect(title?.title).toBe('Title');
    expect(title?.children.map((child) => child.title)).toEqual(['A', 'B']);
    expect(title?.children[0]?.children[0]?.title).toBe('First');
    expect(descendants(root).map((section) => `${section.depth}:${section.title}`)).toEqual(['1:Title', '2:A', '3:First', '4:Deep', '2:B']);
  });

  test('know their lines, ending at their last written line', () => {
    const a = root.children[0]?.children[0];
    expect([a?.startLine, a?.endLine]).toEqual([4, 7]);
    const b = root.children[0]?.children[1];
    expect([b?.startLine, b?.endLine]).toEqual([8, 10]);
  });
});

describe('section meanings', () => {
  test('the shallowest section of a meaning is its mapper\'s; one inside another meaning stays part of it', () => {
    const markdown = ['## Tools & Resources', '### Communication', '- Slack', '## COMMUNICATION PLAN', '- x', ''].join('\n');
    const root = buildSections(parseMarkdown(markdown));
    const sections = new SectionMap(root);
    expect(sections.take('communication')?.title).toBe('COMMUNICATION PLAN');
    expect(sections.take('communication')).toBeNull();
    const tools = sections.take('tools');
    expect(tools === null ? [] : sections.parts(tools).map((part) => part.title)).toEqual(['Tools & Resources', 'Communication']);
  });

  test('a chapter inside a container is carved out when the document has no other', () => {
    const markdown = ['## On-call', '- Primary: @a', '### Escalation policy', '1. Primary (@a) — paged at once', ''].join('\n');
    const root = buildSections(parseMarkdown(markdown));
    const sections = new SectionMap(root);
    const contacts = sections.take('contacts');
    expect(contacts === null ? [] : sections.parts(contacts).map((part) => part.title)).toEqual(['On-call']);
    expect(sections.take('escalation')?.title).toBe('Escalation policy');
  });

  test.each([
    ['Severity', 'severities'],
    ['How we prioritise', 'severities'],
    ['Impact levels', 'severities'],
    ['Who does what', 'roles'],
    ['Runbooks', 'scenarios'],
    ['Playbooks', 'scenarios'],
    ['Incident Specific Handling Procedures', 'scenarios'],
    ['Incident Handling', 'process'],
    ['Escalation and Notification', 'escalation'],
    ['Points of Contact', 'contacts'],
    ['On call', 'contacts'],
    ['Post Incident Activity', 'postmortem'],
    ['Retrospectives', 'postmortem'],
    ['Keeping people informed', 'communication'],
    ['Plan Maintenance', 'review'],
    ['Glossary', null],
  ])('%s → %s', (title, meaning) => {
    expect(sectionMeaning(normalizeWords(title))).toBe(meaning);
  });

  test('bold lines become headings where they name a chapter or title what follows; a bold label before a list does not', () => {
    const markdown = ['# T', '', '**Severity levels**', '', '- SEV-1: x', '', '**Runbooks**', '', '**Disk full**', '', 'Text.', '', '**Steps**', '', '- a', ''].join('\n');
    const meaningful = (title: string): boolean => sectionMeaning(normalizeWords(title)) !== null;
    const root = buildSections(parseMarkdown(markdown), meaningful);
    expect(descendants(root).map((section) => `${section.depth}:${section.title}`)).toEqual(['1:T', '1.5:Severity levels', '1.5:Runbooks', '1.5:Disk full']);
    expect(descendants(root).at(-1)?.content.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'list']);
  });

  test('normalizes case, punctuation and ampersands', () => {
    expect(normalizeWords('Post-Incident  Process')).toBe('post incident process');
    expect(normalizeWords('Roles & Responsibilities:')).toBe('roles and responsibilities');
  });
});

describe('ids', () => {
  test('fixed role, phase and scenario ids by meaning, slugs otherwise', () => {
    expect(roleId('Incident Commander', 'IC')).toBe('ic');
    expect(roleId('Communication Lead', null)).toBe('comms');
    expect(roleId('Technical Lead', null)).toBe('tech');
    expect(roleId('Subject Matter Experts', 'SMEs')).toBe('sme');
    expect(roleId('Scribe', null)).toBe('scribe');
    // A name of its own keeps its slug unless the abbreviation is a known one.
    expect(roleId('Duty Captain', 'IC')).toBe('ic');
    expect(roleId('Duty Captain', 'TL')).toBe('tech');
    expect(roleId('Outreach', 'Comms')).toBe('comms');
    expect(roleId('On-call expert', 'SME')).toBe('sme');
    expect(roleId('Duty Captain', 'DC')).toBe('duty-captain');
    expect(roleId('Incident Lead', 'TL')).toBe('ic');
    expect(['Detection and Alerting', 'Initial Response', 'Investigation and Diagnosis', 'Containment and Mitigation', 'Resolution and Recovery', 'Post-Incident Activities'].map(phaseId)).toEqual([
      'detection',
      'initial-response',
      'investigation',
      'mitigation',
      'resolution',
      'post-incident',
    ]);
    expect(['Service Outage', 'Performance Degradation', 'Security Incident', 'Data Integrity Issue', 'Vendor Bankruptcy'].map(scenarioId)).toEqual([
      'service-outage',
      'performance-degradation',
      'security-incident',
      'data-integrity',
      'vendor-bankruptcy',
    ]);
  });

  test('contacts by canonical name, groups and splits of escalation targets', () => {
    expect(contactId('VP of Engineering')).toBe('vp-engineering');
    expect(contactId('Customer Success Lead')).toBe('customer-success-lead');
    expect(contactId('Freight Desk')).toBe('freight-desk');
    expect(knownContactIds('On-call engineer')).toEqual(['primary-on-call', 'secondary-on-call']);
    expect(knownContactIds('Executive leadership')).toEqual(['cto', 'vp-engineering']);
    expect(splitTargets('Senior engineers and team leads').flatMap((part) => knownContactIds(part) ?? [])).toEqual(['senior-engineers', 'team-leads']);
    expect(splitTargets('CTO/VP Engineering')).toEqual(['CTO/VP Engineering']);
    expect(knownContactIds('CTO/VP Engineering')).toEqual(['cto', 'vp-engineering']);
    expect(splitTargets('Architects, SRE managers')).toEqual(['Architects', 'SRE managers']);
  });

  test('plain text: a hard break is a space, an image its alt text, HTML nothing, blocks of a quote one phrase each', () => {
    const [first, second, third] = parseMarkdown(['Call  ', 'the **lead** ![pager](p.png) <b>now</b>', '', '> One', '>', '> Two', '', '![](x.png)'].join('\n')).children;
    expect([first, second, third].map((node) => (node === undefined ? 'missing' : plainText(node)))).toEqual(['Call the lead pager now', 'One Two', '']);
  });

  test('slugs and unique ids', () => {
    expect(slugify('Café & Bar: Opening!')).toBe('cafe-and-bar-opening');
    const taken = new Set<string>();
    expect([uniqueId('a', taken), uniqueId('a', taken), uniqueId('a', taken)]).toEqual(['a', 'a-2', 'a-3']);
  });

  test('severity codes and names, and mentions through the scale', () => {
    expect(parseLevelName('SEV-1 (Critical)')).toEqual({ family: 'sev', number: 1, code: 'SEV-1', name: 'Critical' });
    expect(parseLevelName('Sev 2 – High')).toEqual({ family: 'sev', number: 2, code: 'Sev 2', name: 'High' });
    expect(parseLevelName('P3')).toEqual({ family: 'p', number: 3, code: 'P3', name: null });
    expect(parseLevelName('S0 Outage')).toEqual({ family: 's', number: 0, code: 'S0', name: 'Outage' });
    expect(parseLevelName('Medium')).toEqual({ family: null, number: null, code: null, name: 'Medium' });
    expect(parseLevelName('Severe weather')).toBeNull();
    expect(parseLevelName('Step 1: check')).toBeNull();
    expect(new SeverityScale().mentions('All SEV-1 and SEV-2 incidents, and sev 1 again')).toEqual(['sev-1', 'sev-2']);
    const zeroBased = new SeverityScale([
      { label: 'sev-1', level: 1, code: 'SEV-0', name: 'SEV-0', family: 'sev', number: 0 },
      { label: 'sev-2', level: 2, code: 'SEV-1', name: 'SEV-1', family: 'sev', number: 1 },
    ]);
    expect(zeroBased.mentions('SEV-0 and SEV-1 incidents need a post-mortem')).toEqual(['sev-1', 'sev-2']);
    const named = new SeverityScale([
      { label: 'sev-1', level: 1, code: null, name: 'High', family: null, number: null },
      { label: 'sev-2', level: 2, code: null, name: 'Medium', family: null, number: null },
    ]);
    expect(named.labelOf('Medium')).toBe('sev-2');
    expect(named.mentions('High impact incidents; a high error rate is not a level')).toEqual(['sev-1']);
  });
});
