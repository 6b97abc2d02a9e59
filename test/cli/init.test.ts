import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BROKEN_ROLES, run, tempDir, usage } from './cli-run.js';

const PLAYBOOKS = ['communication', 'contacts', 'escalation', 'postmortem', 'process', 'roles', 'scenarios/data-integrity', 'scenarios/performance-degradation', 'scenarios/security-incident', 'scenarios/service-outage', 'settings', 'severities', 'tools'];
const SCHEMAS = ['common', 'communication', 'contacts', 'escalation', 'playbook', 'postmortem', 'process', 'roles', 'scenario', 'settings', 'severities', 'tools'];
const GITHUB = ['.github/ISSUE_TEMPLATE/incident.yml', '.github/CODEOWNERS', '.github/workflows/incidents.yml', '.github/workflows/incident-sweep.yml', '.github/workflows/incident-sweep-wake.yml', '.github/workflows/playbook-check.yml'];

/** Every file init writes, as it lists them, for the playbook directory `dir`. */
function everyFile(dir: string): string[] {
  return [...PLAYBOOKS.map((file) => `${dir}/${file}.yaml`), ...SCHEMAS.map((file) => `${dir}/.schemas/${file}.schema.json`), ...GITHUB];
}

const listed = (heading: string, paths: string[]) => `${heading}\n${paths.map((path) => `  ${path}\n`).join('')}`;

