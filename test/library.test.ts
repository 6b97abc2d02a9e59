import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, realpath, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';
import * as emulator from '../src/emulator/index.js';
import { packageRoot } from '../src/package-root.js';

const run = promisify(execFile);

describe('the library', () => {
  it('exports exactly the documented functions and values', () => {
    expect(Object.keys(library).sort()).toEqual([
      'DEFAULT_YAML_LIMITS',
      'PlaybookDirectoryError',
      'PlaybookError',
      'createCommentRenderer',
      'createOctokit',
      'dryRunAppliers',
      'eventTarget',
      'formatDiagnostics',
      'formatDuration',
      'githubAppliers',
      'isIncident',
      'issueForm',
      'issueSource',
      'loadPlaybooks',
      'openIncidentsSource',
      'parseCommands',
      'parseDuration',
      'parseIncidentForm',
      'reconcile',
      'relocateDiagnostics',
      'runFailure',
      'runIncidents',
      'sourceFor',
      'summarizeDiagnostics',
      'validatePlaybooks',
    ]);
  });

  it('loads the default set through the public entry point', async () => {
    const set = await library.loadPlaybooks('playbooks');
    expect(set.severities.map((severity) => [severity.label, severity.responseMinutes])).toEqual([
      ['sev-1', 15],
      ['sev-2', 30],
      ['sev-3', 120],
      ['sev-4', 1440],
    ]);
  });
});

describe('the emulator entry point (playbook-ops/emulator)', () => {
  it('exports exactly the documented functions and values', () => {
    expect(Object.keys(emulator).sort()).toEqual(['ACTIONS_BOT', 'BOT_TOKEN', 'INVALID_RESPONSE', 'PERMISSIONS', 'createEmulator']);
  });

  it('is not loaded by the library root (a program that only loads playbooks does not pay for it)', async () => {
    const loaded = await staticImports(join(packageRoot(), 'src/index.ts'));
    expect(loaded).toContain('src/config/load-playbooks.ts');
    expect(loaded.filter((path) => path.startsWith('src/emulator/'))).toEqual([]);
  });

  it('resolves by the package name, as an installed package resolves it', async () => {
    // A fresh build in a temporary package, so the check neither needs nor trusts the repository's dist/.
    const root = packageRoot();
    // Real path: Node resolves modules to theirs, and tmpdir() may be reached through a link.
    const dir = await realpath(await mkdtemp(join(tmpdir(), 'playbook-ops-exports-')));
    try {
      await copyFile(join(root, 'package.json'), join(dir, 'package.json'));
      await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
      await run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json'), '--outDir', join(dir, 'dist')]);
      const script = [
        "const root = await import('playbook-ops');",
        "const emulator = await import('playbook-ops/emulator');",
        "const resolved = import.meta.resolve('playbook-ops/emulator');",
        'console.log(JSON.stringify({ root: typeof root.createEmulator, emulator: typeof emulator.createEmulator, resolved }));',
      ].join('\n');
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: dir });
      const result = JSON.parse(stdout) as { root: string; emulator: string; resolved: string };
      expect(result).toMatchObject({ root: 'undefined', emulator: 'function' });
      const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { exports: Record<string, { types: string; default: string }> };
      const entry = manifest.exports['./emulator'];
      expect(new URL(result.resolved).pathname).toBe(resolve(dir, entry?.default ?? ''));
      // The declarations the `types` condition names were emitted too.
      await expect(readFile(resolve(dir, entry?.types ?? ''), 'utf8')).resolves.toContain('createEmulator');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/**
 * The modules that `entry` loads when imported, by static `import`/`export ... from`, as paths
 * relative to the package root. Type-only imports are left out (the compiler erases them, and
 * `verbatimModuleSyntax` keeps every other one); dynamic `import()` loads lazily and is left out too.
 */
async function staticImports(entry: string): Promise<string[]> {
  const root = packageRoot();
  const seen = new Set<string>();
  const pending = [entry];
  const clause = String.raw`(?:(?:[\w$]+\s*,\s*)?(?:\{[^}]*\}|\*(?:\s+as\s+[\w$]+)?)|[\w$]+)`;
  const statement = new RegExp(String.raw`^\s*(?:import|export)\s+(?!type[\s{*])(?:${clause}\s*from\s*)?['"](\.[^'"]+)['"]`, 'gm');
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    const path = relative(root, file);
    if (seen.has(path)) continue;
    seen.add(path);
    const source = await readFile(file, 'utf8');
    for (const match of source.matchAll(statement)) {
      pending.push(resolve(dirname(file), match[1]!.replace(/\.js$/, '.ts')));
    }
  }
  return [...seen].sort();
}
