import { describe, expect, test } from 'vitest';
import { addMinutesToDate, parseCalendarDate } from '../../src/config/calendar-date.js';
import { nounPhrase, typeList } from '../../src/config/describe-value.js';
import { checkExpansion } from '../../src/config/expansion.js';
import { childPointer, parentPointer, pointerTokens, readablePath } from '../../src/config/json-pointer.js';
import { lineIndex } from '../../src/config/line-index.js';
import { parseYaml } from '../../src/config/parse-yaml.js';
import { closestMatch, didYouMean } from '../../src/config/suggest.js';
import { DEFAULT_YAML_LIMITS } from '../../src/config/yaml-limits.js';

describe('json pointers', () => {
  test('escape, split and read', () => {
    expect(childPointer('/a', 'b/c~d')).toBe('/a/b~1c~0d');
    expect(pointerTokens('/a/b~1c~0d/0')).toEqual(['a', 'b/c~d', '0']);
    expect(parentPointer('/a/b/0')).toBe('/a/b');
    expect(parentPointer('/a')).toBe('');
    expect(readablePath('/severities/0/response_time')).toBe('severities[0].response_time');
    expect(readablePath('/a/b c')).toBe('a["b c"]');
    expect(readablePath('')).toBe('');
  });
});

describe('line index', () => {
  test('maps offsets to 1-based lines and columns', () => {
    const at = lineIndex('ab\ncd\n\nef');
    expect([0, 1, 3, 6, 7, 8].map(at)).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
    ]);
  });
});

describe('locator', () => {
  const source = 'kind: roles\nroles:\n  - id: ic\n    name: "Quoted"\n  - &r {id: x}\n  - *r\n~: null key\n';
  const parsed = parseYaml(source, DEFAULT_YAML_LIMITS);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const { locator } = parsed;

  test('finds keys and values, quoted scalars at their quote', () => {
    expect(locator.key('/kind')).toEqual({ line: 1, column: 1 });
    expect(locator.value('/kind')).toEqual({ line: 1, column: 7 });
    expect(locator.value('/roles/0')).toEqual({ line: 3, column: 5 });
    expect(locator.key('/roles/0/name')).toEqual({ line: 4, column: 5 });
    expect(locator.value('/roles/0/name')).toEqual({ line: 4, column: 11 });
    expect(locator.value('/roles/1')).toEqual({ line: 5, column: 5 });
    expect(locator.value('/roles/1/id')).toEqual({ line: 5, column: 13 });
  });

  test('keys the core schema reads as non-strings are found by the string the value uses', () => {
    expect(parsed.value).toHaveProperty('null', 'null key');
    expect(locator.value('/null')).toEqual({ line: 7, column: 4 });
  });

  test('falls back to the nearest ancestor for missing nodes and paths through aliases', () => {
    expect(locator.has('/roles/0/missing')).toBe(false);
    expect(locator.key('/roles/0/missing')).toEqual({ line: 3, column: 5 });
    expect(locator.value('/roles/2/id')).toEqual({ line: 6, column: 5 });
  });
});

describe('suggestions', () => {
  test('close words are suggested, far ones are not', () => {
    expect(closestMatch('respons_time', ['response_time', 'name'])).toBe('response_time');
    expect(closestMatch('tehc', ['ic', 'comms', 'tech', 'sme'])).toBe('tech');
    expect(closestMatch('SEV-1', ['sev-1', 'sev-2'])).toBe('sev-1');
    expect(closestMatch('zz', ['ic', 'tech'])).toBeNull();
    expect(closestMatch('something', [])).toBeNull();
    expect(didYouMean('zz', ['a', 'b'], 'known roles')).toBe('known roles: "a", "b"');
    expect(didYouMean('zz', [], 'known roles')).toBe('there are no known roles');
  });
});

describe('words', () => {
  test('schema titles read as noun phrases', () => {
    expect(['Duration', 'Id', 'URL', 'GitHub handle', 'Email address', 'Date'].map(nounPhrase)).toEqual([
      'a duration',
      'an id',
      'a URL',
      'a GitHub handle',
      'an email address',
      'a date',
    ]);
    expect(typeList(['string', 'object', 'array'])).toBe('text, a mapping or a list');
  });
});

describe('expansion', () => {
  test('counts shared objects once per place and finds cycles', () => {
    const leaf = [1, 2, 3];
    const shared = { a: leaf, b: leaf };
    expect(checkExpansion({ x: shared, y: shared }, 64, 100)).toBeNull();
    expect(checkExpansion({ x: shared, y: shared }, 64, 10)).toEqual({ problem: 'nodes' });
    const cycle: unknown[] = [];
    cycle.push(cycle);
    expect(checkExpansion(cycle, 64, 100)).toEqual({ problem: 'cycle' });
    expect(checkExpansion([[[[1]]]], 3, 100)).toEqual({ problem: 'depth' });
    expect(checkExpansion([[[1]]], 3, 100)).toBeNull();
  });
});

describe('calendar dates', () => {
  test('only real dates parse; adding minutes works across months and leap days', () => {
    expect(parseCalendarDate('2026-02-30')).toBeNull();
    expect(parseCalendarDate('2028-02-29')).not.toBeNull();
    expect(addMinutesToDate('2026-11-27', 90 * 24 * 60)).toBe('2027-02-25');
    expect(addMinutesToDate('2028-02-28', 24 * 60)).toBe('2028-02-29');
  });
});
