import { readFile, readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { findYamlFiles } from '../../src/config/find-files.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { packageRoot } from '../../src/package-root.js';
import { controlCharacters, liveCommands } from '../action/runner-model.js';
import { copyDefaultSet, edit, positionOf } from './fixture.js';

/** Runs the CLI in `cwd` and captures its output. */
async function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd });
  return { code, stdout, stderr };
}

/** A copy of the default set, and how to name it from its parent directory. */
async function setInParent() {
  const dir = await copyDefaultSet();
  return { dir, cwd: dirname(dir), name: basename(dir) };
}

const SCALAR = /^(\s*(?:- )?)(name|title): (.+)$/m;

describe('validate', () => {
  test('the default set exits 0 and prints a summary', async () => {
    const { code, stdout } = await run(['validate'], packageRoot());
    expect(code).toBe(0);
    const files = (await findYamlFiles(join(packageRoot(), 'playbooks'))).length;
    expect(stdout).toMatch(new RegExp(`\\n0 errors, \\d+ warnings in ${files} files\\n$`));
    expect(stdout).toMatch(/^playbooks\/contacts\.yaml:\d+:\d+ +warning +placeholder +contacts\[0\]\.github: placeholder "\[GitHub Handle\]"/m);
  });

  test('changing one value to a mapping in any default file exits 1 with its path, line and column', async () => {
    const files = await findYamlFiles(join(packageRoot(), 'playbooks'));
    expect(files.length).toBeGreaterThanOrEqual(13);
    for (const file of files) {
      const { dir, cwd, name } = await setInParent();
      const text = await readFile(join(dir, file), 'utf8');
      const match = SCALAR.exec(text);
      if (match === null) throw new Error(`${file} has no name or title to change`);
      const [line, prefix, key, value] = match as unknown as [string, string, string, string];
      await edit(dir, file, line, `${prefix}${key}: {oops: 1}`);
      const at = await positionOf(dir, file, '{oops: 1}');
      const { code, stdout } = await run(['validate', name], cwd);
      expect(code, file).toBe(1);
      expect(value.length, file).toBeGreaterThan(0);
      expect(stdout, file).toMatch(new RegExp(`^${name}/${file.replaceAll('.', '\\.')}:${at.line}:${at.column}  error  schema  \\S*${key}: expected text, found a mapping$`, 'm'));
      expect(stdout, file).toMatch(/\n1 error, \d+ warnings in \d+ files\n$/);
    }
  });

  test('a list turned into text is found too', async () => {
    const { dir, cwd, name } = await setInParent();
    await edit(dir, 'escalation.yaml', 'contacts: [cto, vp-engineering]', 'contacts: cto');
    const at = await positionOf(dir, 'escalation.yaml', 'cto', 'level: 4');
    const { code, stdout } = await run(['validate', name], cwd);
    expect(code).toBe(1);
    expect(stdout).toContain(`${name}/escalation.yaml:${at.line}:${at.column}  error  schema  technical[3].contacts: expected a list, found text\n`);
    expect(stdout).toContain('    hint: write a list: one "- item" per line below the key, or [a, b] on the line\n');
  });

  test('--format github prints escaped workflow commands', async () => {
    const { dir, cwd, name } = await setInParent();
    await edit(dir, 'roles.yaml', 'id: comms', 'id: ic');
    const { code, stdout } = await run(['validate', name, '--format', 'github'], cwd);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.every((line) => /^::(error|warning) /.test(line))).toBe(true);
    expect(lines).toContain(
      `::error file=${name}/roles.yaml,line=14,col=9,title=duplicate-id::duplicate role id "ic"%0Ahint: first used at line 5; rename or remove one of them`,
    );
  });

  test('--format json prints the diagnostics with paths relative to the working directory', async () => {
    const { dir, cwd, name } = await setInParent();
    await edit(dir, 'scenarios/service-outage.yaml', 'owner: tech', 'owner: tehc');
    const { code, stdout } = await run(['validate', name, '--format', 'json'], cwd);
    expect(code).toBe(1);
    const list = JSON.parse(stdout) as { file: string; rule: string; severity: string }[];
    expect(list.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([
      {
        file: `${name}/scenarios/service-outage.yaml`,
        line: 6,
        column: 8,
        severity: 'error',
        rule: 'unknown-reference',
        message: 'unknown role "tehc"',
        hint: 'did you mean "tech"? (roles are defined in roles.yaml)',
        pointer: '/owner',
      },
    ]);
  });

  test('a directory-level diagnostic prints the directory as its place', async () => {
    const { dir, cwd, name } = await setInParent();
    const { rm } = await import('node:fs/promises');
    await rm(join(dir, 'tools.yaml'));
    const text = await run(['validate', name], cwd);
    expect(text.stdout).toMatch(new RegExp(`^${name}:1:1 +error +missing-document +the set has no tools document$`, 'm'));
    const github = await run(['validate', name, '--format', 'github'], cwd);
    expect(github.stdout).toContain(`::error file=${name},line=1,col=1,title=missing-document::the set has no tools document%0Ahint: `);
  });

  test('file names cannot inject workflow commands or terminal escapes, in any format', async () => {
    const { dir, cwd, name } = await setInParent();
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, 'x\n::error::owned.yaml'), 'kind: nonsense\n');
    await writeFile(join(dir, '\u001b[2J\u202e##[add-mask]y.yaml'), 'kind: nonsense\n');
    for (const [cwdHere, dirArg] of [[cwd, name], [dir, '.']] as const) {
      for (const format of ['text', 'github', 'json']) {
        const { code, stdout } = await run(['validate', dirArg, '--format', format], cwdHere);
        expect(code).toBe(1);
        expect(liveCommands(stdout).filter((line) => !(format === 'github' && /^::(error|warning) file=/.test(line)))).toEqual([]);
        expect(controlCharacters(stdout)).toEqual([]);
        if (format === 'text') expect(stdout).toContain('x\\n::error::owned.yaml');
        if (format === 'github') expect(stdout).toContain('x\\n%3A%3Aerror%3A%3Aowned.yaml');
      }
    }
    const text = await run(['validate', '.'], dir);
    expect(text.stdout).toMatch(/^x\\n::error::owned\.yaml:\d+:\d+ {2}error {2}unknown-kind/m);
  });

  test('an unknown format is quoted with its control characters escaped', async () => {
    const { code, stderr } = await run(['validate', '--format', 'x\n::error::y'], packageRoot());
    expect(code).toBe(2);
    expect(stderr).toContain('unknown format "x\\n::error::y"');
  });

  test('usage errors exit 2', async () => {
    const missing = await run(['validate', 'no-such-dir'], packageRoot());
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'playbook-ops validate: the playbook directory "no-such-dir" does not exist\nRun `playbook-ops validate --help` for usage.\n' });
    const format = await run(['validate', '--format', 'xml'], packageRoot());
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown format "xml": use text, github, json');
    expect((await run(['validate', '--colour'], packageRoot())).code).toBe(2);
    expect((await run(['validate', 'a', 'b'], packageRoot())).code).toBe(2);
  });

  test('--help documents the argument, every option and the exit codes', async () => {
    const { code, stdout } = await run(['validate', '--help'], packageRoot());
    expect(code).toBe(0);
    for (const text of ['Usage: playbook-ops validate [dir|file] [--format text|github|json] [--strict]', 'dir|file ', '--strict ', '--format FORMAT', 'text ', 'github ', 'json ', '-h, --help', 'Exit status:', '  2  usage error']) {
      expect(stdout).toContain(text);
    }
  });
});

