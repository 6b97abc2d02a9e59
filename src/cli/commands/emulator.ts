import { resolve } from 'node:path';
import { type CliIO, type Command, type CommandArgs, UsageError } from '../command.js';
import { BOT_TOKEN, type Emulator, INVALID_RESPONSE, PERMISSIONS, type Permission, type ValidationIssue, createEmulator } from '../../emulator/index.js';

const DEFAULT_REPO = 'acme/shop';

const HELP = `Usage: playbook-ops emulator [--port N] [--state FILE] [--repo OWNER/NAME ...] [--user LOGIN:PERMISSION ...]

Runs a local GitHub REST emulator on 127.0.0.1 until interrupted (Ctrl-C): the issues, labels,
comments, assignees, events, timeline, collaborator-permission, contents, git, pulls, reviews and
check-runs endpoints playbook-ops uses, checked against GitHub's OpenAPI description. Each request
is printed as it is answered. A response of the emulator's own that does not match the description
is answered with a 500 instead, and printed as an error line.

Options:
  --port N                   Port to listen on (default 0: any free port; the URL is printed).
  --state FILE               Load the state from FILE when it exists, and save it there after every
                             write, so a restart keeps issues, comments and commits.
  --repo OWNER/NAME          A repository to create if the state does not have it (repeatable).
                             Without --repo and without a repository in the state: ${DEFAULT_REPO}.
  --user LOGIN:PERMISSION    A collaborator of every --repo (of every repository without --repo),
                             PERMISSION one of ${PERMISSIONS.join(', ')} (repeatable). Requests with
                             the token LOGIN-token act as LOGIN.
  -h, --help                 Show this help.

Requests with the token ${BOT_TOKEN}, or any token not given to a user, act as github-actions[bot].

Examples:
  playbook-ops emulator --port 3000 --repo acme/shop --user alice:admin --user bob:triage
  playbook-ops emulator --state .emulator.json
`;

/** An option's value as util.parseArgs gives it: a string, or strings for a repeated option. */
type OptionValue = string | boolean | (string | boolean)[] | undefined;

function asList(value: OptionValue): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

function parsePort(value: OptionValue): number {
  if (value === undefined) return 0;
  // Digits only: Number() also reads "" as 0 (any port), and "0x50" or "1e3" as numbers.
  const port = /^\d{1,5}$/.test(String(value)) ? Number(value) : -1;
  if (port < 0 || port > 65535) throw new UsageError(`--port must be a port number (0-65535), got "${String(value)}"`);
  return port;
}

function parseRepo(value: string): { owner: string; name: string } {
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(value);
  if (match === null) throw new UsageError(`--repo must be OWNER/NAME, got "${value}"`);
  return { owner: match[1]!, name: match[2]! };
}

function parseUser(value: string): { login: string; permission: Permission } {
  const [login = '', permission, ...rest] = value.split(':');
  if (login === '' || rest.length > 0 || !PERMISSIONS.includes(permission as Permission)) {
    throw new UsageError(`--user must be LOGIN:PERMISSION with PERMISSION one of ${PERMISSIONS.join(', ')}, got "${value}"`);
  }
  return { login, permission: permission as Permission };
}

/** The error line for a response that does not match GitHub's description (a bug of the emulator). */
function invalidResponseLine(issue: ValidationIssue): string {
  return `error: ${issue.method} ${issue.path} (${issue.operationId}, ${issue.status}): ${INVALID_RESPONSE}: ${issue.errors.join('; ')}\n`;
}

/** Resolves on the first SIGINT or SIGTERM. */
function interrupted(): Promise<void> {
  return new Promise((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function describe(emulator: Emulator, users: Array<{ login: string; permission: Permission }>): string {
  const repos = Object.values(emulator.state.repos).map((repo) => `${repo.owner}/${repo.name} (default branch ${repo.defaultBranch})`);
  // run() seeds a repository before it describes the emulator, so there is always a first.
  const first = Object.values(emulator.state.repos)[0]!;
  const example = `${first.owner}/${first.name}`;
  const tokens = [`${BOT_TOKEN} (or any other token) -> github-actions[bot]`, ...users.map((user) => `${user.login}-token -> ${user.login} (${user.permission})`)];
  return [
    `GitHub REST emulator listening on ${emulator.url}`,
    `Repositories: ${repos.join(', ')}`,
    `Tokens: ${tokens.join('; ')}`,
    '',
    'Point Octokit at it:',
    `  new Octokit({ baseUrl: '${emulator.url}', auth: '${BOT_TOKEN}' })`,
    'Point the Action or a script at it:',
    `  GITHUB_API_URL=${emulator.url}`,
    'Point gh at it (gh only takes a full http:// URL, not a host):',
    `  GH_ENTERPRISE_TOKEN=${BOT_TOKEN} gh api ${emulator.url}/repos/${example}/issues`,
    'Or curl:',
    `  curl -H 'Authorization: token ${BOT_TOKEN}' ${emulator.url}/repos/${example}/issues`,
    '',
    'Press Ctrl-C to stop.',
    '',
  ].join('\n');
}

async function run(args: CommandArgs, io: CliIO): Promise<number> {
  const port = parsePort(args.values.port);
  const repos = asList(args.values.repo).map(parseRepo);
  const users = asList(args.values.user).map(parseUser);
  const statePath = typeof args.values.state === 'string' ? resolve(io.cwd, args.values.state) : undefined;
  const emulator = await createEmulator({
    port,
    ...(statePath === undefined ? {} : { persistPath: statePath }),
    onRequest: (request) => io.stdout(`${request.method} ${request.path} -> ${request.status}${request.user === null ? '' : ` (${request.user})`}\n`),
    onValidationIssue: (issue) => {
      if (issue.kind === 'response') io.stderr(invalidResponseLine(issue));
    },
  });
  try {
    const wanted = repos.length > 0 || Object.keys(emulator.state.repos).length > 0 ? repos : [parseRepo(DEFAULT_REPO)];
    for (const repo of wanted) {
      if (emulator.state.repos[`${repo.owner}/${repo.name}`.toLowerCase()] === undefined) emulator.seed.repo(repo.owner, repo.name);
    }
    const targets = repos.length > 0 ? repos.map((repo) => `${repo.owner}/${repo.name}`) : Object.values(emulator.state.repos).map((repo) => `${repo.owner}/${repo.name}`);
    for (const user of users) {
      emulator.seed.token(`${user.login}-token`, user.login);
      for (const target of targets) emulator.seed.collaborator(target, user.login, user.permission);
    }
    io.stdout(describe(emulator, users));
    await interrupted();
    io.stdout('Stopping the emulator.\n');
    return 0;
  } finally {
    await emulator.close();
  }
}

/** `playbook-ops emulator`: a local GitHub REST emulator for trying playbook-ops without GitHub. */
export const emulatorCommand: Command = {
  name: 'emulator',
  summary: 'Run a local GitHub REST emulator to try playbook-ops against',
  help: HELP,
  options: {
    port: { type: 'string' },
    state: { type: 'string' },
    repo: { type: 'string', multiple: true },
    user: { type: 'string', multiple: true },
  },
  maxPositionals: 0,
  run,
};
