/** Reading a trace or script file: one YAML or JSON mapping, with none but its own keys. */
import { describe, expect, it } from 'vitest';
import { SimulationInputError, readMapping, refuse } from '../../src/simulate/input-file.js';

function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(SimulationInputError);
    return (error as Error).message;
  }
  throw new Error('it was accepted');
}

const FORMAT = 'see `playbook-ops simulate --help` for the format';

describe('readMapping', () => {
  it('reads a YAML or a JSON mapping with some of its keys', () => {
    expect(readMapping('every: 5m\nlate: []', 'trace.yaml', 'trace', ['every', 'late', 'dropped'])).toEqual({ every: '5m', late: [] });
    expect(readMapping('{"steps": [1]}', 'script.json', 'script', ['people', 'steps'])).toEqual({ steps: [1] });
  });

  it('refuses what is not YAML, naming the file and the parser\'s first line', () => {
    expect(refusal(() => readMapping('every: [', 'trace.yaml', 'trace', ['every']))).toBe(`trace.yaml: not YAML or JSON (unexpected end of the stream within a flow collection (1:9)); ${FORMAT}`);
    expect(refusal(() => readMapping('', 'empty.yaml', 'trace', ['every']))).toBe(`empty.yaml: not YAML or JSON (expected a document, but the input is empty); ${FORMAT}`);
  });

  it.each([
    ['- every: 5m', 'trace.yaml: is not a mapping; write every:, late: and dropped:'],
    ['every', 'trace.yaml: is not a mapping; write every:, late: and dropped:'],
    ['~', 'trace.yaml: is not a mapping; write every:, late: and dropped:'],
    ['every: 5m\nskipped: []', 'trace.yaml: unknown key "skipped"; a trace has every, late and dropped'],
  ])('refuses %j, saying which keys a trace has', (text, message) => {
    expect(refusal(() => readMapping(text, 'trace.yaml', 'trace', ['every', 'late', 'dropped']))).toBe(message);
  });

  it('lists two keys with "and", one alone, and none as nothing', () => {
    expect(refusal(() => readMapping('[]', 'script.yaml', 'script', ['people', 'steps']))).toBe('script.yaml: is not a mapping; write people: and steps:');
    expect(refusal(() => readMapping('x: 1', 'one.yaml', 'one', ['steps']))).toBe('one.yaml: unknown key "x"; a one has steps');
    expect(refusal(() => readMapping('x: 1', 'none.yaml', 'nothing', []))).toBe('none.yaml: unknown key "x"; a nothing has ');
  });
});

describe('refuse', () => {
  it('throws where, what is wrong and how to write it', () => {
    expect(refusal(() => refuse('trace.yaml: every', '7m does not divide an hour', 'use 5m'))).toBe('trace.yaml: every: 7m does not divide an hour; use 5m');
  });
});
