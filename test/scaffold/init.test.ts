import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { validatePlaybooks } from '../../src/config/validate-playbooks.js';
import { issueForm } from '../../src/markdown/issue-form.js';
import { codeownersBlock } from '../../src/scaffold/codeowners.js';
import { DEFAULT_ACTION, DEFAULT_BOT_LOGIN, JOB_PERMISSIONS, workflows } from '../../src/scaffold/workflows.js';
import { emptyDir } from '../config/fixture.js';
import { actionlint } from './actionlint.js';

async function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd });
  return { code, stdout, stderr };
}

/** Every file below `dir`, relative, `/`-separated, sorted. */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => posix.relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

interface Workflow {
  on: Record<string, unknown>;
  permissions?: unknown;
  jobs: Record<string, { permissions?: unknown; steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] }>;
}

describe('playbook-ops init into an empty directory', () => {
  it('writes a repository whose workflows pass actionlint and whose playbooks validate', async () => {
    const root = await emptyDir();
    const { code, stdout, stderr } = await run(['init', '--owner', '@acme/incident-leads,@jane'], root);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const files = await filesIn(root);
    expect(files).toEqual(expect.arrayContaining(['.github/CODEOWNERS', '.github/ISSUE_TEMPLATE/incident.yml', '.github/workflows/incidents.yml', '.github/workflows/incident-sweep.yml', '.github/workflows/incident-sweep-wake.yml', '.github/workflows/playbook-check.yml', 'playbooks/severities.yaml', 'playbooks/scenarios/service-outage.yaml', 'playbooks/.schemas/common.schema.json']));
    // It prints every file it wrote, then the steps no file can do.
    for (const file of files) expect(stdout).toContain(`\n  ${file}\n`);
    expect(stdout).toMatch(/labels sync playbooks --repo OWNER\/NAME/);
    expect(stdout).toContain('"Allow GitHub Actions to create and approve pull requests"');
    expect(stdout).toMatch(/Tokens: /);

    const workflows = files.filter((file) => file.startsWith('.github/workflows/'));
    expect(workflows).toHaveLength(4);
    for (const file of workflows) expect(await actionlint(await readFile(join(root, file), 'utf8'), file), file).toEqual([]);

    const validation = await validatePlaybooks(join(root, 'playbooks'), { now: new Date() });
    expect(validation.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    const set = validation.set;
    if (set === null) throw new Error('the scaffolded set did not load');
    expect(set.reviews.every((review) => review.owners.join() === '@acme/incident-leads,@jane')).toBe(true);
    expect(set.reviews.every((review) => review.lastReviewed === new Date().toISOString().slice(0, 10))).toBe(true);
    expect(await readFile(join(root, '.github/ISSUE_TEMPLATE/incident.yml'), 'utf8')).toBe(issueForm(set));
    expect(await readFile(join(root, '.github/CODEOWNERS'), 'utf8')).toBe(codeownersBlock(set, 'playbooks'));
    expect(await run(['validate', 'playbooks'], root)).toMatchObject({ code: 0 });
  });

  it('every playbook file\'s schema comment resolves to the schema of its kind inside the repository', async () => {
    const root = await emptyDir();
    expect((await run(['init', 'repo'], root)).code).toBe(0);
    const playbooks = join(root, 'repo/playbooks');
    const yaml = (await filesIn(playbooks)).filter((file) => file.endsWith('.yaml'));
    expect(yaml.length).toBeGreaterThanOrEqual(13);
    for (const file of yaml) {
      const text = await readFile(join(playbooks, file), 'utf8');
      const reference = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)?.[1];
      expect(reference, file).toBeDefined();
      const schemaPath = join(dirname(join(playbooks, file)), reference ?? '');
      expect(existsSync(schemaPath), `${file} → ${reference ?? ''}`).toBe(true);
      const kind = (load(text) as { kind: string }).kind;
      const schema = JSON.parse(await readFile(schemaPath, 'utf8')) as { $id: string };
      expect(schema.$id, file).toMatch(new RegExp(`/${kind}\\.schema\\.json$`));
      // Schemas refer to each other by relative name, which must sit beside them too.
      for (const match of JSON.stringify(schema).matchAll(/"\$ref":"([a-z-]+\.schema\.json)#/g)) {
        expect(existsSync(join(dirname(schemaPath), match[1] ?? '')), `${reference ?? ''} → ${match[1] ?? ''}`).toBe(true);
      }
    }
  });

  it('workflows grant nothing at the top and each job exactly its scopes, run no event text and never use pull_request_target', async () => {
    const root = await emptyDir();
    expect((await run(['init', '--playbooks', 'ops/incident playbooks', '--bot-login', 'acme-pager[bot]', '--action', 'playbook-ops/playbook-ops@0123456789abcdef0123456789abcdef01234567'], root)).code).toBe(0);
    for (const [file, jobs] of Object.entries(JOB_PERMISSIONS)) {
      const text = await readFile(join(root, '.github/workflows', file), 'utf8');
      expect(await actionlint(text, `.github/workflows/${file}`), file).toEqual([]);
      const workflow = load(text) as Workflow;
      expect(workflow.permissions, file).toStrictEqual({});
      expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
      expect(Object.keys(workflow.jobs).sort()).toEqual(Object.keys(jobs).sort());
      for (const [name, job] of Object.entries(workflow.jobs)) {
        expect(job.permissions, `${file} ${name}`).toStrictEqual(jobs[name as keyof typeof jobs]);
        expect(job.steps.filter((step) => step.run !== undefined)).toEqual([]);
        const action = job.steps.find((step) => step.uses?.startsWith('playbook-ops/') === true);
        expect(action?.uses).toBe('playbook-ops/playbook-ops@0123456789abcdef0123456789abcdef01234567');
        // The wake-up only turns the sweep on; a merged post-mortem never needs it on.
        const inputs = { playbooks: 'ops/incident playbooks', 'bot-login': 'acme-pager[bot]' };
        const special: Record<string, Record<string, string>> = { 'incident-sweep-wake.yml wake': { ...inputs, 'wake-sweep': 'true' }, 'incidents.yml postmortem-merged': { ...inputs, 'sweep-workflow': '' } };
        expect(action?.with).toEqual(special[`${file} ${name}`] ?? inputs);
      }
    }
    const check = load(await readFile(join(root, '.github/workflows/playbook-check.yml'), 'utf8')) as Workflow;
    expect((check.on.pull_request as { paths: string[] }).paths).toContain('ops/incident playbooks/**');
    const incidents = await readFile(join(root, '.github/workflows/incidents.yml'), 'utf8');
    expect(incidents).toContain("github.event.comment.user.login != 'acme-pager[bot]'");
    expect(await run(['validate', 'ops/incident playbooks'], root)).toMatchObject({ code: 0 });
  });
});

describe('the scaffolded workflows\' concurrency', () => {
  it('is per job, after its if; never cancels a running reconcile; one queue per incident, shared by the sweep and manual runs of all', () => {
    const flows = workflows({ action: DEFAULT_ACTION, playbooks: 'playbooks', botLogin: DEFAULT_BOT_LOGIN });
    const jobs = Object.fromEntries(
      Object.entries(flows).flatMap(([file, text]) => {
        const workflow = load(text) as { concurrency?: unknown; jobs: Record<string, { if?: string; concurrency?: { group: string; 'cancel-in-progress': boolean } }> };
        // A workflow-level group would be taken before any job's if: a skipped event could replace a queued run that matters.
        expect(workflow.concurrency, file).toBeUndefined();
        return Object.entries(workflow.jobs).map(([name, job]) => [`${file} ${name}`, job]);
      }),
    );
    expect((load(flows['incidents.yml']) as { on: Record<string, unknown> }).on.repository_dispatch).toEqual({ types: ['alert'] });
    // An alert (repository_dispatch) queues alone, by its run id: a queued alert replaced by another would be lost.
    expect(jobs['incidents.yml reconcile']?.concurrency).toEqual({
      group: "playbook-ops-incident-${{ github.event.issue.number || inputs.issue || (github.event_name == 'repository_dispatch' && format('alert-{0}', github.run_id)) || 'all' }}",
      'cancel-in-progress': false,
    });
    expect(jobs['incidents.yml reconcile']?.if).toContain("github.event.comment.user.login != 'github-actions[bot]'");
    expect(jobs['incidents.yml reconcile']?.if).toContain('!github.event.issue.pull_request');
    expect(jobs['incident-sweep.yml sweep']?.concurrency).toEqual({ group: 'playbook-ops-incident-all', 'cancel-in-progress': false });
    expect(jobs['incidents.yml postmortem-merged']?.concurrency?.['cancel-in-progress']).toBe(false);
    // Only an outdated push of a pull request may be cancelled: its check is replaced by the newer head's.
    expect(jobs['playbook-check.yml check']?.concurrency).toEqual({ group: 'playbook-ops-check-${{ github.event.pull_request.number }}', 'cancel-in-progress': true });
  });
});

describe('playbook-ops init in a repository that has files', () => {
  it('keeps what exists without --force, overwrites with it, and merges CODEOWNERS', async () => {
    const root = await emptyDir();
    await mkdir(join(root, '.github'), { recursive: true });
    await writeFile(join(root, '.github/CODEOWNERS'), '* @acme/everyone\n');
    await mkdir(join(root, 'playbooks'));
    await writeFile(join(root, 'playbooks/notes.txt'), 'ours\n');
    const first = await run(['init'], root);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Kept (they exist with other content; --force overwrites them):\n  .github/CODEOWNERS\n');
    expect(await readFile(join(root, '.github/CODEOWNERS'), 'utf8')).toBe('* @acme/everyone\n');

    const severities = join(root, 'playbooks/severities.yaml');
    const edited = (await readFile(severities, 'utf8')).replace('response_time: 15m', 'response_time: 10m');
    expect(edited).toContain('response_time: 10m');
    await writeFile(severities, edited);
    const second = await run(['init'], root);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Kept (they exist with other content; --force overwrites them):\n  playbooks/severities.yaml\n');
    expect(second.stdout).toContain('Already up to date:\n');
    expect(second.stdout).not.toContain('Wrote:');
    expect(await readFile(severities, 'utf8')).toBe(edited);

    const forced = await run(['init', '--force'], root);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('  playbooks/severities.yaml\n');
    expect(await readFile(severities, 'utf8')).toContain('response_time: 15m');
    const codeowners = await readFile(join(root, '.github/CODEOWNERS'), 'utf8');
    expect(codeowners.startsWith('* @acme/everyone\n\n# BEGIN playbook-ops')).toBe(true);
    expect(await readFile(join(root, 'playbooks/notes.txt'), 'utf8')).toBe('ours\n');
  });

  it('generates the form and CODEOWNERS from the playbooks the repository keeps, and stops on their errors', async () => {
    const root = await emptyDir();
    expect((await run(['init'], root)).code).toBe(0);
    await writeFile(join(root, 'playbooks/severities.yaml'), (await readFile(join(root, 'playbooks/severities.yaml'), 'utf8')).replace('owners: ["[Owner]"]', 'owners: ["@acme/sev-owners"]'));
    await rm(join(root, '.github/CODEOWNERS'));
    expect((await run(['init'], root)).code).toBe(0);
    expect(await readFile(join(root, '.github/CODEOWNERS'), 'utf8')).toContain('/playbooks/severities.yaml @acme/sev-owners\n');

    await writeFile(join(root, 'playbooks/roles.yaml'), 'kind: roles\nroles: 3\n');
    const broken = await run(['init'], root);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^playbooks\/roles\.yaml:\d+:\d+ +error/m);
    expect(broken.stderr).toContain('the issue form and CODEOWNERS were not generated');
  });

  it('never writes through a symbolic link, even with --force, and writes nothing when one is in the way', async () => {
    const root = await emptyDir();
    const outside = await emptyDir();
    await mkdir(join(root, '.github'));
    await symlink(outside, join(root, '.github/workflows'));
    const refused = await run(['init', '--force'], root);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('".github/workflows" is a symbolic link');
    expect(await readdir(outside)).toEqual([]);
    expect(existsSync(join(root, 'playbooks'))).toBe(false);
  });

  it('refuses options it cannot honour with a usage error', async () => {
    const root = await emptyDir();
    expect((await run(['init', '--owner', 'jane'], root)).stderr).toContain('--owner "jane" is not a GitHub handle');
    expect((await run(['init', '--playbooks', '../x'], root)).stderr).toContain('must be a path inside the repository');
    expect((await run(['init', '--bot-login', "x' || true"], root)).stderr).toContain('is not a GitHub login');
    expect((await run(['init', '--reviewed', '2026-13-01'], root)).stderr).toContain('is not a date');
    expect(await readdir(root)).toEqual([]);
  });
});
