import { DIAGNOSTIC_FORMATS, type DiagnosticFormat, formatDiagnostics, summarizeDiagnostics } from '../../config/format-diagnostics.js';
import { resolve } from 'node:path';
import { escapeControls } from '../../config/printable.js';
import { relocateDiagnostics } from '../../config/relocate-diagnostics.js';
import { checkSinkSecrets } from '../../config/sink-secrets.js';
import { type Command, UsageError } from '../command.js';
import { validateDir } from '../playbook-dir.js';
import { pagingWorkflows } from '../workflow-files.js';

const HELP = `Usage: playbook-ops validate [dir] [--format text|github|json]

Checks a playbook set the way a compiler checks code: every *.yaml and *.yml file below dir
(hidden directories and node_modules are skipped) is parsed within size, depth and alias limits,
checked against the JSON Schema of its kind (schemas/<kind>.schema.json), and the set is
cross-checked: references resolve, ids and labels are unique, escalation levels climb in order,
durations and dates are usable. Placeholders such as [Phone Number] and reviews past their
due date are reported as warnings, and so is a sink whose secret the paging workflows
(.github/workflows/incidents.yml, job reconcile; incident-sweep.yml, job sweep; found at or
above dir) do not pass to their playbook-ops step as env (sink-secret). Symbolic links are followed only to files inside dir; a
link that leads out of it, or a file that is not UTF-8, is an error and is not read.

Arguments:
  dir                 The playbook directory. Default: playbooks (relative to the current
                      directory).

Options:
  --format FORMAT     How to print the problems. Default: text.
                        text    one line per problem, "path:line:col  severity  rule  message",
                                its hint indented below, then "N errors, M warnings in K files".
                                Paths are relative to the current directory. Control characters
                                in names and messages print as escapes (\\n, \\u001b).
                        github  GitHub workflow commands (::error file=…,line=…,col=…,title=rule::…)
                                that show as annotations on the files in a pull request.
                        json    a JSON array of {file, line, column, severity, rule, message,
                                hint, pointer}.
  -h, --help          Show this help.

Exit status:
  0  no errors (warnings allowed)
  1  the set has errors
  2  usage error: unknown option or format, or dir does not exist
`;

function parseFormat(value: string | boolean | undefined): DiagnosticFormat {
  if (value === undefined) return 'text';
  if (typeof value === 'string' && (DIAGNOSTIC_FORMATS as readonly string[]).includes(value)) return value as DiagnosticFormat;
  throw new UsageError(`unknown format "${escapeControls(String(value))}": use ${DIAGNOSTIC_FORMATS.join(', ')}`);
}

/** `playbook-ops validate [dir] [--format text|github|json]`: print the diagnostics of a set. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a playbook set and print its problems like a compiler',
  help: HELP,
  options: { format: { type: 'string' } },
  maxPositionals: 1,
  run: async (args, io) => {
    const format = parseFormat(args.values.format);
    const dir = args.positionals[0] ?? 'playbooks';
    const result = await validateDir(dir, io);
    const secrets = result.set === null ? [] : checkSinkSecrets(result.set, await pagingWorkflows(resolve(io.cwd, dir)));
    const diagnostics = [...result.shown, ...relocateDiagnostics(secrets, dir, io.cwd)];
    io.stdout(formatDiagnostics(diagnostics, format));
    if (format === 'text') io.stdout(`${summarizeDiagnostics(diagnostics, result.files.length)}\n`);
    return diagnostics.some((diagnostic) => diagnostic.severity === 'error') ? 1 : 0;
  },
};
