import { parseArgs } from 'node:util';
import { type CliIO, type Command, UsageError } from './command.js';
import { commandLoaders } from './commands/index.js';
import { unknownOptionMessage } from './unknown-option.js';
import { escapeControls } from '../config/printable.js';
import { closestMatch } from '../config/suggest.js';

async function overview(): Promise<string> {
  const commands = await Promise.all(Object.values(commandLoaders).map((load) => load()));
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    'Usage: playbook-ops <command> [options]',
    '',
    'Incident playbooks as code: validate, render and run them on GitHub issues.',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `playbook-ops <command> --help` (or `playbook-ops help <command>`) for the options of a command;',
    '`playbook-ops --version` (or -v) prints the version.',
    '',
  ].join('\n');
}

/** The option every command takes besides its own. */
const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

async function runCommand(command: Command, argv: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs({ args: argv, options: { ...command.options, ...HELP_OPTION }, allowPositionals: true, strict: true });
  if (parsed.values.help) {
    io.stdout(command.help);
    return 0;
  }
  if (parsed.positionals.length > command.maxPositionals) {
    throw new UsageError(`unexpected argument "${parsed.positionals[command.maxPositionals]!}"`);
  }
  return command.run(parsed, io);
}

/** Runs the CLI with `argv` (without the node and script paths) and returns the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [first, ...others] = argv;
  // `playbook-ops help validate` is `playbook-ops validate --help`.
  const [name, rest] = first === 'help' && others[0] !== undefined ? [others[0], ['--help']] : [first, others];
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(await overview());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    const { version } = await import('./version.js');
    io.stdout(`${version}\n`);
    return 0;
  }
  const load = Object.hasOwn(commandLoaders, name) ? commandLoaders[name] : undefined;
  if (load === undefined) {
    const shown = `"${escapeControls(name)}"`;
    const meant = closestMatch(name, name.startsWith('-') ? ['--help', '--version'] : Object.keys(commandLoaders));
    if (meant !== null) {
      const what = name.startsWith('-') ? 'option' : 'command';
      io.stderr(`playbook-ops: unknown ${what} ${shown}; did you mean "${meant}"?\nRun \`playbook-ops --help\` for the list of commands.\n`);
    } else {
      io.stderr(`playbook-ops: unknown ${name.startsWith('-') ? 'option' : 'command'} ${shown}\n\n${await overview()}`);
    }
    return 2;
  }
  const command = await load();
  try {
    return await runCommand(command, rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      const message = unknownOptionMessage(error, { ...command.options, ...HELP_OPTION }) ?? (error as Error).message;
      io.stderr(`playbook-ops ${name}: ${message}\nRun \`playbook-ops ${name} --help\` for usage.\n`);
      return 2;
    }
    throw error;
  }
}
