/** The default playbook set as texts in memory, edited and checked without touching the disk. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkFiles } from '../../src/config/check-files.js';
import type { Diagnostic } from '../../src/config/diagnostic.js';
import { DocumentSet } from '../../src/config/document-set.js';
import type { Position } from '../../src/config/line-index.js';
import { DEFAULT_YAML_LIMITS } from '../../src/config/yaml-limits.js';
import { packageRoot } from '../../src/package-root.js';

const root = join(packageRoot(), 'playbooks');

/** The text of `file` (relative to playbooks/) in the default set. */
export function defaultText(file: string): string {
  return readFileSync(join(root, file), 'utf8');
}

/** Every file of the default set, relative to playbooks/, with `/` separators. */
export function defaultFiles(): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.split('\\').join('/'))
    .sort();
}

/** `text` with the first `from` replaced by `to`; fails when `from` is not there. */
export function replaced(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`the text does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** The 1-based line and column of the first `needle` in `text` (after `after`, if given). */
export function positionIn(text: string, needle: string, after = ''): Position {
  const offset = text.indexOf(needle, after === '' ? 0 : text.indexOf(after));
  if (offset < 0) throw new Error(`the text does not contain ${JSON.stringify(needle)}`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1) as string).length + 1 };
}

/** The per-file diagnostics (placeholders left out) and the document set of `texts`, by file name. */
export function checkTexts(texts: Record<string, string>): { diagnostics: Diagnostic[]; set: DocumentSet } {
  const { diagnostics, kinded } = checkFiles(
    Object.entries(texts).map(([file, text]) => ({ file, text })),
    DEFAULT_YAML_LIMITS,
  );
  return { diagnostics: diagnostics.filter((diagnostic) => diagnostic.rule !== 'placeholder'), set: new DocumentSet(kinded) };
}

/** `texts` of the default set, with the given files replaced. */
export function defaultSetWith(changed: Record<string, string>): Record<string, string> {
  return { ...Object.fromEntries(defaultFiles().map((file) => [file, defaultText(file)])), ...changed };
}
