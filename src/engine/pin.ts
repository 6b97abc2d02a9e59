/** Which playbook commit an incident is pinned to. */
import { botCard, readMarkerFields } from './markers.js';
import type { Observed } from './observed.js';

/**
 * The commit the incident's card pinned when it was first posted, or the commit of this run for an
 * incident without a card yet (it is being declared now).
 */
export function pinnedSha(observed: Observed): string {
  const card = botCard(observed.comments, observed.botLogin);
  return (card === undefined ? undefined : readMarkerFields(card.body).pin) ?? observed.playbookRef.sha;
}
