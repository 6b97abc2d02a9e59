import { statSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import type { Diagnostic } from '../../config/diagnostic.js';
import { DIAGNOSTIC_FORMATS, type DiagnosticFormat, formatDiagnostics, summarizeDiagnostics } from '../../config/format-diagnostics.js';
import { escapeControls } from '../../config/printable.js';
import { relocateDiagnostics } from '../../config/relocate-diagnostics.js';
import { checkSinkSecrets } from '../../config/sink-secrets.js';
import { validatePlaybookFile } from '../../config/validate-file.js';
import { type CliIO, type Command, UsageError } from '../command.js';
import { sourcesOf, validateDir } from '../playbook-dir.js';
import { pagingWorkflows } from '../workflow-files.js';

const HELP = `Usage: playbook-ops validate [dir|file] [--format text|github|json] [--strict]

Checks a playbook set the way a compiler checks code: every *.yaml and *.yml file below dir
(hidden directories and node_modules are skipped) is parsed within size, depth and alias limits,
checked against the JSON Schema of its kind (schemas/<kind>.schema.json), and the set is
cross-checked: references resolve, ids and labels are unique, escalation levels climb in order,
durations and dates are usable. Placeholders such as [Phone Number] and reviews past their
due date are reported as warnings, and so is a sink whose secret the paging workflows
(.github/workflows/incidents.yml, job reconcile; incident-sweep.yml, job sweep; found at or
above dir) do not pass to their playbook-ops step as env (sink-secret). Symbolic links are followed only to files inside dir; a
link that leads out of it, or a file that is not UTF-8, is an error and is not read.

One problem is reported once, where it is: a misspelt key names the key it meant; an unclosed
quote or bracket is reported where it opens; a file that does not parse is not also reported
as a missing document.

Given a file instead of a directory, checks that file alone: its YAML, its schema, its
placeholders and what needs no other file (ids unique within it, escalation order, durations,
dates). The checks that need the rest of the set (missing or duplicate documents, references to
other files, ids unique across files, an overdue review by the set's cadence) are skipped, and
a note says which.

Arguments:
  dir|file            The playbook directory, or one playbook file. Default: playbooks
                      (relative to the current directory).

Options:
  --format FORMAT     How to print the problems. Default: text.
                        text    per problem: "path:line:col  severity  rule  message", the line
                                of the file with a caret under the column, and the hint; then
                                "N errors, M warnings in K files". Paths are relative to the
                                current directory. Control characters in names, messages and
                                source lines print as escapes (\\n, \\u001b). No colour is used.
                        github  GitHub workflow commands (::error file=…,line=…,col=…,title=rule::…)
                                that show as annotations on the files in a pull request.
                        json    a JSON array of {file, line, column, severity, rule, message,
                                hint, pointer}.
  --strict            Treat every warning (placeholders still to be filled in, overdue reviews,
                      sink-secret) as an error: printed as an error, exit status 1. For CI.
  -h, --help          Show this help.

Exit status:
  0  no errors (warnings allowed, unless --strict)
  1  the set or file has errors (or, with --strict, warnings)
  2  usage error: unknown option or format, or dir or file does not exist
`;

function parseFormat(value: string | boolean | undefined): DiagnosticFormat {
  if (value === undefined) return 'text';
  if (typeof value === 'string' && (DIAGNOSTIC_FORMATS as readonly string[]).includes(value)) return value as DiagnosticFormat;
  throw new UsageError(`unknown format "${escapeControls(String(value))}": use ${DIAGNOSTIC_FORMATS.join(', ')}`);
}

/** Whether `path` (relative to the working directory) is a file rather than a directory. */
function isFile(path: string, io: CliIO): boolean {
  try {
    return !statSync(resolve(io.cwd, path)).isDirectory();
  } catch {
    // A path that does not exist is reported as a missing directory, as before.
    return false;
  }
}

interface Checked {
  diagnostics: Diagnostic[];
  fileCount: number;
  sources: (file: string) => string | undefined;
  /** The note printed after the report: which checks a lone file skipped. */
  note: string | null;
}

function checkFile(path: string, io: CliIO): Checked {
  const shownPath = path.split('\\').join('/');
  const result = validatePlaybookFile(resolve(io.cwd, path), { now: new Date() });
  const diagnostics = result.diagnostics.map((diagnostic) => ({ ...diagnostic, file: shownPath }));
  const rules = result.skipped.map((skipped) => skipped.rule).join(', ');
  return {
    diagnostics,
    fileCount: 1,
    sources: (file) => (file === shownPath ? (result.source ?? undefined) : undefined),
    note: `checked ${escapeControls(shownPath)} alone; skipped the checks that need the rest of the set (${rules}): run \`playbook-ops validate ${escapeControls(posix.dirname(shownPath))}\` for them`,
  };
}

async function checkDir(dir: string, io: CliIO): Promise<Checked> {
  const result = await validateDir(dir, io);
  const secrets = result.set === null ? [] : checkSinkSecrets(result.set, pagingWorkflows(resolve(io.cwd, dir)));
  const diagnostics = [...result.shown, ...relocateDiagnostics(secrets, dir, io.cwd)];
  return { diagnostics, fileCount: result.files.length, sources: sourcesOf(dir, result.files, diagnostics, io.cwd), note: null };
}

/** `playbook-ops validate [dir|file] [--format text|github|json] [--strict]`: print the diagnostics of a set or a file. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a playbook set (or one file) and print its problems like a compiler',
  help: HELP,
  options: { format: { type: 'string' }, strict: { type: 'boolean' } },
  maxPositionals: 1,
  run: async (args, io) => {
    const format = parseFormat(args.values.format);
    const target = args.positionals[0] ?? 'playbooks';
    const checked = isFile(target, io) ? checkFile(target, io) : await checkDir(target, io);
    // --strict: a warning fails CI like an error; it is printed as one, so annotations agree.
    const diagnostics = args.values.strict === true ? checked.diagnostics.map((diagnostic) => ({ ...diagnostic, severity: 'error' as const })) : checked.diagnostics;
    io.stdout(formatDiagnostics(diagnostics, format, { sources: checked.sources }));
    if (format === 'text') io.stdout(`${summarizeDiagnostics(diagnostics, checked.fileCount)}\n`);
    if (checked.note !== null) (format === 'text' ? io.stdout : io.stderr)(`note: ${checked.note}\n`);
    return diagnostics.some((diagnostic) => diagnostic.severity === 'error') ? 1 : 0;
  },
};
