import { describe, expect, test } from 'vitest';
import { parseYaml } from '../../src/config/parse-yaml.js';
import { DEFAULT_YAML_LIMITS } from '../../src/config/yaml-limits.js';

function problemOf(source: string, limits = DEFAULT_YAML_LIMITS) {
  const result = parseYaml(source, limits);
  if (result.ok) throw new Error(`expected a problem, got ${JSON.stringify(result.value)}`);
  return result.problem;
}

function valueOf(source: string): unknown {
  const result = parseYaml(source, DEFAULT_YAML_LIMITS);
  if (!result.ok) throw new Error(result.problem.message);
  return result.value;
}

const SYNTAX_HINT = 'check the indentation, quotes and brackets at this place (YAML indents with spaces, never tabs)';
const MERGE = {
  rule: 'yaml-syntax',
  message: 'merge keys (<<) are not supported: playbooks are read as YAML 1.2, which has none, so the keys it would bring in are missing',
  hint: 'write the keys out in this mapping instead of merging them from an anchor',
};
const TAG_HINT = 'remove the tag: playbooks use plain strings, numbers, lists and mappings';

describe('duplicate keys', () => {
  const hint = 'a key may appear only once in a mapping: remove or rename one of them';

  test('name the duplicate key, written plain, quoted or in a flow mapping, at the duplicate', () => {
    expect(problemOf('kind: roles\nid: a\nid: b\n')).toEqual({ rule: 'duplicate-key', line: 3, column: 1, message: 'duplicate key "id"', hint });
    expect(problemOf("kind: roles\nid: a\n'id': b\n")).toEqual({ rule: 'duplicate-key', line: 3, column: 2, message: 'duplicate key "id"', hint });
    expect(problemOf('kind: roles\nid: a\n"id": b\n')).toEqual({ rule: 'duplicate-key', line: 3, column: 2, message: 'duplicate key "id"', hint });
    expect(problemOf('owners: {a: 1, a: 2}\n')).toEqual({ rule: 'duplicate-key', line: 1, column: 16, message: 'duplicate key "a"', hint });
  });
});

describe('tags', () => {
  test('an unknown tag on a value, a list or a mapping is refused with the parser’s words, at the tag', () => {
    expect(problemOf('a: !foo x\n')).toEqual({ rule: 'yaml-syntax', line: 1, column: 4, message: 'unknown scalar tag !<!foo>', hint: TAG_HINT });
    expect(problemOf('kind: x\nwhen: !!timestamp 2020-01-01\n')).toEqual({ rule: 'yaml-syntax', line: 2, column: 7, message: 'unknown scalar tag !<tag:yaml.org,2002:timestamp>', hint: TAG_HINT });
    expect(problemOf('a: !!set {x}\n')).toEqual({ rule: 'yaml-syntax', line: 1, column: 4, message: 'unknown mapping tag !<tag:yaml.org,2002:set>', hint: TAG_HINT });
    expect(problemOf('- !!map [1]\n')).toEqual({ rule: 'yaml-syntax', line: 1, column: 3, message: 'unknown sequence tag !<tag:yaml.org,2002:map>', hint: TAG_HINT });
  });

  test('a core tag is read, and one that does not fit its value is a syntax error without the tag hint', () => {
    expect(valueOf('a: !!str 12\nb: !!int 1\n')).toEqual({ a: '12', b: 1 });
    expect(problemOf('a: !!int x\n')).toEqual({ rule: 'yaml-syntax', line: 1, column: 4, message: 'cannot resolve a node with !<tag:yaml.org,2002:int> explicit tag', hint: SYNTAX_HINT });
  });
});

describe('a value with ": " in it', () => {
  const colon = (key: string, value: string) => ({
    message: `the value of "${key}" contains ": ", which YAML reads as the start of another key`,
    hint: `quote the value: ${key}: ${JSON.stringify(value)}`,
  });

  test('is reported at its second colon with the value quoted, in a mapping or a list item', () => {
    expect(problemOf('kind: roles\nname: Technical: Lead\n')).toEqual({ rule: 'yaml-syntax', line: 2, column: 16, ...colon('name', 'Technical: Lead') });
    expect(problemOf('roles:\n  -   name: a: b   \nother: 1\n')).toEqual({ rule: 'yaml-syntax', line: 2, column: 14, ...colon('name', 'a: b') });
    expect(problemOf('name: x:y: z\n')).toEqual({ rule: 'yaml-syntax', line: 1, column: 10, ...colon('name', 'x:y: z') });
  });

  test('on the last line without a line break, or with Windows line breaks', () => {
    expect(problemOf('kind: x\nk: a: b')).toEqual({ rule: 'yaml-syntax', line: 2, column: 5, ...colon('k', 'a: b') });
    expect(problemOf('key: value: more\r\nother: 1\r\n')).toEqual({ rule: 'yaml-syntax', line: 1, column: 11, ...colon('key', 'value: more') });
  });

  test('is not blamed for a badly indented key, a quoted key or a colon without a space after it', () => {
    // The colon of the error ends the key itself: the line is indented wrongly, nothing needs quotes.
    expect(problemOf('x: 1\n  y: 2: 3\n')).toEqual({ rule: 'yaml-syntax', line: 2, column: 4, message: 'bad indentation of a mapping entry', hint: SYNTAX_HINT });
    expect(problemOf('a:\n  b: 1\n c: d: e\n')).toEqual({ rule: 'yaml-syntax', line: 3, column: 2, message: 'bad indentation of a mapping entry', hint: SYNTAX_HINT });
    expect(problemOf('"name": a: b\n')).toEqual({ rule: 'yaml-syntax', line: 1, column: 10, message: 'bad indentation of a mapping entry', hint: SYNTAX_HINT });
    expect(problemOf('ab: c\nd:e: f: g\n')).toEqual({ rule: 'yaml-syntax', line: 2, column: 7, message: 'bad indentation of a mapping entry', hint: SYNTAX_HINT });
  });
});

