import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { parseYaml } from '../../src/config/parse-yaml.js';
import { validatePlaybooks } from '../../src/config/validate-playbooks.js';
import { DEFAULT_YAML_LIMITS } from '../../src/config/yaml-limits.js';
import { copyDefaultSet, write } from './fixture.js';

function problemOf(source: string) {
  const result = parseYaml(source, DEFAULT_YAML_LIMITS);
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
}

function billionLaughs(levels: number): string {
  let text = 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n';
  for (let level = 1; level < levels; level += 1) {
    text += `a${level}: &a${level} [${Array.from({ length: 9 }, () => `*a${level - 1}`).join(', ')}]\n`;
  }
  return text;
}

describe('hostile YAML', () => {
  test('billion laughs (9 levels, 9^9 expanded nodes) ends in a yaml-limit problem', () => {
    // 72 aliases, under the alias limit: the expansion check is what stops it.
    expect(problemOf(billionLaughs(9))).toEqual({
      rule: 'yaml-limit',
      line: 1,
      column: 1,
      message: 'aliases expand the document to more than 1,000,000 nodes',
      hint: 'write the values out instead of nesting aliases (*name) inside anchors',
    });
  });

  test('more aliases than the limit is a yaml-limit problem at the alias past the limit', () => {
    const text = `a: &a x\nb: [${Array.from({ length: 101 }, () => '*a').join(', ')}]\n`;
    const problem = problemOf(text);
    expect(problem.rule).toBe('yaml-limit');
    expect(problem.message).toBe('more than 100 aliases (*name)');
    expect(problem.line).toBe(2);
  });

  test('a few aliases are fine and the value shares nothing dangerous', () => {
    const result = parseYaml('owners: &o ["@a"]\nother: *o\n', DEFAULT_YAML_LIMITS);
    expect(result.ok && result.value).toEqual({ owners: ['@a'], other: ['@a'] });
  });

  test('an alias inside its own anchor (a cycle) is a yaml-limit problem', () => {
    expect(problemOf('a: &a [*a]\n')).toMatchObject({ rule: 'yaml-limit', message: 'an alias refers to the node that contains it' });
  });

  test('aliases that nest deeper than the depth limit are stopped', () => {
    const deep = `${'['.repeat(60)}x${']'.repeat(60)}`;
    expect(problemOf(`a: &a ${deep}\nb: [[[[[[[[*a]]]]]]]]\n`)).toMatchObject({
      rule: 'yaml-limit',
      message: 'aliases nest the document deeper than 64 levels',
    });
  });

  test('flow nesting 10,000 deep is a yaml-limit problem, not a stack overflow', () => {
    const problem = problemOf(`${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    expect(problem).toMatchObject({ rule: 'yaml-limit', message: 'nested deeper than 64 levels', line: 1 });
  });

  test('block nesting 10,000 deep is a yaml-limit problem', () => {
    const text = Array.from({ length: 10_000 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n');
    const problem = problemOf(text);
    expect(problem).toMatchObject({ rule: 'yaml-limit', message: 'nested deeper than 64 levels' });
    expect(problem.line).toBe(64);
  });

  test('__proto__ is an ordinary own key: nothing is polluted, no prototype is set', () => {
    const result = parseYaml('kind: tools\n__proto__: {polluted: 1}\nnested:\n  __proto__: {polluted: 2}\n', DEFAULT_YAML_LIMITS);
    if (!result.ok) throw new Error(result.problem.message);
    const value = result.value as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(value.nested)).toBe(Object.prototype);
    expect((value as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(Object.keys(value)).toEqual(['kind', '__proto__', 'nested']);
    expect(result.locator.key('/__proto__')).toEqual({ line: 2, column: 1 });
  });

  test('a duplicate key is a duplicate-key problem at the duplicate', () => {
    expect(problemOf('kind: roles\nroles:\n  - id: ic\n    name: A\n    name: B\n')).toEqual({
      rule: 'duplicate-key',
      line: 5,
      column: 5,
      message: 'duplicate key "name"',
      hint: 'a key may appear only once in a mapping: remove or rename one of them',
    });
  });

  test('a syntax error carries the line and column of the mistake', () => {
    // js-yaml stops at line 3; the mistake is the bracket left open on line 2.
    expect(problemOf('kind: roles\nroles: [a, b\nreview: x\n')).toMatchObject({ rule: 'yaml-syntax', line: 2, column: 8, message: 'unclosed "[": the list that starts here has no closing "]"' });
    expect(problemOf('kind: roles\nroles:\n\t- a\n')).toMatchObject({
      rule: 'yaml-syntax',
      line: 3,
      column: 1,
      message: 'tab characters must not be used in indentation',
    });
  });

  test('language-specific tags are refused', () => {
    expect(problemOf('a: !!js/function "x"\n')).toMatchObject({ rule: 'yaml-syntax', line: 1, column: 4 });
    expect(problemOf('a: !!binary aGVsbG8=\n')).toMatchObject({ rule: 'yaml-syntax', line: 1, column: 4 });
  });

  test('dates stay strings (core schema)', () => {
    const result = parseYaml('last_reviewed: 2026-11-27\n', DEFAULT_YAML_LIMITS);
    expect(result.ok && result.value).toEqual({ last_reviewed: '2026-11-27' });
  });

  test('several documents in one file is a multiple-documents problem at the second', () => {
    expect(problemOf('kind: roles\n---\nkind: tools\n')).toMatchObject({ rule: 'multiple-documents', line: 3, column: 1 });
  });

  test('a file with only comments is an empty-document problem', () => {
    expect(problemOf('# nothing here\n')).toMatchObject({ rule: 'empty-document', line: 1, column: 1 });
  });

  test('a 5 MB file is reported as too large and not parsed', async () => {
    const dir = await copyDefaultSet();
    const line = `# ${'x'.repeat(98)}\n`;
    await writeFile(join(dir, 'huge.yaml'), `kind: tools\n${line.repeat(50_000)}`);
    const result = await validatePlaybooks(dir);
    const huge = result.diagnostics.filter((diagnostic) => diagnostic.file === 'huge.yaml');
    expect(huge).toEqual([
      {
        file: 'huge.yaml',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'yaml-limit',
        message: 'the file is 4.8 MiB, more than the limit of 1 MiB; it was not parsed',
        hint: 'a playbook file is a few kilobytes: split it into several files or remove what does not belong in it',
        pointer: '',
      },
    ]);
    // Not parsed: had it been, its `kind: tools` would also be a duplicate-document error.
    expect(result.diagnostics.some((diagnostic) => diagnostic.rule === 'duplicate-document')).toBe(false);
    expect(result.set).toBeNull();
  });

  test('the size limit can be changed', async () => {
    const dir = await copyDefaultSet();
    const result = await validatePlaybooks(dir, { limits: { maxBytes: 100 } });
    expect(result.diagnostics.filter((diagnostic) => diagnostic.rule === 'yaml-limit').map((diagnostic) => diagnostic.file)).toEqual(result.files);
  });

  test('hostile files inside a set become diagnostics with the file name', async () => {
    const dir = await copyDefaultSet();
    await write(dir, 'laughs.yaml', billionLaughs(9));
    await write(dir, 'proto.yaml', 'kind: tools\n__proto__: {polluted: 1}\n');
    const result = await validatePlaybooks(dir);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const of = (file: string) => result.diagnostics.filter((diagnostic) => diagnostic.file === file).map(({ rule, line, column, message }) => ({ rule, line, column, message }));
    expect(of('laughs.yaml')).toEqual([{ rule: 'yaml-limit', line: 1, column: 1, message: 'aliases expand the document to more than 1,000,000 nodes' }]);
    // Missing properties of the document are reported where the document starts.
    expect(of('proto.yaml')).toEqual([
      { rule: 'schema', line: 1, column: 1, message: 'missing required property "categories"' },
      { rule: 'schema', line: 1, column: 1, message: 'missing required property "review"' },
      { rule: 'schema', line: 2, column: 1, message: 'unknown property "__proto__"' },
    ]);
    // proto.yaml sorts first, so the default tools.yaml is the second tools document.
    expect(of('tools.yaml').filter((diagnostic) => diagnostic.rule !== 'placeholder')).toEqual([{ rule: 'duplicate-document', line: 3, column: 7, message: 'a second tools document; a set has exactly one' }]);
  });
});
