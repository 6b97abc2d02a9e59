import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/config/diagnostic.js';
import { formatDiagnostics, summarizeDiagnostics } from '../../src/config/format-diagnostics.js';
import { relocateDiagnostics } from '../../src/config/relocate-diagnostics.js';

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
        '    hint: write 100% plain text\r\nplease',
        'contacts.yaml:9:13  warning  placeholder  placeholder "[Phone Number]" is still to be filled in',
        '.:1:1  error  missing-document  no tools',
        '',
      ].join('\n'),
    );
  });

  test('github: workflow commands with data and properties escaped', () => {
    expect(formatDiagnostics([error, warning, directory], 'github')).toBe(
      [
        '::error file=odd%3Aname%2C1.yaml,line=3,col=7,title=schema::severities[0].response_time: "15 mins" is not a duration%0Ahint: write 100%25 plain text%0D%0Aplease',
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
});
