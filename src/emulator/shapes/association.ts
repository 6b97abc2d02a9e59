import { findUser } from '../state/store.js';
import type { RepoRecord } from '../state/types.js';
import type { ShapeContext } from './context.js';

/**
 * GitHub's `author_association` of `login` with `repo`: OWNER for the owning user, COLLABORATOR
 * for a listed collaborator, NONE otherwise (bots included).
 */
export function authorAssociation(ctx: ShapeContext, repo: RepoRecord, login: string): string {
  const user = findUser(ctx.state, login);
  if (user?.type === 'User' && login.toLowerCase() === repo.owner.toLowerCase()) return 'OWNER';
  if (Object.keys(repo.collaborators).some((name) => name.toLowerCase() === login.toLowerCase())) return 'COLLABORATOR';
  return 'NONE';
}

/** An empty `reaction-rollup` (the emulator does not model reactions). */
export function noReactions(url: string): Record<string, unknown> {
  return { url: `${url}/reactions`, total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 };
}
