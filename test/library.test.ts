import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, realpath, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';
import * as emulator from '../src/emulator/index.js';
import * as engine from '../src/engine/index.js';
import * as github from '../src/github/index.js';
import { packageRoot } from '../src/package-root.js';
import * as render from '../src/render/index.js';

const run = promisify(execFile);

/** Every entry point: its name in `exports`, its source, and the values it exports (pinned). */
const ENTRIES = [
  {
    subpath: '.',
    source: 'src/index.ts',
    module: library,
    values: [
      'DEFAULT_YAML_LIMITS',
      'PlaybookDirectoryError',
      'PlaybookError',
      'eventTarget',
      'formatDiagnostics',
      'formatDuration',
      'issueForm',
      'loadPlaybooks',
      'parseDuration',
      'relocateDiagnostics',
      'summarizeDiagnostics',
      'validatePlaybooks',
    ],
  },
  { subpath: './engine', source: 'src/engine/index.ts', module: engine, values: ['isIncident', 'parseCommands', 'parseIncidentForm', 'reconcile'] },
  {
    subpath: './github',
    source: 'src/github/index.ts',
    module: github,
    values: ['createOctokit', 'dryRunAppliers', 'githubAppliers', 'issueSource', 'openIncidentsSource', 'runFailure', 'runIncidents', 'sourceFor'],
  },
  { subpath: './render', source: 'src/render/index.ts', module: render, values: ['createCommentRenderer'] },
  { subpath: './emulator', source: 'src/emulator/index.ts', module: emulator, values: ['ACTIONS_BOT', 'BOT_TOKEN', 'INVALID_RESPONSE', 'PERMISSIONS', 'createEmulator'] },
] as const;

/** The package name an entry point is imported by: `playbook-ops` or `playbook-ops/engine`. */
const specifier = (subpath: string): string => (subpath === '.' ? 'playbook-ops' : `playbook-ops/${subpath.slice(2)}`);

/** Packages the root must not load: each costs tens to hundreds of milliseconds at import. */
const HEAVY = /^(?:remark|unified|micromark|mdast-|@octokit\/|bottleneck|handlebars)/;

describe('the library root (playbook-ops)', () => {
  it('loads the default set through the public entry point', async () => {
    const set = await library.loadPlaybooks('playbooks');
    expect(set.severities.map((severity) => [severity.label, severity.responseMinutes])).toEqual([
      ['sev-1', 15],
      ['sev-2', 30],
      ['sev-3', 120],
      ['sev-4', 1440],
    ]);
  });

  it('loads the config layer and none of remark, Octokit, Handlebars or the other entry points', async () => {
    // A program that only loads playbooks does not pay for the engine, the shell or the renderer.
    const { files, packages } = await staticImports(join(packageRoot(), 'src/index.ts'));
    expect(files).toContain('src/config/load-playbooks.ts');
    expect(packages).toContain('js-yaml');
    expect(packages.filter((name) => HEAVY.test(name))).toEqual([]);
    expect(files.filter((path) => path.startsWith('src/emulator/') || /^src\/(?:engine|github|render)\/index\.ts$/.test(path))).toEqual([]);
  });
});

describe.each(ENTRIES)('the entry point $subpath', ({ module, values }) => {
  it('exports exactly the documented functions and values', () => {
    expect(Object.keys(module).sort()).toEqual([...values].sort());
  });
});

describe('the opt-in entry points', () => {
  it('each load the package it is for, and the engine and the renderer load no Octokit', async () => {
    const packages = async (source: string) => (await staticImports(join(packageRoot(), source))).packages;
    const [engineLoads, githubLoads, renderLoads] = await Promise.all(['src/engine/index.ts', 'src/github/index.ts', 'src/render/index.ts'].map(packages));
    expect(engineLoads).toContain('remark');
    expect(githubLoads).toContain('@octokit/rest');
    expect(renderLoads).toContain('handlebars');
    expect([...(engineLoads ?? []), ...(renderLoads ?? [])].filter((name) => name.startsWith('@octokit/'))).toEqual([]);
  });
});

describe('the package exports', () => {
  it('name every entry point, and each resolves by the package name as an installed package resolves it', async () => {
    // A fresh build in a temporary package, so the check neither needs nor trusts the repository's dist/.
    const root = packageRoot();
    // Real path: Node resolves modules to theirs, and tmpdir() may be reached through a link.
    const dir = await realpath(await mkdtemp(join(tmpdir(), 'playbook-ops-exports-')));
    try {
      await copyFile(join(root, 'package.json'), join(dir, 'package.json'));
      await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
      await run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json'), '--outDir', join(dir, 'dist')]);
      const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { exports: Record<string, { types: string; default: string }> };
      expect(Object.keys(manifest.exports).sort()).toEqual(ENTRIES.map((entry) => entry.subpath).sort());
      const script = [
        `const names = ${JSON.stringify(ENTRIES.map((entry) => specifier(entry.subpath)))};`,
        'const result = {};',
        'for (const name of names) result[name] = { keys: Object.keys(await import(name)).sort(), resolved: import.meta.resolve(name) };',
        'console.log(JSON.stringify(result));',
      ].join('\n');
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: dir });
      const result = JSON.parse(stdout) as Record<string, { keys: string[]; resolved: string }>;
      for (const { subpath, values } of ENTRIES) {
        const entry = manifest.exports[subpath];
        const imported = result[specifier(subpath)];
        expect(imported?.keys, subpath).toEqual([...values].sort());
        expect(new URL(imported?.resolved ?? 'file:///').pathname, subpath).toBe(resolve(dir, entry?.default ?? ''));
        // The declarations the `types` condition names were emitted too, and declare the entry's values.
        const declarations = await readFile(resolve(dir, entry?.types ?? ''), 'utf8');
        for (const value of values) expect(declarations, `${subpath}: ${value}`).toContain(value);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/**
 * What `entry` loads when imported, by static `import`/`export ... from`: its source files, as paths
 * relative to the package root, and the packages those import by name (`node:` built-ins left out).
 * Type-only imports are left out (the compiler erases them, and `verbatimModuleSyntax` keeps every
 * other one); dynamic `import()` loads lazily and is left out too.
 */
async function staticImports(entry: string): Promise<{ files: string[]; packages: string[] }> {
  const root = packageRoot();
  const seen = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  const clause = String.raw`(?:(?:[\w$]+\s*,\s*)?(?:\{[^}]*\}|\*(?:\s+as\s+[\w$]+)?)|[\w$]+)`;
  const statement = new RegExp(String.raw`^\s*(?:import|export)\s+(?!type[\s{*])(?:${clause}\s*from\s*)?['"]([^'"]+)['"]`, 'gm');
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    const path = relative(root, file);
    if (seen.has(path)) continue;
    seen.add(path);
    const source = await readFile(file, 'utf8');
    for (const match of source.matchAll(statement)) {
      const imported = match[1]!;
      if (imported.startsWith('.')) pending.push(resolve(dirname(file), imported.replace(/\.js$/, '.ts')));
      else if (!imported.startsWith('node:')) packages.add(imported);
    }
  }
  return { files: [...seen].sort(), packages: [...packages].sort() };
}
