/** Every command's help and summary are what the README's command-line reference shows users. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { commandLoaders } from '../../src/cli/commands/index.js';
import { packageRoot } from '../../src/package-root.js';
import { run, tempDir } from './cli-run.js';

test('each command prints the help the README shows for it, and the README\'s table has its usage line and summary', async () => {
  const readme = await readFile(join(packageRoot(), 'README.md'), 'utf8');
  const cwd = await tempDir();
  for (const name of Object.keys(commandLoaders)) {
    const start = readme.indexOf(`<summary><code>playbook-ops ${name} --help</code></summary>\n\n\`\`\`text\n`);
    expect(start, name).toBeGreaterThan(0);
    const from = readme.indexOf('```text\n', start) + '```text\n'.length;
    const shown = readme.slice(from, readme.indexOf('```\n', from));
    const { code, stdout } = await run(['help', name], cwd);
    expect({ code, stdout }, name).toEqual({ code: 0, stdout: shown });
    const usage = shown.split('\n')[0]!.replace(/^Usage: /, '').replaceAll('|', '\\|');
    const { summary } = await commandLoaders[name]!();
    expect(readme, name).toContain(`\n| \`${usage}\` | ${summary} |\n`);
  }
});
