/** The check's comment: errors in a table, warnings folded away, at most 50 of each, the rest counted. */
import { expect, test } from 'vitest';
import type { Diagnostic } from '../../src/config/diagnostic.js';
import { COMMENT_DIAGNOSTICS, renderCheck, renderCheckMarkdown } from '../../src/render/playbook-check.js';
import type { CheckReport } from '../../src/review/check-report.js';

function diagnostic(severity: Diagnostic['severity'], line: number): Diagnostic {
  return { file: 'playbooks/severities.yaml', line, column: 3, severity, rule: 'bad-duration', message: `problem ${line}`, hint: null, pointer: '' };
}

const report: CheckReport = {
  playbooksPath: 'playbooks',
  headSha: 'a'.repeat(40),
  baseSha: 'b'.repeat(40),
  diagnostics: [...Array.from({ length: 60 }, (_, index) => diagnostic('error', index + 1)), ...Array.from({ length: 3 }, (_, index) => diagnostic('warning', 100 + index))],
  base: { available: true },
  changes: null,
  preview: null,
  stale: [],
};

test('the comment lists 50 errors and the warnings folded, and counts the rest; the summary lists all', () => {
  const body = renderCheck(report);
  expect(body.match(/^\| `playbooks\/severities\.yaml:\d+` \| error \|/gm)).toHaveLength(COMMENT_DIAGNOSTICS);
  expect(body).toContain('<details><summary>3 warnings</summary>');
  expect(body.match(/^\| `playbooks\/severities\.yaml:\d+` \| warning \|/gm)).toHaveLength(3);
  expect(body).toContain('…and 10 more diagnostics: the job summary lists them all.');
  expect(body).toContain('have **60 errors** and 3 warnings');

  const summary = renderCheckMarkdown(report, Number.MAX_SAFE_INTEGER);
  expect(summary.match(/^\| `playbooks\/severities\.yaml:\d+` \| error \|/gm)).toHaveLength(60);
  expect(summary).not.toContain('more diagnostic');
});
