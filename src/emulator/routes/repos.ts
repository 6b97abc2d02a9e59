import { forbidden, notFound } from '../errors.js';
import { fullRepositoryObject } from '../shapes/repository.js';
import { simpleUser } from '../shapes/user.js';
import { findUser, permissionOf } from '../state/store.js';
import { PERMISSIONS, type Permission } from '../state/types.js';
import { type Handler, repoOf, requireActor, stringParam } from './context.js';

/** The legacy base role the `permission` field reports: maintain reads as write, triage as read. */
const BASE_ROLE: Record<Permission, 'admin' | 'write' | 'read'> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
};

/** Handlers of the repository itself and of its collaborators' permissions. */
export const repoHandlers: Record<string, Handler> = {
  'repos/get': (ctx) => {
    const repo = repoOf(ctx);
    return { status: 200, body: fullRepositoryObject(ctx, repo, ctx.actor?.login ?? '') };
  },

  /**
   * `permission` holds the legacy base role (admin/write/read/none), `role_name` the role itself
   * (admin/maintain/write/triage/read, or none), as GitHub documents. The caller needs push access.
   */
  'repos/get-collaborator-permission-level': (ctx) => {
    const repo = repoOf(ctx);
    const caller = requireActor(ctx);
    const callerRole = permissionOf(ctx.state, repo, caller.login);
    if (callerRole === 'none' || PERMISSIONS.indexOf(callerRole) < PERMISSIONS.indexOf('write')) {
      throw forbidden('Must have push access to view collaborator permission.');
    }
    const user = findUser(ctx.state, stringParam(ctx.params, 'username'));
    if (user === undefined || user.type === 'Organization') throw notFound();
    const role = permissionOf(ctx.state, repo, user.login);
    const permission = role === 'none' ? 'none' : BASE_ROLE[role];
    const rank = role === 'none' ? -1 : PERMISSIONS.indexOf(role);
    return {
      status: 200,
      body: {
        permission,
        role_name: role,
        user: {
          ...simpleUser(ctx, user.login),
          permissions: {
            admin: rank >= PERMISSIONS.indexOf('admin'),
            maintain: rank >= PERMISSIONS.indexOf('maintain'),
            push: rank >= PERMISSIONS.indexOf('write'),
            triage: rank >= PERMISSIONS.indexOf('triage'),
            pull: rank >= PERMISSIONS.indexOf('read'),
          },
          role_name: role,
        },
      },
    };
  },
};
