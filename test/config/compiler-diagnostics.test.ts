/**
 * Diagnostics worthy of a compiler (issue 7, item 7): one diagnostic per mistake, at the place of the
 * mistake, with no follow-on errors. Each case names the expected line, column and message.
 */
import { rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/config/diagnostic.js';
import { validatePlaybooks } from '../../src/config/validate-playbooks.js';
import { copyDefaultSet, edit, positionOf, write } from './fixture.js';

/** The errors of `dir`, reduced to what the tests compare. */
async function errors(dir: string) {
  const result = await validatePlaybooks(dir);
  return result.diagnostics
    .filter((diagnostic) => diagnostic.severity === 'error')
    .map(({ file, line, column, rule, message, hint }: Diagnostic) => ({ file, line, column, rule, message, hint }));
}

describe('files that are refused are reported with the refusal’s own rule and place', () => {
  test('not-utf8: at the line and column of the first bad byte', async () => {
    const dir = await copyDefaultSet();
    await writeFile(join(dir, 'tools.yaml'), Buffer.concat([Buffer.from('kind: tools\n# r'), Buffer.from([0xe9]), Buffer.from('sum\n')]));
    expect(await errors(dir)).toEqual([
      {
        file: 'tools.yaml',
        line: 2,
        column: 4,
        rule: 'not-utf8',
        message: 'the file was not read: it is not UTF-8: line 2, column 4 is not a UTF-8 character (byte 0xE9)',
        hint: 'save the file as UTF-8 (it is probably Latin-1 or Windows-1252): most editors offer "Save with encoding"',
      },
    ]);
  });

  test('outside-link: the link itself, with its hint', async () => {
    const dir = await copyDefaultSet();
    await symlink('/etc/hostname', join(dir, 'host.yaml'));
    expect(await errors(dir)).toEqual([
      {
        file: 'host.yaml',
        line: 1,
        column: 1,
        rule: 'outside-link',
        message: 'the file was not read: it is a symbolic link to "/etc/hostname", outside the playbook directory; links may point only to files inside it',
        hint: 'copy the file into the playbook directory, or remove the link',
      },
    ]);
  });
});

describe('no follow-on errors from a file that failed to parse', () => {
  test('a YAML syntax error in severities.yaml is the only error: the set is not also said to lack severities', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'severities.yaml', '    label: sev-1', '\tlabel: sev-1');
    expect(await errors(dir)).toEqual([
      {
        file: 'severities.yaml',
        line: 6,
        column: 1,
        rule: 'yaml-syntax',
        message: 'tab characters must not be used in indentation',
        hint: 'check the indentation, quotes and brackets at this place (YAML indents with spaces, never tabs)',
      },
    ]);
  });

  test('the kind is read from the kind line of the broken file, whatever the file is called', async () => {
    const dir = await copyDefaultSet();
    await rename(join(dir, 'roles.yaml'), join(dir, 'team.yaml'));
    await edit(dir, 'team.yaml', 'roles:\n', 'roles:\n\t- bad\n');
    expect((await errors(dir)).map((diagnostic) => [diagnostic.file, diagnostic.rule])).toEqual([['team.yaml', 'yaml-syntax']]);
  });

  test('a broken file that tells no kind could have been any document: no document is said to be missing', async () => {
    const dir = await copyDefaultSet();
    await rm(join(dir, 'tools.yaml'));
    expect((await errors(dir)).map((diagnostic) => diagnostic.rule)).toEqual(['missing-document']);
    await writeFile(join(dir, 'draft.yaml'), 'a: "\n');
    expect((await errors(dir)).map((diagnostic) => [diagnostic.file, diagnostic.rule])).toEqual([['draft.yaml', 'yaml-syntax']]);
  });

  test('the set-level errors come after the errors in files', async () => {
    const dir = await copyDefaultSet();
    await rm(join(dir, 'tools.yaml'));
    await edit(dir, 'scenarios/service-outage.yaml', 'owner: tech', 'owner: tehc');
    expect((await errors(dir)).map((diagnostic) => [diagnostic.file, diagnostic.rule])).toEqual([
      ['scenarios/service-outage.yaml', 'unknown-reference'],
      ['', 'missing-document'],
    ]);
  });
});

