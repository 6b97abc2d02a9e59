/**
 * The workflows `playbook-ops init` writes: incident events, the sweep on a clock, and the check of
 * playbook pull requests. The project's own `.github/workflows/` are the same text with `uses: ./`,
 * so what adopters get is what this repository runs.
 *
 * Every workflow grants nothing at its top and each job exactly the scopes in
 * {@link JOB_PERMISSIONS}; no `run:` step exists, so no event text can reach a shell; concurrency is
 * set per job, after the job's `if:`, so an event the Action would skip never takes the place of a
 * queued run that matters (GitHub keeps one pending run per group and cancels the older one).
 */
import { repositoryDir } from './codeowners.js';
import { ScaffoldError } from './scaffold-error.js';

/** What the workflows are made for. */
export interface WorkflowOptions {
  /** The `uses:` of the Action, e.g. `playbook-ops/playbook-ops@v1` or `./` in this repository. */
  action: string;
  /** The playbook directory relative to the repository root. */
  playbooks: string;
  /** The identity the token acts as (the Action's `bot-login` input). */
  botLogin: string;
}

/** The Action reference adopters start from; the README says how to pin a commit instead. */
export const DEFAULT_ACTION = 'playbook-ops/playbook-ops@v1';

/** The bot identity of `GITHUB_TOKEN`. */
export const DEFAULT_BOT_LOGIN = 'github-actions[bot]';

/** The checkout every job starts with: the playbooks are read from the workspace. */
const CHECKOUT = 'actions/checkout@v5';

/**
 * The scopes of each job, by workflow file and job id. One table, so a change of what the Action does
 * is one reviewed change of what it may do; {@link JOB_PURPOSES} says why each scope is there.
 */
export const JOB_PERMISSIONS = {
  'incidents.yml': {
    reconcile: { actions: 'write', contents: 'write', issues: 'write', 'pull-requests': 'write' },
    'postmortem-merged': { contents: 'read', issues: 'write', 'pull-requests': 'read' },
  },
  'incident-sweep.yml': {
    sweep: { actions: 'write', contents: 'write', issues: 'write', 'pull-requests': 'write' },
  },
  'incident-sweep-wake.yml': {
    wake: { actions: 'write', contents: 'read', issues: 'read' },
  },
  'playbook-check.yml': {
    check: { contents: 'read', 'pull-requests': 'write' },
  },
} as const satisfies Record<string, Record<string, Record<string, 'read' | 'write'>>>;

/** Each job's display name (what branch protection lists as its check) and why it holds each scope. */
export const JOB_PURPOSES: { [File in keyof typeof JOB_PERMISSIONS]: { [Job in keyof (typeof JOB_PERMISSIONS)[File]]: { name: string; why: string } } } = {
  'incidents.yml': {
    reconcile: {
      name: 'Reconcile incident',
      why: 'actions: turn the sweep (incident-sweep.yml) on when the incident has a deadline pending; contents: read the playbooks, write the post-mortem file on its branch when an incident resolves; issues: labels, comments, assignees and the card; pull-requests: open the post-mortem pull request and ask its reviewers',
    },
    'postmortem-merged': {
      name: 'Post-mortem merged',
      why: 'contents: read the playbooks and the merged post-mortem; issues: mark the incident complete and open a follow-up issue per action item; pull-requests: read the merged pull request',
    },
  },
  'incident-sweep.yml': {
    sweep: {
      name: 'Sweep deadlines',
      why: 'as Reconcile incident, plus the quarterly review pull requests; actions: turn itself off when no deadline is pending',
    },
  },
  'incident-sweep-wake.yml': {
    wake: {
      name: 'Wake the sweep',
      why: 'actions: turn the sweep (incident-sweep.yml) on when it has work; contents: read the playbooks (review dates); issues: read the incidents in bulk. It writes nothing else',
    },
  },
  'playbook-check.yml': {
    check: {
      name: 'Playbook check',
      why: "contents: read the pull request's and the base branch's playbooks; pull-requests: the one review comment, updated on every push (a fork's token is read-only whatever this says: the check then validates and annotates only)",
    },
  },
};

/** The file names of the workflows, under `.github/workflows/`. */
export type WorkflowFile = keyof typeof JOB_PERMISSIONS;

function permissionLines(scopes: Record<string, string>, indent: string): string {
  return Object.entries(scopes)
    .map(([scope, level]) => `${indent}${scope}: ${level}`)
    .join('\n');
}

