import { describe, expect, test } from 'vitest';
import type { PlaybookDoc } from '../../src/config/documents.js';
import { importMarkdown } from '../../src/import/import-markdown.js';
import { readLevelStatements } from '../../src/import/level-times.js';
import { splitTerm } from '../../src/import/list-items.js';
import { parseTarget } from '../../src/import/map-escalation.js';
import { shortId, slugify } from '../../src/import/slug.js';
import { documentOf } from './mapper-context.js';

describe('the forms content is read from', () => {
  test('"Term — description" and "Term: description", split at the first separator', () => {
    expect(splitTerm('Scribe — writes the timeline')).toEqual({ term: 'Scribe', description: 'writes the timeline' });
    expect(splitTerm('Primary On-Call: [Phone Number]')).toEqual({ term: 'Primary On-Call', description: '[Phone Number]' });
    expect(splitTerm('Critical - customers cannot pay: all of them')).toEqual({ term: 'Critical', description: 'customers cannot pay: all of them' });
    expect(splitTerm('Roll back or fail over')).toBeNull();
  });

  test('a level\'s sentences: the time after acknowledging is the response, the one after updating the cadence, the rest criteria', () => {
    const read = readLevelStatements(['All customers are blocked. A P1 must be acknowledged within 15 minutes, and the channel gets an update every 30 minutes.', 'Delays over an hour']);
    expect([read.response?.text, read.update?.text, read.criteria]).toEqual(['15m', '30m', ['All customers are blocked.', 'Delays over an hour']]);
    const clauses = readLevelStatements(['customers cannot log in; acknowledge within 10 minutes, status update every 20 minutes']);
    expect([clauses.response?.text, clauses.update?.text, clauses.criteria]).toEqual(['10m', '20m', ['customers cannot log in']]);
  });

  test('an escalation target: who, their handles, and the wait', () => {
    expect(parseTarget('Secondary on-call (@lumen/payments-secondary) — paged after 10 minutes')).toMatchObject({ name: 'Secondary on-call', handles: ['@lumen/payments-secondary'], wait: { text: '10m' } });
    expect(parseTarget('Engineering manager (@ana-ruiz) — paged after 30 minutes without acknowledgement')).toMatchObject({ name: 'Engineering manager', wait: { text: '30m' } });
    expect(parseTarget('Security Analyst on call (@northwind/soc), immediately')).toMatchObject({ name: 'Security Analyst on call', wait: 'now' });
    expect(parseTarget('Senior engineers and team leads')).toEqual({ name: 'Senior engineers and team leads', handles: [], wait: null });
    expect(parseTarget('Ops (ops@example.com) after 5 minutes')).toMatchObject({ handles: [], wait: { text: '5m' } });
  });

  test('ids are never empty and scenario ids fit GitHub labels', () => {
    expect(slugify('Ŋ')).toBe('u14a');
    expect(slugify('—')).toBe('u2014');
    expect(slugify('')).toBe('unnamed');
    expect(shortId('payments-queue-backlog-when-the-nightly-batch-importer-stalls', 38)).toBe('payments-queue-backlog-when-the');
    expect(shortId('a'.repeat(50), 38)).toBe('a'.repeat(38));
  });
});

function doc<K extends PlaybookDoc['kind']>(markdown: string, kind: K): Extract<PlaybookDoc, { kind: K }> {
  return documentOf(importMarkdown(markdown, { owner: '[Owner]', reviewed: '2026-11-01' }), kind);
}

describe('what import changes so the set validates, and says so', () => {
  const markdown = [
    '# H',
    '## Severity',
    '- SEV-1: down; acknowledge within 0 minutes',
    '## Escalation',
    '1. Primary (@org/primary) — paged after 10 minutes',
    '2. Secondary (@org/secondary) — paged after 5 minutes',
    '- **Level 7**: Director (@dir)',
    '',
  ].join('\n');
  const result = importMarkdown(markdown, { owner: '[Owner]', reviewed: '2026-11-01' });

  test('levels renumbered in order, a wait not later than the one before read as counted from it, a default by the new number, a zero response time replaced by the default', () => {
    expect(doc(markdown, 'escalation').technical.map((level) => [level.level, level.name, level.after])).toEqual([
      [1, 'Primary', '10m'],
      [2, 'Secondary', '15m'],
      [3, 'Director', '1h'],
    ]);
    expect(doc(markdown, 'severities').severities[0]?.response_time).toBe('15m');
    expect(result.notes.map((note) => `${String(note.line)} ${note.kind} ${note.message}`)).toEqual(
      expect.arrayContaining([
        '3 not imported response time 0m of sev-1: not a usable duration (zero or over 100 years)',
        '3 assumed response time of sev-1 15m: the source states none; playbook-ops default for level 1',
        '6 assumed level 2 "Secondary" after 15m: the source\'s 5m is not later than the level before (10m), so it is read as counted from that level',
        '7 assumed level 7 "Director" is written as level 3: levels are numbered 1, 2, 3, … in order',
        '7 assumed level 3 "Director" after 1h: the default for its new number',
      ]),
    );
  });

  test('without severities, the note says what to add', () => {
    const notes = importMarkdown('# H\n\nNothing here.\n', { owner: '[Owner]', reviewed: '2026-11-01' }).notes;
    expect(notes.find((note) => note.message.startsWith('severities:'))?.message).toMatch(/Add a section headed "Severity levels" .*\| Severity \| Meaning \| Acknowledge within \| Update every \|/);
  });
});
