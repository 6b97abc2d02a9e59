import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { type Command, UsageError } from '../command.js';
import { loadDir } from '../playbook-dir.js';

/** `playbook-ops codeowners`: CODEOWNERS entries from each playbook file's `review.owners`. */
export const codeownersCommand: Command = {
  name: 'codeowners',
  summary: 'Generate the CODEOWNERS entries that make each playbook file\'s owners review its changes',
  help: `Usage: playbook-ops codeowners [dir] [--out FILE] [--check]

Generates CODEOWNERS lines from the review.owners of each file of the playbook set in dir (default:
playbooks), so that branch protection's "Require review from Code Owners" makes them approve every
change. Run it from the repository root: paths are written relative to it. The lines sit between
"# BEGIN playbook-ops" and "# END playbook-ops"; the rest of an existing CODEOWNERS is kept.
Owners that are still placeholders ([Owner]) are left out.

Options:
  --out FILE   Write the block into FILE (usually .github/CODEOWNERS) instead of printing it
  --check      With --out: write nothing; exit 1 when FILE's block differs from what would be generated
  -h, --help   Show this help

Exit status: 0 success, 1 playbook errors or (with --check) an out-of-date block, 2 usage error.
`,
  options: { out: { type: 'string' }, check: { type: 'boolean' } },
  maxPositionals: 1,
  run: async (args, io) => {
    const { codeownersBlock, codeownersStatus, mergeCodeowners, repositoryDir } = await import('../../scaffold/codeowners.js');
    const { ScaffoldError } = await import('../../scaffold/scaffold-error.js');
    const outArg = typeof args.values.out === 'string' ? args.values.out : null;
    if (args.values.check === true && outArg === null) throw new UsageError('--check needs --out FILE to compare with');
    const dirArg = args.positionals[0] ?? 'playbooks';
    let dir: string;
    try {
      dir = repositoryDir(relative(io.cwd, resolve(io.cwd, dirArg)));
    } catch (error) {
      if (!(error instanceof ScaffoldError)) throw error;
      throw new UsageError(`${error.message}; run from the repository root`, { cause: error });
    }
    const set = await loadDir(dirArg, io, 'no CODEOWNERS entries were generated');
    if (set === null) return 1;
    const block = codeownersBlock(set, dir);
    if (outArg === null) {
      io.stdout(block);
      return 0;
    }
    const out = resolve(io.cwd, outArg);
    const current = await readFile(out, 'utf8').catch((error: unknown) => {
      if ((error as { code?: string }).code === 'ENOENT') return null;
      throw error;
    });
    if (args.values.check === true) {
      const status = codeownersStatus(current, set, dir);
      if (status === 'fresh') return 0;
      const what = status === 'missing' ? 'has no playbook-ops block' : 'is out of date with the playbooks';
      io.stderr(`${outArg} ${what}: run \`npx playbook-ops codeowners ${dir || '.'} --out ${outArg}\` and commit it.\n`);
      return 1;
    }
    const merged = mergeCodeowners(current, block);
    if (merged === current) {
      io.stdout(`${outArg} is up to date\n`);
      return 0;
    }
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, merged);
    io.stdout(`wrote ${outArg}\n`);
    return 0;
  },
};
