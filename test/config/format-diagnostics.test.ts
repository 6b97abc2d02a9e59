import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/config/diagnostic.js';
import { formatDiagnostics, summarizeDiagnostics } from '../../src/config/format-diagnostics.js';
import { relocateDiagnostics } from '../../src/config/relocate-diagnostics.js';
import { controlCharacters, liveCommands } from '../action/runner-model.js';

const error: Diagnostic = {
  file: 'odd:name,1.yaml',
  line: 3,
  column: 7,
  severity: 'error',
  rule: 'schema',
  message: 'severities[0].response_time: "15 mins" is not a duration',
  hint: 'write 100% plain text\r\nplease',
  pointer: '/severities/0/response_time',
};
const warning: Diagnostic = {
  file: 'contacts.yaml',
  line: 9,
  column: 13,
  severity: 'warning',
  rule: 'placeholder',
  message: 'placeholder "[Phone Number]" is still to be filled in',
  hint: null,
  pointer: '/contacts/0/phone',
};
const directory: Diagnostic = { ...warning, file: '', line: 1, column: 1, severity: 'error', rule: 'missing-document', message: 'no tools', pointer: '' };

describe('formatDiagnostics', () => {
  test('text: like a compiler, hint indented below', () => {
    expect(formatDiagnostics([error, warning, directory], 'text')).toBe(
      [
        'odd:name,1.yaml:3:7  error  schema  severities[0].response_time: "15 mins" is not a duration',
        '    hint: write 100% plain text\\r\\nplease',
        'contacts.yaml:9:13  warning  placeholder  placeholder "[Phone Number]" is still to be filled in',
        '.:1:1  error  missing-document  no tools',
        '',
      ].join('\n'),
    );
  });

  test('github: workflow commands with data and properties escaped', () => {
    expect(formatDiagnostics([error, warning, directory], 'github')).toBe(
      [
        '::error file=odd%3Aname%2C1.yaml,line=3,col=7,title=schema::severities[0].response_time: "15 mins" is not a duration%0Ahint: write 100%25 plain text\\r\\nplease',
        '::warning file=contacts.yaml,line=9,col=13,title=placeholder::placeholder "[Phone Number]" is still to be filled in',
        '::error title=missing-document::no tools',
        '',
      ].join('\n'),
    );
  });

  test('json: the list as it is', () => {
    expect(JSON.parse(formatDiagnostics([error, warning], 'json'))).toEqual([error, warning]);
    expect(formatDiagnostics([], 'json')).toBe('[]\n');
    expect(formatDiagnostics([], 'text')).toBe('');
  });

  test('summary counts errors, warnings and files', () => {
    expect(summarizeDiagnostics([error, warning, directory], 13)).toBe('2 errors, 1 warning in 13 files');
    expect(summarizeDiagnostics([], 1)).toBe('0 errors, 0 warnings in 1 file');
  });

  test('relocating makes paths relative to the working directory', () => {
    const moved = relocateDiagnostics([warning, directory], 'sets/main', '/repo');
    expect(moved.map((diagnostic) => diagnostic.file)).toEqual(['sets/main/contacts.yaml', 'sets/main']);
    expect(relocateDiagnostics([directory], '/repo', '/repo')[0]?.file).toBe('.');
    expect(relocateDiagnostics([warning], '/repo/playbooks', '/repo/docs')[0]?.file).toBe('../playbooks/contacts.yaml');
  });

  describe('untrusted text (file names, messages, hints) cannot inject', () => {
    const hostile: Diagnostic = {
      file: 'x\n::error::owned.yaml',
      line: 1,
      column: 1,
      severity: 'error',
      rule: 'unknown-kind',
      message: 'kind "\u001b]0;title\u0007\u001b[2J" is unknown ##[add-mask]secret \u202eevil\u0085::warning::x',
      hint: 'use \r::set-output name=a::b \u009b31m',
      pointer: '',
    };
    const leading: Diagnostic = { ...hostile, file: '::error::at-the-start.yaml', message: 'plain', hint: null };
    const spaced: Diagnostic = { ...leading, file: ' \t::warning::after-white-space.yaml' };

    test('text: one line per diagnostic and its hint, control characters escaped, no workflow command', () => {
      const out = formatDiagnostics([hostile, leading, spaced], 'text');
      expect(liveCommands(out)).toEqual([]);
      expect(controlCharacters(out)).toEqual([]);
      expect(out.trimEnd().split('\n')).toEqual([
        'x\\n::error::owned.yaml:1:1  error  unknown-kind  kind "\\u001b]0;title\\u0007\\u001b[2J" is unknown #\\u0023[add-mask]secret \\u202eevil\\u0085::warning::x',
        '    hint: use \\r::set-output name=a::b \\u009b31m',
        '\\u003a:error::at-the-start.yaml:1:1  error  unknown-kind  plain',
        ' \\t::warning::after-white-space.yaml:1:1  error  unknown-kind  plain',
      ]);
    });

    test('github: one command per diagnostic, properties and data escaped, control characters escaped', () => {
      const out = formatDiagnostics([hostile, leading, spaced], 'github');
      const lines = out.trimEnd().split('\n');
      expect(lines).toHaveLength(3);
      for (const line of lines) expect(line).toMatch(/^::error file=[^:,]*,line=1,col=1,title=unknown-kind::/);
      expect(controlCharacters(out)).toEqual([]);
      expect(lines[0]).toBe(
        '::error file=x\\n%3A%3Aerror%3A%3Aowned.yaml,line=1,col=1,title=unknown-kind::kind "\\u001b]0;title\\u0007\\u001b[2J" is unknown ##[add-mask]secret \\u202eevil\\u0085::warning::x%0Ahint: use \\r::set-output name=a::b \\u009b31m',
      );
    });

    test('json: the same values, written so that no line holds a command or an unescaped control', () => {
      const out = formatDiagnostics([hostile, leading, spaced], 'json');
      expect(JSON.parse(out)).toEqual([hostile, leading, spaced]);
      expect(liveCommands(out)).toEqual([]);
      expect(controlCharacters(out)).toEqual([]);
    });
  });
});