describe('init', () => {
  test('writes the playbooks, schemas, form, CODEOWNERS and workflows, then prints the next steps', async () => {
    const cwd = await tempDir();
    const { code, stdout, stderr } = await run(['init', 'repo', '--owner', '@acme/sre, @bob', '--reviewed', '2026-11-01'], cwd);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.startsWith(`${listed('Wrote:', everyFile('playbooks'))}\nNext steps:\n  1. Fill in the placeholders`)).toBe(true);
    expect(stdout).toContain(' npx playbook-ops validate playbooks\n');
    expect(await readFile(join(cwd, 'repo/playbooks/roles.yaml'), 'utf8')).toMatch(/\n {2}owners: \["@acme\/sre","@bob"\]\n {2}last_reviewed: "2026-11-01"\n/);
    const incidents = await readFile(join(cwd, 'repo/.github/workflows/incidents.yml'), 'utf8');
    expect(incidents).toContain('uses: playbook-ops/playbook-ops@v1\n');
    expect(incidents).toContain("github.event.comment.user.login != 'github-actions[bot]'");
    expect(incidents).not.toContain('bot-login:');
  });

  test('run again, every file is up to date; with other options the files that differ are kept, and --force writes them', async () => {
    const cwd = await tempDir();
    await run(['init', '--reviewed', '2026-11-01'], cwd);
    expect((await run(['init', '.', '--reviewed', '2026-11-01'], cwd)).stdout.startsWith(`${listed('Already up to date:', everyFile('playbooks'))}\nNext steps:`)).toBe(true);
    const kept = (await run(['init', '--reviewed', '2026-11-02'], cwd)).stdout;
    expect(kept).toContain(`Kept (they exist with other content; --force overwrites them):\n${PLAYBOOKS.map((file) => `  playbooks/${file}.yaml\n`).join('')}\n`);
    expect(kept).not.toContain('Wrote:');
    const forced = await run(['init', '--reviewed', '2026-11-02', '--force'], cwd);
    expect(forced.stdout.startsWith(listed('Wrote:', PLAYBOOKS.map((file) => `playbooks/${file}.yaml`)))).toBe(true);
    expect(await readFile(join(cwd, 'playbooks/settings.yaml'), 'utf8')).toContain('last_reviewed: "2026-11-02"');
  });

  test('--reviewed defaults to today in UTC, the owners to the placeholder', async () => {
    const cwd = await tempDir();
    expect((await run(['init'], cwd)).code).toBe(0);
    expect(await readFile(join(cwd, 'playbooks/tools.yaml'), 'utf8')).toContain(`  owners: ["[Owner]"]\n  last_reviewed: "${new Date().toISOString().slice(0, 10)}"`);
  });

  test('--playbooks, --action and --bot-login shape the workflows and the next steps', async () => {
    const cwd = await tempDir();
    const { code, stdout } = await run(['init', '--playbooks', 'ops/pb', '--action', 'acme/playbook-ops@abc123', '--bot-login', 'acme-bot[bot]'], cwd);
    expect(code).toBe(0);
    expect(stdout).toContain('\n  ops/pb/.schemas/tools.schema.json\n');
    expect(stdout).toContain(' npx playbook-ops validate ops/pb\n');
    const sweep = await readFile(join(cwd, '.github/workflows/incident-sweep.yml'), 'utf8');
    expect(sweep).toContain('uses: acme/playbook-ops@abc123\n');
    expect(sweep).toContain('bot-login: ');
    expect(sweep).toContain('acme-bot[bot]');
  });

  test('playbooks with errors are kept, reported on stderr by their path, and the form and CODEOWNERS are not generated', async () => {
    for (const [root, argv, shown] of [['.', [], 'playbooks'], ['repo', ['repo'], 'repo/playbooks'], ['.', ['--playbooks', '.'], '.']] as const) {
      const cwd = await tempDir();
      const playbooks = join(cwd, root, (argv as readonly string[]).includes('--playbooks') ? '' : 'playbooks');
      await mkdir(playbooks, { recursive: true });
      await writeFile(join(playbooks, 'roles.yaml'), BROKEN_ROLES['roles.yaml']);
      const { code, stdout, stderr } = await run(['init', ...argv], cwd);
      expect(code, shown).toBe(1);
      expect(stdout, shown).toContain(`Kept (they exist with other content; --force overwrites them):\n  ${shown === '.' ? '' : 'playbooks/'}roles.yaml\n`);
      expect(stdout, shown).not.toContain('Next steps');
      expect(stderr, shown).toContain(`${shown === '.' ? '' : `${shown}/`}roles.yaml:2:8  error  schema  roles: expected a list, found a whole number\n`);
      expect(stderr, shown).toMatch(new RegExp(`\\n1 error in ${shown.replace('.', '\\.')}: the issue form and CODEOWNERS were not generated; fix them and run init again\\.\\n$`));
      await expect(readFile(join(cwd, root, '.github/CODEOWNERS'), 'utf8')).rejects.toThrow('ENOENT');
    }
  });

  test('two errors are counted as errors', async () => {
    const cwd = await tempDir();
    await mkdir(join(cwd, 'playbooks'));
    await writeFile(join(cwd, 'playbooks/roles.yaml'), BROKEN_ROLES['roles.yaml']);
    await writeFile(join(cwd, 'playbooks/tools.yaml'), BROKEN_ROLES['roles.yaml'].replace('roles', 'tools').replace('roles: 3', 'categories: 3'));
    const { code, stderr } = await run(['init'], cwd);
    expect(code).toBe(1);
    expect(stderr).toMatch(/\n2 errors in playbooks: the issue form and CODEOWNERS were not generated; fix them and run init again\.\n$/);
  });

  test('usage errors name the option and what it takes', async () => {
    const cwd = await tempDir();
    expect(await run(['init', '--owner', '@acme/sre,bob'], cwd)).toEqual(usage('init', '--owner "bob" is not a GitHub handle: write @user or @org/team'));
    expect(await run(['init', '--owner', '@a--b'], cwd)).toEqual(usage('init', '--owner "@a--b" is not a GitHub handle: write @user or @org/team'));
    expect(await run(['init', '--owner', '@org/-team'], cwd)).toEqual(usage('init', '--owner "@org/-team" is not a GitHub handle: write @user or @org/team'));
    expect(await run(['init', '--reviewed', '2026-13-01'], cwd)).toEqual(usage('init', '--reviewed "2026-13-01" is not a date: write YYYY-MM-DD, e.g. 2026-11-27'));
    for (const option of ['owner', 'reviewed', 'playbooks', 'action', 'bot-login']) {
      expect(await run(['init', `--${option}=`], cwd), option).toEqual(usage('init', `--${option} needs a value`));
    }
    expect(await run(['init', '--bot-login', 'not a login'], cwd)).toEqual(usage('init', '"not a login" is not a GitHub login (e.g. my-app[bot])'));
    expect(await run(['init', '--playbooks', '../out'], cwd)).toEqual(usage('init', 'the playbook directory "../out" must be a path inside the repository, relative to its root (e.g. playbooks)'));
    expect(await run(['init', 'a', 'b'], cwd)).toEqual(usage('init', 'unexpected argument "b"'));
  });
});
