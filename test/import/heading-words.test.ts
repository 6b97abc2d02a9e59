/** Every heading wording the importer knows a chapter by, and the numbering it takes off titles. */
import type { Heading } from 'mdast';
import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../src/import/markdown-tree.js';
import { normalizeWords } from '../../src/import/normalize-words.js';
import { sectionMeaning } from '../../src/import/section-meaning.js';
import { boldOnly, headingTitle } from '../../src/import/sections.js';

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
