/**
 * Sinks whose secret the workflows do not pass (`sink-secret`, a warning). The Action reads each
 * sink's secret from its step's environment, so a secret the playbooks name but the paging
 * workflows (the `reconcile` job of incidents.yml, the `sweep` job of incident-sweep.yml, as
 * `playbook-ops init` writes them) do not set on their playbook-ops step would fail every delivery
 * to that sink as `no-secret`. Workflows that are absent, or have no such job, are not judged.
 */
import { posix } from 'node:path';
import { load } from 'js-yaml';
import type { Diagnostic } from './diagnostic.js';
import type { PlaybookSet, Sink, Source } from './model.js';

/** A workflow file as read: its path for messages, and its text. */
export interface WorkflowFile {
  /** Repository-relative, e.g. `.github/workflows/incidents.yml`. */
  path: string;
  text: string;
}

/** The jobs that page, by workflow file name. */
const PAGING_JOBS: Record<string, string> = { 'incidents.yml': 'reconcile', 'incident-sweep.yml': 'sweep' };

type Env = Record<string, unknown> | undefined;
interface StepDoc {
  uses?: unknown;
  env?: Env;
}
// As loaded, not as GitHub would accept it: the file may be anything (`~`, `steps: 5`), and is then not judged.
interface WorkflowDoc {
  env?: Env;
  jobs?: Record<string, { env?: Env; steps?: unknown } | null | undefined>;
}

/** Whether a step's `uses:` runs playbook-ops (the published Action, or this repository's own). */
function runsPlaybookOps(uses: unknown): boolean {
  return typeof uses === 'string' && (/(^|\/)playbook-ops(@|\/|$)/.test(uses) || uses === './');
}

/** The environment names the paging job's playbook-ops step gets, or null when the file has no such step. */
function passedNames(workflow: WorkflowFile): { job: string; names: Set<string> } | null {
  const job = PAGING_JOBS[posix.basename(workflow.path)];
  if (job === undefined) return null;
  let doc: WorkflowDoc | null;
  try {
    doc = load(workflow.text) as WorkflowDoc | null;
  } catch {
    return null;
  }
  if (doc === null) return null;
  const jobDoc = doc.jobs?.[job];
  if (jobDoc === undefined || jobDoc === null) return null;
  const { steps } = jobDoc;
  const step = Array.isArray(steps) ? (steps as (StepDoc | null)[]).find((candidate): candidate is StepDoc => runsPlaybookOps(candidate?.uses)) : undefined;
  if (step === undefined) return null;
  return { job, names: new Set([...Object.keys(doc.env ?? {}), ...Object.keys(jobDoc.env ?? {}), ...Object.keys(step.env ?? {})]) };
}

/** Every sink of the set with where it is listed. */
function listedSinks(set: PlaybookSet): { sink: Sink; source: Source }[] {
  return [
    ...set.severities.flatMap((severity) => (severity.sinks ?? []).map((sink) => ({ sink, source: severity.source }))),
    ...set.escalation.technical.flatMap((level) => (level.sinks ?? []).map((sink) => ({ sink, source: level.source }))),
    ...set.contacts.flatMap((contact) => (contact.sinks ?? []).map((sink) => ({ sink, source: contact.source }))),
  ];
}

/** A `sink-secret` warning for each sink whose secret a paging workflow does not pass, once per secret and workflow. */
export function checkSinkSecrets(set: PlaybookSet, workflows: readonly WorkflowFile[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const reported = new Set<string>();
  for (const workflow of workflows) {
    const passed = passedNames(workflow);
    if (passed === null) continue;
    for (const { sink, source } of listedSinks(set)) {
      const key = `${workflow.path}\u0000${sink.secret}`;
      if (passed.names.has(sink.secret) || reported.has(key)) continue;
      reported.add(key);
      diagnostics.push({
        file: source.file,
        line: source.line,
        column: source.column,
        severity: 'warning',
        rule: 'sink-secret',
        message: `the ${sink.type} sink's secret ${sink.secret} is not passed to playbook-ops in ${workflow.path} (job ${passed.job}): every delivery to it would fail`,
        hint: `add "${sink.secret}: \${{ secrets.${sink.secret} }}" under env: of the playbook-ops step, and the repository secret ${sink.secret}`,
        pointer: '',
      });
    }
  }
  return diagnostics;
}
