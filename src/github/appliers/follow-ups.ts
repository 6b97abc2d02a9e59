/**
 * Completing a merged post-mortem: one follow-up issue per action item, each linking the incident,
 * then the `postmortem:complete` comment on the incident listing them. The follow-ups carry a
 * record line naming the incident and the item, so a rerun (or a retry after GitHub wrote the
 * issue and then failed) finds them instead of opening them twice.
 */
import { describeEffect } from '../../engine/describe.js';
import type { Effect } from '../../engine/effects.js';
import { parseFollowUpLine } from '../../engine/records.js';
import { requestError } from '../http-status.js';
import { backOff } from '../octokit.js';
import type { ApplyContext, Applier } from './applier.js';
import { postOnce } from './post-once.js';

/** How many times a follow-up issue is opened before its 5xx is final. */
const CREATE_ATTEMPTS = 4;
/** GitHub's longest issue title. */
const MAX_TITLE = 256;

/** A follow-up issue as the `postmortem:complete` comment lists it. */
interface FollowUp {
  number: number;
  title: string;
}

type FollowUpsEffect = Extract<Effect, { kind: 'follow-ups' }>;

/** The follow-up issues the bot has opened for `incident`, by action item. */
async function existingFollowUps({ octokit, issue, botLogin }: ApplyContext, label: string): Promise<Map<number, FollowUp>> {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, { owner: issue.owner, repo: issue.repo, labels: label, creator: botLogin, state: 'all', per_page: 100 });
  const found = new Map<number, FollowUp>();
  for (const candidate of issues) {
    // Stryker disable next-line StringLiteral: a missing body and any text without a record line both read as no record
    const record = candidate.user?.login === botLogin ? parseFollowUpLine(candidate.body ?? '') : null;
    if (record !== null && record.incident === issue.number && !found.has(record.item)) found.set(record.item, { number: candidate.number, title: candidate.title });
  }
  return found;
}

function title(text: string, incident: number): string {
  const full = `${text} (follow-up of #${incident})`;
  return Array.from(full).length <= MAX_TITLE ? full : `${Array.from(text).slice(0, MAX_TITLE - 30).join('')}… (follow-up of #${incident})`;
}

/** Opens the follow-up issue of action item `item`, or finds it when a failed attempt had opened it. */
async function openFollowUp(context: ApplyContext, effect: FollowUpsEffect, item: number, text: string): Promise<FollowUp> {
  const { octokit, issue, log, render } = context;
  const body = render.followUp({ incident: effect.incident, pull: effect.pull, item, text });
  for (let attempt = 1; ; attempt += 1) {
    try {
      const { data } = await octokit.rest.issues.create({ owner: issue.owner, repo: issue.repo, title: title(text, issue.number), body, labels: [effect.label], request: { retries: 0 } });
      return { number: data.number, title: data.title };
    } catch (error) {
      const failed = requestError(error);
      if (failed === undefined || failed.status < 500 || attempt >= CREATE_ATTEMPTS) throw error;
      log.warning(`Opening follow-up ${item} of #${issue.number} failed (${failed.message}); checking whether it was opened before retrying.`);
      await backOff(octokit, attempt);
      const again = (await existingFollowUps(context, effect.label)).get(item);
      if (again !== undefined) return again;
    }
  }
}

/** Opens the follow-up issues still missing and records the incident as complete. */
export const followUps: Applier<'follow-ups'> = async (effect, context) => {
  const found = await existingFollowUps(context, effect.label);
  const listed: FollowUp[] = [];
  for (const [index, text] of effect.items.entries()) listed.push(found.get(index + 1) ?? (await openFollowUp(context, effect, index + 1, text)));
  const marker = { kind: 'postmortem', step: 'complete' } as const;
  await postOnce(context, marker, context.render.comment(marker, { type: 'postmortem-complete', pull: effect.pull, followUps: listed }));
  return describeEffect(effect);
};
