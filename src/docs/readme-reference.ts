/**
 * The README's generated parts: the YAML reference (from the schemas), the command reference (from
 * each command's `--help`), the Action's inputs and outputs (from `action.yml`) and what each
 * scaffolded workflow job may do and the incidents workflow `init` writes (from `src/scaffold/workflows.ts`). Each sits between
 * `<!-- BEGIN GENERATED name -->` and `<!-- END GENERATED name -->`; `npm run docs` rewrites them and a
 * test fails when one is stale, so the manual says what the code does.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Command } from '../cli/command.js';
import { commandLoaders } from '../cli/commands/index.js';
import { DEFAULT_ACTION, DEFAULT_BOT_LOGIN, JOB_PERMISSIONS, JOB_PURPOSES, workflows } from '../scaffold/workflows.js';
import { type SchemaNode, yamlReference } from './yaml-reference.js';

/** The generated parts of the README by name, as Markdown. */
export type GeneratedParts = Record<'yaml-reference' | 'cli-reference' | 'action-reference' | 'permissions-reference' | 'incidents-workflow', string>;

interface ActionMetadata {
  inputs?: Record<string, { description?: string; default?: string; required?: boolean }>;
  outputs?: Record<string, { description?: string }>;
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ').trim();
}

/** The inputs and outputs tables of the Action's metadata `actionYml`. */
export function actionReference(actionYml: string): string {
  const metadata = load(actionYml) as ActionMetadata;
  const inputs = Object.entries(metadata.inputs ?? {}).map(([name, input]) => `| \`${name}\` | ${input.default === undefined || input.default === '' ? '' : `\`${input.default}\``} | ${cell(input.description ?? '')} |`);
  const outputs = Object.entries(metadata.outputs ?? {}).map(([name, output]) => `| \`${name}\` | ${cell(output.description ?? '')} |`);
  return ['| input | default | meaning |', '| --- | --- | --- |', ...inputs, '', '| output | meaning |', '| --- | --- |', ...outputs, ''].join('\n');
}

/**
 * Every command, in the order `playbook-ops --help` lists them: a table of usage lines and summaries,
 * then each command's whole `--help` (every argument and option) folded under its name.
 */
export function cliReference(commands: readonly Command[]): string {
  const usage = (command: Command): string => (command.help.split('\n')[0] ?? '').replace(/^Usage: /, '');
  const overview = ['| command | what it does |', '| --- | --- |', ...commands.map((command) => `| \`${cell(usage(command))}\` | ${cell(command.summary)} |`)];
  const details = commands.map((command) => ['<details>', `<summary><code>playbook-ops ${command.name} --help</code></summary>`, '', '```text', command.help.trimEnd(), '```', '', '</details>'].join('\n'));
  return [...overview, '', ...details, ''].join('\n');
}

/** What each job of the workflows `init` writes may do with its token, and why. */
export function permissionsReference(): string {
  const table: Record<string, Record<string, Record<string, string>>> = JOB_PERMISSIONS;
  const rows = Object.entries(table).flatMap(([file, jobs]) =>
    Object.entries(jobs).map(([job, scopes]) => {
      const purpose = (JOB_PURPOSES as Record<string, Record<string, { name: string; why: string }>>)[file]?.[job];
      const granted = Object.entries(scopes).map(([scope, level]) => `\`${scope}: ${level}\``).join(', ');
      return `| \`${file}\` | ${purpose?.name ?? job} | ${granted} | ${cell(purpose?.why ?? '')} |`;
    }),
  );
  return ['| workflow | job (its check) | token scopes | why |', '| --- | --- | --- | --- |', ...rows, ''].join('\n');
}

/** The generated parts from the package in `root` (schemas, action.yml) and the CLI's commands. */
export async function generatedParts(root: string): Promise<GeneratedParts> {
  const names = (await readdir(join(root, 'schemas'))).filter((name) => name.endsWith('.schema.json')).sort();
  const schemas: Record<string, SchemaNode> = {};
  for (const name of names) schemas[name] = JSON.parse(await readFile(join(root, 'schemas', name), 'utf8')) as SchemaNode;
  const kinds = (schemas['playbook.schema.json']?.properties?.kind?.enum ?? []).map(String);
  const commands = await Promise.all(Object.values(commandLoaders).map((loadCommand) => loadCommand()));
  return {
    'yaml-reference': yamlReference(schemas, kinds),
    'cli-reference': cliReference(commands),
    'action-reference': actionReference(await readFile(join(root, 'action.yml'), 'utf8')),
    'permissions-reference': permissionsReference(),
    'incidents-workflow': `\`\`\`yaml\n# .github/workflows/incidents.yml\n${workflows({ action: DEFAULT_ACTION, playbooks: 'playbooks', botLogin: DEFAULT_BOT_LOGIN })['incidents.yml']}\`\`\`\n`,
  };
}

/**
 * `readme` with each generated part replaced by `parts`.
 * @throws Error naming a part whose markers are missing.
 */
export function withGeneratedParts(readme: string, parts: GeneratedParts): string {
  let text = readme;
  for (const [name, content] of Object.entries(parts)) {
    const begin = `<!-- BEGIN GENERATED ${name}: npm run docs rewrites this part -->\n`;
    const end = `<!-- END GENERATED ${name} -->`;
    const from = text.indexOf(begin);
    const to = text.indexOf(end, from);
    if (from === -1 || to === -1) throw new Error(`README.md has no ${JSON.stringify(begin.trim())} … ${JSON.stringify(end)} block for the generated ${name}`);
    text = `${text.slice(0, from + begin.length)}\n${content}\n${text.slice(to)}`;
  }
  return text;
}
