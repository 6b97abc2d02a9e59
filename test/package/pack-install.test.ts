/**
 * The package as a team gets it: `npm pack`, the tarball installed into an empty directory from the
 * npm registry, and then only what the tarball holds: `playbook-ops init` and `validate` run from
 * its bin, `labels sync` against the emulator, and its Action bundle run as a runner runs it.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import semver from 'semver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-root.js';
import { BOT, FULL_NAME, PEOPLE, PLAYBOOK_SHA, type World, startWorld, writesOf } from '../lifecycle/harness.js';

const exec = promisify(execFile);

let scratch: string;
let installed: string;
let packedFiles: string[];
let manifest: { engines: { node: string }; license: string; repository: { url: string }; bugs: { url: string } };

/** Runs `file` with `args` in `cwd`; resolves with the exit code and output, never rejects on a non-zero exit. */
async function runFile(file: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(file, args, { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? scratch, ...env }, timeout: 240_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'playbook-ops-pack-'));
  // `npm pack` runs `prepare` (tsc), so dist/ is what the sources compile to now.
  const pack = await exec('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: packageRoot(), maxBuffer: 64 * 1024 * 1024, timeout: 240_000 });
  const [packed] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  if (packed === undefined) throw new Error(`npm pack printed no package: ${pack.stdout}`);
  packedFiles = packed.files.map((file) => file.path);
  const consumer = join(scratch, 'consumer');
  await mkdir(consumer);
  await writeFile(join(consumer, 'package.json'), '{ "private": true }\n');
  await exec('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, packed.filename)], { cwd: consumer, timeout: 240_000 });
  installed = join(consumer, 'node_modules');
  manifest = JSON.parse(await readFile(join(installed, 'playbook-ops/package.json'), 'utf8')) as typeof manifest;
}, 480_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('holds the licence, changelog, readme, Action and schemas, and no tests or TypeScript sources', () => {
    for (const file of ['LICENSE', 'CHANGELOG.md', 'README.md', 'package.json', 'action.yml', 'action/dist/index.js', 'bin/playbook-ops.js', 'dist/src/index.js', 'dist/src/index.d.ts', 'schemas/severities.schema.json', 'playbooks/severities.yaml', 'templates/incident-card.md.hbs']) {
      expect(packedFiles, file).toContain(file);
    }
    expect(packedFiles.filter((file) => file.startsWith('test/') || file.startsWith('src/') || file.endsWith('.test.js'))).toEqual([]);
    expect(manifest.license).toBe('MIT');
    expect(manifest.repository.url).toMatch(/^git\+https:\/\/github\.com\/[\w-]+\/[\w-]+\.git$/);
    expect(manifest.bugs.url).toMatch(/^https:\/\/github\.com\/[\w-]+\/[\w-]+\/issues$/);
  });

  it('claims a Node range that every dependency it installs supports', async () => {
    const ours = manifest.engines.node;
    expect(semver.validRange(ours)).not.toBeNull();
    const unmet: string[] = [];
    let checked = 0;
    const visit = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
        const path = join(dir, entry.name);
        if (entry.name.startsWith('@')) {
          await visit(path);
          continue;
        }
        if (existsSync(join(path, 'package.json'))) {
          const dependency = JSON.parse(await readFile(join(path, 'package.json'), 'utf8')) as { name: string; version: string; engines?: { node?: string } };
          checked += 1;
          const range = dependency.engines?.node;
          if (range !== undefined && !semver.subset(ours, range)) unmet.push(`${dependency.name}@${dependency.version} needs node ${range}`);
        }
        if (existsSync(join(path, 'node_modules'))) await visit(join(path, 'node_modules'));
      }
    };
    await visit(installed);
    expect(checked).toBeGreaterThan(20);
    expect(unmet, `engines.node "${ours}" promises more than these dependencies support`).toEqual([]);
  });

  describe('installed', () => {
    let repository: string;
    let w: World;
    const bin = (): string => join(installed, '.bin/playbook-ops');

    beforeAll(async () => {
      repository = join(scratch, 'adopter');
      await mkdir(repository);
      w = await startWorld({ at: new Date(Date.now() - 10 * 60_000) });
    });
    afterAll(async () => {
      await w.stop();
    });

    it('init writes a repository whose playbooks validate', async () => {
      const init = await runFile(bin(), ['init', '--owner', '@acme/incident-leads'], repository);
      expect(init.stderr).toBe('');
      expect(init.code).toBe(0);
      expect(init.stdout).toContain('  .github/workflows/incidents.yml\n');
      expect(init.stdout).toContain('Next steps:');
      const head = await readFile(join(repository, 'playbooks/severities.yaml'), 'utf8');
      expect(head.startsWith('# yaml-language-server: $schema=.schemas/severities.schema.json\n')).toBe(true);
      expect(existsSync(join(repository, 'playbooks/.schemas/severities.schema.json'))).toBe(true);
      const validate = await runFile(bin(), ['validate', 'playbooks'], repository);
      expect(validate.code).toBe(0);
      expect(validate.stdout).toMatch(/\n0 errors, \d+ warnings in 13 files\n$/);
    });

    it('labels sync creates the labels in the emulator, and a second run changes nothing', async () => {
      const env = { GITHUB_TOKEN: 'bot-token' };
      const first = await runFile(bin(), ['labels', 'sync', 'playbooks', '--repo', FULL_NAME, '--api-url', w.emulator.url], repository, env);
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/: 10 created, 1 updated, 0 unchanged\n$/);
      const before = w.emulator.requests.length;
      const second = await runFile(bin(), ['labels', 'sync', 'playbooks', '--repo', FULL_NAME, '--api-url', w.emulator.url], repository, env);
      expect(second.stdout).toMatch(/: 0 created, 0 updated, 11 unchanged\n$/);
      expect(writesOf(w.emulator.requests.slice(before))).toEqual([]);
    });

    it('its Action bundle, run as a runner runs it, declares an incident from the scaffolded playbooks', async () => {
      const opened = await w.open(PEOPLE.write, { severity: 1, scenario: 'Service Outage', services: 'payments-api', summary: 'Card payments fail.' });
      const files = { event: join(scratch, 'event.json'), output: join(scratch, 'output'), summary: join(scratch, 'summary.md') };
      await writeFile(files.event, JSON.stringify(opened.payload));
      await writeFile(files.output, '');
      await writeFile(files.summary, '');
      const action = await runFile(process.execPath, [join(installed, 'playbook-ops/action/dist/index.js')], repository, {
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: opened.name,
        GITHUB_EVENT_PATH: files.event,
        GITHUB_REPOSITORY: FULL_NAME,
        GITHUB_API_URL: w.emulator.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_SHA: PLAYBOOK_SHA,
        GITHUB_WORKSPACE: repository,
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        'INPUT_GITHUB-TOKEN': 'bot-token',
        INPUT_PLAYBOOKS: 'playbooks',
        'INPUT_BOT-LOGIN': BOT,
        'INPUT_DRY-RUN': 'false',
      });
      expect(action.stdout).not.toContain('::error');
      expect(action.code).toBe(0);
      expect(await readFile(files.output, 'utf8')).toContain('severity<<');
      expect(w.snapshot(opened.number).labels).toEqual(['incident', 'scenario:service-outage', 'sev-1']);
      expect(w.botComments(opened.number).map((comment) => comment.marker)).toEqual(['page:sev-1', 'card']);
      w.emulator.assertNoValidationErrors();
    });
  });
});
