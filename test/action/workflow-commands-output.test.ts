/**
 * Step outputs and annotation data as the runner reads them: appended to the `GITHUB_OUTPUT` file
 * between delimiters no value can end early, or as the legacy command outside a runner; `%` and line
 * breaks escaped so the data stays inside its command.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { EOL, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { captureStdout } from './stdout.js';

// A known delimiter, so that a value holding it can be written. Test files share their modules in a
// mutation run: the module is loaded afresh to see the mock.
vi.mock('node:crypto', async (original) => ({ ...(await original<typeof import('node:crypto')>()), randomUUID: () => '0f0e0d0c-0b0a-4908-8706-050403020100' }));
vi.resetModules();
const { setOutput, warning } = await import('../../action/workflow-commands.js');

const DELIMITER = 'ghadelimiter_0f0e0d0c-0b0a-4908-8706-050403020100';
const output = captureStdout().text;
let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'outputs-'));
  file = join(dir, 'output');
  await writeFile(file, 'earlier=1\n');
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

describe('setOutput in a runner (GITHUB_OUTPUT set)', () => {
  test('appends each output between a random delimiter, a multi-line value as it is, nothing on stdout', async () => {
    vi.stubEnv('GITHUB_OUTPUT', file);
    setOutput('incident', '12');
    setOutput('effects', '[{"incident": 12}]\nsecond line');
    expect(await readFile(file, 'utf8')).toBe(
      `earlier=1\nincident<<${DELIMITER}${EOL}12${EOL}${DELIMITER}${EOL}effects<<${DELIMITER}${EOL}[{"incident": 12}]\nsecond line${EOL}${DELIMITER}${EOL}`,
    );
    expect(output()).toBe('');
  });

  test('a name or value holding the delimiter is refused: it would end the output early', async () => {
    vi.stubEnv('GITHUB_OUTPUT', file);
    expect(() => setOutput(`a${DELIMITER}`, 'x')).toThrow(`Unexpected input: name should not contain the delimiter "${DELIMITER}"`);
    expect(() => setOutput('a', `x\n${DELIMITER}\nb=c`)).toThrow(`Unexpected input: value should not contain the delimiter "${DELIMITER}"`);
    expect(await readFile(file, 'utf8')).toBe('earlier=1\n');
  });

  test('a GITHUB_OUTPUT file that does not exist is not created: the output fails', async () => {
    const missing = join(dir, 'missing');
    vi.stubEnv('GITHUB_OUTPUT', missing);
    expect(() => setOutput('incident', '12')).toThrow(`Missing file at path: ${missing}`);
    await expect(readFile(missing, 'utf8')).rejects.toThrow(/ENOENT/);
  });
});

describe('setOutput outside a runner (GITHUB_OUTPUT unset or empty)', () => {
  test.each([undefined, ''])('GITHUB_OUTPUT %j: the legacy set-output command, name and value escaped', (value) => {
    vi.stubEnv('GITHUB_OUTPUT', value);
    setOutput('a:b,c', '50%\r\nnext');
    expect(output()).toBe(`${EOL}::set-output name=a%3Ab%2Cc::50%25%0D%0Anext${EOL}`);
  });
});

test('a percent sign in an annotation is escaped, so the runner shows it as written', () => {
  warning('disk 100% full, %0A is not a line break');
  expect(output()).toBe(`::warning::disk 100%25 full, %250A is not a line break${EOL}`);
});
