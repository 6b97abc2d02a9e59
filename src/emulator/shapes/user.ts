import { findUser } from '../state/store.js';
import type { UserRecord } from '../state/types.js';
import { type Json, type ShapeContext, nodeId } from './context.js';

/**
 * The `simple-user` object for `login`. Every author the state records is a known account; a
 * login it does not know (a seed naming a stranger) is shown as a person with id 0.
 */
export function simpleUser(ctx: ShapeContext, login: string): Json {
  return userObject(ctx, findUser(ctx.state, login) ?? { login, id: 0, type: 'User', name: null, email: null });
}

/** The `simple-user` object for an account record. */
export function userObject(ctx: ShapeContext, user: UserRecord): Json {
  const url = `${ctx.api}/users/${encodeURIComponent(user.login)}`;
  // A bot's web page is its GitHub App's: github-actions[bot] is the app `github-actions`.
  const bot = user.type === 'Bot';
  const slug = user.login.replace(/\[bot\]$/, '');
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type, user.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: bot ? `${ctx.html}/apps/${slug}` : `${ctx.html}/${user.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}
