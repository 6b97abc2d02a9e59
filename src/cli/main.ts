import { parseArgs } from 'node:util';
import { type CliIO, type Command, UsageError } from './command.js';
import { commandLoaders } from './commands/index.js';

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
    'Run `playbook-ops <command> --help` for the options of a command.',
    '',
  ].join('\n');
}

async function runCommand(command: Command, argv: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs({
    args: argv,
    options: { ...command.options, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (parsed.values.help) {
    io.stdout(command.help.endsWith('\n') ? command.help : `${command.help}\n`);
    return 0;
  }
  if (parsed.positionals.length > command.maxPositionals) {
    throw new UsageError(`unexpected argument "${parsed.positionals[command.maxPositionals]!}"`);
  }
  return command.run(parsed, io);
}

/** Runs the CLI with `argv` (without the node and script paths) and returns the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(await overview());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    const { version } = await import('./version.js');
    io.stdout(`${version}\n`);
    return 0;
  }
  const load = Object.hasOwn(commandLoaders, name) ? commandLoaders[name] : undefined;
  if (load === undefined) {
    io.stderr(`playbook-ops: unknown command "${name}"\n\n${await overview()}`);
    return 2;
  }
  const command = await load();
  try {
    return await runCommand(command, rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`playbook-ops ${name}: ${(error as Error).message}\nRun \`playbook-ops ${name} --help\` for usage.\n`);
      return 2;
    }
    throw error;
  }
}
