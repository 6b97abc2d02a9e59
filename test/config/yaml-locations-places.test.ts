import { describe, expect, test } from 'vitest';
import { parseYaml } from '../../src/config/parse-yaml.js';
import { DEFAULT_YAML_LIMITS } from '../../src/config/yaml-limits.js';

function locatorOf(source: string) {
  const parsed = parseYaml(source, DEFAULT_YAML_LIMITS);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.locator;
}

const at = (line: number, column: number) => ({ line, column });

describe('where a diagnostic about a node points', () => {
  test('an empty value is placed at its key, not before the file', () => {
    const locator = locatorOf('kind: roles\nroles:\n  - id: tech\n    name:\n    owner: x\n');
    expect(locator.value('/roles/0/name')).toEqual(at(4, 5));
    expect(locator.key('/roles/0/name')).toEqual(at(4, 5));
    expect(locator.has('/roles/0/name')).toBe(true);
  });

  test('an empty list item is placed at its list', () => {
    const locator = locatorOf('kind: roles\nowners:\n  - a\n  -\n  - c\n');
    expect(locator.has('/owners/1')).toBe(false);
    expect(locator.value('/owners/1')).toEqual(at(3, 3));
    expect(locator.value('/owners/2')).toEqual(at(5, 5));
  });

  test('a node is placed where the reader sees it begin: its anchor, its tag or the * of an alias', () => {
    const locator = locatorOf('a: &x !!str v\nb: !!str &y w\nc: *x\nd: !!str\ne: &z\nf: &l [1]\ng: !!map {h: 1}\n');
    expect(['/a', '/b', '/c', '/d', '/e', '/f', '/g', '/g/h'].map((pointer) => locator.value(pointer))).toEqual([at(1, 4), at(2, 4), at(3, 4), at(4, 4), at(5, 4), at(6, 4), at(7, 4), at(7, 14)]);
    expect(locator.key('/g')).toEqual(at(7, 1));
  });

  test('keys are found by the string the mapping stores: resolved like values, unless quoted', () => {
    const locator = locatorOf("~: a\n0x1F: b\n'0x10': c\ntrue: d\n!!int 0x11: e\n!!str 0x12: f\n-1: g\nnullx: h\n.5: i\n");
    expect(['/null', '/31', '/0x10', '/true', '/17', '/0x12', '/-1', '/nullx', '/0.5'].map((pointer) => locator.has(pointer))).toEqual(Array(9).fill(true));
    expect(locator.value('/31')).toEqual(at(2, 7));
    expect(locator.key('/17')).toEqual(at(5, 1));
  });

  test('a missing property is placed at its mapping (or the key of it), the root at its first node', () => {
    const locator = locatorOf('# roles\nkind: roles\nreview:\n  owners: []\n');
    expect(locator.value('/review/missing')).toEqual(at(4, 3));
    expect(locator.key('/review/missing')).toEqual(at(3, 1));
    expect(locator.value('/missing')).toEqual(at(2, 1));
    expect(locator.value('')).toEqual(at(2, 1));
  });
});
