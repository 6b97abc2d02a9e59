import { resolve } from 'node:path';
import { parseCalendarDate } from '../../config/calendar-date.js';
import type { Diagnostic } from '../../config/diagnostic.js';
import { formatDiagnostics, summarizeDiagnostics } from '../../config/format-diagnostics.js';
import { escapeControls, neutralizeCommands } from '../../config/printable.js';
import { relocateDiagnostics } from '../../config/relocate-diagnostics.js';
import { validatePlaybooks } from '../../config/validate-playbooks.js';
import { importMarkdown } from '../../import/import-markdown.js';
import { MarkdownTooLargeError } from '../../import/markdown-tree.js';
import { SourceNotUtf8Error, readMarkdownSource } from '../../import/read-source.js';
import { formatNote } from '../../import/notes.js';
import { renderSet } from '../../import/render-set.js';
import { mappingReport } from '../../import/mapping-report.js';
import { OutputDirectoryError, writeNoFollow, writeSet } from '../../import/write-set.js';
import { packageRoot } from '../../package-root.js';
import { type CliIO, type Command, type CommandArgs, UsageError } from '../command.js';

const HELP = `Usage: playbook-ops import FILE.md --out DIR [--owner HANDLE] [--reviewed YYYY-MM-DD] [--report REPORT.md] [--force]

Turns a Markdown incident playbook into a playbook set: settings.yaml, roles.yaml,
severities.yaml, process.yaml, scenarios/<id>.yaml, communication.yaml, escalation.yaml,
contacts.yaml, postmortem.yaml and tools.yaml, the layout of playbook-ops' playbooks/.

Sections are recognised by what their headings mean, in any order, at any level, numbered or
not, as ATX (#) or setext (===) headings or bold lines: overview, roles ("Who does what"),
severities ("Severity", "Priorities", "Impact levels"), the response process or phases,
scenarios ("Runbooks", "Playbooks", "Handling procedures"), communication, escalation, contacts
("On-call", "Points of contact"), post-incident process, tools and review. Content is read from
lists (nested, numbered, task lists, "**Term**: text", "Term — text") and from tables found by
their header words ("Severity | Meaning | Acknowledge within | Update every", "Role |
Responsibilities | Who", "Tier | Who | Paged after", "Name | GitHub | Phone"). Levels may be
SEV-0..SEV-5, S1..S4, P1..P4 or Critical/High/Medium/Low; they become sev-1, sev-2, ... in order
of severity. Times in words ("within 30 minutes", "every hour", "1 business day", "after 10
minutes without acknowledgement", "immediately") become durations (30m, 1h, 1d, 10m, 0m).
GitHub handles (@user, @org/team, also in code spans) name contacts and whom escalation pages.
Placeholders such as [Phone Number] are kept.

Nothing is dropped silently. The report lists, with the source line:
  FILE.md:LINE  not imported  what    a section, paragraph or list item no document took, or
                                      a run of nested quotes or lists too long to read whole
  FILE.md:LINE  assumed       what    a value the source does not give (e.g. escalation
                                      delays, which default to 0m, 30m, 1h and 2h), or
                                      one it gives in another form (P1 written as sev-1)
  FILE.md       missing       what    something the source lacks; a placeholder is written
                                      where the schema allows one
Then the written set is validated as \`playbook-ops validate DIR\` would, and the errors and
a summary of the warnings are printed.

Arguments:
  FILE.md                The Markdown playbook to import, in UTF-8, at most 1 MiB.

Options:
  -o, --out DIR          The directory to write the set to (required). Created if missing;
                         it must be empty unless --force is given.
  --owner HANDLE         The GitHub user or team (@user or @org/team) written as the owner
                         in every file's review block. Default: the placeholder [Owner].
  --reviewed YYYY-MM-DD  The last_reviewed date of every file. Default: today.
  --report REPORT.md     Also write the report as a Markdown document: a table of every
                         value written (source line, file, field, value), then what was
                         assumed, not imported and missing. Never written through a
                         symbolic link.
  --force                Write into a directory that is not empty, overwriting the files of
                         the set; other files are kept (and listed, as validate reads them).
                         A symbolic link where a file of the set goes (or on its way) is
                         never written through, even with --force: remove it first.
  -h, --help             Show this help.

Exit status:
  0  the imported set validates without errors (warnings, e.g. placeholders, allowed)
  1  the imported set has validation errors
  2  usage error: no FILE.md, it cannot be read, is not UTF-8 or is over 1 MiB, no
     --out, a bad --owner or --reviewed, DIR is not empty without --force, a symbolic
     link stands where the set or the report is written, or the report cannot be written
`;

/** A report line naming files (their names are anyone's): see config/printable.ts. */
function printable(line: string): string {
  return neutralizeCommands(escapeControls(line));
}

