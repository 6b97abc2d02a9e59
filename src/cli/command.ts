import type { ParseArgsConfig } from 'node:util';

/** Where a command writes and which directory it resolves paths from; injected so tests capture it. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

/** The parsed command line of one command. */
export interface CommandArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** One `playbook-ops` command. `run` returns the exit code: 0 success, 1 failure, 2 usage error. */
export interface Command {
  name: string;
  summary: string;
  /** The usage line and the description of every argument and option, printed by `--help`; ends in a newline. */
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** How many positional arguments the command takes at most. */
  maxPositionals: number;
  run: (args: CommandArgs, io: CliIO) => Promise<number>;
}

/** Thrown by a command for a usage error: the message is printed with a pointer to `--help`. */
export class UsageError extends Error {}
