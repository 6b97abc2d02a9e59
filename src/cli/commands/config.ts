import { formatDuration } from '../../config/duration.js';
import { formatDiagnostics, summarizeDiagnostics } from '../../config/format-diagnostics.js';
import type { PlaybookSet } from '../../config/model.js';
import type { Command } from '../command.js';
import { sourcesOf, validateDir } from '../playbook-dir.js';

const HELP = `Usage: playbook-ops config [dir] [--json]

Prints the playbook set exactly as the engine will use it: validated, with durations in
minutes, references (contacts, role owners) resolved to the objects they name and severities
ordered by level. When the set has errors nothing is printed on stdout; the errors go to stderr
as \`playbook-ops validate\` prints them.

Arguments:
  dir                 The playbook directory. Default: playbooks (relative to the current
                      directory).

Options:
  --json              Print the whole resolved model as JSON (the PlaybookSet type of the
                      library). Without it, print a short summary: the counts and names of
                      roles, severities, phases, scenarios, escalation levels and contacts.
  -h, --help          Show this help.

Exit status:
  0  the set is valid (warnings allowed; their count is printed on stderr)
  1  the set has errors
  2  usage error: unknown option, or dir does not exist
`;

function list<T>(items: readonly T[], name: (item: T) => string): string {
  return items.map(name).join(', ');
}

/** A short, human summary of a resolved set. */
function summary(set: PlaybookSet, fileCount: number): string {
  const duration = (minutes: number | null): string => (minutes === null ? 'none' : formatDuration(minutes));
  const lines = [
    `${set.name}: ${fileCount} files, incident label "${set.incidentLabel}", commands need "${set.minimumPermission}" permission`,
    `Roles (${set.roles.length}): ${list(set.roles, (role) => `${role.name} (${role.id})`)}`,
    `Severities (${set.severities.length}):`,
    ...set.severities.map(
      (severity) =>
        `  ${severity.label} ${severity.name}: respond within ${duration(severity.responseMinutes)}, ${severity.updateEveryMinutes === null ? 'no regular updates' : `updates every ${duration(severity.updateEveryMinutes)}`}, ` +
        `post-mortem ${severity.postmortem.required ? `required${severity.postmortem.dueMinutesAfterResolution === null ? '' : ` within ${duration(severity.postmortem.dueMinutesAfterResolution)} of resolution`}` : 'optional'}`,
    ),
    `Phases (${set.phases.length}): ${list(set.phases, (phase) => phase.id)}`,
    `Scenarios (${set.scenarios.length}): ${list(set.scenarios, (scenario) => scenario.id)}`,
    `Technical escalation (${set.escalation.technical.length}):`,
    ...set.escalation.technical.map(
      (level) => `  L${level.level} ${level.name} after ${duration(level.afterMinutes)}: ${list(level.contacts, (contact) => contact.id)}`,
    ),
    `Management escalation (${set.escalation.management.length}):`,
    ...set.escalation.management.map(
      (rule) => `  ${rule.severity} ${rule.name}${rule.withinMinutes === null ? '' : ` within ${duration(rule.withinMinutes)}`}: ${list(rule.notify, (contact) => contact.id)}`,
    ),
    `Contacts (${set.contacts.length}): ${list(set.contacts, (contact) => contact.id)}`,
    `Channels (${set.communication.channels.length}), audiences (${set.communication.audiences.length}), post-mortem elements (${set.postmortem.elements.length}), tool categories (${set.tools.length})`,
    `Reviews every ${duration(set.reviewCadenceMinutes)}; next due ${[...set.reviews].sort((a, b) => (a.nextDue < b.nextDue ? -1 : 1))[0]?.nextDue ?? 'never'}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** `playbook-ops config [dir] [--json]`: print the resolved playbook set. */
export const configCommand: Command = {
  name: 'config',
  summary: 'print the resolved playbook set (durations in minutes, references resolved)',
  help: HELP,
  options: { json: { type: 'boolean' } },
  maxPositionals: 1,
  run: async (args, io) => {
    const dir = args.positionals[0] ?? 'playbooks';
    const result = await validateDir(dir, io);
    const diagnostics = result.shown;
    if (result.set === null) {
      io.stderr(formatDiagnostics(diagnostics, 'text', { sources: sourcesOf(dir, result.files, diagnostics, io.cwd) }));
      io.stderr(`${summarizeDiagnostics(diagnostics, result.files.length)}\n`);
      return 1;
    }
    io.stdout(args.values.json === true ? `${JSON.stringify(result.set, null, 2)}\n` : summary(result.set, result.files.length));
    if (diagnostics.length > 0) {
      io.stderr(`${summarizeDiagnostics(diagnostics, result.files.length)}; run \`playbook-ops validate ${dir}\` to list them\n`);
    }
    return 0;
  },
};
