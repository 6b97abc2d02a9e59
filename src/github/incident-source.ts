/**
 * Where a run's incidents come from. A source names the issues to look at and observes each as it
 * is now: one issue (its reads perhaps already in flight), every open incident, or (for the sweep)
 * a bulk reader that fetches many at once and hands them out. Whether an issue is an incident is
 * not the source's call: the engine decides that on the playbooks the issue is pinned to.
 */
import type { EventTarget } from '../engine/event-target.js';
import type { Observed } from '../engine/observed.js';
import type { FetchedIncident } from './fetch-incident.js';
import { type IncidentReader, readIncident } from './read-incident.js';
import { type SweepOptions, sweepSource } from './sweep-source.js';

/** An incident a sweep leaves unread: its card says nothing is due yet and nobody changed the issue since. */
export interface QuietIncident {
  incident: number;
  /** Its severity label, from the issue's labels. */
  severity: string | null;
  /** Its phase id as the card recorded it, or `resolved`. */
  status: string;
  /** Its next deadline as the card recorded it, or null when none is pending. */
  due: string | null;
}

/** The issues one run reconciles. */
export interface IncidentSource {
  /** The issue numbers to look at, in order. */
  numbers(): Promise<number[]>;
  /**
   * Issue `number` (one of `numbers()`) when what the source already read shows there is nothing
   * to do on it, or null when it must be observed and reconciled. Sources that read nothing in
   * bulk leave it out.
   */
  quiet?(number: number): QuietIncident | null;
  /** Issue `number` as observed now. */
  observe(number: number): Promise<Observed>;
}

/** Issue `number` alone; `fetched` is its reads when a caller already started them. */
export function issueSource(reader: IncidentReader, number: number, fetched?: Promise<FetchedIncident>): IncidentSource {
  return {
    numbers: () => Promise.resolve([number]),
    observe: (wanted) => readIncident(reader, wanted, wanted === number ? fetched : undefined),
  };
}

/** Every open issue carrying `incidentLabel`, each read on its own. */
export function openIncidentsSource(reader: IncidentReader, incidentLabel: string): IncidentSource {
  const { octokit, repo } = reader;
  return {
    numbers: async () => {
      const issues = await octokit.paginate(octokit.rest.issues.listForRepo, { owner: repo.owner, repo: repo.repo, state: 'open', labels: incidentLabel, per_page: 100 });
      return issues.filter((issue) => issue.pull_request === undefined).map((issue) => issue.number);
    },
    observe: (number) => readIncident(reader, number),
  };
}

/** Nothing: the event does not concern incidents. */
function nothing(): IncidentSource {
  return {
    numbers: () => Promise.resolve([]),
    observe: (number) => Promise.reject(new Error(`#${number} is not part of this run`)),
  };
}

/**
 * The source for a workflow run's event target. `fetched` is the target issue's reads when the
 * caller started them early. With `sweep`, a run over every incident is a sweep (sweep-source.ts:
 * one bulk read, quiet incidents left unread); without it, every open incident is read on its own.
 */
export function sourceFor(target: EventTarget, reader: IncidentReader, incidentLabel: string, fetched?: Promise<FetchedIncident>, sweep?: SweepOptions): IncidentSource {
  switch (target.type) {
    case 'issue':
      return issueSource(reader, target.number, fetched);
    case 'open-incidents':
      return sweep === undefined ? openIncidentsSource(reader, incidentLabel) : sweepSource(reader, sweep);
    case 'skip':
      reader.log.info(`Nothing to do: ${target.reason}.`);
      return nothing();
  }
}
