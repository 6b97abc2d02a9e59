/**
 * The template helpers called as Handlebars calls them (parameters, then an options object with the
 * hash): a wrong value fails loudly with the helper's name, and the small helpers say exactly what
 * they promise.
 */
import { describe, expect, test } from 'vitest';
import { helpers } from '../../src/render/helpers.js';

function call(name: string, params: unknown[], hash: Record<string, unknown> = {}): unknown {
  const helper = helpers[name];
  if (helper === undefined) throw new Error(`no helper ${name}`);
  return helper(...params, { hash });
}

describe('a value of the wrong type', () => {
  test.each([
    ['md', [{}]],
    ['paragraphs', [{}]],
    ['cell', [{}]],
    ['text', [{}]],
    ['code', [{}]],
    ['fence', [{}]],
    ['fence', ['x', {}]],
    ['handle', [{}]],
    ['link', [{}, 'https://example.com']],
    ['link', ['label', {}]],
    ['stepMark', [{}]],
    ['plural', [2, {}]],
    ['plural', [2, 'day', {}]],
  ])('%s %j fails naming the helper and the type it got', (name, params) => {
    expect(() => call(name, params)).toThrow(`helper ${name}: expected text or a number, got object`);
  });

  test('null is named as null, not as an object', () => {
    expect(() => call('md', [null])).toThrow('helper md: expected text or a number, got null');
  });

  test('join names itself for a wrong item or separator, and handles and join for a value that is not a list', () => {
    expect(() => call('join', [[{}]])).toThrow('helper join: expected text or a number, got object');
    expect(() => call('join', [['a']], { sep: {} })).toThrow('helper join: expected text or a number, got object');
    expect(() => call('join', ['a, b'])).toThrow('helper join: expected a list');
    expect(() => call('handles', ['@a'])).toThrow('helper handles: expected a list');
  });

  test('duration and plural want a number', () => {
    expect(() => call('duration', ['15'])).toThrow('helper duration: expected a number of minutes');
    expect(() => call('plural', ['2', 'step'])).toThrow('helper plural: expected a number');
  });
});

describe('the small helpers', () => {
  test('box is ticked only for true', () => {
    expect([true, false, 'true', 1].map((done) => call('box', [done]))).toEqual(['[x]', '[ ]', '[ ]', '[ ]']);
  });

  test('eq is strict equality', () => {
    expect([call('eq', ['a', 'a']), call('eq', [1, '1']), call('eq', [null, undefined])]).toEqual([true, false, false]);
  });

  test('plural adds an s unless told the plural, and uses the singular for exactly one', () => {
    expect([call('plural', [1, 'step']), call('plural', [0, 'step']), call('plural', [3, 'entry', 'entries'])]).toEqual(['1 step', '0 steps', '3 entries']);
  });
});