describe('source excerpts in text', () => {
  const at = (line: number, column: number): Diagnostic => ({ ...warning, line, column });
  const sources = (text: string) => ({ sources: (file: string) => (file === 'contacts.yaml' ? text : undefined) });

  test('the line with a caret under the column, between the message and the hint', () => {
    const text = formatDiagnostics([{ ...error, file: 'contacts.yaml', hint: 'fix it' }], 'text', sources('a\nb\nkind:  x: y\n'));
    expect(text).toBe(
      'contacts.yaml:3:7  error  schema  severities[0].response_time: "15 mins" is not a duration\n' +
        '  3 | kind:  x: y\n' +
        '    |       ^\n' +
        '    hint: fix it\n',
    );
  });

  test('the gutter is as wide as the line number; a caret past the end of the line is allowed', () => {
    const source = `${'\n'.repeat(11)}  name: x`;
    expect(formatDiagnostics([at(12, 10)], 'text', sources(source))).toBe(
      'contacts.yaml:12:10  warning  placeholder  placeholder "[Phone Number]" is still to be filled in\n  12 |   name: x\n     |          ^\n',
    );
  });

  test('control characters print as escapes and the caret stays under the column', () => {
    const output = formatDiagnostics([at(1, 4)], 'text', sources('\t\u001b[x: 1\n'));
    expect(output).toContain('  1 | \\t\\u001b[x: 1\n    |          ^\n');
    expect(controlCharacters(output)).toEqual([]);
  });

  test('a long line is cut around the column', () => {
    const output = formatDiagnostics([at(1, 201)], 'text', sources(`${'a'.repeat(200)}X${'b'.repeat(200)}`));
    const [, line, caret] = output.split('\n') as [string, string, string];
    expect(line).toBe(`  1 | …${'a'.repeat(60)}X${'b'.repeat(59)}…`);
    expect(caret.indexOf('^')).toBe(line.indexOf('X'));
  });

  test('no excerpt when the file is not at hand, the line does not exist, or the diagnostic is about the directory', () => {
    const plain = formatDiagnostics([at(3, 1), directory], 'text');
    expect(formatDiagnostics([at(3, 1), directory], 'text', sources('one line\n'))).toBe(plain);
    expect(formatDiagnostics([{ ...directory, file: '' }], 'text', { sources: () => 'kind: x\n' })).not.toContain(' | ');
  });

  test('an excerpt line cannot start a workflow command', () => {
    expect(liveCommands(formatDiagnostics([at(1, 1)], 'text', sources('::error::owned\n')))).toEqual([]);
  });
});
