import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { packageRoot } from '../../src/package-root.js';
import { compileTemplate, renderTemplate } from '../../src/render/handlebars.js';
import { describeDuration } from '../../src/render/human-duration.js';
import { toTemplateData } from '../../src/render/template-data.js';

const render = (source: string, data: unknown): string => compileTemplate(source, 'test.md.hbs')(data);

describe('the sandbox', () => {
  test('strict mode: an unknown variable throws and names the template', () => {
    expect(() => render('Hello {{md name}}', { nmae: 'x' })).toThrow(
      /^template test\.md\.hbs: 1:7: \{\{md\}\} was given a name that is not in the data$/u,
    );
    expect(() => render('{{md a.b.c}}', { a: { b: {} } })).toThrow(/\{\{md\}\} was given a name that is not in the data/u);
    // Handlebars reads the middle of a helper argument's path without checks: still an error.
    expect(() => render('{{md a.x.c}}', { a: { b: {} } })).toThrow(/Cannot read properties of undefined \(reading 'c'\)/u);
    expect(() => render('{{#with a.x}}{{md c}}{{/with}}', { a: { b: {} } })).toThrow(/\{\{with\}\} was given a name/u);
    expect(() => render('{{#if missing}}x{{/if}}', {})).toThrow(/\{\{if\}\} was given a name/u);
    expect(() => render('{{#each missing}}x{{/each}}', {})).toThrow(/\{\{each\}\} was given a name/u);
    expect(() => render('{{join xs sep=missing}}', { xs: [] })).toThrow(/\{\{join\}\} was given a name/u);
    expect(() => render('{{md @last}}', {})).toThrow(/was given a name/u);
  });

  test('a null value is defined: templates test it with if', () => {
    expect(render('{{#if x}}set{{else}}unset{{/if}}', { x: null })).toBe('unset');
  });

  test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', '__defineGetter__', 'valueOf'])(
    'prototype access: {{md %s}} does not leak',
    (name) => {
      expect(() => render(`{{md ${name}}}`, { a: 1 })).toThrow(/not in the data/u);
      expect(() => render(`{{#with ${name}}}{{md name}}{{/with}}`, { a: 1 })).toThrow(/not in the data/u);
      expect(() => render(`{{md ${name}.name}}`, { a: 1 })).toThrow(/Cannot read properties of undefined/u);
    },
  );

  test('prototype access through a list or a string finds nothing', () => {
    expect(() => render('{{md list.constructor.name}}', { list: [1] })).toThrow();
    expect(() => render('{{md text.constructor}}', { text: 'abc' })).toThrow();
    expect(() => render('{{#if list.constructor}}leak{{/if}}', { list: [1] })).toThrow(/\{\{if\}\} was given a name/u);
    expect(render('{{md list.length}}', { list: [1, 2] })).toBe('2');
  });

  test('a JSON-parsed __proto__ key is plain data, not a prototype', () => {
    const data = JSON.parse('{"__proto__": {"polluted": "yes"}, "name": "n"}') as unknown;
    expect(render('{{md name}}', data)).toBe('n');
    expect(() => render('{{md polluted}}', data)).toThrow(/not in the data/u);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('a bare {{value}} is refused at compile time: everything goes through an escaping helper', () => {
    expect(() => compileTemplate('line\n  {{name}}', 'bare.md.hbs')).toThrow(/bare\.md\.hbs:2:3: a value must be printed through a helper/u);
    expect(() => compileTemplate('{{{name}}}', 'triple.md.hbs')).toThrow(/through a helper/u);
    expect(() => compileTemplate('{{"literal"}}', 'literal.md.hbs')).toThrow(/through a helper/u);
  });

  test('lookup, log and unknown helpers do not compile', () => {
    expect(() => compileTemplate('{{md (lookup this "constructor")}}', 'l.md.hbs')).toThrow(/l\.md\.hbs:1:6: \(lookup …\) is not a playbook-ops helper/u);
    expect(() => compileTemplate('{{log "x"}}', 'l.md.hbs')).toThrow(/through a helper/u);
    expect(() => compileTemplate('{{#if (shout name)}}x{{/if}}', 'l.md.hbs')).toThrow(/\(shout …\) is not a playbook-ops helper/u);
    expect(() => compileTemplate('{{join xs sep=(md (lookup a b))}}', 'l.md.hbs')).toThrow(/\(lookup …\)/u);
  });

  test('only if, unless, each and with open blocks; decorators and dynamic partials are refused', () => {
    expect(() => compileTemplate('{{#name}}x{{/name}}', 'b.md.hbs')).toThrow(/\{\{#name\}\} is not allowed/u);
    expect(() => compileTemplate('{{#*inline "p"}}x{{/inline}}', 'd.md.hbs')).toThrow(/DecoratorBlock is not allowed/u);
    expect(() => compileTemplate('{{> (md name)}}', 'p.md.hbs')).toThrow(/partial must be named directly/u);
  });

  test('a function or class instance in the data is a caller bug and fails loudly', () => {
    expect(() => toTemplateData({ run: () => 1 })).toThrow(/data\.run is a function/u);
    expect(() => toTemplateData({ when: new Date(0) })).toThrow(/data\.when is not a plain object/u);
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(() => toTemplateData(cyclic)).toThrow(/refers back to itself/u);
    const shared = { name: 'shared' };
    expect(toTemplateData({ a: shared, b: shared })).toEqual({ a: { name: 'shared' }, b: { name: 'shared' } });
  });

  test.each(
    ['', 'partials/'].flatMap((dir) =>
      readdirSync(join(packageRoot(), 'templates', dir))
        .filter((file) => file.endsWith('.md.hbs'))
        .map((file) => `${dir}${file}`),
    ),
  )('templates/%s compiles in the sandbox', (file) => {
    expect(() => compileTemplate(readFileSync(join(packageRoot(), 'templates', file), 'utf8'), file)).not.toThrow();
  });

  test('templates of the package render by name, partials included; names cannot escape the directory', () => {
    const footer = { source: 'roles.yaml', review: null };
    expect(() => renderTemplate('../package', {})).toThrow(/not a template name/u);
    expect(() => renderTemplate('no-such-template', {})).toThrow(/ENOENT/u);
    const tools = renderTemplate('tools', { categories: [], footer });
    expect(tools).toContain('No tools are listed.');
    expect(tools).toContain('from `roles.yaml`');
  });
});

describe('helpers', () => {
  test('md escapes untrusted text and is not fooled by placeholders', () => {
    expect(render('{{md x}}', { x: '@org/team <!-- m --> | *x*' })).toBe('@\u200Borg/team &lt;!-- m --&gt; \\| \\*x\\*');
    expect(render('{{md x}}', { x: '[TBD]' })).toBe('\\[TBD\\]');
    expect(render('{{md x}}', { x: 15 })).toBe('15');
    expect(() => render('{{md x}}', { x: null })).toThrow(/helper md: expected text or a number, got null/u);
  });

  test('text marks placeholders from the playbooks and shows a dash for null', () => {
    expect(render('{{text x}}', { x: '[Phone Number]' })).toBe('_\\[Phone Number\\]_ (to be filled in)');
    expect(render('{{text x}}', { x: null })).toBe('—');
    expect(render('{{text x}}', { x: 'a\nb' })).toBe('a<br>b');
  });

  test('cell keeps a table cell one cell', () => {
    expect(render('{{cell x}}', { x: 'a | b\nc' })).toBe('a \\| b<br>c');
    expect(render('{{cell x}}', { x: null })).toBe('—');
  });

  test('handle: a well-formed handle is a live mention, anything else is text', () => {
    expect(render('{{handle h}}', { h: '@org/on-call' })).toBe('@org/on-call');
    expect(render('{{handle h}}', { h: '@alice' })).toBe('@alice');
    expect(render('{{handle h}}', { h: '[GitHub Handle]' })).toBe('_\\[GitHub Handle\\]_ (to be filled in)');
    expect(render('{{handle h}}', { h: '@alice <!-- x -->' })).toBe('@\u200Balice &lt;!-- x --&gt;');
    expect(render('{{handle h}}', { h: null })).toBe('—');
    expect(render('{{handles h}}', { h: ['@a', '@b/c'] })).toBe('@a, @b/c');
    expect(render('{{handles h}}', { h: [] })).toBe('—');
  });

  test('join escapes each item', () => {
    expect(render('{{join xs}}', { xs: ['a|b', '@c'] })).toBe('a\\|b, @\u200Bc');
    expect(render('{{join xs sep="; "}}', { xs: ['a', 'b'] })).toBe('a; b');
  });

  test('duration, plural and eq', () => {
    expect(render('{{duration m}}', { m: 15 })).toBe('15 min');
    expect(render('{{plural n "step"}} {{plural one "entry" "entries"}} {{plural zero "entry" "entries"}}', { n: 3, one: 1, zero: 0 })).toBe(
      '3 steps 1 entry 0 entries',
    );
    expect(render('{{#if (eq a "x")}}yes{{else}}no{{/if}}', { a: 'x' })).toBe('yes');
    expect(() => render('{{duration m}}', { m: '15m' })).toThrow(/expected a number of minutes/u);
  });

  test('code and link', () => {
    expect(render('{{code x}}', { x: 'a`b' })).toBe('``a`b``');
    expect(render('{{code x table=true}}', { x: 'a|b' })).toBe('`a\\|b`');
    expect(render('{{link t u}}', { t: 'Grafana', u: 'https://grafana.example.com/a b' })).toBe('[Grafana](<https://grafana.example.com/a%20b>)');
    expect(render('{{link t u}}', { t: 'Roles', u: '../roles.md' })).toBe('[Roles](../roles.md)');
    expect(render('{{link t u}}', { t: 'x', u: 'javascript:alert(1)' })).toBe('x (`javascript:alert(1)`)');
    expect(render('{{link t u}}', { t: '[x](y)', u: 'https://e.example/)>' })).toBe('[\\[x\\](y)](<https://e.example/)%3E>)');
  });
});

describe('describeDuration', () => {
  test.each([
    [0, '0 min'],
    [15, '15 min'],
    [30, '30 min'],
    [60, '1 h'],
    [90, '1 h 30 min'],
    [120, '2 h'],
    [1440, '24 h'],
    [2880, '48 h'],
    [4320, '3 days'],
    [4410, '3 days 1 h 30 min'],
    [129_600, '90 days'],
  ])('%i minutes reads "%s"', (minutes, words) => {
    expect(describeDuration(minutes)).toBe(words);
  });

  test('refuses what is not a whole number of minutes', () => {
    expect(() => describeDuration(1.5)).toThrow(RangeError);
    expect(() => describeDuration(-1)).toThrow(RangeError);
  });
});