/** `text` wrapped into YAML comment lines of at most 100 characters at `indent`. */
function commentLines(text: string, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent.length + 2 + line.length + 1 + word.length > 100) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines.map((text) => `${indent}# ${text}`).join('\n');
}

/** A job's `permissions:` block with the reasons above it. */
function permissionsBlock(scopes: Record<string, string>, why: string): string {
  return `${commentLines(why, '    ')}\n    permissions:\n${permissionLines(scopes, '      ')}`;
}

/** `text` as a YAML double-quoted scalar (JSON strings are valid YAML). */
function quoted(text: string): string {
  return JSON.stringify(text);
}

function checkoutSteps(action: string, playbooks: string): string {
  return `      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
      - uses: ${action}
        with:
          playbooks: ${quoted(playbooks === '' ? '.' : playbooks)}`;
}

function botLoginInput(options: WorkflowOptions): string {
  return options.botLogin === DEFAULT_BOT_LOGIN ? '' : `\n          bot-login: ${quoted(options.botLogin)}`;
}

function incidents(options: WorkflowOptions, playbooks: string): string {
  const perms = JOB_PERMISSIONS['incidents.yml'];
  return `# Runs the incident playbooks on issue events. Generated by \`playbook-ops init\`.
# Every run reads the incident as it is now, so a run GitHub drops or delays loses nothing.
name: incidents

on:
  issues:
    types: [opened, edited, labeled, unlabeled, assigned, unassigned, closed, reopened]
  issue_comment:
    types: [created]
  # A merged post-mortem pull request completes its incident.
  pull_request:
    types: [closed]
  workflow_dispatch:
    inputs:
      issue:
        description: Issue number to reconcile; empty reconciles every open incident.
        required: false
        default: ""
  # An alert from Alertmanager or Grafana (POST /repos/OWNER/REPO/dispatches, event_type alert):
  # opens, updates or resolves the incident of its group. Runs only from the default branch.
  repository_dispatch:
    types: [alert]

permissions: {}

jobs:
  reconcile:
    name: ${JOB_PURPOSES['incidents.yml'].reconcile.name}
    # Comments on pull requests and the bot's own comments change no incident; skipping them here
    # keeps them from taking the queued place of a run that matters.
    if: >-
      github.event_name != 'pull_request' &&
      !github.event.issue.pull_request &&
      github.event.comment.user.login != '${options.botLogin}'
    runs-on: ubuntu-latest
    # One run at a time per incident. A newer queued run replaces an older queued one; it starts
    # later and reads everything the older one would have seen. An alert has a group of its own run:
    # a queued alert replaced by another alert's run would be lost, since it is its only delivery.
    concurrency:
      group: playbook-ops-incident-\${{ github.event.issue.number || inputs.issue || (github.event_name == 'repository_dispatch' && format('alert-{0}', github.run_id)) || 'all' }}
      cancel-in-progress: false
${permissionsBlock(perms.reconcile, JOB_PURPOSES['incidents.yml'].reconcile.why)}
    steps:
${checkoutSteps(options.action, playbooks)}${botLoginInput(options)}

  postmortem-merged:
    name: ${JOB_PURPOSES['incidents.yml']['postmortem-merged'].name}
    # Only merged pull requests from this repository: a fork's token could write nothing anyway.
    if: >-
      github.event_name == 'pull_request' &&
      github.event.pull_request.merged &&
      github.event.pull_request.head.repo.full_name == github.repository
    runs-on: ubuntu-latest
    concurrency:
      group: playbook-ops-postmortem-\${{ github.event.pull_request.number }}
      cancel-in-progress: false
${permissionsBlock(perms['postmortem-merged'], JOB_PURPOSES['incidents.yml']['postmortem-merged'].why)}
    steps:
${checkoutSteps(options.action, playbooks)}${botLoginInput(options)}
          # A completed post-mortem sets no deadline: this job never turns the sweep on.
          sweep-workflow: ""
`;
}

