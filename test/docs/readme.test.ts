import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { commandLoaders } from '../../src/cli/commands/index.js';
import { generatedParts, withGeneratedParts } from '../../src/docs/readme-reference.js';
import { type SchemaNode, yamlReference } from '../../src/docs/yaml-reference.js';
import { packageRoot } from '../../src/package-root.js';

const root = packageRoot();
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const schemaFiles = readdirSync(join(root, 'schemas')).filter((name) => name.endsWith('.schema.json'));
const schemas = Object.fromEntries(schemaFiles.map((name) => [name, JSON.parse(readFileSync(join(root, 'schemas', name), 'utf8')) as SchemaNode]));

/** Every property name a schema defines, anywhere in it (top level and `$defs`). */
function propertyNames(node: unknown, found = new Set<string>()): Set<string> {
  if (typeof node !== 'object' || node === null) return found;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === 'properties' && typeof value === 'object' && value !== null) for (const name of Object.keys(value)) found.add(name);
    propertyNames(value, found);
  }
  return found;
}

describe('README, the user\'s manual', () => {
  it('has its generated parts (YAML reference, commands, Action inputs and outputs) fresh', async () => {
    const fresh = withGeneratedParts(readme, await generatedParts(root));
    expect(readme, 'README.md is stale: run `npm run docs` and commit it').toBe(fresh);
  });

  it('names every key of every schema in the YAML reference', () => {
    const kinds = (schemas['playbook.schema.json']?.properties?.kind?.enum ?? []).map(String);
    expect(kinds.length).toBeGreaterThanOrEqual(10);
    const reference = yamlReference(schemas, kinds);
    for (const [file, schema] of Object.entries(schemas)) {
      if (file === 'playbook.schema.json') continue;
      for (const name of propertyNames(schema)) expect(reference, `${file}: ${name}`).toMatch(new RegExp(`\\| \`([a-z_\\[\\].]*\\.)?${name}\` \\|`));
    }
    for (const kind of kinds) expect(readme).toContain(`#### \`kind: ${kind}\``);
  });

  it('documents every command, every option of each, and every input and output of the Action', async () => {
    for (const load of Object.values(commandLoaders)) {
      const command = await load();
      expect(readme, command.name).toContain(`playbook-ops ${command.name}`);
      for (const option of Object.keys(command.options)) expect(readme, `${command.name} --${option}`).toContain(`--${option}`);
    }
    const action = load(readFileSync(join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) expect(readme, name).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
  });

  it('a changed schema description, command or input makes the README stale', async () => {
    const parts = await generatedParts(root);
    const changed = { ...parts, 'yaml-reference': parts['yaml-reference'].replace('How soon someone must acknowledge', 'How fast someone acknowledges') };
    expect(changed['yaml-reference']).not.toBe(parts['yaml-reference']);
    expect(withGeneratedParts(readme, changed)).not.toBe(readme);
    expect(() => withGeneratedParts(readme.replace('<!-- END GENERATED cli-reference -->', ''), parts)).toThrow(/no "<!-- BEGIN GENERATED cli-reference/);
  });
});