const HANDLE = /^@[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:\/[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)?$/;

/** Today's date where the user is: the default review date. */
function today(): string {
  const now = new Date();
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The command line, checked up front with messages that say how to fix it. */
function readArgs(args: CommandArgs): { file: string; out: string; owner: string; reviewed: string; force: boolean; report: string | null } {
  const [file] = args.positionals;
  if (file === undefined) throw new UsageError('missing FILE.md: name the Markdown playbook to import');
  const { out, owner, reviewed, force, report } = args.values;
  if (report !== undefined && (typeof report !== 'string' || report === '')) throw new UsageError('missing the file after --report: name the Markdown file to write the report to');
  if (typeof out !== 'string' || out === '') throw new UsageError('missing --out DIR: name the directory to write the playbook set to');
  if (owner !== undefined && (typeof owner !== 'string' || !HANDLE.test(owner))) {
    throw new UsageError(`--owner "${String(owner)}" is not a GitHub handle: write @user or @org/team`);
  }
  if (reviewed !== undefined && (typeof reviewed !== 'string' || parseCalendarDate(reviewed) === null)) {
    throw new UsageError(`--reviewed "${String(reviewed)}" is not a date: write YYYY-MM-DD, e.g. 2026-11-27`);
  }
  return {
    file,
    out,
    owner: typeof owner === 'string' ? owner : '[Owner]',
    reviewed: typeof reviewed === 'string' ? reviewed : today(),
    force: force === true,
    report: typeof report === 'string' ? report : null,
  };
}

/** Errors in full, warnings counted by rule: placeholders alone can be dozens of lines. */
function printValidation(diagnostics: readonly Diagnostic[], fileCount: number, out: string, io: CliIO): void {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === 'warning');
  io.stdout(`\nValidation of ${out}:\n`);
  io.stdout(formatDiagnostics(errors, 'text'));
  const byRule = new Map<string, number>();
  for (const warning of warnings) byRule.set(warning.rule, (byRule.get(warning.rule) ?? 0) + 1);
  if (byRule.size > 0) {
    const counts = [...byRule].sort(([a], [b]) => a.localeCompare(b)).map(([rule, count]) => `${count} ${rule}`);
    io.stdout(`warnings: ${counts.join(', ')} (run \`playbook-ops validate ${out}\` to list them)\n`);
  }
  io.stdout(`${summarizeDiagnostics(diagnostics, fileCount)}\n`);
}

/** `playbook-ops import FILE.md --out DIR`: Markdown playbook → YAML playbook set, then validate it. */
export const importCommand: Command = {
  name: 'import',
  summary: 'turn a Markdown playbook into a YAML playbook set, reporting what it could not map',
  help: HELP,
  options: {
    out: { type: 'string', short: 'o' },
    owner: { type: 'string' },
    reviewed: { type: 'string' },
    force: { type: 'boolean' },
    report: { type: 'string' },
  },
  maxPositionals: 1,
  run: async (args, io) => {
    const { file, out, owner, reviewed, force, report } = readArgs(args);
    let markdown: string;
    try {
      // Bounded: the reader is linear, but a file of gigabytes (or /dev/zero) is still no playbook.
      markdown = await readMarkdownSource(resolve(io.cwd, file), file);
    } catch (error) {
      if (error instanceof MarkdownTooLargeError || error instanceof SourceNotUtf8Error) throw new UsageError(`cannot import "${escapeControls(file)}": ${error.message}`, { cause: error });
      throw new UsageError(`cannot read "${escapeControls(file)}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
    }
    const outDir = resolve(io.cwd, out);
    let result: ReturnType<typeof importMarkdown>;
    try {
      result = importMarkdown(markdown, { owner, reviewed });
    } catch (error) {
      if (error instanceof MarkdownTooLargeError) throw new UsageError(`cannot import "${escapeControls(file)}": ${error.message}`, { cause: error });
      throw error;
    }
    const texts = renderSet(result.files, outDir, packageRoot(), file);
    let kept: string[];
    try {
      ({ kept } = await writeSet(outDir, texts, force, (path) => io.stdout(`${printable(`wrote ${out.replace(/\/+$/, '')}/${path}`)}\n`)));
    } catch (error) {
      if (error instanceof OutputDirectoryError) throw new UsageError(error.message, { cause: error });
      throw error;
    }
    for (const path of kept) io.stdout(`${printable(`kept  ${out.replace(/\/+$/, '')}/${path} (not written by this import; validate reads it too)`)}\n`);
    if (result.notes.length > 0) {
      io.stdout(`\n${result.notes.length} ${result.notes.length === 1 ? 'note' : 'notes'} on ${file}:\n`);
      io.stdout(result.notes.map((note) => `${formatNote(file, note)}\n`).join(''));
    }
    // The real clock is read here, at the edge, as `validate` does, so an old --reviewed is reported.
    const validation = await validatePlaybooks(outDir, { now: new Date() });
    const diagnostics = relocateDiagnostics(validation.diagnostics, out, io.cwd);
    printValidation(diagnostics, validation.files.length, out, io);
    if (report !== null) {
      const text = mappingReport({ source: file, out, markdown, mapping: result.mapping, notes: result.notes, validation: summarizeDiagnostics(diagnostics, validation.files.length) });
      try {
        await writeNoFollow(resolve(io.cwd, report), text, `"${escapeControls(report)}" is a symbolic link; the report is never written through one: remove it, or name another file`);
      } catch (error) {
        if (error instanceof OutputDirectoryError) throw new UsageError(error.message, { cause: error });
        throw new UsageError(`cannot write the report "${escapeControls(report)}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
      }
      io.stdout(`${printable(`wrote the report to ${report}`)}\n`);
    }
    return diagnostics.some((diagnostic) => diagnostic.severity === 'error') ? 1 : 0;
  },
};