function sweep(options: WorkflowOptions, playbooks: string): string {
  return `# Keeps the playbooks' clock: acknowledgement and update deadlines, post-mortems due, quarterly
# reviews. Generated by \`playbook-ops init\`. Schedules run late or are skipped under load; every
# sweep does what is due by now, so a late one catches up and a skipped one is made up by the next.
# A sweep that finds no deadline pending turns this workflow off (no runs, no Actions minutes); the
# run of an event that sets a deadline turns it on again, and incident-sweep-wake.yml once a day.
name: incident-sweep

on:
  schedule:
    - cron: "*/5 * * * *"
  workflow_dispatch:

permissions: {}

jobs:
  sweep:
    name: ${JOB_PURPOSES['incident-sweep.yml'].sweep.name}
    runs-on: ubuntu-latest
    # Shared with the manual run of every incident: one at a time, the newer queued run replaces an
    # older queued one and reads the same state later.
    concurrency:
      group: playbook-ops-incident-all
      cancel-in-progress: false
${permissionsBlock(JOB_PERMISSIONS['incident-sweep.yml'].sweep, JOB_PURPOSES['incident-sweep.yml'].sweep.why)}
    steps:
${checkoutSteps(options.action, playbooks)}${botLoginInput(options)}
`;
}

function wake(options: WorkflowOptions, playbooks: string): string {
  return `# Once a day, turns the sweep (incident-sweep.yml) on if it has work. The sweep turns itself off
# while no incident has a deadline pending, and the run of an event that sets one turns it on again;
# this is the safety net for what no event announces: playbook files due for review (by the day), an
# enable a run missed (cancelled, refused), an event whose run was dropped. It reads in bulk and
# writes nothing else; the sweep it starts does the work. Generated by \`playbook-ops init\`.
# (A separate workflow: GitHub disables a whole workflow file, every trigger in it, at once.)
name: incident-sweep-wake

on:
  schedule:
    - cron: "17 6 * * *"
  workflow_dispatch:

permissions: {}

jobs:
  wake:
    name: ${JOB_PURPOSES['incident-sweep-wake.yml'].wake.name}
    runs-on: ubuntu-latest
${permissionsBlock(JOB_PERMISSIONS['incident-sweep-wake.yml'].wake, JOB_PURPOSES['incident-sweep-wake.yml'].wake.why)}
    steps:
${checkoutSteps(options.action, playbooks)}${botLoginInput(options)}
          wake-sweep: "true"
`;
}

function check(options: WorkflowOptions, playbooks: string): string {
  const under = playbooks === '' ? '**' : `${playbooks}/**`;
  return `# Reviews playbook pull requests like code: validation with annotations, what changed in words,
# who gets paged before and after, and a failing check when CODEOWNERS or the issue form is out of
# date. Generated by \`playbook-ops init\`. pull_request (never pull_request_target): a fork's pull
# request runs with a read-only token and none of this repository's secrets.
name: playbook-check

on:
  pull_request:
    paths:
      - ${quoted(under)}
      - .github/CODEOWNERS
      - .github/ISSUE_TEMPLATE/incident.yml
      - .github/workflows/playbook-check.yml

permissions: {}

jobs:
  check:
    name: ${JOB_PURPOSES['playbook-check.yml'].check.name}
    runs-on: ubuntu-latest
    # Only the newest push of a pull request is worth checking.
    concurrency:
      group: playbook-ops-check-\${{ github.event.pull_request.number }}
      cancel-in-progress: true
${permissionsBlock(JOB_PERMISSIONS['playbook-check.yml'].check, JOB_PURPOSES['playbook-check.yml'].check.why)}
    steps:
${checkoutSteps(options.action, playbooks)}${botLoginInput(options)}
`;
}

/** A bot login as GitHub spells one: letters, digits and hyphens, optionally ending in `[bot]`. */
const LOGIN = /^[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:\[bot\])?$/;

/**
 * The four workflows for `options`, by file name under `.github/workflows/`.
 * @throws ScaffoldError when the playbook directory leaves the repository or the bot login is not a login.
 */
export function workflows(options: WorkflowOptions): Record<WorkflowFile, string> {
  const playbooks = repositoryDir(options.playbooks);
  if (!LOGIN.test(options.botLogin)) throw new ScaffoldError(`"${options.botLogin}" is not a GitHub login (e.g. my-app[bot])`);
  if (!/^[^\s'"`$]+$/.test(options.action)) throw new ScaffoldError(`"${options.action}" is not an Action reference (e.g. ${DEFAULT_ACTION})`);
  return {
    'incidents.yml': incidents(options, playbooks),
    'incident-sweep.yml': sweep(options, playbooks),
    'incident-sweep-wake.yml': wake(options, playbooks),
    'playbook-check.yml': check(options, playbooks),
  };
}
