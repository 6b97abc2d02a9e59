/**
 * How schema messages name values and types: in the words of someone editing YAML ("a list", "text",
 * "a whole number"), with long text cut and schema titles turned into noun phrases.
 */
import { describe, expect, test } from 'vitest';
import { kindOf, nounPhrase, quote, typeList, typeName } from '../../src/config/describe-value.js';

describe('naming values and types', () => {
  test('JSON Schema types are named as YAML authors know them; an unknown one as it is', () => {
    expect(['string', 'object', 'array', 'integer', 'number', 'boolean', 'null', 'date'].map(typeName)).toEqual([
      'text',
      'a mapping',
      'a list',
      'a whole number',
      'a number',
      'true or false',
      'nothing',
      'date',
    ]);
  });

  test('a list of types reads as a phrase, each name once', () => {
    expect(typeList(['string', 'object', 'array'])).toBe('text, a mapping or a list');
    expect(typeList(['integer', 'number', 'integer'])).toBe('a whole number or a number');
    expect(typeList(['boolean'])).toBe('true or false');
    expect(typeList([])).toBe('nothing');
  });

  test('a value is named by what it is in YAML', () => {
    expect([null, undefined, [1], 3, 2.5, true, false, { a: 1 }, 'x'].map(kindOf)).toEqual([
      'nothing',
      'nothing',
      'a list',
      'a whole number',
      'a number',
      'true',
      'false',
      'a mapping',
      'text',
    ]);
  });

  test('a quoted value shows text in quotes, cut after 57 characters when longer than 60, and other values as they read', () => {
    const sixty = 'x'.repeat(60);
    expect(quote(sixty)).toBe(`"${sixty}"`);
    expect(quote(`${sixty}y`)).toBe(`"${'x'.repeat(57)}..."`);
    expect([null, 7, false, [1, 2], { a: 1 }].map(quote)).toEqual(['null', '7', 'false', 'a list', 'a mapping']);
  });

  test('a schema title becomes a noun phrase: ordinary words lower-cased, acronyms and names kept, "an" before a vowel sound', () => {
    expect(['Duration', 'Id', 'URL', 'GitHub handle', 'JSON Pointer', 'Link to GitHub', 'Email URL', 'UTF-8 text', 'Owner'].map(nounPhrase)).toEqual([
      'a duration',
      'an id',
      'a URL',
      'a GitHub handle',
      'a JSON Pointer',
      'a link to GitHub',
      'an email URL',
      'a UTF-8 text',
      'an owner',
    ]);
  });
});
