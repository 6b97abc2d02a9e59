/**
 * Finding the incidents the bot opened from alerts, without the search API (its index lags by up to
 * a minute, so a repeat arriving soon after would miss the incident it belongs to): the issues list
 * filtered by label and author, which GitHub answers from the database. Two requests (one more per
 * extra 100 issues): every open one, and those closed since the reopen window began (an issue closed
 * since then was updated since then). Each issue's first body line records its group's key
 * (records.ts); only issues the bot wrote are read.
 */
import type { AlertIncident } from '../alerts/plan-alert.js';
import type { RepoRef } from '../engine/observed.js';
import { parseAlertIncidentLine } from '../engine/records.js';
import { type AlertIncidentDraft } from '../alerts/alert-incident.js';
import { requestError } from './http-status.js';
import { type GitHubClient, type Log, backOff } from './octokit.js';

/** Where to look and as whom. */
export interface AlertIncidentsWhere {
  octokit: GitHubClient;
  repo: RepoRef;
  incidentLabel: string;
  botLogin: string;
}

type ListedIssue = Awaited<ReturnType<GitHubClient['rest']['issues']['listForRepo']>>['data'][number];

function alertIncident(issue: ListedIssue, botLogin: string): AlertIncident[] {
  if (issue.pull_request !== undefined || issue.user?.login !== botLogin) return [];
  // Stryker disable next-line StringLiteral: any text without a record line parses to null, as an empty body does
  const record = parseAlertIncidentLine(issue.body ?? '');
  if (record === null) return [];
  return [{ number: issue.number, state: issue.state === 'closed' ? 'closed' : 'open', closedAt: issue.closed_at ?? null, record }];
}

/** The bot's alert incidents that are open, or were closed at `closedSince` or later. */
export async function findAlertIncidents({ octokit, repo, incidentLabel, botLogin }: AlertIncidentsWhere, closedSince: string): Promise<AlertIncident[]> {
  const where = { owner: repo.owner, repo: repo.repo, labels: incidentLabel, creator: botLogin, per_page: 100 };
  const open = await octokit.paginate(octokit.rest.issues.listForRepo, { ...where, state: 'open' });
  // Stryker disable next-line Regex: an ISO timestamp has its fraction only right before the final Z
  const closed = await octokit.paginate(octokit.rest.issues.listForRepo, { ...where, state: 'closed', since: closedSince.replace(/\.\d+Z$/u, 'Z') });
  return [...open, ...closed].flatMap((issue) => alertIncident(issue, botLogin));
}

/** How many times the incident is opened before its 5xx is final (as the retry plugin: once, then three retries). */
const CREATE_ATTEMPTS = 4;

/**
 * Opens the incident for `draft` and returns its number. The retry plugin would repeat a POST that
 * failed with a 5xx blindly, although GitHub may have written the issue before failing; so every
 * attempt is made without it, and after a failure the open incidents are listed again: one whose
 * record names this key and run is the one this run opened.
 */
export async function openAlertIncident(where: AlertIncidentsWhere & { log: Log }, draft: AlertIncidentDraft, record: { key: string; run: number }): Promise<number> {
  const { octokit, repo, log } = where;
  for (let attempt = 1; ; attempt += 1) {
    try {
      const { data } = await octokit.rest.issues.create({ owner: repo.owner, repo: repo.repo, title: draft.title, body: draft.body, labels: draft.labels, request: { retries: 0 } });
      return data.number;
    } catch (error) {
      const failed = requestError(error);
      if (failed === undefined || failed.status < 500 || attempt >= CREATE_ATTEMPTS) throw error;
      log.warning(`Opening the incident for the alert failed (${failed.message}); checking whether it was opened before retrying.`);
      await backOff(octokit, attempt);
      const opened = (await findAlertIncidents(where, new Date(0).toISOString())).find((incident) => incident.state === 'open' && incident.record.key === record.key && incident.record.run === record.run);
      if (opened !== undefined) return opened.number;
    }
  }
}
