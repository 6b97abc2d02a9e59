import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { renderPlaybookSet } from '../../render/playbook-docs.js';
import { type Command, UsageError } from '../command.js';
import { loadDir } from '../playbook-dir.js';

const HELP = `Usage: playbook-ops render [dir] --out DIR

Renders a playbook set to Markdown documents that a person reads instead of the YAML: the
most important facts first, tables for severities, escalation and contacts, durations in
words ("15 min", "48 h after resolution"), placeholders such as [Phone Number] marked as
still to be filled in. The set is validated first; nothing is written when it has errors.

Files written below DIR (existing files of the same name are replaced, others are left alone):
  README.md            the index: overview, severities at a glance, documents, reviews
  severities.md        criteria, response times, update cadence, post-mortem rule per severity
  roles.md             roles, responsibilities and how to assign them
  process.md           the phases with their numbered steps and task lists
  escalation.md        technical levels and management escalation, with the contacts named
  communication.md     status-update cadence, channels, external audiences
  contacts.md          every contact with GitHub handle, phone and e-mail
  postmortem.md        when a post-mortem is due and what it covers
  tools.md             tools and resources by category
  scenarios/<id>.md    one per scenario: symptoms, ordered response steps, owner role

Arguments:
  dir                 The playbook directory. Default: playbooks (relative to the current
                      directory).

Options:
  --out DIR           Where to write the documents (required); created when missing.
  -h, --help          Show this help.

Exit status:
  0  every document was written
  1  the set has errors (printed on stderr as \`playbook-ops validate\` prints them)
  2  usage error: unknown option, --out missing, or dir does not exist
`;

/** `file` as the user would type it: relative to the working directory when it is inside it. */
function shown(file: string, cwd: string): string {
  const path = relative(cwd, file);
  return path.startsWith('..') || isAbsolute(path) ? file : path.split(sep).join('/');
}

/** `playbook-ops render [dir] --out DIR`: write the set as Markdown documents. */
export const renderCommand: Command = {
  name: 'render',
  summary: 'render the playbook set to Markdown documents people can read',
  help: HELP,
  options: { out: { type: 'string' } },
  maxPositionals: 1,
  run: async (args, io) => {
    const out = args.values.out;
    if (typeof out !== 'string' || out === '') throw new UsageError('--out DIR is required: where to write the documents');
    const dir = args.positionals[0] ?? 'playbooks';
    const set = await loadDir(dir, io, 'nothing was rendered');
    if (set === null) return 1;
    const outDir = resolve(io.cwd, out);
    const documents = renderPlaybookSet(set);
    for (const document of documents) {
      const file = join(outDir, ...document.path.split('/'));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, document.markdown);
      io.stdout(`wrote ${shown(file, io.cwd)}\n`);
    }
    io.stdout(`${documents.length} documents rendered from ${dir}\n`);
    return 0;
  },
};
