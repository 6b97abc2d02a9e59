import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatDiagnostics, summarizeDiagnostics } from '../../config/format-diagnostics.js';
import { type Command, UsageError } from '../command.js';
import { sourcesOf, validateDir } from '../playbook-dir.js';

const HELP = `Usage: playbook-ops simulate [--playbooks DIR] [--trace FILE] [--script FILE] [--json]

Replays a scripted SEV-1 against a virtual clock and a schedule trace, on the real thing: the
built-in GitHub emulator, the Action's runs (one for each person's step, one for each scheduled
sweep that ran while the sweep workflow was on, the daily wake-up at 06:17) and the engine's own
deadlines. Prints each page, escalation, SLA-missed label,
update reminder, post-mortem pull request, overdue post-mortem step and delivery to Slack or
PagerDuty: when it was due, when it fired, how late. Nothing leaves this machine.

The built-in script: declared at 03:03 at the set's most severe severity, acknowledged at 04:12, one
update at 04:20, resolved at 05:30, and a post-mortem nobody merges. After the script the schedule goes on
while a deadline is pending (at most 7 days). Every tick is a workflow run: the default trace makes
about 600, which takes half a minute or so.

Options:
  --playbooks DIR  The playbook set to run (default: the bundled set with the demo's handles, and
                   PagerDuty and Slack sinks served by local fakes). A set's own sinks get no
                   secrets here, so their deliveries show as failed (no-secret).
  --trace FILE     A schedule trace in YAML or JSON (default: */5 with ticks 7 minutes late at
                   03:15-03:25, a 40-minute outage dropping 03:30-04:05, and late ticks again
                   on 2026-11-29 05:30-05:55, when the post-mortem falls due):
                     every: 5m                 # the schedule, */5 * * * *; divides an hour
                     late:                     # ticks scheduled in [from, until) ran 'by' late
                       - { from: 2026-11-27T03:15:00Z, until: 2026-11-27T03:30:00Z, by: 7m }
                     dropped:                  # ticks scheduled in [from, until) never ran
                       - { from: 2026-11-27T03:30:00Z, until: 2026-11-27T04:10:00Z }
  --script FILE    A script in YAML or JSON instead of the built-in one: the people and their
                   permission, and the steps (open, comment, label, merge-postmortem), e.g.
                     people: { alice: write, priya: maintain }
                     steps:
                       - { at: "2026-11-27 03:03", actor: alice, action: open, title: Payments down,
                           form: { Severity: "SEV-1 (Critical)", Scenario: Service Outage } }
                       - { at: "2026-11-27 03:40", actor: priya, action: comment, body: /ack }
                       - { at: "2026-11-27 04:00", actor: priya, action: label, label: sev-2 }
                       - { at: "2026-11-28 10:00", actor: priya, action: merge-postmortem,
                           actionItems: [Alert on the 503 rate] }
  --json           Print the report as JSON: the ticks, the outages, and every step fired with
                   its due time, fired time, minutes late and the run that fired it.
  -h, --help       Show this help.

Exit status:
  0  the simulation ran
  1  the playbooks have errors
  2  usage error: unknown option, or a trace or script that does not read
`;

/** \`playbook-ops simulate\`: a scripted incident against a schedule trace. */
export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'Replay a scripted SEV-1 against a late-and-dropped schedule and print when each deadline fired',
  help: HELP,
  options: { playbooks: { type: 'string' }, trace: { type: 'string' }, script: { type: 'string' }, json: { type: 'boolean' } },
  maxPositionals: 0,
  run: async (args, io) => {
    const { DEFAULT_TRACE, parseTrace } = await import('../../simulate/trace.js');
    const { parseScript } = await import('../../simulate/script-file.js');
    const { SimulationInputError } = await import('../../simulate/input-file.js');
    const read = async <T>(option: 'trace' | 'script', parse: (text: string, file: string) => T): Promise<T | null> => {
      const file = args.values[option];
      if (typeof file !== 'string') return null;
      let text: string;
      try {
        text = await readFile(resolve(io.cwd, file), 'utf8');
      } catch (error) {
        throw new UsageError(`cannot read the ${option} "${file}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
      }
      try {
        return parse(text, file);
      } catch (error) {
        if (error instanceof SimulationInputError) throw new UsageError(error.message, { cause: error });
        throw error;
      }
    };
    const trace = (await read('trace', parseTrace)) ?? DEFAULT_TRACE;
    const script = await read('script', parseScript);
    const dir = typeof args.values.playbooks === 'string' ? args.values.playbooks : null;
    if (dir !== null) {
      const result = await validateDir(dir, io);
      if (result.set === null) {
        io.stderr(formatDiagnostics(result.shown, 'text', { sources: sourcesOf(dir, result.files, result.shown, io.cwd) }));
        io.stderr(`${summarizeDiagnostics(result.shown, result.files.length)}\n`);
        return 1;
      }
    }
    const { runSimulation } = await import('../../simulate/run-simulation.js');
    const { formatSimulation } = await import('../../simulate/format-simulation.js');
    const warnings: string[] = [];
    const report = await runSimulation({
      trace,
      ...(dir === null ? {} : { playbooks: resolve(io.cwd, dir) }),
      ...(script === null ? {} : { script: script.steps, people: script.people }),
      warn: (message) => warnings.push(message),
    });
    io.stdout(args.values.json === true ? `${JSON.stringify(report, null, 2)}\n` : formatSimulation(report));
    // What the runs warned about (a sink without its secret, say), each once: the Action logs the same.
    for (const warning of new Set(warnings)) io.stderr(`warning: ${warning}\n`);
    return 0;
  },
};
