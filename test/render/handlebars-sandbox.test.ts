/** The sandbox's refusals word for word, and the checks that reach every argument and every branch. */
import { describe, expect, test } from 'vitest';
import { compileTemplate } from '../../src/render/handlebars.js';

const render = (source: string, data: unknown): string => compileTemplate(source, 'test.md.hbs')(data);

describe('the sandbox', () => {
  test('a literal that names a helper is still a bare value', () => {
    expect(() => compileTemplate('{{"md"}}', 'l.md.hbs')).toThrow('l.md.hbs:1:1: a value must be printed through a helper that escapes it, e.g. {{md value}}');
  });

  test('a block that is not allowed is refused with the blocks that are', () => {
    expect(() => compileTemplate('x\n{{#name}}y{{/name}}', 'b.md.hbs')).toThrow('b.md.hbs:2:1: {{#name}} is not allowed; blocks are if, unless, each, with');
  });

  test('the {{else}} branch of a block is checked too', () => {
    expect(() => compileTemplate('{{#if a}}x{{else}}{{b}}{{/if}}', 'e.md.hbs')).toThrow('e.md.hbs:1:19: a value must be printed through a helper');
  });

  test('every argument of a helper must be in the data, not only the first', () => {
    expect(() => render('{{link "label" missing}}', {})).toThrow('template test.md.hbs: 1:1: {{link}} was given a name that is not in the data');
  });

  test('a rendering error keeps the original error as its cause', () => {
    let thrown: unknown;
    try {
      render('{{md a.x.c}}', { a: {} });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).cause).toBeInstanceOf(TypeError);
  });
});