describe('one diagnostic per mistake', () => {
  test('a misspelt required key is one error at the key, naming the key it meant', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'roles.yaml', '    name: Communication Lead', '    nmae: Communication Lead');
    expect(await errors(dir)).toEqual([
      {
        file: 'roles.yaml',
        line: 15,
        column: 5,
        rule: 'schema',
        message: 'roles[1]: unknown property "nmae"; did you mean "name"?',
        hint: 'rename "nmae" to "name"',
      },
    ]);
  });

  test('a misspelt key with a rule of its own when missing (response_time) is still one error', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'severities.yaml', 'response_time: 30m', 'respons_time: 30m');
    const at = await positionOf(dir, 'severities.yaml', 'respons_time');
    expect(await errors(dir)).toEqual([
      {
        file: 'severities.yaml',
        ...at,
        rule: 'schema',
        message: 'severities[1]: unknown property "respons_time"; did you mean "response_time"?',
        hint: 'rename "respons_time" to "response_time"',
      },
    ]);
  });

  test('a key that is missing while an unrelated unknown key is there gives both errors', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'roles.yaml', '    name: Communication Lead', '    colour: blue');
    expect((await errors(dir)).map(({ line, column, message }) => ({ line, column, message }))).toEqual([
      { line: 14, column: 5, message: 'roles[1]: missing required property "name"' },
      { line: 15, column: 5, message: 'roles[1]: unknown property "colour"' },
    ]);
  });
});

describe('syntax errors at the line and column of the mistake', () => {
  /** The only error of the default set with `from` replaced by `to` in `file`. */
  async function onlyError(file: string, from: string, to: string) {
    const dir = await copyDefaultSet();
    await edit(dir, file, from, to);
    const list = await errors(dir);
    expect(list).toHaveLength(1);
    return list[0];
  }

  test('an unclosed double quote on line 14 is reported on line 14, at the quote', async () => {
    expect(await onlyError('roles.yaml', '  - id: comms', '  - id: "comms')).toEqual({
      file: 'roles.yaml',
      line: 14,
      column: 9,
      rule: 'yaml-syntax',
      message: 'unclosed double quote: the value that starts here has no closing "',
      hint: 'end the value with " on this line, or remove the opening " (a value needs quotes only when it contains ": " or " #", or starts with one of [ ] { } & * ! | > \' " % @ `)',
    });
  });

  test('an unclosed single quote in a list item, at the quote', async () => {
    expect(await onlyError('roles.yaml', '      - Coordinates engineering resources', "      - 'Coordinates engineering resources")).toMatchObject({
      line: 25,
      column: 9,
      message: "unclosed single quote: the value that starts here has no closing '",
    });
  });

  test('an unclosed quote on the last line, at the quote', async () => {
    const dir = await copyDefaultSet();
    await write(dir, 'tools.yaml', 'kind: tools\nreview:\n  owners: ["@a"]\n  last_reviewed: "2026-11-27\n');
    expect(await errors(dir)).toMatchObject([{ file: 'tools.yaml', line: 4, column: 18, message: 'unclosed double quote: the value that starts here has no closing "' }]);
  });

  test('an unclosed "[" is reported at the bracket, not at the next entry', async () => {
    expect(await onlyError('severities.yaml', 'severities:\n', 'severities: [\n')).toEqual({
      file: 'severities.yaml',
      line: 4,
      column: 13,
      rule: 'yaml-syntax',
      message: 'unclosed "[": the list that starts here has no closing "]"',
      hint: 'close the list with "]", or remove the "[" and write the items as "- item" lines below the key',
    });
  });

  test('an unclosed "{" at the brace', async () => {
    expect(await onlyError('roles.yaml', '    name: Technical Lead', '    name: {first: Technical')).toMatchObject({
      line: 22,
      column: 11,
      message: 'unclosed "{": the mapping that starts here has no closing "}"',
    });
  });

  test('a quote that is closed, but on a line indented too little, keeps the parser’s place and names the quote', async () => {
    expect(await onlyError('roles.yaml', '    name: Technical Lead', '    name: "Technical\nLead"')).toMatchObject({
      line: 23,
      column: 1,
      message: 'deficient indentation (inside the double-quoted value at line 22, column 11)',
    });
  });

  test('a value with ": " in it says so and shows the value quoted', async () => {
    expect(await onlyError('roles.yaml', '    name: Technical Lead', '    name: Technical: Lead')).toEqual({
      file: 'roles.yaml',
      line: 22,
      column: 20,
      rule: 'yaml-syntax',
      message: 'the value of "name" contains ": ", which YAML reads as the start of another key',
      hint: 'quote the value: name: "Technical: Lead"',
    });
  });
});
