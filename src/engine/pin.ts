/**
 * Which playbook commit an incident runs on. An incident is pinned to the commit it was declared
 * under, so a change merged mid-incident does not change the rules of an incident under way.
 */
import type { Ledger } from './ledger.js';
import type { Observed } from './observed.js';

const COMMIT = /^[0-9a-f]{40}$/;

/**
 * The commit the incident's card pinned, or the commit of this run for an incident without a pin
 * yet (it is being declared now).
 */
export function pinnedSha(observed: Pick<Observed, 'playbookRef'>, ledger: Ledger): string {
  return ledger.card?.record.pin ?? observed.playbookRef.sha;
}

/** What the card records as the pin: only a commit SHA pins anything (a name such as HEAD would follow the branch). */
export function pinToRecord(sha: string): string | null {
  return COMMIT.test(sha) ? sha : null;
}
