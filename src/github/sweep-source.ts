/**
 * The sweep's incidents: every open incident and every issue awaiting its post-mortem, found by one
 * bulk read (sweep-query.ts, a request per 100 issues). An incident whose card says nothing is due
 * yet and whose issue is as the card last saw it is quiet: the sweep reports it from the card and
 * reads nothing more. Every other one is read whole and reconciled as an event's run would.
 */
import type { PlaybookSet } from '../config/model.js';
import { type CardRecord, parseRecordLine } from '../engine/records.js';
import { fingerprint } from '../engine/seen.js';
import { isBefore } from '../engine/time.js';
import { sameLogin } from './identity.js';
import type { IncidentSource, QuietIncident } from './incident-source.js';
import { type IncidentReader, readIncident } from './read-incident.js';
import { type BulkIssue, readBulk } from './sweep-query.js';

/** The label of a resolved incident whose post-mortem is not merged yet (added and removed by the post-mortem's run). */
export const POSTMORTEM_PENDING_LABEL = 'postmortem-pending';

/** What the sweep needs beyond the reader: the run's playbooks, the pending label and the clock. */
export interface SweepOptions {
  set: PlaybookSet;
  pendingLabel?: string;
  now: () => Date;
}

/** The record of the bot's card among the issue's first comments, if it has one. */
function cardOf(issue: BulkIssue, botLogin: string): CardRecord | undefined {
  return issue.firstComments.flatMap((comment) => {
    const record = sameLogin(comment.author, botLogin) ? parseRecordLine(comment.body) : null;
    return record === null || record.card === null ? [] : [record.card];
  })[0];
}

/** The next deadline the bot's card of `issue` records, or null when it records none (or there is no card yet). */
export function cardDue(issue: BulkIssue, botLogin: string): string | null {
  return cardOf(issue, botLogin)?.due ?? null;
}

/** Issue `issue` as the card last left it, or null when it must be read whole. */
function quietFrom(issue: BulkIssue, botLogin: string, set: PlaybookSet, now: Date): QuietIncident | null {
  if (issue.labels === null) return null;
  const card = cardOf(issue, botLogin);
  // A card that recorded nothing seen (null) never matches a fingerprint.
  if (card === undefined || card.seen !== fingerprint({ state: issue.state, labels: issue.labels, comments: issue.comments })) return null;
  if (card.due !== null && !isBefore(now.toISOString(), card.due)) return null;
  const labels = issue.labels;
  const severity = set.severities.find((candidate) => labels.includes(candidate.label))?.label ?? null;
  return { incident: issue.number, severity, status: issue.state === 'closed' ? 'resolved' : (card.phase ?? 'open'), due: card.due };
}

/** The source of a sweep; it always tells quiet incidents apart. */
export function sweepSource(reader: IncidentReader, options: SweepOptions): Required<IncidentSource> {
  const found = new Map<number, BulkIssue>();
  return {
    numbers: async () => {
      const issues = await readBulk(reader.octokit, reader.repo, options.set.incidentLabel, options.pendingLabel ?? POSTMORTEM_PENDING_LABEL);
      for (const issue of issues) found.set(issue.number, issue);
      return issues.map((issue) => issue.number);
    },
    quiet: (number) => {
      const issue = found.get(number);
      return issue === undefined ? null : quietFrom(issue, reader.botLogin, options.set, options.now());
    },
    observe: (number) => readIncident(reader, number),
  };
}
