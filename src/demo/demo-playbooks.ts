/**
 * The demo's playbook set: the bundled default set with GitHub handles in place of the
 * `[GitHub Handle]` placeholders, so its pages name people the way a team's own set would; on
 * request, with sinks outside GitHub (PagerDuty, Slack) and a real owner for the quarterly review.
 */
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';
import type { ContactsDoc, EscalationDoc, SeveritiesDoc, SinkDoc } from '../config/documents.js';
import { packageRoot } from '../package-root.js';

/** Handles of the demo's fictional company, by contact id. */
export const DEMO_HANDLES: Record<string, string> = {
  'primary-on-call': '@priya',
  'secondary-on-call': '@sam',
  'security-team': '@acme/security',
  cto: '@chen',
  'vp-engineering': '@ravi',
  'head-of-security': '@hana',
  'customer-success-lead': '@carmen',
  'senior-engineers': '@acme/senior-engineers',
  'team-leads': '@acme/team-leads',
  architects: '@acme/architects',
  'platform-leads': '@acme/platform-leads',
  'engineering-director': '@dana',
};

/** The secrets the demo's sinks name: the workflow would pass them as environment variables. */
export const DEMO_SINK_SECRETS = { pagerDuty: 'PAGERDUTY_PAYMENTS', slack: 'SLACK_INCIDENTS' } as const;

/** What the demo set adds to the default set besides the handles. */
export interface DemoPlaybookOptions {
  /**
   * Page levels 1 and 2 in PagerDuty at this Events API endpoint (a local fake), and post every
   * SEV-1 and SEV-2 page, update and resolution to the Slack channel #incidents.
   */
  pagerDutyUrl?: string;
  /** Who owns every file, in place of the `[Owner]` placeholder, so a review round asks someone. */
  reviewOwner?: string;
}

const HEADER = (kind: string): string => `# yaml-language-server: $schema=../schemas/${kind}.schema.json\n`;

async function rewrite(dir: string, file: string, change: (doc: unknown) => void): Promise<void> {
  const path = join(dir, file);
  const doc = load(await readFile(path, 'utf8'));
  change(doc);
  await writeFile(path, `${HEADER(file.replace(/\.yaml$/u, ''))}${dump(doc)}`);
}

async function addSinks(dir: string, pagerDutyUrl: string): Promise<void> {
  const pagerDuty: SinkDoc = { type: 'pagerduty', secret: DEMO_SINK_SECRETS.pagerDuty, name: 'PagerDuty payments', url: pagerDutyUrl };
  const slack: SinkDoc = { type: 'slack', secret: DEMO_SINK_SECRETS.slack, name: '#incidents' };
  await rewrite(dir, 'escalation.yaml', (doc) => {
    for (const level of (doc as EscalationDoc).technical) if (level.level <= 2) level.sinks = [pagerDuty];
  });
  await rewrite(dir, 'severities.yaml', (doc) => {
    for (const severity of (doc as SeveritiesDoc).severities) if (severity.label === 'sev-1' || severity.label === 'sev-2') severity.sinks = [slack];
  });
}

/** Puts `owner` in place of every file's `[Owner]` placeholder (text edit, so the files keep their comments). */
async function setOwner(dir: string, owner: string): Promise<void> {
  for (const entry of await readdir(dir, { recursive: true })) {
    if (!entry.endsWith('.yaml')) continue;
    const path = join(dir, entry);
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replaceAll('"[Owner]"', JSON.stringify(owner)));
  }
}

/** Copies the default set into `dir` with the demo's handles (and `options`); returns `dir`. */
export async function writeDemoPlaybooks(dir: string, options: DemoPlaybookOptions = {}): Promise<string> {
  await cp(join(packageRoot(), 'playbooks'), dir, { recursive: true });
  // Before the rewrites below, which write YAML without the files' comments and quoting.
  if (options.reviewOwner !== undefined) await setOwner(dir, options.reviewOwner);
  await rewrite(dir, 'contacts.yaml', (doc) => {
    for (const contact of (doc as ContactsDoc).contacts) {
      const handle = DEMO_HANDLES[contact.id];
      if (handle !== undefined) contact.github = handle;
    }
  });
  if (options.pagerDutyUrl !== undefined) await addSinks(dir, options.pagerDutyUrl);
  return dir;
}
