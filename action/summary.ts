import * as core from '@actions/core';
import type { EventTarget } from '../src/engine/event-target.js';
import type { IncidentResult } from '../src/github/run-incidents.js';

/** The job summary: one row per incident, and what was done (or would be, in a dry run). */
export async function writeSummary(results: IncidentResult[], target: EventTarget, dryRun: boolean): Promise<void> {
  const summary = core.summary.addHeading(dryRun ? 'playbook-ops plan (dry run)' : 'playbook-ops', 2);
  if (target.type === 'skip') summary.addRaw(`Nothing to do: ${target.reason}.`, true);
  else if (results.length === 0) summary.addRaw('No incident to reconcile.', true);
  else {
    summary.addTable([
      [
        { data: 'Incident', header: true },
        { data: 'Severity', header: true },
        { data: 'Status', header: true },
        { data: dryRun ? 'Would do' : 'Done', header: true },
      ],
      ...results.map((result) => [
        `#${result.incident}`,
        result.severity ?? 'none',
        result.status,
        result.effects.length === 0 ? 'nothing: already up to date' : result.effects.join('<br>'),
      ]),
    ]);
  }
  await summary.write();
}
