import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { type Command, UsageError } from '../command.js';
import { loadDir } from '../playbook-dir.js';

/** `playbook-ops issue-form`: the incident issue form generated from the playbooks. */
export const issueFormCommand: Command = {
  name: 'issue-form',
  summary: 'Generate the incident issue form (.github/ISSUE_TEMPLATE/incident.yml) from the playbooks',
  help: `Usage: playbook-ops issue-form [dir] [--out FILE] [--check]

Generates the GitHub issue form for declaring incidents from the playbook set in dir (default:
playbooks), so its severities and scenarios are always the configured ones.

Options:
  --out FILE   Write the form to FILE (usually .github/ISSUE_TEMPLATE/incident.yml) instead of printing it
  --check      With --out: write nothing; exit 1 when FILE differs from what would be generated
  -h, --help   Show this help

Exit status: 0 success, 1 playbook errors or (with --check) an out-of-date form, 2 usage error.
`,
  options: { out: { type: 'string' }, check: { type: 'boolean' } },
  maxPositionals: 1,
  run: async (args, io) => {
    const { issueForm } = await import('../../markdown/issue-form.js');
    const outArg = typeof args.values.out === 'string' ? args.values.out : null;
    if (args.values.check === true && outArg === null) throw new UsageError('--check needs --out FILE to compare with');
    const set = await loadDir(args.positionals[0] ?? 'playbooks', io, 'no form was generated');
    if (set === null) return 1;
    const form = issueForm(set);
    if (outArg === null) {
      io.stdout(form);
      return 0;
    }
    const out = resolve(io.cwd, outArg);
    if (args.values.check === true) {
      const current = await readFile(out, 'utf8').catch(() => null);
      if (current === form) return 0;
      io.stderr(`${outArg} is out of date with the playbooks: run \`npx playbook-ops issue-form ${args.positionals[0] ?? 'playbooks'} --out ${outArg}\` and commit it.\n`);
      return 1;
    }
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, form);
    io.stdout(`wrote ${outArg}\n`);
    return 0;
  },
};
