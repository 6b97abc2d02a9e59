/**
 * A step of a script, done: a person acts over HTTP with their own token, and the step returns the
 * event GitHub would send for it (its name and the parts of the payload the Action reads), for the
 * workflow run that follows. A scheduled run is a step with no person.
 */
import { ALERT_EVENT_TYPE } from '../alerts/alert-dispatch.js';
import { demoAlertmanagerBody } from './demo-alert.js';
import { type Sandbox, WAKE_EVENT } from './sandbox.js';
import type { ScriptStep } from './script.js';

/** The event a step leads to, and the step in words. */
export interface StepEvent {
  event: string;
  payload: object;
  what: string;
}

/** The text of the post-mortem template's empty action item, which the author fills in. */
const EMPTY_ACTION_ITEM = '- [ ] <!-- action item -->';

function formBody(form: Record<string, string>): string {
  return Object.entries(form)
    .map(([label, answer]) => `### ${label}\n\n${answer === '' ? '_No response_' : answer}`)
    .join('\n\n');
}

/** The incident the script works on: the one its last `open` step, or the alert, opened. */
export interface ScriptState {
  incident: number | null;
}

function incidentOf(state: ScriptState): number {
  if (state.incident === null) throw new Error('the script acts on an incident before any step opens one');
  return state.incident;
}

/**
 * The incident's post-mortem pull request: `actor` writes `items` in place of the template's empty
 * action item on its branch, then merges it.
 */
async function writeAndMerge(sandbox: Sandbox, actor: string, incident: number, items: string[]): Promise<StepEvent> {
  const client = sandbox.people[actor]!;
  const { repo } = sandbox;
  const head = `playbook-ops/postmortem-${incident}`;
  const [pull] = await client.paginate(client.rest.pulls.list, { ...repo, state: 'open', head: `${repo.owner}:${head}`, per_page: 100 });
  if (pull === undefined) throw new Error(`#${incident} has no open post-mortem pull request to merge`);
  const { data: listing } = await client.rest.repos.getContent({ ...repo, path: sandbox.set.postmortem.path, ref: head });
  const entry = Array.isArray(listing) ? listing.find((candidate) => candidate.name.includes(`-${incident}-`)) : undefined;
  if (entry === undefined) throw new Error(`the branch ${head} has no post-mortem file of #${incident} in ${sandbox.set.postmortem.path}`);
  const { data: file } = await client.rest.repos.getContent({ ...repo, path: entry.path, ref: head });
  if (Array.isArray(file) || file.type !== 'file') throw new Error(`${entry.path} is not a file`);
  const text = Buffer.from(file.content, 'base64').toString('utf8');
  const written = text.replace(EMPTY_ACTION_ITEM, items.map((item) => `- [ ] ${item}`).join('\n'));
  await client.rest.repos.createOrUpdateFileContents({ ...repo, path: entry.path, branch: head, message: 'Write the post-mortem', content: Buffer.from(written).toString('base64'), sha: file.sha });
  await client.rest.pulls.merge({ ...repo, pull_number: pull.number });
  const { data: merged } = await client.rest.pulls.get({ ...repo, pull_number: pull.number });
  const full = `${repo.owner}/${repo.repo}`;
  return {
    event: 'pull_request',
    payload: { action: 'closed', pull_request: { number: merged.number, merged: merged.merged, head: { ref: merged.head.ref, repo: { full_name: full } } }, repository: { full_name: full } },
    what: `${actor} writes ${items.length} action item(s) into the post-mortem and merges #${merged.number}`,
  };
}

/** Does `step` in `sandbox`; returns the event it sends. */
export async function act(sandbox: Sandbox, step: ScriptStep, state: ScriptState): Promise<StepEvent> {
  if (step.action === 'schedule') return { event: 'schedule', payload: { schedule: '*/5 * * * *' }, what: 'scheduled run' };
  if (step.action === 'wake') return { event: WAKE_EVENT, payload: { schedule: '17 6 * * *' }, what: 'daily wake-up (incident-sweep-wake.yml)' };
  if (step.action === 'alert') {
    // What GitHub sends for Alertmanager's POST to /repos/{owner}/{repo}/dispatches (event_type alert).
    const body = demoAlertmanagerBody(step.alert);
    const full = `${sandbox.repo.owner}/${sandbox.repo.repo}`;
    const payload = { action: ALERT_EVENT_TYPE, branch: 'main', client_payload: { alertmanager: body }, repository: { full_name: full } };
    const group = body.groupLabels as Record<string, string>;
    return { event: 'repository_dispatch', payload, what: `Alertmanager: ${group.alertname ?? 'alert'} ${step.alert.status} (repository_dispatch alert)` };
  }
  const client = sandbox.people[step.actor];
  if (client === undefined) throw new Error(`the script's actor ${step.actor} is not one of the repository's people`);
  const { repo } = sandbox;
  if (step.action === 'open') {
    const { data: issue } = await client.rest.issues.create({ ...repo, title: step.title, body: formBody(step.form), labels: [sandbox.set.incidentLabel] });
    state.incident = issue.number;
    return { event: 'issues', payload: { action: 'opened', issue }, what: `${step.actor} opens #${issue.number} from the incident form` };
  }
  const number = incidentOf(state);
  if (step.action === 'merge-postmortem') return writeAndMerge(sandbox, step.actor, number, step.actionItems);
  if (step.action === 'label') {
    await client.rest.issues.addLabels({ ...repo, issue_number: number, labels: [step.label] });
    const { data: issue } = await client.rest.issues.get({ ...repo, issue_number: number });
    return { event: 'issues', payload: { action: 'labeled', issue, label: { name: step.label } }, what: `${step.actor} adds label ${step.label}` };
  }
  const { data: comment } = await client.rest.issues.createComment({ ...repo, issue_number: number, body: step.body });
  const { data: issue } = await client.rest.issues.get({ ...repo, issue_number: number });
  return { event: 'issue_comment', payload: { action: 'created', issue, comment }, what: `${step.actor}: ${step.body.replace(/\n/g, ' | ')}` };
}
