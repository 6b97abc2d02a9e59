/**
 * How a document's kind is told: from its `kind`, else guessed from a misspelling or the file name,
 * and the `unknown-kind` diagnostic a playbook author sees when it cannot be told.
 */
import { describe, expect, test } from 'vitest';
import { classifyDocument, guessKind } from '../../src/config/classify-document.js';
import type { ParsedDocument } from '../../src/config/located.js';
import { parseYaml } from '../../src/config/parse-yaml.js';
import { DEFAULT_YAML_LIMITS } from '../../src/config/yaml-limits.js';

const KINDS = 'settings, roles, severities, process, scenario, communication, escalation, contacts, postmortem, tools';

function parsed(file: string, text: string): ParsedDocument {
  const result = parseYaml(text, DEFAULT_YAML_LIMITS);
  if (!result.ok) throw new Error(`${file} does not parse: ${result.problem.message}`);
  return { file, value: result.value, locator: result.locator };
}

function unknownKind(line: number, column: number, pointer: string, message: string, hint: string) {
  return { line, column, severity: 'error', rule: 'unknown-kind', message, hint, pointer };
}

describe('classifying a parsed document', () => {
  test('takes a known kind as it is', () => {
    expect(classifyDocument(parsed('anything.yaml', 'kind: escalation\n'))).toEqual({ kind: 'escalation' });
  });

  test('a document that is not a mapping is placed at its start, named by what it is, with a kind guessed from the file name', () => {
    expect(classifyDocument(parsed('roles.yaml', '# the team\n~\n'))).toEqual({
      guess: 'roles',
      diagnostic: { file: 'roles.yaml', ...unknownKind(2, 1, '', 'the document is nothing, not a mapping with a kind', `add "kind: roles" (kinds: ${KINDS})`) },
    });
    expect(classifyDocument(parsed('runbook.yaml', 'just words\n'))).toEqual({
      guess: null,
      diagnostic: { file: 'runbook.yaml', ...unknownKind(1, 1, '', 'the document is text, not a mapping with a kind', `add "kind:" with one of ${KINDS}`) },
    });
  });

  test('a mapping without a kind is placed at its first key; under scenarios/ it is taken for a scenario', () => {
    expect(classifyDocument(parsed('scenarios/disk-full.yaml', '# Disk full.\nid: disk-full\nname: Disk full\n'))).toEqual({
      guess: 'scenario',
      diagnostic: { file: 'scenarios/disk-full.yaml', ...unknownKind(2, 1, '/kind', 'missing "kind"', `add "kind: scenario" (kinds: ${KINDS})`) },
    });
    expect(classifyDocument(parsed('team/runbook.yml', 'id: x\n'))).toMatchObject({ guess: null });
  });

  test('a misspelt kind is placed at its value and suggests the kind it is closest to, whatever the file name', () => {
    expect(classifyDocument(parsed('tools.yaml', 'kind: contcts\n'))).toEqual({
      guess: 'contacts',
      diagnostic: { file: 'tools.yaml', ...unknownKind(1, 7, '/kind', 'unknown kind "contcts"', `did you mean "contacts"? (kinds: ${KINDS})`) },
    });
  });

  test('a kind close to none lists the kinds, and the file name still gives the guess', () => {
    expect(classifyDocument(parsed('severities.yaml', 'kind: playbook\n'))).toEqual({
      guess: 'severities',
      diagnostic: { file: 'severities.yaml', ...unknownKind(1, 7, '/kind', 'unknown kind "playbook"', `the kinds are ${KINDS}`) },
    });
  });

  test('a kind that is not text is named by its type', () => {
    expect(classifyDocument(parsed('process.yml', 'kind: 3\n'))).toEqual({
      guess: 'process',
      diagnostic: { file: 'process.yml', ...unknownKind(1, 7, '/kind', 'unknown kind a whole number', `the kinds are ${KINDS}`) },
    });
  });
});

describe('guessing the kind of a file that did not read or parse', () => {
  test('reads a top-level kind line, quoted or not, with or without a comment after it', () => {
    expect(guessKind('a.yaml', 'name: x\nkind: tools\nroles: [\n')).toBe('tools');
    expect(guessKind('a.yaml', 'kind:"roles"\n')).toBe('roles');
    expect(guessKind('a.yaml', "kind: 'process'   # the phases\n")).toBe('process');
    expect(guessKind('a.yaml', 'kind:\tsettings#x\n')).toBe('settings');
  });

  test('takes a misspelt kind line for the kind it is closest to, before the file name', () => {
    expect(guessKind('roles.yaml', 'kind: escalaton\n')).toBe('escalation');
  });

  test('falls back to the file name when the kind line is missing, nested, unfinished or close to no kind', () => {
    expect(guessKind('tools.yml', null)).toBe('tools');
    expect(guessKind('scenarios/outage.yaml', 'steps: [\n')).toBe('scenario');
    expect(guessKind('roles.yaml', 'meta:\n  kind: tools\n')).toBe('roles');
    expect(guessKind('roles.yaml', 'kind: tools, [\n')).toBe('roles');
    expect(guessKind('roles.yaml', 'kind: "tools\n')).toBe('roles');
    expect(guessKind('roles.yaml', 'kind: 7tools\n')).toBe('roles');
    expect(guessKind('roles.yaml', 'kind: zzzzzzzz\n')).toBe('roles');
    expect(guessKind('runbook.yaml', 'kind: zzzzzzzz\n')).toBeNull();
  });
});