describe('merge keys', () => {
  test('a plain << key in a block or flow mapping, at any depth, is refused at the key', () => {
    expect(problemOf('<<: {a: 1}\n')).toEqual({ ...MERGE, line: 1, column: 1 });
    expect(problemOf('base: &b {a: 1}\nroles:\n  - id: x\n    <<: *b\n')).toEqual({ ...MERGE, line: 4, column: 5 });
    expect(problemOf('a: {b: <<, <<: c}\n')).toEqual({ ...MERGE, line: 1, column: 12 });
    expect(problemOf('a:\n  - [x]\n  - {y: 1}\n  - k: v\n    <<: w\n')).toEqual({ ...MERGE, line: 5, column: 5 });
  });

  test('<< as a value, a list item, a quoted key or the whole document is an ordinary string', () => {
    expect(valueOf("x: <<\n'<<': 1\nlist: [a, <<]\nitems:\n  - <<\n  - k: <<\n")).toEqual({ x: '<<', '<<': 1, list: ['a', '<<'], items: ['<<', { k: '<<' }] });
    expect(valueOf('<<\n')).toBe('<<');
  });
});

describe('where the file is not one document', () => {
  const hint = 'put each document in a file of its own';

  test('a second document is reported where its node starts: its quote, anchor or first key', () => {
    expect(problemOf('kind: roles\n---\nkind: tools\n')).toEqual({ rule: 'multiple-documents', line: 3, column: 1, message: 'the file has 2 YAML documents, not one', hint });
    expect(problemOf("a: 1\n--- 'x'\n")).toMatchObject({ line: 2, column: 5 });
    expect(problemOf('a: 1\n--- &y x\n')).toMatchObject({ line: 2, column: 5 });
    expect(problemOf('a: 1\n...\n---\n[1]\n---\n{}\n')).toEqual({ rule: 'multiple-documents', line: 4, column: 1, message: 'the file has 3 YAML documents, not one', hint });
  });

  test('an empty second document (a "---" left at the end) is reported at its "---", not before the file', () => {
    expect(problemOf('kind: roles\nroles: []\n---\n')).toMatchObject({ rule: 'multiple-documents', line: 3, column: 1 });
    expect(problemOf('--- # roles\nkind: roles\n---\n')).toMatchObject({ rule: 'multiple-documents', line: 3, column: 1 });
    expect(problemOf('--- !!str\n---\n')).toMatchObject({ rule: 'multiple-documents', line: 2, column: 1 });
    expect(problemOf('a\n--- !!str\n')).toMatchObject({ rule: 'multiple-documents', line: 2, column: 5 });
  });

  test('a file with nothing but comments and blank lines has no document', () => {
    expect(problemOf('# roles\n\n')).toEqual({
      rule: 'empty-document',
      line: 1,
      column: 1,
      message: 'the file has no YAML document',
      hint: 'start the file with `kind:` and the content of one playbook document, or delete it',
    });
  });
});

describe('a byte-order mark', () => {
  test('at the start of the file is allowed; anywhere else it is reported where it stands', () => {
    expect(valueOf('\ufeffkind: roles\n')).toEqual({ kind: 'roles' });
    expect(problemOf('kind: roles\n\ufeffname: x\n')).toEqual({
      rule: 'yaml-syntax',
      line: 2,
      column: 1,
      message: 'an invisible byte-order mark (U+FEFF) stands inside the file; a byte-order mark may only start a file',
      hint: 'delete the character at this place (an editor that shows invisible characters finds it; it is often left by joining two files)',
    });
    expect(problemOf('\ufeffkind: roles\nname: x\ufeff\n')).toMatchObject({ line: 2, column: 8 });
  });
});

describe('limits', () => {
  test('nesting and aliases past the limits say which limit, with a hint to fix it', () => {
    const limits = { ...DEFAULT_YAML_LIMITS, maxDepth: 3, maxAliases: 2 };
    expect(problemOf('a:\n  b:\n    c:\n      d: 1\n', limits)).toEqual({
      rule: 'yaml-limit',
      line: 3,
      column: 5,
      message: 'nested deeper than 3 levels',
      hint: 'playbooks need only a few levels of nesting; flatten the structure',
    });
    expect(problemOf('a: &a x\nb: [*a, *a, *a]\n', limits)).toEqual({
      rule: 'yaml-limit',
      line: 2,
      column: 14,
      message: 'more than 2 aliases (*name)',
      hint: 'write the values out instead of repeating aliases (*name)',
    });
  });

  test('nesting that overflows the parser’s stack under a raised depth limit is a limit, not a crash', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(problemOf(deep, { ...DEFAULT_YAML_LIMITS, maxDepth: 1_000_000 })).toEqual({
      rule: 'yaml-limit',
      line: 1,
      column: 1,
      message: 'the file is too deeply nested to parse',
      hint: 'flatten the structure',
    });
  });
});
