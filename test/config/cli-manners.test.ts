/**
 * A forgiving, well-mannered command line (issue 7, item 6): suggestions for misspelt commands and
 * options, -v and help everywhere, validate of one file, --strict, source excerpts.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { packageRoot } from '../../src/package-root.js';
import { copyDefaultSet, edit, write } from './fixture.js';

/** Runs the CLI in `cwd` and captures its output. */
async function run(argv: string[], cwd = packageRoot()) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd });
  return { code, stdout, stderr };
}

describe('suggestions', () => {
  test('a misspelt command names the closest command, and only that', async () => {
    expect(await run(['valdate'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'playbook-ops: unknown command "valdate"; did you mean "validate"?\nRun `playbook-ops --help` for the list of commands.\n',
    });
    expect((await run(['rendr'])).stderr).toContain('did you mean "render"?');
  });

  test('a command nothing is close to gets the list of commands', async () => {
    const { code, stderr } = await run(['xyzzy']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^playbook-ops: unknown command "xyzzy"\n\nUsage: playbook-ops <command>/);
    expect(stderr).toMatch(/^ {2}validate +check a playbook set/m);
  });

  test('a misspelt option names the closest option of the command', async () => {
    expect(await run(['config', '--jsn'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'playbook-ops config: unknown option "--jsn"; did you mean "--json"?\nRun `playbook-ops config --help` for usage.\n',
    });
    expect((await run(['validate', '--formt', 'json'])).stderr).toContain('unknown option "--formt"; did you mean "--format"?');
    expect((await run(['validate', '--strcit'])).stderr).toContain('unknown option "--strcit"; did you mean "--strict"?');
    expect((await run(['render', '--ot=docs'])).stderr).toContain('unknown option "--ot"; did you mean "--out"?');
  });

  test('an option nothing is close to, or a one-letter one, gets the list of options', async () => {
    expect((await run(['validate', '--colour'])).stderr).toContain('unknown option "--colour"; the options are --format, --strict, --help, -h\n');
    expect((await run(['validate', '-x'])).stderr).toContain('unknown option "-x"; the options are --format, --strict, --help, -h\n');
  });

  test('a misspelt top-level option is suggested too', async () => {
    expect((await run(['--verison'])).stderr).toBe('playbook-ops: unknown option "--verison"; did you mean "--version"?\nRun `playbook-ops --help` for the list of commands.\n');
  });

  test('what was typed is printed with its control characters escaped', async () => {
    expect((await run(['valid\u001b[2Jate'])).stderr).toContain('unknown command "valid\\u001b[2Jate"');
    expect((await run(['config', '--js\u001bn'])).stderr).toContain('unknown option "--js\\u001bn"');
  });
});

describe('version and help', () => {
  test('-v and --version print the version of package.json', async () => {
    const { version } = JSON.parse(await readFile(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
    expect(await run(['-v'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  test('-h, --help and help <command> work for every command', async () => {
    const { stdout: overview } = await run(['--help']);
    const names = [...overview.matchAll(/^ {2}(\S+) {2,}/gm)].map((match) => match[1] as string);
    expect(names).toContain('validate');
    for (const name of names) {
      const long = await run([name, '--help']);
      expect(long.code, name).toBe(0);
      expect(long.stdout, name).toMatch(new RegExp(`^Usage: playbook-ops ${name}`));
      expect(await run([name, '-h']), name).toEqual(long);
      expect(await run(['help', name]), name).toEqual(long);
    }
    expect((await run(['-h'])).stdout).toBe(overview);
    expect(overview).toContain('`playbook-ops --version` (or -v)');
  });
});

describe('validate one file', () => {
  test('a valid file alone: its warnings, and a note naming the skipped set-level checks', async () => {
    const dir = await copyDefaultSet();
    const { code, stdout } = await run(['validate', `${basename(dir)}/scenarios/service-outage.yaml`], dirname(dir));
    expect(code).toBe(0);
    expect(stdout).toMatch(/\n0 errors, 1 warning in 1 file\n/);
    expect(stdout).toContain(
      `note: checked ${basename(dir)}/scenarios/service-outage.yaml alone; skipped the checks that need the rest of the set (missing-document, duplicate-document, unknown-reference, duplicate-id, review-overdue): run \`playbook-ops validate ${basename(dir)}/scenarios\` for them\n`,
    );
  });

  test('a file alone is checked against its schema and what needs no other file, not against the other files', async () => {
    const dir = await copyDefaultSet();
    // An unknown owner (needs roles.yaml: skipped) and a misspelt key (the schema: reported).
    await edit(dir, 'scenarios/service-outage.yaml', 'owner: tech', 'owner: nobody\nsymptons: []');
    const { code, stdout } = await run(['validate', 'scenarios/service-outage.yaml', '--format', 'json'], dir);
    expect(code).toBe(1);
    const errors = (JSON.parse(stdout) as { file: string; rule: string; message: string; severity: string }[]).filter((each) => each.severity === 'error');
    expect(errors).toMatchObject([{ file: 'scenarios/service-outage.yaml', rule: 'schema', message: 'unknown property "symptons"; did you mean "symptoms"?' }]);
  });

  test('within the file, ids must still be unique and escalation levels in order', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'roles.yaml', 'id: comms', 'id: ic');
    const { code, stdout } = await run(['validate', 'roles.yaml'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('roles.yaml:14:9  error  duplicate-id  duplicate role id "ic"\n  14 |   - id: ic\n     |         ^\n');
  });

  test('a syntax error in the file is shown with its line and a caret', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'roles.yaml', '  - id: comms', '  - id: "comms');
    const { code, stdout } = await run(['validate', 'roles.yaml'], dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^roles\.yaml:14:9 {2}error {2}yaml-syntax {2}unclosed double quote: the value that starts here has no closing "\n {2}14 \| {3}- id: "comms\n {5}\| {9}\^\n {4}hint: /);
  });

  test('a file that does not exist is a usage error, like a directory', async () => {
    expect((await run(['validate', 'playbooks/nope.yaml'])).code).toBe(2);
  });

  test('an overdue review is checked when the file sets its own cadence', async () => {
    const dir = await copyDefaultSet();
    await edit(dir, 'roles.yaml', 'last_reviewed: "2026-11-27"', 'last_reviewed: "2020-01-01"\n  cadence: 7d');
    const { stdout } = await run(['validate', 'roles.yaml'], dir);
    expect(stdout).toMatch(/^roles\.yaml:\d+:\d+ {2}warning {2}review-overdue {2}review overdue: last reviewed 2020-01-01, due 2020-01-08$/m);
    expect(stdout).toMatch(/skipped the checks that need the rest of the set \(missing-document, duplicate-document, unknown-reference, duplicate-id\)/);
  });
});

describe('--strict', () => {
  test('warnings become errors: printed as errors, exit 1', async () => {
    const lenient = await run(['validate', 'playbooks']);
    expect(lenient.code).toBe(0);
    const warnings = Number(/0 errors, (\d+) warnings/.exec(lenient.stdout)?.[1]);
    expect(warnings).toBeGreaterThan(0);
    const strict = await run(['validate', 'playbooks', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(new RegExp(`\\n${warnings} errors, 0 warnings in \\d+ files\\n$`));
    expect(strict.stdout).toMatch(/^playbooks\/contacts\.yaml:\d+:\d+ {2}error {2}placeholder {2}contacts\[0\]\.github: placeholder "\[GitHub Handle\]"/m);
    const github = await run(['validate', 'playbooks', '--strict', '--format', 'github']);
    expect(github.code).toBe(1);
    expect(github.stdout).not.toContain('::warning');
  });

  test('a set without warnings passes --strict', async () => {
    const dir = await copyDefaultSet();
    await write(dir, 'only.yaml', 'kind: tools\nreview:\n  owners: ["@a"]\n  last_reviewed: "2026-11-27"\ncategories:\n  - id: t\n    name: T\n    tools:\n      - name: x\n        purpose: y\n');
    const { code } = await run(['validate', 'only.yaml', '--strict'], dir);
    expect(code).toBe(0);
  });
});
