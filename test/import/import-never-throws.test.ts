import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { validatePlaybooks } from '../../src/config/validate-playbooks.js';
import { importMarkdown } from '../../src/import/import-markdown.js';
import { renderSet } from '../../src/import/render-set.js';
import { writeSet } from '../../src/import/write-set.js';

// Import must take any Markdown a team could hand it and answer with files and notes, never an
// exception. Documents are generated from the pieces handbooks are made of (headings of every
// style, lists nested and numbered, task lists, tables with the columns the importer looks for,
// levels, handles, durations) mixed with arbitrary text, so the mappers meet both the shapes they
// expect and everything in between.

const words = fc.constantFrom(
  'Severity', 'Priorities', 'Impact levels', 'Roles', 'Who does what', 'Runbooks', 'Playbooks', 'Escalation', 'Contacts',
  'On-call', 'Communication', 'Post-mortem', 'Tools', 'Process', 'Phases', 'Review', 'Overview', 'Glossary', 'Scope',
  'SEV-0', 'SEV-1 (Critical)', 'Sev 2 – High', 'P1', 'P4 — Low', 'S3', 'Critical', 'Medium', 'Level 1', 'L2', 'Tier 3',
  'Step 1', 'Symptoms', 'Steps', 'Signs', 'Incident Commander (IC)', 'Primary on-call', '`@org/team`', '@user', 'oncall@example.com',
  'within 30 minutes', 'every hour', '1 business day', 'after 10 minutes without acknowledgement', 'immediately', '0 minutes', 'half an hour',
  'quarterly', '15m', '2h', '+1 555 0100', '[Phone Number]', '—', ':', ';', '|', '**', '*', '`', '[', ']', '(', ')',
);
const phrase = fc.oneof(
  { weight: 4, arbitrary: fc.array(words, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' ')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);

const block = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 6 }), phrase).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`),
  fc.tuple(phrase, fc.constantFrom('===', '---')).map(([text, line]) => `${text}\n${line}`),
  phrase.map((text) => `**${text}**`),
  phrase,
  fc
    .array(fc.tuple(fc.constantFrom('- ', '* ', '1. ', '2) ', '- [ ] ', '- [x] ', '  - ', '    1. ', '   '), phrase), { minLength: 1, maxLength: 6 })
    .map((items) => items.map(([marker, text]) => `${marker}${text}`).join('\n')),
  fc
    .tuple(fc.array(phrase, { minLength: 1, maxLength: 5 }), fc.array(fc.array(phrase, { maxLength: 6 }), { maxLength: 5 }))
    .map(([header, rows]) => [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n')),
  phrase.map((text) => `> ${text}\n> - ${text}`),
  phrase.map((text) => `\`\`\`\n${text}\n\`\`\``),
  phrase.map((text) => `<div>${text}</div>`),
);

// Whole chapters in the shapes the importer reads, with generated words in every slot.
const chapter = fc.oneof(
  fc
    .array(fc.tuple(words, phrase, words, words), { minLength: 1, maxLength: 5 })
    .map((rows) => ['## Severity', '', '| Severity | Meaning | Acknowledge within | Update every | Post-mortem |', '| --- | --- | --- | --- | --- |', ...rows.map((cells) => `| ${cells.join(' | ')} | ${cells[2]} |`)].join('\n')),
  fc
    .array(fc.tuple(phrase, words, words), { minLength: 1, maxLength: 5 })
    .map((items) => ['## Escalation', '', ...items.map(([who, handle, wait], index) => `${index + 1}. ${who} (${handle}) — paged after ${wait}`)].join('\n')),
  fc
    .array(fc.tuple(words, phrase, words), { minLength: 1, maxLength: 5 })
    .map((items) => ['## Escalation matrix', '', ...items.map(([label, who, wait]) => `- **${label}**: ${who}, ${wait}`)].join('\n')),
  fc
    .array(fc.tuple(phrase, fc.array(phrase, { maxLength: 4 })), { minLength: 1, maxLength: 4 })
    .map((runbooks) => ['## Runbooks', '', ...runbooks.flatMap(([title, steps]) => [`**${title}**`, '', '*Symptoms*', '', `- ${title}`, '', ...steps.map((step, index) => `${index + 1}. ${step}`), ''])].join('\n')),
  fc
    .array(fc.tuple(phrase, fc.array(phrase, { maxLength: 3 })), { minLength: 1, maxLength: 4 })
    .map((phases) => ['## Process', '', ...phases.flatMap(([name, steps], index) => [`${index + 1}. **${name}**`, ...steps.map((step) => `   - ${step}`)])].join('\n')),
  fc
    .array(fc.tuple(phrase, words, words), { minLength: 1, maxLength: 4 })
    .map((rows) => ['## Contacts', '', '| Name | GitHub | Phone | Team |', '| --- | --- | --- | --- |', ...rows.map((cells) => `| ${cells.join(' | ')} | ${cells[1]} |`)].join('\n')),
  fc
    .array(fc.tuple(words, phrase), { minLength: 1, maxLength: 4 })
    .map((levels) => ['Priorities', '----------', '', ...levels.flatMap(([code, text]) => [`### ${code}`, '', `${text}. Acknowledge within ${text}; update every ${code}.`, ''])].join('\n')),
);

const markdown = fc.array(fc.oneof({ weight: 3, arbitrary: block }, { weight: 1, arbitrary: chapter }), { maxLength: 24 }).map((blocks) => blocks.join('\n\n'));

describe('import never throws', () => {
  test('on generated handbooks: it returns a set whose notes point into the source, and the set renders', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const result = importMarkdown(text, { owner: '[Owner]', reviewed: '2026-11-01' });
        const lines = text.split('\n').length;
        for (const note of result.notes) {
          if (note.line !== null) expect(note.line).toBeGreaterThanOrEqual(1);
          if (note.line !== null) expect(note.line).toBeLessThanOrEqual(lines);
        }
        for (const row of result.mapping) expect(row.line).toBeLessThanOrEqual(lines);
        expect(result.files.map((file) => file.document.kind)).toContain('severities');
        expect(renderSet(result.files, '/tmp/set', '/nowhere', 'source.md').size).toBe(result.files.length);
      }),
      { numRuns: 100 },
    );
  });

  test('on generated handbooks with severity levels: the imported set validates without errors', async () => {
    const severityChapter = fc
      .array(fc.tuple(fc.constantFrom('SEV-1', 'SEV-2', 'P1', 'P3', 'S2', 'Critical', 'High', 'Low', 'SEV-0'), phrase, words), { minLength: 1, maxLength: 4 })
      .map((rows) => ['## Severity levels', '', ...rows.map(([code, text, time]) => `- **${code}**: ${text}; acknowledge within ${time}`)].join('\n'));
    const handbook = fc
      .tuple(severityChapter, fc.array(fc.oneof({ weight: 1, arbitrary: block }, { weight: 2, arbitrary: chapter }), { maxLength: 10 }))
      .map(([severities, rest]) => ['# Handbook', '', severities, '', ...rest].join('\n\n'));
    const scratch = await mkdtemp(join(tmpdir(), 'playbook-ops-import-property-'));
    try {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(handbook, async (text) => {
          const dir = join(scratch, String((run += 1)));
          const result = importMarkdown(text, { owner: '@example/owners', reviewed: '2026-11-01' });
          await writeSet(dir, renderSet(result.files, dir, '/nowhere', 'source.md'), false, () => undefined);
          const { diagnostics } = await validatePlaybooks(dir);
          expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
        }),
        { numRuns: 40 },
      );
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
