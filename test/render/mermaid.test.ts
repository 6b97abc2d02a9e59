/** Mermaid labels: people's text cannot end a statement, open a comment or leave the code block. */
import { expect, test } from 'vitest';
import { mermaidLabel, mermaidTime } from '../../src/render/mermaid.js';
import { escapeMarkdownInline } from '../../src/render/escape.js';

test('a label keeps safe characters only, on one line, and Markdown escaping leaves it as it is', () => {
  const label = mermaidLabel('Paged: @team; %% comment\n``` #1 <b>x</b>');
  expect(label).toBe('Paged team comment 1 b x /b');
  expect(escapeMarkdownInline(label)).toBe(label);
  expect(mermaidLabel('1. first')).toBe('(1. first)');
  expect(mermaidLabel('a'.repeat(80))).toHaveLength(60);
});

test('times are UTC in the declared dateFormat', () => {
  expect(mermaidTime('2026-11-27T03:01:59Z')).toBe('2026-11-27 03:01');
});
