import { fullName } from '../state/store.js';
import type { CheckRunRecord, RepoRecord } from '../state/types.js';
import { type Json, type ShapeContext, nodeId } from './context.js';
import { userObject } from './user.js';

/** The GitHub App behind `github-actions[bot]`: check runs made with a workflow token belong to it. */
const ACTIONS_APP_ID = 15368;

/** The `check-run` object. */
export function checkRunObject(ctx: ShapeContext, repo: RepoRecord, run: CheckRunRecord): Json {
  const name = fullName(repo);
  const url = `${ctx.api}/repos/${name}/check-runs/${run.id}`;
  return {
    id: run.id,
    node_id: nodeId('CheckRun', run.id),
    head_sha: run.headSha,
    external_id: run.externalId,
    url,
    html_url: `${ctx.html}/${name}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: { ...run.output, annotations_count: 0, annotations_url: `${url}/annotations` },
    name: run.name,
    check_suite: { id: run.id + 1 },
    app: {
      id: ACTIONS_APP_ID,
      slug: 'github-actions',
      node_id: nodeId('Integration', ACTIONS_APP_ID),
      owner: userObject(ctx, { login: 'github', id: 9919, type: 'Organization', name: 'GitHub', email: null }),
      name: 'GitHub Actions',
      description: 'Automate your workflow from idea to production',
      external_url: 'https://help.github.com/en/actions',
      html_url: `${ctx.html}/apps/github-actions`,
      created_at: '2018-07-30T09:30:17Z',
      updated_at: '2019-12-10T19:04:12Z',
      permissions: { checks: 'write', contents: 'write', issues: 'write', pull_requests: 'write', metadata: 'read' },
      events: ['check_run', 'issues', 'pull_request', 'push'],
    },
    pull_requests: [],
  };
}
