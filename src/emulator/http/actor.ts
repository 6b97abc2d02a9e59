import type { IncomingHttpHeaders } from 'node:http';
import { ensureUser } from '../state/store.js';
import type { EmulatorState, UserRecord } from '../state/types.js';

/** The token of an `Authorization: token X` or `Authorization: Bearer X` header. */
function tokenOf(headers: IncomingHttpHeaders): string | undefined {
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(headers.authorization ?? '');
  return match?.[1];
}

/**
 * The account a request acts as: the token's user, `state.defaultLogin` for a token the state
 * does not list (so any token acts as github-actions[bot] by default), null without a token.
 */
export function actorOf(state: EmulatorState, headers: IncomingHttpHeaders): UserRecord | null {
  const token = tokenOf(headers);
  if (token === undefined) return null;
  const login = state.tokens[token] ?? state.defaultLogin;
  return ensureUser(state, login, login.endsWith('[bot]') ? 'Bot' : 'User');
}
