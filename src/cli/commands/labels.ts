import type { OctokitOptions } from '../../github/octokit.js';
import { type CliIO, type Command, type CommandArgs, UsageError } from '../command.js';
import { loadDir } from '../playbook-dir.js';

const HELP = `Usage: playbook-ops labels sync [dir] --repo OWNER/NAME [--api-url URL] [--dry-run]

Creates or updates, through the GitHub API, the labels the playbook set in dir (default: playbooks)
uses: the incident label, one per severity, one per scenario (scenario:<id>), and the labels the bot
sets as records (response time missed, post-mortem overdue), with colours and with descriptions from
the playbooks. A label that exists under another case (SEV-1) is renamed to the playbooks' name.
Labels the playbooks do not name are left alone. Running it again changes nothing.

The token is read from the environment variable GITHUB_TOKEN (it needs issues: write, or a
fine-grained token with Issues: read and write).

Options:
  --repo OWNER/NAME   The repository whose labels to sync
  --api-url URL       The REST API's base URL (default: $GITHUB_API_URL, else https://api.github.com;
                      GitHub Enterprise Server: https://HOST/api/v3; the emulator's URL for a try-out)
  --dry-run           Print what would change and change nothing
  -h, --help          Show this help

Exit status: 0 success, 1 playbook errors or a failed request, 2 usage error (no GITHUB_TOKEN,
no --repo).
`;

/** The environment the command reads its token and default API URL from; injected by tests. */
export interface LabelsEnv {
  GITHUB_TOKEN?: string | undefined;
  GITHUB_API_URL?: string | undefined;
}

function readArgs(args: CommandArgs, env: LabelsEnv): { dir: string; owner: string; repo: string; apiUrl: string; token: string; dryRun: boolean } {
  const [subcommand, dir] = args.positionals;
  if (subcommand !== 'sync') throw new UsageError(subcommand === undefined ? 'missing subcommand: playbook-ops labels sync' : `unknown subcommand "${subcommand}": the one there is, is sync`);
  const repoArg = args.values.repo;
  const match = typeof repoArg === 'string' ? /^([A-Za-z0-9-]+)\/([\w.-]+)$/.exec(repoArg) : null;
  if (match === null) throw new UsageError(repoArg === undefined ? 'missing --repo OWNER/NAME: name the repository whose labels to sync' : `--repo must be OWNER/NAME, got "${String(repoArg)}"`);
  const token = env.GITHUB_TOKEN ?? '';
  if (token === '') throw new UsageError('GITHUB_TOKEN is not set: export a token with issues: write (for example GITHUB_TOKEN=$(gh auth token))');
  const apiArg = args.values['api-url'];
  const apiUrl = typeof apiArg === 'string' ? apiArg : env.GITHUB_API_URL ?? 'https://api.github.com';
  if (!/^https?:\/\/\S+$/.test(apiUrl)) throw new UsageError(`--api-url must be an http(s) URL, got "${apiUrl}"`);
  return { dir: dir ?? 'playbooks', owner: match[1]!, repo: match[2]!, apiUrl: apiUrl.replace(/\/+$/, ''), token, dryRun: args.values['dry-run'] === true };
}

function line(io: CliIO, text: string): void {
  io.stdout(`${text}\n`);
}

/**
 * `playbook-ops labels` with the environment `env` (the CLI passes process.env) and `client`
 * options for its Octokit (tests against the emulator turn pacing off and shorten back-off).
 */
export function labelsCommandWith(env: LabelsEnv, client: Partial<Pick<OctokitOptions, 'pace' | 'retryAfterUnitMs'>> = {}): Command {
  return {
    name: 'labels',
    summary: 'Create or update the labels the playbooks use (labels sync)',
    help: HELP,
    options: { repo: { type: 'string' }, 'api-url': { type: 'string' }, 'dry-run': { type: 'boolean' } },
    maxPositionals: 2,
    run: async (args, io) => {
      const options = readArgs(args, env);
      const set = await loadDir(options.dir, io, 'no labels were synced');
      if (set === null) return 1;
      const { labelSpecs } = await import('../../scaffold/label-specs.js');
      const { createOctokit } = await import('../../github/octokit.js');
      const { applyLabelSync, planLabelSync } = await import('../../github/sync-labels.js');
      const octokit = createOctokit({ ...client, token: options.token, baseUrl: options.apiUrl, log: { info: () => {}, warning: (message) => io.stderr(`warning: ${message}\n`) } });
      const repository = { owner: options.owner, repo: options.repo };
      try {
        const planned = await planLabelSync(octokit, repository, labelSpecs(set));
        const changes = options.dryRun ? planned : await applyLabelSync(octokit, repository, planned);
        const verb = options.dryRun ? { create: 'would create', update: 'would update' } : { create: 'created', update: 'updated' };
        for (const change of changes) {
          if (change.kind === 'create') line(io, `${verb.create} ${change.spec.name} (#${change.spec.color}: ${change.spec.description})`);
          if (change.kind === 'update') {
            const what = (['name', 'color', 'description'] as const).filter((key) => change.current[key] !== change.spec[key]);
            line(io, `${verb.update} ${change.spec.name}: ${what.map((key) => `${key} ${JSON.stringify(change.current[key])} → ${JSON.stringify(change.spec[key])}`).join(', ')}`);
          }
        }
        const count = (kind: string): number => changes.filter((change) => change.kind === kind).length;
        line(io, `${options.owner}/${options.repo}: ${count('create')} ${options.dryRun ? 'to create' : 'created'}, ${count('update')} ${options.dryRun ? 'to update' : 'updated'}, ${count('unchanged')} unchanged`);
        return 0;
      } catch (error) {
        const status = (error as { status?: unknown }).status;
        const hint = status === 401 ? ' (check GITHUB_TOKEN)' : status === 403 ? ' (the token needs issues: write on the repository)' : status === 404 ? ' (check --repo, and that the token can see the repository)' : '';
        io.stderr(`playbook-ops labels sync: ${(error as Error).message}${hint}\n`);
        return 1;
      }
    },
  };
}

/** `playbook-ops labels sync`: the labels the playbooks use, created or updated through the API. */
export const labelsCommand: Command = labelsCommandWith(process.env);