describe('config', () => {
  test('--json prints the resolved model with the numbers of the source playbook', async () => {
    const { code, stdout, stderr } = await run(['config', 'playbooks', '--json'], packageRoot());
    expect(code).toBe(0);
    expect(stderr).toMatch(/^0 errors, \d+ warnings in \d+ files; run `playbook-ops validate playbooks` to list them\n$/);
    // The model is plain data (strings, numbers, null), so its JSON is the same shape.
    const set = JSON.parse(stdout) as PlaybookSet;
    expect(set.severities.map((severity) => [
      severity.label,
      severity.name,
      severity.responseMinutes,
      severity.updateEveryMinutes,
      severity.postmortem,
    ])).toEqual([
      ['sev-1', 'Critical', 15, 30, { required: true, dueMinutesAfterResolution: 2880 }],
      ['sev-2', 'High', 30, 60, { required: true, dueMinutesAfterResolution: 2880 }],
      ['sev-3', 'Medium', 120, null, { required: false, dueMinutesAfterResolution: null }],
      ['sev-4', 'Low', 1440, null, { required: false, dueMinutesAfterResolution: null }],
    ]);
    expect(set.escalation.technical.map((level) => [
      level.level,
      level.name,
      level.afterMinutes,
      level.contacts.map((contact) => contact.id),
    ])).toEqual([
      [1, 'On-call engineer', 0, ['primary-on-call', 'secondary-on-call']],
      [2, 'Senior engineers and team leads', 30, ['senior-engineers', 'team-leads']],
      [3, 'Architects and platform leads', 60, ['architects', 'platform-leads']],
      [4, 'Executive leadership', 120, ['cto', 'vp-engineering']],
    ]);
    expect(set.escalation.management.map((rule) => [
      rule.severity,
      rule.name,
      rule.withinMinutes,
      rule.notify.map((contact) => contact.id),
    ])).toEqual([
      ['sev-3', 'Team Lead notification', null, ['team-leads']],
      ['sev-2', 'Director notification', 60, ['engineering-director']],
      ['sev-1', 'CTO/VP Engineering notification', 30, ['cto', 'vp-engineering']],
    ]);
    // References are resolved to whole objects.
    expect(set.escalation.technical[0]?.contacts[0]).toMatchObject({ id: 'primary-on-call', name: 'Primary On-Call', category: 'on-call' });
    expect(set.roles.map((role) => role.id)).toEqual(['ic', 'comms', 'tech', 'sme']);
    expect(set.phases.map((phase) => phase.id)).toEqual(['detection', 'initial-response', 'investigation', 'mitigation', 'resolution', 'post-incident']);
    expect(set.scenarios.map((scenario) => scenario.id).sort()).toEqual(['data-integrity', 'performance-degradation', 'security-incident', 'service-outage']);
    expect(set.reviewCadenceMinutes).toBe(90 * 24 * 60);
    expect(set.reviews.length).toBe((await findYamlFiles(join(packageRoot(), 'playbooks'))).length);
    expect(set.reviews[0]).toMatchObject({ cadenceMinutes: 129600 });
    expect(set.reviews[0]?.nextDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('without --json prints a short summary', async () => {
    const { code, stdout } = await run(['config'], packageRoot());
    expect(code).toBe(0);
    expect(stdout).toContain('Roles (4): Incident Commander (ic), Communication Lead (comms), Technical Lead (tech), Subject Matter Experts (sme)\n');
    expect(stdout).toContain('  sev-1 Critical: respond within 15m, updates every 30m, post-mortem required within 2d of resolution\n');
    expect(stdout).toContain('  L4 Executive leadership after 2h: cto, vp-engineering\n');
    expect(stdout).toContain('  sev-2 Director notification within 1h: engineering-director\n');
  });

  test('errors go to stderr and exit 1, with nothing on stdout', async () => {
    const { dir, cwd, name } = await setInParent();
    await edit(dir, 'severities.yaml', 'response_time: 15m', 'response_time: soon');
    const { code, stdout, stderr } = await run(['config', name, '--json'], cwd);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^${name}/severities\\.yaml:\\d+:\\d+ +error +schema +severities\\[0\\]\\.response_time: "soon" is not a duration$`, 'm'));
  });

  test('usage errors exit 2 and --help documents every option', async () => {
    expect((await run(['config', 'no-such-dir'], packageRoot())).stderr).toContain('the playbook directory "no-such-dir" does not exist');
    expect((await run(['config', '--yaml'], packageRoot())).code).toBe(2);
    const help = await run(['config', '--help'], packageRoot());
    expect(help.code).toBe(0);
    for (const text of ['Usage: playbook-ops config [dir] [--json]', 'dir ', '--json', '-h, --help', 'Exit status:']) expect(help.stdout).toContain(text);
  });

  test('the commands are listed in the overview', async () => {
    const { stdout } = await run(['--help'], packageRoot());
    expect(stdout).toMatch(/^ {2}validate +check a playbook set/m);
    expect(stdout).toMatch(/^ {2}config +print the resolved playbook set/m);
    expect((await readdir(join(packageRoot(), 'src/cli/commands'))).includes('validate.ts')).toBe(true);
  });
});
