import { fullName } from '../state/store.js';
import type { LabelRecord, RepoRecord } from '../state/types.js';
import { type Json, type ShapeContext, nodeId } from './context.js';

/** The `label` object. */
export function labelObject(ctx: ShapeContext, repo: RepoRecord, label: LabelRecord): Json {
  return {
    id: label.id,
    node_id: nodeId('Label', label.id),
    url: `${ctx.api}/repos/${fullName(repo)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: label.default,
    description: label.description,
  };
}
