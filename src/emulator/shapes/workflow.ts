import { fullName } from '../state/store.js';
import type { RepoRecord } from '../state/types.js';
import type { FoundWorkflow } from '../state/workflows.js';
import { type Json, type ShapeContext, nodeId } from './context.js';

/** The workflow's display name: its `name:` line, or its path when it has none (as GitHub shows it). */
function displayName(workflow: FoundWorkflow): string {
  const line = /^name:[ \t]*(.+?)[ \t]*$/m.exec(workflow.text)?.[1];
  return line === undefined ? workflow.path : line.replace(/^(["'])(.*)\1$/, '$2');
}

/** The `workflow` object. */
export function workflowObject(ctx: ShapeContext, repo: RepoRecord, workflow: FoundWorkflow): Json {
  const name = fullName(repo);
  return {
    id: workflow.record.id,
    node_id: nodeId('Workflow', workflow.record.id),
    name: displayName(workflow),
    path: workflow.path,
    state: workflow.record.state,
    created_at: workflow.record.createdAt,
    updated_at: workflow.record.updatedAt,
    url: `${ctx.api}/repos/${name}/actions/workflows/${workflow.record.id}`,
    html_url: `${ctx.html}/${name}/blob/${repo.defaultBranch}/${workflow.path}`,
    badge_url: `${ctx.html}/${name}/workflows/${encodeURIComponent(displayName(workflow))}/badge.svg`,
  };
}
