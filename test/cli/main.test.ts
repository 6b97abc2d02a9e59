import { describe, expect, test } from 'vitest';
import { commandLoaders } from '../../src/cli/commands/index.js';
import { version } from '../../src/cli/version.js';
import { run, tempDir, usage } from './cli-run.js';

/** The overview `--help` prints: one line per command, names padded to the longest. */
async function expectedOverview(): Promise<string> {
  const commands = await Promise.all(Object.values(commandLoaders).map((load) => load()));
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'Usage: playbook-ops <command> [options]',
    '',
    'Incident playbooks as code: validate, render and run them on GitHub issues.',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name}${' '.repeat(width - command.name.length)}  ${command.summary}`),
    '',
    'Run `playbook-ops <command> --help` (or `playbook-ops help <command>`) for the options of a command;',
    '`playbook-ops --version` (or -v) prints the version.',
    '',
  ].join('\n');
}

describe('the overview', () => {
  test('lists every command in order with its summary, names aligned', async () => {
    const { stdout } = await run(['--help'], await tempDir());
    expect(stdout).toContain('\n  issue-form  Generate the incident issue form');
    expect(stdout).toContain('\n  validate    check a playbook set');
    expect(Object.keys(commandLoaders)).toEqual(['validate', 'config', 'render', 'import', 'issue-form', 'init', 'labels', 'codeowners', 'emulator', 'demo', 'simulate']);
  });

  test('--help, -h and help print it and exit 0', async () => {
    const cwd = await tempDir();
    const overview = await expectedOverview();
    for (const argv of [['--help'], ['-h'], ['help']]) expect(await run(argv, cwd)).toEqual({ code: 0, stdout: overview, stderr: '' });
  });

  test('no command prints it on stdout and exits 2', async () => {
    expect(await run([], await tempDir())).toEqual({ code: 2, stdout: await expectedOverview(), stderr: '' });
  });
});

describe('the version', () => {
  test('--version and -v print the version of package.json', async () => {
    const cwd = await tempDir();
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    for (const flag of ['--version', '-v']) expect(await run([flag], cwd)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('a command\'s help', () => {
  test('--help, -h and help <command> print the command\'s help, which ends in one newline, and exit 0', async () => {
    const cwd = await tempDir();
    for (const [name, load] of Object.entries(commandLoaders)) {
      const command = await load();
      const text = command.help;
      expect(text, name).toMatch(new RegExp(`^Usage: playbook-ops ${name}[ \\n][^]*[^\\n]\\n$`));
      for (const argv of [[name, '--help'], [name, '-h'], ['help', name], [name, 'x', '--help']]) {
        expect(await run(argv, cwd), argv.join(' ')).toEqual({ code: 0, stdout: text, stderr: '' });
      }
    }
  });

  test('every option of every command is described in its help, and so is -h, --help', async () => {
    for (const [name, load] of Object.entries(commandLoaders)) {
      const command = await load();
      for (const [option, { short }] of Object.entries(command.options)) {
        expect(command.help, `${name} --${option}`).toMatch(new RegExp(`^ +${short === undefined ? '' : `-${short}, `}--${option}\\b`, 'm'));
      }
      expect(command.help, name).toMatch(/^ +-h, --help +Show this help/m);
      expect(command.summary.length, name).toBeGreaterThan(20);
    }
  });

  test('help of an unknown command is an unknown command', async () => {
    const cwd = await tempDir();
    expect(await run(['help', 'valdate'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'playbook-ops: unknown command "valdate"; did you mean "validate"?\nRun `playbook-ops --help` for the list of commands.\n',
    });
  });
});

describe('unknown commands and options', () => {
  test('a misspelt command names the closest command', async () => {
    expect(await run(['confg'], await tempDir())).toEqual({
      code: 2,
      stdout: '',
      stderr: 'playbook-ops: unknown command "confg"; did you mean "config"?\nRun `playbook-ops --help` for the list of commands.\n',
    });
  });

  test('a command nothing is close to prints the overview after the message, on stderr', async () => {
    expect(await run(['xyzzy'], await tempDir())).toEqual({ code: 2, stdout: '', stderr: `playbook-ops: unknown command "xyzzy"\n\n${await expectedOverview()}` });
  });

  test('an option before any command is an option, suggested among --help and --version', async () => {
    const cwd = await tempDir();
    expect(await run(['--hepl'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'playbook-ops: unknown option "--hepl"; did you mean "--help"?\nRun `playbook-ops --help` for the list of commands.\n',
    });
    expect((await run(['--verson'], cwd)).stderr).toBe('playbook-ops: unknown option "--verson"; did you mean "--version"?\nRun `playbook-ops --help` for the list of commands.\n');
    expect(await run(['--colour'], cwd)).toEqual({ code: 2, stdout: '', stderr: `playbook-ops: unknown option "--colour"\n\n${await expectedOverview()}` });
    // An option is never taken for a command it is close to.
    expect((await run(['-init'], cwd)).stderr).toBe(`playbook-ops: unknown option "-init"\n\n${await expectedOverview()}`);
  });

  test('a name inherited from Object is no command', async () => {
    expect((await run(['constructor'], await tempDir())).stderr).toBe(`playbook-ops: unknown command "constructor"\n\n${await expectedOverview()}`);
  });

  test('control characters in what was typed print escaped', async () => {
    expect((await run(['a\u001bb'], await tempDir())).stderr).toMatch(/^playbook-ops: unknown command "a\\u001bb"\n/);
  });

  test('an unknown option of a command names its closest option', async () => {
    expect(await run(['render', '--outt', 'docs'], await tempDir())).toEqual(usage('render', 'unknown option "--outt"; did you mean "--out"?'));
  });

  test('an unknown option nothing is close to, or a one-letter one, gets the list of the command\'s options, long then short', async () => {
    const cwd = await tempDir();
    const options = 'the options are --out, --owner, --reviewed, --force, --report, --help, -o, -h';
    expect(await run(['import', '--colour'], cwd)).toEqual(usage('import', `unknown option "--colour"; ${options}`));
    expect(await run(['import', '-x', 'a.md'], cwd)).toEqual(usage('import', `unknown option "-x"; ${options}`));
    expect(await run(['render', '--0\u001b'], cwd)).toEqual(usage('render', 'unknown option "--0\\u001b"; the options are --out, --help, -h'));
  });

  test('an option missing its value is a usage error with parseArgs\' own message', async () => {
    expect(await run(['render', '--out'], await tempDir())).toEqual(usage('render', "Option '--out <value>' argument missing"));
  });

  test('a value given to a boolean option is a usage error', async () => {
    expect(await run(['validate', '--strict=yes'], await tempDir())).toEqual(usage('validate', "Option '--strict' does not take an argument"));
  });

  test('more arguments than the command takes name the first one too many', async () => {
    const cwd = await tempDir();
    expect(await run(['validate', 'a', 'b', 'c'], cwd)).toEqual(usage('validate', 'unexpected argument "b"'));
    expect(await run(['simulate', 'x'], cwd)).toEqual(usage('simulate', 'unexpected argument "x"'));
  });

  test('an error that is no usage error is thrown, not printed', async () => {
    // A command that fails for a reason of its own (here a stand-in for demo) lets the error through.
    const original = commandLoaders.demo!;
    commandLoaders.demo = async () => ({ ...(await original()), run: async () => Promise.reject(new Error('boom')) });
    try {
      await expect(run(['demo'], await tempDir())).rejects.toThrow('boom');
    } finally {
      commandLoaders.demo = original;
    }
  });
});
