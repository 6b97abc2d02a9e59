import { resolve } from 'node:path';
import { parseCalendarDate } from '../../config/calendar-date.js';
import { formatDiagnostics } from '../../config/format-diagnostics.js';
import { relocateDiagnostics } from '../../config/relocate-diagnostics.js';
import { DEFAULT_ACTION, DEFAULT_BOT_LOGIN } from '../../scaffold/workflows.js';
import { type CliIO, type Command, type CommandArgs, UsageError } from '../command.js';

const HANDLE = /^@[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:\/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?$/;

const HELP = `Usage: playbook-ops init [dir] [--playbooks DIR] [--owner HANDLE[,HANDLE...]] [--action REF]
                        [--bot-login LOGIN] [--reviewed YYYY-MM-DD] [--force]

Sets up the repository in dir (default: the current directory) to run incidents with playbook-ops:
  <playbooks>/               the default playbook set, each file's schema comment pointing at
  <playbooks>/.schemas/      a copy of the JSON Schemas beside them (editor completion, offline)
  .github/ISSUE_TEMPLATE/incident.yml   the issue form, generated from the playbooks
  .github/CODEOWNERS                    review.owners of each file (a marked block)
  .github/workflows/incidents.yml       issue events and merged post-mortems
  .github/workflows/incident-sweep.yml  deadlines on a clock (off while none is pending)
  .github/workflows/incident-sweep-wake.yml  turns the sweep on once a day
  .github/workflows/playbook-check.yml  playbook pull requests reviewed like code
A file that already exists is kept (and listed) unless --force; a symbolic link is never written
through. Prints what it wrote and the next steps.

Options:
  --playbooks DIR      The playbook directory inside the repository (default: playbooks)
  --owner HANDLES      Comma-separated GitHub users or teams (@user, @org/team) written as every
                       file's review.owners (default: the [Owner] placeholder)
  --action REF         The Action the workflows use (default: playbook-ops/playbook-ops@v1; a
                       commit SHA pins it: playbook-ops/playbook-ops@<sha>)
  --bot-login LOGIN    The identity the workflows' token acts as (default: github-actions[bot])
  --reviewed DATE      The last_reviewed date written into every file (default: today, UTC)
  --force              Overwrite files that exist (CODEOWNERS keeps its own lines)
  -h, --help           Show this help

Exit status: 0 success, 1 the playbooks in the repository have errors (the form and CODEOWNERS
were not generated), 2 usage error or a path init cannot write.
`;

interface Parsed {
  root: string;
  playbooks: string;
  owners: string[];
  action: string;
  botLogin: string;
  reviewed: string;
  force: boolean;
}

function text(args: CommandArgs, name: string, fallback: string): string {
  const value = args.values[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} needs a value`);
  return value;
}

function readArgs(args: CommandArgs, now: Date): Parsed {
  const ownersText = text(args, 'owner', '');
  const owners = ownersText === '' ? [] : ownersText.split(',').map((owner) => owner.trim());
  const bad = owners.find((owner) => !HANDLE.test(owner));
  if (bad !== undefined) throw new UsageError(`--owner "${bad}" is not a GitHub handle: write @user or @org/team`);
  const reviewed = text(args, 'reviewed', now.toISOString().slice(0, 10));
  if (parseCalendarDate(reviewed) === null) throw new UsageError(`--reviewed "${reviewed}" is not a date: write YYYY-MM-DD, e.g. 2026-11-27`);
  return {
    root: args.positionals[0] ?? '.',
    playbooks: text(args, 'playbooks', 'playbooks'),
    owners,
    action: text(args, 'action', DEFAULT_ACTION),
    botLogin: text(args, 'bot-login', DEFAULT_BOT_LOGIN),
    reviewed,
    force: args.values.force === true,
  };
}

function list(io: CliIO, heading: string, paths: readonly string[]): void {
  if (paths.length > 0) io.stdout(`${heading}\n${paths.map((path) => `  ${path}\n`).join('')}`);
}

/** `playbook-ops init`: the playbooks, schemas, issue form, CODEOWNERS and workflows of a repository. */
export const initCommand: Command = {
  name: 'init',
  summary: 'Set up a repository: default playbooks, schemas, issue form, CODEOWNERS and workflows',
  help: HELP,
  options: {
    playbooks: { type: 'string' },
    owner: { type: 'string' },
    action: { type: 'string' },
    'bot-login': { type: 'string' },
    reviewed: { type: 'string' },
    force: { type: 'boolean' },
  },
  maxPositionals: 1,
  run: async (args, io) => {
    const now = new Date();
    const parsed = readArgs(args, now);
    const { init } = await import('../../scaffold/init.js');
    const { ScaffoldError } = await import('../../scaffold/scaffold-error.js');
    const { nextSteps } = await import('../../scaffold/next-steps.js');
    let result;
    try {
      result = await init(resolve(io.cwd, parsed.root), { ...parsed, now });
    } catch (error) {
      if (error instanceof ScaffoldError) throw new UsageError(error.message, { cause: error });
      throw error;
    }
    list(io, 'Wrote:', result.written);
    list(io, 'Already up to date:', result.unchanged);
    list(io, 'Kept (they exist with other content; --force overwrites them):', result.kept);
    const playbookDir = [parsed.root, result.playbooks].filter((part) => part !== '' && part !== '.').join('/') || '.';
    if (result.set === null) {
      const errors = relocateDiagnostics(result.diagnostics, resolve(io.cwd, playbookDir), io.cwd).filter((diagnostic) => diagnostic.severity === 'error');
      io.stderr(formatDiagnostics(errors, 'text'));
      io.stderr(`${errors.length} ${errors.length === 1 ? 'error' : 'errors'} in ${playbookDir}: the issue form and CODEOWNERS were not generated; fix them and run init again.\n`);
      return 1;
    }
    io.stdout(`\n${nextSteps(result)}`);
    return 0;
  },
};
