/** The playbook check's comment: its record line, then the report; the comment lists at most 50 diagnostics. */
import { expect, test } from 'vitest';
import type { Diagnostic } from '../../src/config/diagnostic.js';
import { renderCheck, renderCheckMarkdown } from '../../src/render/playbook-check.js';
import type { CheckReport } from '../../src/review/check-report.js';

function report(errors: number): CheckReport {
  const diagnostic = (line: number): Diagnostic => ({ file: 'playbooks/roles.yaml', line, column: 1, severity: 'error', rule: 'unknown-role', message: `problem ${line}`, hint: null, pointer: '' });
  return {
    playbooksPath: 'playbooks',
    headSha: 'a'.repeat(40),
    baseSha: 'b'.repeat(40),
    diagnostics: Array.from({ length: errors }, (_, index) => diagnostic(index + 1)),
    base: { available: true },
    changes: null,
    preview: null,
    stale: [],
  };
}

test('the comment is the record line, then the report as the job summary shows it, ending in one line break', () => {
  const markdown = renderCheckMarkdown(report(2), Number.MAX_SAFE_INTEGER);
  expect(markdown.endsWith('\n')).toBe(true);
  expect(markdown.startsWith(markdown.trimStart())).toBe(true);
  expect(markdown.endsWith('\n\n')).toBe(false);
  expect(renderCheck(report(2))).toBe(`<!-- playbook-ops:playbook-check -->\n${markdown}`);
});

test('the comment lists 50 diagnostics and counts the rest', () => {
  expect(renderCheck(report(51))).toContain('…and 1 more diagnostic');
  expect(renderCheck(report(50))).not.toContain('more diagnostic');
});
