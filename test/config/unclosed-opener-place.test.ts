import { describe, expect, test } from 'vitest';
import { parseYaml } from '../../src/config/parse-yaml.js';
import { unclosedOpener } from '../../src/config/unclosed-opener.js';
import { DEFAULT_YAML_LIMITS } from '../../src/config/yaml-limits.js';

function placeOf(source: string) {
  const result = parseYaml(source, DEFAULT_YAML_LIMITS);
  if (result.ok) throw new Error('expected a problem');
  const { line, column, message } = result.problem;
  return { line, column, message };
}

const DOUBLE = 'unclosed double quote: the value that starts here has no closing "';
const SINGLE = "unclosed single quote: the value that starts here has no closing '";
const LIST = 'unclosed "[": the list that starts here has no closing "]"';

describe('an unclosed quote or bracket is reported where it opens', () => {
  test('at the end of a file without a line break, for each kind of opener, with its hint', () => {
    expect(parseYaml('kind: tools\nname: "x', DEFAULT_YAML_LIMITS)).toEqual({
      ok: false,
      problem: {
        rule: 'yaml-syntax',
        line: 2,
        column: 7,
        message: DOUBLE,
        hint: 'end the value with " on this line, or remove the opening " (a value needs quotes only when it contains ": " or " #", or starts with one of [ ] { } & * ! | > \' " % @ `)',
      },
    });
    expect(placeOf("kind: tools\nname: 'x")).toEqual({ line: 2, column: 7, message: SINGLE });
    expect(placeOf('kind: tools\nowners: [x')).toEqual({ line: 2, column: 9, message: LIST });
    expect(parseYaml('kind: tools\nreview: {x', DEFAULT_YAML_LIMITS)).toEqual({
      ok: false,
      problem: {
        rule: 'yaml-syntax',
        line: 2,
        column: 9,
        message: 'unclosed "{": the mapping that starts here has no closing "}"',
        hint: 'close the mapping with "}", or remove the "{" and write "key: value" lines below the key',
      },
    });
  });

  test('when blank lines stand between the opener and the next entry', () => {
    expect(placeOf('a: "x\n\nb: 1\n')).toEqual({ line: 1, column: 4, message: DOUBLE });
    expect(placeOf("a: 'x\n   \nb: 1\n")).toEqual({ line: 1, column: 4, message: SINGLE });
    expect(placeOf('a: [x,\n\n  y\n\nb: 1\n')).toEqual({ line: 1, column: 4, message: LIST });
    expect(placeOf('a: "x\n\n')).toEqual({ line: 1, column: 4, message: DOUBLE });
  });

  test('when the value holds escaped or doubled quotes, which do not close it', () => {
    expect(placeOf('a: x\nb: "say \\"hi\nc: 1\n')).toEqual({ line: 2, column: 4, message: DOUBLE });
    expect(placeOf("a: x\nb: 'it''s\nc: 1\n")).toEqual({ line: 2, column: 4, message: SINGLE });
  });

  test('when fixing it leaves a later, unrelated error further down', () => {
    expect(placeOf('a: [x]\nb: "y\nc: 1\nd: [\n')).toEqual({ line: 2, column: 4, message: DOUBLE });
  });

  test('in a list item, and for a list spread over lines', () => {
    expect(placeOf("- 'x\n- y\n")).toEqual({ line: 1, column: 3, message: SINGLE });
    expect(placeOf('a:\n  - "x\n  - y\n')).toEqual({ line: 2, column: 5, message: DOUBLE });
    expect(placeOf('a: [\n  x, {\n  y\nb: 1\n')).toEqual({ line: 1, column: 4, message: LIST });
  });

  test('up to 60 lines above the place the parser stopped', () => {
    const list = (items: number) => `a: [x,\n${'  y,\n'.repeat(items)}  z`;
    expect(placeOf(list(59))).toEqual({ line: 1, column: 4, message: LIST });
    expect(placeOf(list(60))).toEqual({ line: 62, column: 4, message: 'unexpected end of the stream within a flow collection' });
  });

  test('in a file of up to 256 KiB; a larger one keeps the parser’s place', () => {
    const tail = '\na: "x\nb: 1\n';
    const file = (size: number) => `#${'x'.repeat(size - 1 - tail.length)}${tail}`;
    expect(file(262_144)).toHaveLength(262_144);
    expect(placeOf(file(262_144))).toEqual({ line: 2, column: 4, message: DOUBLE });
    expect(placeOf(file(262_145))).toEqual({ line: 3, column: 1, message: 'deficient indentation' });
  });

  test('among the first 16 quotes and brackets of its line', () => {
    expect(placeOf(`'${'['.repeat(13)}': "x\nb: 1\n`)).toEqual({ line: 1, column: 18, message: DOUBLE });
    expect(placeOf(`'${'['.repeat(14)}': "x\nb: 1\n`)).toEqual({ line: 2, column: 1, message: 'deficient indentation (inside the single-quoted value at line 1, column 1)' });
  });
});

describe('an opener that is not the mistake is named in the parser’s message', () => {
  test('a quote closed on a line indented too little', () => {
    expect(placeOf("a: 'x\ny'\n")).toEqual({ line: 2, column: 1, message: 'deficient indentation (inside the single-quoted value at line 1, column 4)' });
    expect(placeOf('a: "x\ny"\n')).toEqual({ line: 2, column: 1, message: 'deficient indentation (inside the double-quoted value at line 1, column 4)' });
  });

  test('an opener whose removal leaves an error on the same line', () => {
    expect(placeOf("a: 'x\n\tb: 1\n")).toEqual({ line: 2, column: 2, message: 'deficient indentation (inside the single-quoted value at line 1, column 4)' });
    expect(placeOf('a: {x: 1,\n  y: 2\nb: 1\n')).toEqual({ line: 3, column: 1, message: 'deficient indentation (inside the mapping that opens with "{" at line 1, column 4)' });
    expect(placeOf("a: [b, {c: 'd\n  e\nf: 1\n")).toEqual({ line: 3, column: 1, message: 'deficient indentation (inside the list that opens with "[" at line 1, column 4)' });
  });

  test('a quoted document that never ends', () => {
    expect(placeOf("'a\nb: 1\n")).toEqual({ line: 3, column: 1, message: 'unexpected end of the stream within a single quoted scalar (inside the single-quoted value at line 1, column 1)' });
  });
});

describe('the search for the opener', () => {
  test('finds nothing when nothing is open where the parser stopped', () => {
    expect(unclosedOpener('a: 1\n b: 2\n', 1, 'bad indentation of a mapping entry', 64)).toBeNull();
    expect(unclosedOpener('a: b: c\n', 0, 'bad indentation of a mapping entry', 64)).toBeNull();
  });

  test('stays within the depth limit: text nested deeper is not searched', () => {
    expect(unclosedOpener('a: [[[x\nb: 1\n', 1, 'deficient indentation', 2)).toBeNull();
    expect(unclosedOpener('a: [[[x\nb: 1\n', 1, 'deficient indentation', 64)).toMatchObject({ found: 'inside' });
  });
});
