/**
 * validate warns about a sink whose secret the paging workflows, as `playbook-ops init` writes
 * them, do not pass to the playbook-ops step; and about a sink whose URL would put a secret in the YAML.
 */
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { packageRoot } from '../../src/package-root.js';
import { DEFAULT_ACTION, DEFAULT_BOT_LOGIN, workflows } from '../../src/scaffold/workflows.js';

async function run(argv: string[], cwd: string) {
  let stdout = '';
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: () => undefined, cwd });
  return { code, stdout };
}

/** A repository with the default set, a SEV-1 PagerDuty sink, and the workflows init writes. */
async function repository(sink = '      - { type: pagerduty, secret: PAGERDUTY_PAYMENTS }\n'): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'playbook-ops-secrets-'));
  await mkdir(join(root, '.git'));
  await cp(join(packageRoot(), 'playbooks'), join(root, 'playbooks'), { recursive: true });
  const severities = join(root, 'playbooks', 'severities.yaml');
  await writeFile(severities, (await readFile(severities, 'utf8')).replace('    response_time: 15m\n', `    response_time: 15m\n    sinks:\n${sink}`));
  await mkdir(join(root, '.github', 'workflows'), { recursive: true });
  for (const [file, text] of Object.entries(workflows({ action: DEFAULT_ACTION, playbooks: 'playbooks', botLogin: DEFAULT_BOT_LOGIN }))) {
    await writeFile(join(root, '.github', 'workflows', file), text);
  }
  return root;
}

const LINE = /^playbooks\/severities\.yaml:\d+:\d+ +warning +sink-secret +the pagerduty sink's secret PAGERDUTY_PAYMENTS is not passed to playbook-ops in \.github\/workflows\/(\S+) \(job (\w+)\)/gm;

describe('sink-secret', () => {
  test('the workflows as init writes them pass no secret: a warning per paging workflow, at the severity', async () => {
    const root = await repository();
    const { code, stdout } = await run(['validate', 'playbooks'], root);
    expect(code).toBe(0);
    expect([...stdout.matchAll(LINE)].map((match) => `${match[1] ?? ''} ${match[2] ?? ''}`)).toEqual(['incidents.yml reconcile', 'incident-sweep.yml sweep']);
    expect(stdout).toContain('add "PAGERDUTY_PAYMENTS: ${{ secrets.PAGERDUTY_PAYMENTS }}" under env: of the playbook-ops step');
  });

  test('passed on the step of incidents.yml: only the sweep is reported', async () => {
    const root = await repository();
    const file = join(root, '.github', 'workflows', 'incidents.yml');
    const text = await readFile(file, 'utf8');
    const step = `      - uses: ${DEFAULT_ACTION}\n        with:\n          playbooks: "playbooks"\n`;
    expect(text).toContain(step);
    await writeFile(file, text.replace(step, `${step}        env:\n          PAGERDUTY_PAYMENTS: \${{ secrets.PAGERDUTY_PAYMENTS }}\n`));
    const { stdout } = await run(['validate', 'playbooks'], root);
    expect([...stdout.matchAll(LINE)].map((match) => match[1])).toEqual(['incident-sweep.yml']);
  });

  test('a slack sink with a url is an error: the URL is the secret', async () => {
    const root = await repository('      - { type: slack, secret: SLACK_INCIDENTS, url: "https://hooks.slack.com/services/T0/B0/x" }\n');
    const { code, stdout } = await run(['validate', 'playbooks'], root);
    expect(code).toBe(1);
    expect(stdout).toMatch(/severities\.yaml:\d+:\d+ +error +sink-url +a slack sink takes no url: its webhook URL is the secret/);
  });

  test('a webhook without url is an error', async () => {
    const { stdout } = await run(['validate', 'playbooks'], await repository('      - { type: webhook, secret: HOOK_KEY }\n'));
    expect(stdout).toMatch(/error +sink-url +the webhook sink HOOK_KEY has no url/);
  });

  test('a secret name the runner owns is refused by the schema', async () => {
    const { code, stdout } = await run(['validate', 'playbooks'], await repository('      - { type: pagerduty, secret: GITHUB_TOKEN }\n'));
    expect(code).toBe(1);
    expect(stdout).toMatch(/severities\.yaml:\d+:\d+ +error +schema +.*secret/);
  });
});
