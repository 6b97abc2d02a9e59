import { GitHubError } from '../errors.js';
import { workflowObject } from '../shapes/workflow.js';
import { findUser } from '../state/store.js';
import { requireWorkflow } from '../state/workflows.js';
import { type Handler, type RequestContext, repoOf, requireActor } from './context.js';

/** The `workflow_id` parameter: a number, or the workflow's file name. */
function workflowId(ctx: RequestContext): number | string {
  const id = ctx.params.workflow_id;
  if (typeof id !== 'number' && typeof id !== 'string') throw new Error('emulator: parameter workflow_id is neither a number nor a string');
  return id;
}

/**
 * Enables or disables a workflow. Both answer 204 whatever the state was (the calls are
 * idempotent on GitHub too). A bot's token without `actions: write` gets GitHub's 403.
 */
function setState(state: 'active' | 'disabled_manually'): Handler {
  return (ctx) => {
    const repo = repoOf(ctx);
    const actor = requireActor(ctx);
    if (repo.botMayManageWorkflows === false && findUser(ctx.state, actor.login)?.type === 'Bot') {
      throw new GitHubError(403, { message: 'Resource not accessible by integration' });
    }
    const workflow = requireWorkflow(ctx.state, repo, workflowId(ctx), ctx.clock.timestamp());
    if (workflow.record.state !== state) {
      workflow.record.state = state;
      workflow.record.updatedAt = ctx.clock.timestamp();
    }
    return { status: 204 };
  };
}

/** Handlers of a repository's workflows: read one, enable it, disable it. */
export const workflowHandlers: Record<string, Handler> = {
  'actions/get-workflow': (ctx) => {
    const repo = repoOf(ctx);
    return { status: 200, body: workflowObject(ctx, repo, requireWorkflow(ctx.state, repo, workflowId(ctx), ctx.clock.timestamp())) };
  },
  'actions/enable-workflow': setState('active'),
  'actions/disable-workflow': setState('disabled_manually'),
};
